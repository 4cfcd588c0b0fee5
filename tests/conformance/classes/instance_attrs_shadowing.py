# Instance attributes vs class-level names: they shadow methods, plain class
# attributes and non-data descriptors, but not data descriptors (property);
# __class__ assignment keeps instance attrs; __slots__ with '__dict__'.


class NonData:
    def __get__(self, obj, owner=None):
        return "nondata-get"


class Data:
    def __get__(self, obj, owner=None):
        return "data-get"

    def __set__(self, obj, value):
        print("data-set", value)


class C:
    attr = "class attr"
    nd = NonData()
    dd = Data()

    def meth(self):
        return "method"

    @property
    def prop(self):
        return "property"

    @staticmethod
    def sm():
        return "static"

    @classmethod
    def cm(cls):
        return "classmethod"


o = C()
print(o.attr, o.nd, o.dd, o.meth(), o.prop, o.sm(), o.cm())
o.attr = "inst attr"
o.nd = "inst nd"
o.dd = "inst dd"
o.meth = lambda: "inst meth"
try:
    o.prop = "inst prop"
except AttributeError as e:
    print("AttributeError:", e)
o.sm = lambda: "inst sm"
o.cm = lambda: "inst cm"
print(o.attr, o.nd, o.dd, o.meth(), o.prop, o.sm(), o.cm())
print(sorted(vars(o)))
# A data descriptor wins even when the name is in __dict__
o.__dict__["dd"] = "sneaky"
o.__dict__["prop"] = "sneaky prop"
print(o.dd, o.prop, vars(o)["dd"], vars(o)["prop"])
del o.attr, o.nd, o.meth, o.sm, o.cm
print(o.attr, o.nd, o.meth(), o.sm(), o.cm())
print(sorted(vars(o)))
print(C().attr, C().meth())

# Adding a class attribute later does not hide an instance attribute
p = C()
p.later = "instance"
C.later = "class"
print(p.later, C().later)
# Adding a data descriptor to the class later hides it
C.later = property(lambda self: "prop later")
print(p.later, vars(p)["later"])
del C.later
print(p.later)

# Instance attribute named like a dunder does not affect operators


class R:
    def __repr__(self):
        return "R-repr"

    def __len__(self):
        return 3


r = R()
r.__repr__ = lambda: "inst repr"
r.__len__ = lambda: 99
print(repr(r), len(r), r.__repr__(), r.__len__())

# __class__ assignment keeps instance attributes


class A:
    kind = "A"

    def who(self):
        return "A.who " + self.name


class B:
    kind = "B"

    def who(self):
        return "B.who " + self.name


x = A()
x.name = "x"
x.extra = [1, 2]
d_before = x.__dict__
print(x.who(), x.kind)
x.__class__ = B
print(x.who(), x.kind, type(x).__name__, x.extra)
print(x.__dict__ is d_before, vars(x))
x.more = 1
x.__class__ = A
print(x.who(), list(vars(x)))


# __slots__ containing '__dict__'
class SD:
    __slots__ = ("a", "__dict__")


s = SD()
s.a = 1
s.b = 2
print(s.a, s.b, vars(s), hasattr(s, "__dict__"))
s.__dict__["c"] = 3
print(s.c, sorted(vars(s)))
del s.a
print(hasattr(s, "a"), vars(s))
s.__dict__["a"] = "in dict"
print(s.a if hasattr(s, "a") else "slot empty", s.__dict__["a"])


# Subclass of a slotted class gets a dict
class Slotted:
    __slots__ = ("x",)


class Sub(Slotted):
    pass


t = Sub()
t.x = "slot"
t.y = "dict"
print(t.x, t.y, vars(t))
print("x" in t.__dict__)
try:
    Slotted().y = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
try:
    Slotted().__dict__
except AttributeError as e:
    print("AttributeError:", e)


# Subclass with __slots__ of a class with a dict still has a dict
class Plain:
    pass


class SubSlots(Plain):
    __slots__ = ("z",)


u = SubSlots()
u.z = 1
u.w = 2
print(u.z, vars(u))


# class attribute default then instance override in __init__ for some
class Cfg:
    debug = False

    def __init__(self, debug=None):
        if debug is not None:
            self.debug = debug


cfgs = [Cfg(), Cfg(True), Cfg(), Cfg(False)]
print([c.debug for c in cfgs], [vars(c) for c in cfgs])
Cfg.debug = "changed"
print([c.debug for c in cfgs])
