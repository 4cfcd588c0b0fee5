first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, b = range(6)
print(a, mid, b)
a, *mid, b = [1, 2]
print(a, mid, b)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
print(*[1, 2], *"ab", *range(2))
l = [*range(3), *[7], *"x"]
t = (*l, 9)
s = {*[1, 2], *(2, 3)}
d = {**{"a": 1}, "b": 2, **{"a": 3}}
print(l, t, s, d)
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
head, *_ = "abc"
print(head, _)
