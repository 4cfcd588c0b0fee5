# Assigning to instance __dict__: replacing it with a new dict, then attribute
# reads/writes go to the new dict; TypeError for non-dict values; two instances
# sharing one dict object; dict subclasses; deleting __dict__.


class C:
    def __init__(self):
        self.a = 1


o = C()
old = o.__dict__
o.__dict__ = {"x": 10, "y": 20}
print(o.x, o.y, hasattr(o, "a"))
print(old, o.__dict__)
o.z = 30
print(o.__dict__, "z" in old)
new = {"k": "v"}
o.__dict__ = new
print(o.__dict__ is new, o.k)
o.m = 1
print(new)
new["n"] = 2
print(o.n)
del o.k
print(new)

for bad in (None, [], 5, "str", (("a", 1),)):
    try:
        o.__dict__ = bad
    except TypeError as e:
        print("TypeError:", e)
print(o.__dict__)

# Two instances sharing one dict
shared = {}
a = C()
b = C()
a.__dict__ = shared
b.__dict__ = shared
a.v = "from a"
print(b.v, a.__dict__ is b.__dict__)
b.w = "from b"
print(a.w, sorted(shared))
del a.v
print(hasattr(b, "v"))
b.__dict__ = {}
a.q = 1
print(hasattr(b, "q"), shared)


# dict subclass as __dict__
class D(dict):
    pass


c = C()
c.__dict__ = D(p=1)
print(type(c.__dict__).__name__, c.p)
c.r = 2
print(sorted(c.__dict__.items()), isinstance(c.__dict__, D))

# Assign after many attrs
e = C()
for i in range(20):
    setattr(e, "f%d" % i, i)
snapshot = e.__dict__
e.__dict__ = {"only": True}
print(len(snapshot), vars(e), hasattr(e, "f3"))
e.__dict__ = snapshot
print(e.f19, len(vars(e)))

# vars() follows the new dict
g = C()
g.__dict__ = {"late": 1}
print(vars(g), vars(g) is g.__dict__)

# setattr / object.__setattr__ on __dict__
h = C()
setattr(h, "__dict__", {"via": "setattr"})
print(h.via)
object.__setattr__(h, "__dict__", {"via": "object"})
print(h.via)
try:
    setattr(h, "__dict__", 1)
except TypeError as e:
    print("TypeError:", e)

# Deleting __dict__
i = C()
try:
    del i.__dict__
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
print(vars(i), hasattr(i, "a"))
i.b = 2
print(vars(i))

# Same dict assigned to instances of different classes


class Other:
    pass


s = {"common": 0}
x1 = C()
x2 = Other()
x1.__dict__ = s
x2.__dict__ = s
x1.common += 1
x2.common += 1
print(s, x1.common, x2.common)

# Assigning the dict of one instance to another
y1 = C()
y1.extra = "y1"
y2 = C()
y2.__dict__ = y1.__dict__
y2.a = "changed"
print(y1.a, y1.extra, y2.extra)
