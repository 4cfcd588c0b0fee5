# Instance __dict__ is a live view of attribute storage in both directions:
# writes through the dict are seen as attributes and vice versa, for update,
# pop, clear, setdefault, del, vars(); a dict fetched early sees later setattrs.


class C:
    pass


o = C()
print(o.__dict__)
o.__dict__["x"] = 1
print(o.x)
o.y = 2
print(o.__dict__)
d = o.__dict__
print(d is o.__dict__, vars(o) is o.__dict__, vars(o) is d)
o.z = 3
print(d)
d["w"] = 4
print(o.w, hasattr(o, "w"))
o.__dict__.update({"a": 10, "b": 20}, c=30)
print(o.a, o.b, o.c)
print(list(o.__dict__))
print(o.__dict__.pop("a"))
print(hasattr(o, "a"))
try:
    o.a
except AttributeError as e:
    print("AttributeError:", e)
del o.__dict__["b"]
print(hasattr(o, "b"), list(d))
print(o.__dict__.setdefault("s", "default"), o.s)
print(o.__dict__.setdefault("s", "other"), o.s)
o.__dict__["x"] = "rebound"
print(o.x)
o.x = "again"
print(d["x"])
print(o.__dict__.get("nope", "missing"), "x" in o.__dict__, "nope" in d)
print(len(d), sorted(d.keys()))
print(d.popitem())
print(list(d.items()))
o.__dict__.clear()
print(o.__dict__, d)
for name in ("x", "y", "z", "w"):
    print(name, hasattr(o, name))
o.again = 1
print(d, len(d))

# dict mutation methods after attrs set in __init__


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
pd = vars(p)
pd["x"] += 100
print(p.x, p.y)
p.y *= 3
print(pd)
pd |= {"z": 9}
print(p.z, pd)
pd.update([("x", -1), ("q", "q")])
print(p.x, p.q, list(pd))
del p.x
print(pd)
p.x = "back"
print(pd)
print(dict(pd) == p.__dict__, type(p.__dict__).__name__)
copied = dict(p.__dict__)
p.new = 1
print("new" in copied, "new" in p.__dict__)
copy2 = p.__dict__.copy()
copy2["zz"] = 0
print(hasattr(p, "zz"))

# iteration over a live dict
q = P("a", "b")
for k, v in q.__dict__.items():
    print(k, v)
print(sorted(vars(q).values()))
try:
    for k in q.__dict__:
        q.extra = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(q.__dict__)

# dict keys must be str for attribute access; non-str keys live in the dict
r = C()
r.__dict__[1] = "one"
r.__dict__[("t",)] = "tuple"
r.ok = True
print(r.__dict__[1], r.__dict__[("t",)], r.ok)
print(len(r.__dict__))
print([k for k in r.__dict__ if isinstance(k, str)])

# equality with dicts
s = C()
s.a = 1
s.b = 2
print(s.__dict__ == {"b": 2, "a": 1}, s.__dict__ == {"a": 1})
t = C()
t.b = 2
t.a = 1
print(s.__dict__ == t.__dict__, list(s.__dict__), list(t.__dict__))
print(repr(vars(s)), str(t.__dict__))
