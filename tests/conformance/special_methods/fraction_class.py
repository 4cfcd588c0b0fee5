def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def conv(o):
        if isinstance(o, Frac):
            return o
        if isinstance(o, int):
            return Frac(o)
        return None
    def __add__(self, o):
        o = Frac.conv(o)
        if o is None:
            return NotImplemented
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__

    def __sub__(self, o):
        o = Frac.conv(o)
        if o is None:
            return NotImplemented
        return self + (-o)
    def __rsub__(self, o):
        return Frac.conv(o) - self
    def __mul__(self, o):
        o = Frac.conv(o)
        if o is None:
            return NotImplemented
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac.conv(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Frac.conv(o) / self
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = Frac.conv(o)
        return o is not None and self.n == o.n and self.d == o.d
    def __lt__(self, o):
        o = Frac.conv(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return "%d/%d" % (self.n, self.d) if self.d != 1 else str(self.n)

a, b = Frac(1, 2), Frac(1, 3)
print(a + b, a - b, a * b, a / b)
print(1 + a, 1 - a, 2 * b, 1 / b)
print(a == Frac(2, 4), a == 1, Frac(4, 2) == 2)
print(sorted([Frac(3, 4), Frac(1, 8), Frac(-1, 2), Frac(5, 3)]))
total = sum(Frac(1, n) for n in range(1, 7))
print(total, float(total))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
print(Frac(6, -8), -Frac(3, 9))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a + 1.5
except TypeError as e:
    print("TypeError:", e)
