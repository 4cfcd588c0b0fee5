# A class's __dict__ is a live, read-only mappingproxy.


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


class A:
    """Doc."""

    x = 1

    def f(self):
        return 2


m = A.__dict__
print(type(m).__name__, type(m).__module__)
print(list(m))
print(sorted(k for k in m if not k.startswith("__")))
print(m["x"], m.get("x"), m.get("nope"), m.get("nope", 0), len(m), "x" in m, "y" in m)
print(list(m.keys())[:3], type(m.values()).__name__, ("x", 1) in m.items())
c = m.copy()
print(type(c).__name__, c == dict(m), m == c, m != c)
A.y = 5
print("y" in m, m["y"], len(m) == len(c) + 1)
del A.y
print("y" in m)
print(repr(A.__dict__["__dict__"]), repr(A.__dict__["__weakref__"]))
attempt(lambda: m["nope"])
attempt(lambda: m.__setitem__("x", 1))
attempt(lambda: m.__delitem__("x"))
try:
    m["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del m["x"]
except TypeError as e:
    print("TypeError:", e)
attempt(lambda: hash(m))
attempt(lambda: m.pop)
attempt(lambda: m.__dict__)
attempt(lambda: setattr(m, "x", 1))
attempt(lambda: m.get())
attempt(lambda: m.get(1, 2, 3))
attempt(lambda: m.keys(1))

MP = type(m)
mp = MP({"a": 1})
print(mp, str(mp), repr(mp), len(mp), list(mp), list(reversed(mp)))
print(mp.items(), mp == {"a": 1}, mp != {"a": 1})
print(mp | {"b": 2}, {"b": 2} | mp)
try:
    mp |= {}
except TypeError as e:
    print("TypeError:", e)
attempt(lambda: MP())
attempt(lambda: MP(1))
attempt(lambda: MP([1]))
src = {"k": 1}
live = MP(src)
src["k2"] = 2
print(live, sorted(live.keys()))
print(type(type.__dict__).__name__, repr(type.__dict__["__dict__"]))
print("mro" in type.__dict__, "__dict__" in object.__dict__)
print(type(int.__dict__).__name__, "bit_length" in int.__dict__)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    z = 3


print(type(WithMeta.__dict__).__name__, WithMeta.__dict__["z"], list(Meta.__dict__))
print(vars(A) is not None, type(vars(A)).__name__, vars(A)["x"])
