a = [1, 2, 3]
tests = [
    lambda: a[3],
    lambda: a[-4],
    lambda: a.pop(10),
    lambda: [].pop(),
    lambda: a.remove(42),
    lambda: a.index(42),
    lambda: a + (1,),
    lambda: a * "x",
]
for t in tests:
    try:
        print(t())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    a[5] = 1
except IndexError as e:
    print("IndexError:", e)
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
words.sort(key=lambda w: w[-1])
print(words)
nested = [[1, 2], [3, [4, 5]], []]
print(nested, nested[1][1][0], len(nested))
x = [1, 2]
y = x
y.append(3)
print(x, x is y, x == [1, 2, 3], x is [1, 2, 3])
z = [0] * 3
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(z, grid)
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
r = [1, [2, 3]]
r.append(r)
print(r)
print(sorted([3, 1, 2], reverse=True), sorted([(2, "b"), (1, "z"), (2, "a")]))
print([1, 2, 3].index(3, 1), [5, 6, 5, 6].index(6, 2))
