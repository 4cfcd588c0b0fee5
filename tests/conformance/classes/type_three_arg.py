def init(self, x):
    self.x = x


def show(self):
    return "%s(x=%r)" % (type(self).__name__, self.x)


Point = type("Point", (), {"__init__": init, "__repr__": show, "dims": 2})
p = Point(5)
print(p, p.dims)
print(Point.__name__, Point.__bases__, Point.__module__)
print(Point.__qualname__)

Base = type("Base", (object,), {"hello": lambda self: "hello from " + type(self).__name__})
Child = type("Child", (Base,), {"extra": 1})
c = Child()
print(c.hello(), c.extra)
print([k.__name__ for k in Child.__mro__])
print(isinstance(c, Base))

Empty = type("Empty", (), {})
print(Empty, type(Empty()).__name__)
print(type(Empty) is type)


class Regular:
    v = 1


Derived = type("Derived", (Regular,), {"w": 2})
d = Derived()
print(d.v, d.w, Derived.__bases__)
Num = type("Num", (int,), {"double": lambda self: self * 2})
n = Num(21)
print(n, n.double(), n + 1, isinstance(n, int))
try:
    type("Bad", 1, {})
except TypeError as e:
    print("TypeError:", e)
