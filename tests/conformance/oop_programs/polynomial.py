class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while coeffs and coeffs[-1] == 0:
            coeffs.pop()
        self.c = tuple(coeffs)

    @classmethod
    def x(cls):
        return cls([0, 1])

    @staticmethod
    def lift(o):
        if isinstance(o, Poly):
            return o
        if isinstance(o, int):
            return Poly([o])
        return None

    @property
    def degree(self):
        return len(self.c) - 1 if self.c else -1

    def __call__(self, v):
        acc = 0
        for coef in reversed(self.c):
            acc = acc * v + coef
        return acc

    def __add__(self, o):
        o = Poly.lift(o)
        if o is None:
            return NotImplemented
        n = max(len(self.c), len(o.c))
        a = self.c + (0,) * (n - len(self.c))
        b = o.c + (0,) * (n - len(o.c))
        return Poly(x + y for x, y in zip(a, b))

    __radd__ = __add__

    def __neg__(self):
        return Poly(-x for x in self.c)

    def __sub__(self, o):
        return self + (-Poly.lift(o))

    def __rsub__(self, o):
        return Poly.lift(o) - self

    def __mul__(self, o):
        o = Poly.lift(o)
        if o is None:
            return NotImplemented
        out = [0] * (len(self.c) + len(o.c))
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, d):
        if d.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        rem = list(self.c)
        quot = [0] * max(0, len(rem) - len(d.c) + 1)
        lead = d.c[-1]
        for i in range(len(quot) - 1, -1, -1):
            coef = rem[i + len(d.c) - 1] // lead
            quot[i] = coef
            for j, dc in enumerate(d.c):
                rem[i + j] -= coef * dc
        return Poly(quot), Poly(rem)

    def __floordiv__(self, d):
        return divmod(self, d)[0]

    def __mod__(self, d):
        return divmod(self, d)[1]

    def derivative(self):
        return Poly(i * c for i, c in enumerate(self.c) if i)

    def __eq__(self, o):
        o = Poly.lift(o)
        return o is not None and self.c == o.c

    def __hash__(self):
        return hash(self.c)

    def __bool__(self):
        return bool(self.c)

    def __iter__(self):
        return iter(self.c)

    def __repr__(self):
        if not self.c:
            return "0"
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            k = self.c[i]
            if k == 0:
                continue
            sign = "-" if k < 0 else "+"
            k = abs(k)
            body = "" if (k == 1 and i) else str(k)
            if i:
                body += "x" + ("^%d" % i if i > 1 else "")
            terms.append((sign, body))
        first_sign, first = terms[0]
        s = ("-" if first_sign == "-" else "") + first
        for sign, body in terms[1:]:
            s += " %s %s" % (sign, body)
        return s

x = Poly.x()
p = 3 * x ** 2 - 2 * x + 1
q = x - 1
print(p, "|", q, "|", p.degree, q.degree, Poly([]).degree)
print(p + q, "|", p - q, "|", p * q, "|", 1 - x)
print((x + 1) ** 5)
print([p(v) for v in range(-2, 3)])
print(divmod(p, q), p // q, p % q)
quot, rem = divmod(x ** 3 - 1, x - 1)
print(quot, "| remainder:", rem, bool(rem))
print(p.derivative(), p.derivative().derivative(), Poly([7]).derivative())
print(p == Poly([1, -2, 3]), Poly([5]) == 5, x == "x", list(p))
print(len({p, Poly([1, -2, 3, 0, 0]), q}))
try:
    divmod(p, Poly([0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    p + 1.5
except TypeError as e:
    print("TypeError:", e)
print(sum([x, x ** 2, 1]), -(x ** 3) + 2)
