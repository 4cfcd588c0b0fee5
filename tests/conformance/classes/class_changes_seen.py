# Lookups along the MRO see every later change to a class or to any of its bases: methods
# added, replaced and deleted, special methods defined after first use, attribute hooks added
# to a base, and class attributes updated through the instance's type.


class Base:
    def who(self):
        return "base"


class Mid(Base):
    pass


class Leaf(Mid):
    pass


obj = Leaf()
for round_ in range(3):
    print(round_, obj.who())
    if round_ == 0:
        Base.who = lambda self: "patched base"
    elif round_ == 1:
        Mid.who = lambda self: "mid"
del Mid.who
print(obj.who())
del Base.who
try:
    obj.who()
except AttributeError as e:
    print("AttributeError:", e)


class Num:
    def __init__(self, v):
        self.v = v


a, b = Num(1), Num(2)
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
Num.__add__ = lambda self, other: Num(self.v + other.v)
print((a + b).v)
Num.__add__ = lambda self, other: Num(self.v * 10 + other.v)
print((a + b).v)
print(len([1]) if not hasattr(Num, "__len__") else "has len")
Num.__len__ = lambda self: self.v
print(len(b))


class Hooked(Leaf):
    pass


h = Hooked()
h.x = 1
print(h.x, getattr(h, "y", "no y"))
Base.__getattr__ = lambda self, name: "fallback " + name
print(h.y, obj.z)
Mid.__getattribute__ = lambda self, name: "intercepted " + name
print(h.x, obj.who)
del Mid.__getattribute__
print(h.x)


def logging_setattr(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)


Base.__setattr__ = logging_setattr
h.q = 5
print(h.q)
del Base.__setattr__
h.r = 6
print(h.r)


class Counter:
    count = 0

    def bump(self):
        type(self).count += 1
        return self.count


c = Counter()
print([c.bump() for _ in range(5)], Counter.count)


class Root:
    pass


class Kid1(Root):
    pass


class Kid2(Root):
    pass


class Grandkid(Kid1, Kid2):
    pass


print(Root.__subclasses__(), Kid1.__subclasses__(), Grandkid.__subclasses__())
print(type.__subclasses__(Kid2))
