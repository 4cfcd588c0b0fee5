from itertools import groupby, tee, islice, count

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
print(list(groupby([])))
# advancing the outer iterator invalidates the inner group
gb = groupby('aaabbbcc')
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, next(g2))
k3, g3 = next(gb)
print(list(g2), k3, list(g3))
# partially consumed group then advance
gb = groupby('xxxyyyz')
k, g = next(gb)
print(k, next(g))
k, g = next(gb)
print(k, list(g))
# sorting then grouping
data = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda s: s[0])
for key, grp in groupby(data, key=lambda s: s[0]):
    print(key, list(grp))
# key call count
calls = []
def key(x):
    calls.append(x)
    return x % 2
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key)])
print(calls)
gb = groupby([1, 1, 2])
k, g = next(gb)
print(type(g).__name__, list(g), list(g))

a, b = tee(range(5))
print(list(a), list(b))
a, b, c = tee('abc', 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0))
a, b = tee(count())
print([next(a) for _ in range(200)][-1], next(b))
x, = tee([1, 2], 1)
print(list(x))
a, b = tee(iter([1, 2, 3]))
c = a.__copy__()
print(next(a), list(c), list(a), list(b))
a, b = tee([1, 2, 3])
a2, a3 = tee(a)
print(a2 is a, list(a3), list(b))
it = iter(range(3))
t1, t2 = tee(it)
print(next(t1), next(it), next(t2), list(t1), list(t2))
# long tee exercise across blocks
a, b = tee(range(1000))
print(sum(a), sum(b))
a, b = tee(range(300))
s = 0
for x, y in zip(a, b):
    s += x * y
print(s)
