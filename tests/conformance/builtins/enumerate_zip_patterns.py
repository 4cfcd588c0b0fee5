names = ["ann", "bob", "cy"]
scores = [90, 85, 77]
for rank, (name, score) in enumerate(zip(names, scores), start=1):
    print(rank, name, score)
print(dict(enumerate(names)), list(enumerate(zip("ab", "cd"))))
pairs = list(zip(names, scores))
print(pairs, list(zip(*pairs)), [list(t) for t in zip(*pairs)])
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(map(list, zip(*matrix))))
print(list(zip(range(5), range(3), "abcdef")))
print(list(map(max, [1, 5, 3], [4, 2, 6])), list(map(pow, [2, 3], [3, 2])))
print(sorted(zip(scores, names), reverse=True))
print([i for i, v in enumerate([0, 3, 0, 4]) if v])
e = enumerate("xy")
print(type(e).__name__, list(e), list(e))
z = zip([1, 2], [3, 4])
print(type(z).__name__, next(z), list(z))
