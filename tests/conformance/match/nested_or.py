def f(v):
    match v:
        case [a, (b, c) | [c, b, _]] | {"a": a, "b": b, "c": c} | (c, b, a, _):
            return ("m1", a, b, c)
        case [Point(x=px, y=py) | {"px": px, "py": py}, *rest] if rest:
            return ("m2", px, py, rest)
        case [[[[x]]], y] | [y, [[[x]]]]:
            return ("m3", x, y)
        case {"k": [a, *b] | (a, b)} as whole:
            return ("m4", a, b, whole)
    return None
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
for v in [[1, (2, 3)], [1, [3, 2, 0]], {"a": 1, "b": 2, "c": 3}, (3, 2, 1, 0), [Point(1, 2), 5], [{"px": 7, "py": 8}, 9],
          [[[[1]]], 2], [2, [[[1]]]], {"k": [1, 2, 3]}, {"k": (1, 2)}, {"k": "ab"}, [Point(1,2)]]:
    print(f(v))
