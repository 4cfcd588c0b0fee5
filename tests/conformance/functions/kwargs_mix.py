def describe(name, *tags, sep=", ", upper=False, **extra):
    s = name + ": " + sep.join(tags)
    if extra:
        s += " (" + sep.join(k + "=" + str(v) for k, v in extra.items()) + ")"
    return s.upper() if upper else s
print(describe("item"))
print(describe("item", "a", "b"))
print(describe("item", "a", sep="/"))
print(describe("item", "x", upper=True, color="red", size=3))
opts = {"sep": " | ", "weight": 7}
print(describe("merged", *["t1", "t2"], **opts))
def f(a, b=2, *, c, d=4):
    return (a, b, c, d)
print(f(1, c=3), f(1, 5, c=6, d=7), f(c=0, a=9))
def g(**kwargs):
    return kwargs
print(g(), g(a=1), g(**{"x": 1}, y=2))
def h(a, /, *args, b=0):
    return a, args, b
print(h(1), h(1, 2, 3, b=4))
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
