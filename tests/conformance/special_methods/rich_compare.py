class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __repr__(self):
        return "Version(%s)" % ".".join(map(str, self.parts))

    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts

    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts

    def __le__(self, o):
        return self == o or self < o

    def __gt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts > o.parts

    def __ge__(self, o):
        return not self < o

    __hash__ = None


a, b, c = Version("1.2.0"), Version("1.10"), Version("1.2.0")
print(a == c, a != c, a == b, a != b)
print(a < b, a <= b, a > b, a >= b)
print(b < a, c <= a, c >= a)
print(sorted([Version("2.0"), a, b, Version("0.9.9")]))
print(max([a, b, c]), min([a, b, c]))
print(a == "1.2.0", a != "1.2.0")
try:
    a < "x"
except TypeError as e:
    print("TypeError:", e)
print([a, b].index(c))
print(c in [b, a])
