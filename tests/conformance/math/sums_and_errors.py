# fsum, prod, hypot, dist, isclose, rounding protocols, constants and argument errors.
import math

print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum([-0.0]), math.fsum(iter([1, 2.5, True])))
print(math.fsum([2.0**53, -0.5, -2.0**-54]), math.fsum([2.0**53, 1.0, 2.0**-100]), math.fsum([1.0, 1e-300, -1e-300]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, 1e308]), math.fsum([math.nan, 1.0]), math.fsum([math.inf, math.nan]))
seed = 99
vals = []
for i in range(2000):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    vals.append(((seed >> 11) / 2**53 - 0.5) * 10 ** ((seed % 41) - 20))
print(math.fsum(vals), math.fsum(sorted(vals)), math.fsum(reversed(vals)))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=2.5), math.prod([1.5, 2, 3]), math.prod([2, 3], start=1j))
print(math.prod(range(1, 30)), math.prod([[1]], start=1), math.prod(["a", 3], start=1) if False else "")
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(1e308, 1e308))
print(math.hypot(5e-324, 5e-324), math.hypot(1e-310, 2e-310, 3e-310), math.hypot(math.nan, math.inf), math.hypot(math.nan, 1))
print(math.hypot(*[0.1 * i for i in range(50)]), math.hypot(1, 1, 1, 1, 1, 1, 1, 1, 1), math.hypot(True, 2))
print(math.dist((1, 2), (4, 6)), math.dist([1, 2], (3, 4)), math.dist((), ()), math.dist((1e308,), (-1e308,)), math.dist(iter([0, 0]), [3, 4]))
print(math.isclose(1, 1), math.isclose(1, 1 + 1e-10), math.isclose(1, 1.0001), math.isclose(1, 1.0001, rel_tol=1e-3))
print(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(a=1, b=1), math.isclose(-math.inf, math.inf), math.isclose(1e308, math.inf))


class Floor:
    def __floor__(self):
        return "floored"

    def __ceil__(self):
        return "ceiled"

    def __trunc__(self):
        return "trunced"


class F(float):
    pass


class I(int):
    def __floor__(self):
        return "I.floor"


class Fl:
    def __float__(self):
        return 2.5


print(math.floor(Floor()), math.ceil(Floor()), math.trunc(Floor()), math.floor(F(2.5)), math.ceil(F(-2.5)), math.trunc(F(-2.5)))
print(math.floor(I(3)), math.ceil(I(3)), math.floor(True), math.ceil(2.5), math.trunc(True), math.floor(Fl()), math.ceil(Fl()))
print(math.sqrt(Fl()), math.sqrt(F(4)), math.sqrt(I(9)), math.sqrt(True), math.floor(-0.5), math.ceil(-0.5))
for call in ["math.sqrt('x')", "math.floor('x')", "math.trunc('x')", "math.trunc(1j)", "math.ceil(math.inf)",
             "math.floor(math.nan)", "math.trunc(math.inf)", "math.fsum([1e308, 1e308])", "math.fsum([math.inf, -math.inf])",
             "math.fsum(['a'])", "math.fsum(1)", "math.prod([1, 2], 3)", "math.prod()", "math.prod([1], x=2)",
             "math.hypot('a')", "math.hypot(x=1)", "math.dist((1, 2), (3,))", "math.dist((1, 'a'), (3, 4))", "math.dist(1, 2)",
             "math.dist((1,), (2,), 3)", "math.isclose(1, 2, rel_tol=-1)", "math.isclose(1, 2, 3)", "math.isclose(1)",
             "math.isclose('a', 1)", "math.isclose(1, 1, foo=1)", "math.isclose(1, 1, rel_tol='x')", "math.sqrt()",
             "math.sqrt(1, 2)", "math.atan2(1)", "math.log()", "math.log(1, 2, 3)", "math.log(1, x=1)", "math.pow(2)",
             "math.floor()", "math.sqrt(x=1)", "math.fsum([], 1)", "math.frexp(1, 2)", "math.nextafter(1, 2, 3)",
             "math.ldexp(1.0, 2.0)", "math.ldexp(1, x=2)", "math.fmod(1)", "math.ulp()", "math.ceil(1, 2)",
             "math.sin(1j)", "math.cos(None)", "math.log(1, 1)", "math.log(1, 0)", "math.pow(0, -1)", "math.pow(-8, 1/3)",
             "math.pow(10, 400)", "math.exp(1000)", "math.gamma(0)", "math.gamma(-1)", "math.gamma(200)", "math.lgamma(0)",
             "math.lgamma(-2)", "math.lgamma(1e308)", "math.fmod(1, 0)", "math.fmod(math.inf, 1)", "math.remainder(1, 0)",
             "math.remainder(math.inf, 1)", "math.atanh(1)", "math.acosh(0)", "math.cosh(1000)", "math.log1p(-1)",
             "math.sin(math.inf)", "math.exp2(2000)", "math.expm1(1000)", "math.pow(math.inf, -3)", "math.pow(-math.inf, 3)",
             "math.pow(-0.0, -3)", "math.pow(1, math.nan)", "math.pow(math.nan, 0)", "math.pow(-1, math.inf)",
             "math.pow(0.5, -math.inf)", "math.pow(2, -math.inf)", "math.fmod(3, math.inf)", "math.fmod(-3, 2)"]:
    try:
        print(call, "->", repr(eval(call)))
    except Exception as e:
        print(call, "->", type(e).__name__ + ":", e)
print(math.__name__, sorted(n for n in dir(math) if not n.startswith("_")))
