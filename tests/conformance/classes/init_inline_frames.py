# Class calls whose __init__ runs as an ordinary frame: return values other than None, errors
# raised inside __init__ (and caught around the call), argument binding of every kind, classes
# with their own __new__ or a metaclass, abstract classes, and deep recursion through __init__.
import sys


class Plain:
    def __init__(self, a, b=2, *rest, key=None, **extra):
        self.values = (a, b, rest, key, sorted(extra.items()))


print(Plain(1).values)
print(Plain(1, 3, 4, 5, key="k", z=1, y=2).values)
print(Plain(*[7, 8], **{"key": 9}).values)
try:
    Plain()
except TypeError as e:
    print("TypeError:", e)
try:
    Plain(1, nope=2, key=3, a=4)
except TypeError as e:
    print("TypeError:", e)


class ReturnsValue:
    def __init__(self, v):
        try:
            return v
        except TypeError:
            print("never caught inside __init__")


for v in (None, 5, "text", [1]):
    try:
        r = ReturnsValue(v)
        print("made", type(r).__name__)
    except TypeError as e:
        print("TypeError:", e)


class GeneratorInit:
    def __init__(self):
        yield 1


try:
    GeneratorInit()
except TypeError as e:
    print("TypeError:", e)


class Fails:
    def __init__(self, n):
        self.n = n
        if n > 1:
            raise ValueError(f"bad {n}")


made = []
for n in range(4):
    try:
        made.append(Fails(n).n)
    except ValueError as e:
        print("ValueError:", e)
print(made)


class OwnNew:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, x):
        print("__init__", x)


OwnNew(5)


class NotMine:
    def __new__(cls):
        return 42

    def __init__(self):
        print("not called")


print(NotMine())


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, x):
        self.x = x


print(WithMeta(3).x)


class Abstract:
    def __init__(self):
        print("not reached")


Abstract.__abstractmethods__ = frozenset({"run", "stop"})
try:
    Abstract()
except TypeError as e:
    print("TypeError:", e)


class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth else None


n = Node(50)
count = 0
while n:
    count += 1
    n = n.child
print(count)
try:
    Node(100000)
except RecursionError as e:
    print("RecursionError:", e)


class Later:
    def __init__(self):
        self.tag = "first"


a = Later()
Later.__init__ = lambda self: setattr(self, "tag", "second")
b = Later()
print(a.tag, b.tag)
del Later.__init__
c = Later()
print(hasattr(c, "tag"))
try:
    Later(1)
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init__(self, x):
        self.x = x


class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y


objs = [Child(i, -i) if i % 2 else Base(i) for i in range(6)]
print([(type(o).__name__, vars(o)) for o in objs])


def make(cls, *args):
    return cls(*args)


print(make(Child, 1, 2).y, make(Plain, 0).values[0])


class Err:
    def __init__(self):
        raise KeyError("inside")


def outer():
    return Err()


try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_lineno > 0)
        tb = tb.tb_next
    print("KeyError", e, len(names))
sys.stdout.flush()
Err()
