# weakref.ref: which objects can be weakly referenced (instances, functions, classes, sets,
# bound methods, ...) and which cannot (TypeError naming the type); calling a ref returns the
# referent while alive and None after; getweakrefcount/getweakrefs; reusing the
# callback-less ref; __weakref__; __slots__ with and without '__weakref__'; ref subclasses.
import gc
import weakref

gc.disable()


class C:
    def __init__(self, v):
        self.v = v

    def method(self):
        return self.v


def func():
    return "func result"


c = C(1)
r = weakref.ref(c)
print("alive", r() is c, r().v)
print("type", type(r).__name__, type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
del c
print("dead", r())

for label, obj in [("function", func), ("class", C), ("set", {1, 2}), ("frozenset", frozenset([1])),
                   ("type", int), ("lambda", lambda: 0), ("bound method", C(2).method)]:
    wr = weakref.ref(obj)
    print(label, "ok", wr() is obj)
del obj, wr

for label, obj in [("list", [1]), ("dict", {}), ("int", 5), ("str", "s"), ("tuple", (1, 2)),
                   ("None", None), ("float", 1.5), ("bytes", b"b"), ("bool", True)]:
    try:
        weakref.ref(obj)
        print(label, "unexpectedly ok")
    except TypeError as e:
        print(label, "TypeError:", e)

# a bound method is a temporary object: the weakref dies at once
m = C(3)
wm = weakref.ref(m.method)
print("bound method ref", wm())

# refs without callback to the same object are shared
d = C(4)
r1 = weakref.ref(d)
r2 = weakref.ref(d)
print("same ref object", r1 is r2)
r3 = weakref.ref(d, lambda ref: None)
print("with callback is new", r3 is r1)
print("getweakrefcount", weakref.getweakrefcount(d))
print("getweakrefs len", len(weakref.getweakrefs(d)), r1 in weakref.getweakrefs(d))
print("count of plain object", weakref.getweakrefcount(C(5)), weakref.getweakrefs(C(5)))
print("count of int", weakref.getweakrefcount(5), weakref.getweakrefs(5))
del r3
print("after del r3", weakref.getweakrefcount(d))

# __weakref__ holds the first weak reference
e = C(6)
print("__weakref__ before", e.__weakref__)
re = weakref.ref(e)
print("__weakref__ after", e.__weakref__ is re)
print("__weakref__ in class dict", "__weakref__" in C.__dict__, "__weakref__" in vars(C))


class NoWeak:
    __slots__ = ("a",)


class WithWeak:
    __slots__ = ("a", "__weakref__")


try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("NoWeak TypeError:", e)
print("NoWeak has __weakref__", hasattr(NoWeak(), "__weakref__"))
ww = WithWeak()
rw = weakref.ref(ww)
print("WithWeak ok", rw() is ww)
del ww
print("WithWeak dead", rw())


class Sub(NoWeak):
    pass


s = Sub()
print("subclass without slots is weakrefable", weakref.ref(s)() is s)


# subclasses of weakref.ref can carry extra attributes
class NamedRef(weakref.ref):
    def __new__(cls, obj, name, callback=None):
        return super().__new__(cls, obj, callback)

    def __init__(self, obj, name, callback=None):
        super().__init__(obj, callback)
        self.name = name


k = C(7)
nr = NamedRef(k, "my ref")
print("named", nr.name, nr() is k, isinstance(nr, weakref.ref), type(nr).__name__)
print("subclass not shared", weakref.ref(k) is nr)
del k
print("named dead", nr.name, nr())
k2 = C(10)
nr2 = NamedRef(k2, "with callback", lambda ref: print("callback got", ref.name, ref()))
del k2

# __callback__
def cb(ref):
    pass


t = C(8)
rc = weakref.ref(t, cb)
print("__callback__", rc.__callback__ is cb, weakref.ref(t).__callback__)
del t
print("__callback__ after death", rc.__callback__)

try:
    weakref.ref()
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(C(9), None, None)
except TypeError as e:
    print("TypeError:", e)
