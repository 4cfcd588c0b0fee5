def f(a, b, *args, **kwargs):
    print("a =", a, "b =", b, "args =", args, "kwargs =", kwargs)
f(1, 2)
f(1, 2, 3, 4)
f(1, 2, x=5)
f(1, b=2, z=3)
f(*[1, 2, 3], **{"k": "v"})
f(*"ab")
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(1, 2, start=100))
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(1, c=0, b=9))
def posonly(a, b, /, c):
    return a + b + c
print(posonly(1, 2, 3), posonly(1, 2, c=3))
def collect(**kw):
    return sorted(kw.items())
print(collect(z=1, a=2, m=3))
args = (1, 2)
kwargs = {"c": 30}
print(posonly(*args, **kwargs))
def order(*a, **k):
    return list(k)
print(order(b=1, a=2, c=3))
print(max(*[3, 9, 2]), print(*[1, 2, 3], sep="-"))
