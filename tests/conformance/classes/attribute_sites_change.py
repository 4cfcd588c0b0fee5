# One attribute site (a load, a method call or a store in a loop) seeing objects and classes
# change under it: several classes at one site, instance attributes in different orders,
# properties and __getattribute__/__setattr__ added to a class mid-loop, __dict__ taken or
# replaced, attributes deleted, __class__ reassigned, and methods shadowed by instance attributes.


class A:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class B(A):
    def get(self):
        return -self.v


class C:
    def __init__(self, v):
        self.other = 0
        self.v = v

    def get(self):
        return self.v * 10


def read_all(objs):
    return [o.v for o in objs]


def call_all(objs):
    return [o.get() for o in objs]


def store_all(objs, value):
    for o in objs:
        o.v = value


objs = [A(1), B(2), C(3), A(4), C(5), B(6)]
for round_ in range(3):
    print(round_, read_all(objs), call_all(objs))
    store_all(objs, round_)

# A property added to the class after the sites were used.
items = [A(i) for i in range(3)]
print(read_all(items), call_all(items))
A.v = property(lambda self: "prop", lambda self, value: print("setter", value))
print(read_all(items), call_all(items))
store_all(items, 9)
del A.v
print(read_all(items))

# __getattribute__ and __setattr__ arriving on a base.
class D(A):
    pass


ds = [D(i) for i in range(2)]
print(read_all(ds), call_all(ds))
A.__getattribute__ = lambda self, name: ("intercepted", name)
print(read_all(ds), call_all(ds)[0] if False else "skip")
del A.__getattribute__
print(read_all(ds), call_all(ds))


def noisy_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


A.__setattr__ = noisy_setattr
store_all(ds, 7)
del A.__setattr__
store_all(ds, 8)
print(read_all(ds))

# Instances leaving their shape: __dict__ taken, replaced, attributes deleted and re-added.
xs = [A(i) for i in range(4)]
for step in range(4):
    x = xs[step]
    if step == 0:
        x.__dict__["v"] = "via dict"
    elif step == 1:
        x.__dict__ = {"v": "new dict"}
    elif step == 2:
        del x.v
        x.v = "re-added"
    else:
        x.extra = 1
    print(step, read_all(xs), call_all(xs))
store_all(xs, "stored")
print(read_all(xs), [sorted(vars(x)) for x in xs])

# __class__ reassigned under a method site.
y = A(5)
for k in range(3):
    print(y.get())
    y.__class__ = B if y.__class__ is A else A

# A method shadowed by an instance attribute, then unshadowed.
z = A(3)
print(z.get())
z.get = lambda: "shadow"
print(z.get())
del z.get
print(z.get())

# Builtin objects at a method site.
def lengths(seq):
    return [s.count("a") for s in seq]


class S(str):
    def count(self, sub):
        return "overridden"


print(lengths(["banana", "apple", S("aa"), "a"]))
print([obj.__class__.__name__ for obj in [1, "x", 2.0, None, A(1)]])

# Class attribute reads through instances while the class attribute changes.
class Counter:
    total = 0

    def bump(self):
        Counter.total = self.total + 1
        return self.total


cs = [Counter() for _ in range(3)]
print([c.bump() for c in cs for _ in range(2)])

# Slots next to dicts at one site.
class Slotted:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


mixed = [A(1), Slotted(2), A(3), Slotted(4)]
store_all(mixed, 0)
print(read_all(mixed))
try:
    Slotted(1).w = 2
except AttributeError as e:
    print("AttributeError:", e)
