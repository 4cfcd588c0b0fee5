class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"x axis {x}"
        case Point(0, y=y):
            return f"y axis {y}"
        case Point(x=a, y=b) if a == b:
            return f"diagonal {a}"
        case Point(z=z):
            return f"has z {z}"
        case Point():
            return "a point"
        case _:
            return "not a point"


for p in [Point(0, 0), Point3(0, 0, 0), Point(2, 0), Point(0, 3), Point(4, 4), Point3(1, 2, 3),
          Point(1, 2), (0, 0)]:
    print(where(p))


def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b) | bytearray(b):
            return f"bytes-like {b!r}"
        case list(l) | tuple(l):
            return f"list or tuple {l!r}"
        case dict(d):
            return f"dict {d!r}"
        case frozenset(s):
            return f"frozenset of {len(s)}"
        case set(s):
            return f"set of {len(s)}"
        case _:
            return "other"


for v in [True, 3, 2.5, "x", b"y", bytearray(b"z"), [1], (2,), {3: 4}, {5}, frozenset(), None]:
    print(builtin(v))


class MyInt(int):
    pass


class MyStr(str):
    __match_args__ = ("upper_form",)

    @property
    def upper_form(self):
        return self.upper()


match MyInt(5):
    case int(x):
        print("MyInt matches itself:", x, type(x).__name__)
match MyStr("abc"):
    case MyStr(u):
        print("own __match_args__ wins:", u)
match MyStr("abc"):
    case str(s):
        print("str(s) is the subject:", type(s).__name__)


class Lazy:
    __match_args__ = ("a", "b")

    def __getattr__(self, name):
        print("getattr", name)
        if name == "b":
            raise AttributeError(name)
        return 1


match Lazy():
    case Lazy(1, _):
        print("matched?")
    case Lazy(a=1):
        print("a only")


class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return True


class Anything(metaclass=Meta):
    pass


match 42:
    case Anything():
        print("42 is Anything")
