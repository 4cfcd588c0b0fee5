class Money(float):
    def __new__(cls, v):
        return super().__new__(cls, round(v, 2))

    def __repr__(self):
        return "$%.2f" % self

    def __add__(self, o):
        return Money(float(self) + float(o))

    __radd__ = __add__

    def __mul__(self, o):
        return Money(float(self) * o)


m = Money(10.499)
print(m, repr(m), float(m))
print(m + 1, 1 + m, m * 3, m - 1, type(m - 1).__name__)
print(sum([Money(0.1), Money(0.2), Money(0.3)]))
print(isinstance(m, float), m > 10, m == 10.5)
print(int(m), round(m), m.is_integer(), Money(3).is_integer())
print(str(m), f"{m:.3f}", "%s" % m)


class Approx(float):
    def __eq__(self, o):
        return abs(self - o) < 1e-6

    __hash__ = float.__hash__


a = Approx(0.1 + 0.2)
print(a == 0.3, 0.3 == a, 0.1 + 0.2 == 0.3)
print([0.3].count(a), a in [0.3])


class Meters(float):
    unit = "m"

    def __str__(self):
        return float.__repr__(self) + self.unit


d = Meters(2.5)
print(d, str(d), repr(d), [d])
print(d.hex(), d.as_integer_ratio())
