def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 8, 1, 9])
print(lo, hi, minmax("hello"))
points = [(3, 4), (1, 1), (0, 5), (2, 2)]
print(sorted(points), sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
print([x for x, y in points if y > x], dict(points))
t = tuple(range(10))
print(t[2:8:2], t[-3:], len(t), t.index(7), t.count(3))
records = (("ann", 31), ("bob", 25))
for name, age in records:
    print(f"{name}: {age}")
print(tuple(reversed(t[:4])), tuple(sorted((3, 1, 2))), tuple(map(str, (1, 2))))
print(((1, 2), 3) == ((1, 2), 3), (1, (2, 3)) < (1, (2, 4)), ((),) != ())
a = (1, 2, 3)
b = a[:]
print(a == b, len(a + a), a * 0, (0,) * 3)
