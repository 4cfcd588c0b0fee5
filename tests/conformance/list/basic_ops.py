a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::-1], a[::3])
a.append(7)
a.extend([8, 9])
a.insert(0, 0)
a.insert(100, 99)
a.insert(-1, 55)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(9), a.count(1), a.count(42), 5 in a, 42 not in a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a)
b = a.copy()
b.clear()
print(a, b)
print([1, 2] + [3], [0] * 4, [[]] * 2, [1, 2] * 0, 2 * [7])
a = [1, 2, 3]
a += [4]
a *= 2
print(a)
del a[0]
del a[1:3]
print(a)
a[0] = "x"
print(a)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] == [])
print(list(), list(range(4)), list("ab"), list((1, 2)), list({1: "a", 2: "b"}))
