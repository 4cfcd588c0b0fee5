class R:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "R(%r)" % (self.v,)

    def __add__(self, o):
        print("__add__", self, o)
        if isinstance(o, (int, R)):
            return R(self.v + (o.v if isinstance(o, R) else o))
        return NotImplemented

    def __radd__(self, o):
        print("__radd__", self, o)
        if isinstance(o, int):
            return R(o + self.v)
        return NotImplemented

    def __rsub__(self, o):
        return R(o - self.v)

    def __rmul__(self, o):
        return R(o * self.v)

    def __rtruediv__(self, o):
        return R(o / self.v)

    def __rpow__(self, o):
        return R(o ** self.v)

    def __rmod__(self, o):
        return R(o % self.v)

    def __rfloordiv__(self, o):
        return R(o // self.v)

    def __rlshift__(self, o):
        return R(o << self.v)

    def __rand__(self, o):
        return R(o & self.v)


r = R(3)
print(r + 1)
print(1 + r)
print(r + r)
print(10 - r, 10 * r, 12 / r, 2 ** r, 10 % r, 10 // r, 1 << r, 7 & r)
print(sum([R(1), R(2), R(3)]))
try:
    r + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + r
except TypeError as e:
    print("TypeError:", e)
try:
    r - 1
except TypeError as e:
    print("TypeError:", e)
print(2.5 * r)
