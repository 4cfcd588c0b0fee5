# Subclasses of complex.


class C(complex):
    def extra(self):
        return "extra %r" % (self,)


c = C(1, 2)
print(c, repr(c), type(c).__name__, isinstance(c, complex), c.real, c.imag, c.extra())
print(c + 1, type(c + 1).__name__, 1 + c, type(1 - c).__name__, c * c, c / 2, -c, +c, abs(C(3, 4)))
print(type(-c).__name__, type(+c).__name__, c.conjugate(), type(c.conjugate()).__name__)
print(c == 1 + 2j, hash(c) == hash(1 + 2j), {c: 1}[1 + 2j], complex(c), type(complex(c)).__name__)
print(C("3-4j"), C(), C(imag=5), C(c), type(C(c)).__name__, C.__mro__[1:])
print(format(c, ".1f"), f"{c}", str(c), bool(C(0)), bool(c), c ** 2, 2 ** c)


class R(complex):
    def __repr__(self):
        return "R!"

    def __add__(self, other):
        return "R.add"

    def __radd__(self, other):
        return "R.radd"

    def __eq__(self, other):
        return "R.eq"

    __hash__ = complex.__hash__


r = R(1, 1)
print(repr(r), str(r), r + 1, 1 + r, 1j + r, r == 1, 1 == r, r * 2, hash(r) == hash(1 + 1j))


class N(complex):
    def __new__(cls, x):
        return super().__new__(cls, x, -x)


n = N(3)
print(n, type(n).__name__, n.__getnewargs__())


class WithComplex(complex):
    def __complex__(self):
        return 7j


print(complex(WithComplex(1, 1)), complex(WithComplex(1, 1), 1))
print(complex.__add__(1j, 2), complex.__radd__(1j, 2), complex.__mul__(1j, "x"), complex.real.__get__(3j))
try:
    complex.__add__(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    complex.conjugate(2)
except TypeError as e:
    print("TypeError:", e)
for call in [lambda: complex.__new__(int, 1), lambda: format(C(1), "d"), lambda: format(C(1), "=5")]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(complex.__new__(C, 2), type(complex.__new__(C, 2)).__name__)
