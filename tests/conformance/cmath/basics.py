# Constants, argument conversion, isclose and errors.
import cmath
import math

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.pi == math.pi, type(cmath.infj).__name__, cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(-0.0), cmath.sqrt(complex(-0.0, -0.0)))
print(cmath.exp(1j * math.pi), cmath.log(-1), cmath.log(1j), cmath.log10(100), cmath.log(8, 2), cmath.log(True))
print(cmath.polar(1j), cmath.polar(-1), cmath.polar(3 + 4j), cmath.rect(2, math.pi / 2), cmath.rect(1, 0), cmath.rect(-1, -0.0))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(0), cmath.phase(-0.0), cmath.phase(1j))


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 0.25


class I:
    def __index__(self):
        return 16


class FC(float):
    def __complex__(self):
        return 1j


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(FC(4.0)), cmath.polar(C()), cmath.log(I(), 2))
print(cmath.isclose(1, 1), cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.001j, rel_tol=1e-2),
      cmath.isclose(0, 1e-10j, abs_tol=1e-9), cmath.isclose(complex(math.inf, 0), complex(math.inf, 0)),
      cmath.isclose(complex(math.inf, 1), complex(math.inf, 2)), cmath.isclose(cmath.nanj, cmath.nanj), cmath.isclose(a=1, b=1.0))
for call in ["cmath.sqrt()", "cmath.sqrt(1, 2)", "cmath.sqrt(z=1)", "cmath.log()", "cmath.log(1, 2, 3)", "cmath.rect(1)",
             "cmath.rect(1j, 2)", "cmath.rect(1, '2')", "cmath.phase()", "cmath.polar('x')", "cmath.isclose(1)",
             "cmath.isclose(1, 2, 3)", "cmath.isclose(1, 1, rel_tol=-1)", "cmath.isclose(1, 1, foo=1)", "cmath.sqrt('x')",
             "cmath.log(0)", "cmath.log(1, 1)", "cmath.log(1, 0)", "cmath.log(0j, 2)", "cmath.polar(complex(1e308, 1e308))",
             "cmath.exp(1000)", "cmath.exp(complex(710, 0.5))", "cmath.cosh(1000)", "cmath.sinh(complex(-1000, 1))",
             "cmath.rect(1, float('inf'))", "cmath.rect(float('inf'), 0)", "cmath.isfinite(x=1)", "cmath.log(z=1)",
             "cmath.log(10**400)", "cmath.sqrt(10**400)", "cmath.atanh(1)", "cmath.atanh(-1)", "cmath.atan(1j)",
             "cmath.log10(0)", "cmath.sqrt(None)", "cmath.exp([])", "cmath.cos(complex(0, 1000))", "cmath.tan(complex(1, 1000))"]:
    try:
        print(call, "->", repr(eval(call)))
    except Exception as e:
        print(call, "->", type(e).__name__ + ":", e)
