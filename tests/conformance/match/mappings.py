def m(x):
    match x:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x} {y}"
        case {"type": "circle", **rest}:
            return f"circle {sorted(rest.items())}"
        case {1: one, **rest} if not rest:
            return f"only 1 -> {one}"
        case {}:
            return f"some mapping of {len(x)}"
        case _:
            return "not a mapping"


for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "c": 0},
          {1: "a"}, {1: "a", 2: "b"}, {}, [("type", "point")], "type", None]:
    print(m(v))


class D(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return super().get(key, default)

    def __getitem__(self, key):
        print("getitem", repr(key))
        return super().__getitem__(key)


match D(a=1, b=2):
    case {"a": 1, "c": _}:
        print("has c")
    case {"b": b, **rest}:
        print("b is", b, "rest", rest, type(rest).__name__)


class Missing(dict):
    def __missing__(self, key):
        print("missing", key)
        return 0


d = Missing(x=1)
match d:
    case {"y": _}:
        print("y?")
    case {"x": 1}:
        print("x is 1, keys", list(d))


class FakeMapping:
    def keys(self):
        return ["a"]

    def __getitem__(self, k):
        return 1


match FakeMapping():
    case {}:
        print("fake mapping matched")
    case _:
        print("only dict-flagged types are mappings")

rest = None
match {"a": 1, "b": 2, "c": 3}:
    case {"b": 2, **rest}:
        print(rest)
match {"a": 1}:
    case {**rest}:
        print("copy", rest)


class K:
    A = "a"
    B = "a"


try:
    match {"a": 1}:
        case {K.A: 1, K.B: 2}:
            print("no")
except ValueError as e:
    print("ValueError:", e)

try:
    match {"a": 1}:
        case {K.A: 1, K.missing: 2}:
            print("no")
except AttributeError as e:
    print("AttributeError:", e)
