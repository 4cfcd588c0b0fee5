# Exact integer functions and big-int arguments.
import math

print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(30), len(str(math.factorial(1000))))
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(10**100 + 1), math.isqrt(2**127 - 1))
print(math.comb(10, 3), math.comb(10, 0), math.comb(3, 10), math.comb(100, 50), math.comb(10**20, 2), math.comb(2**70, 3))
print(math.perm(10, 3), math.perm(5), math.perm(5, None), math.perm(3, 10), math.perm(2**70, 2), math.perm(0, 0))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 27), math.gcd(0, 0), math.gcd(10**30, 6 * 10**20, -4))
print(math.lcm(), math.lcm(4), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 0), math.lcm(10**20, 3, -4), math.lcm(0, 5))
print(math.gcd(True, 4), math.isqrt(True), math.factorial(True), type(math.gcd(5)).__name__)


class Idx:
    def __index__(self):
        return 6


print(math.factorial(Idx()), math.comb(Idx(), 2), math.gcd(Idx(), 4), math.isqrt(Idx()), math.perm(Idx(), Idx()))
for call in ["math.factorial(5.0)", "math.factorial(-1)", "math.factorial(10**20)", "math.factorial(-10**20)",
             "math.factorial('x')", "math.comb(-1, 2)", "math.comb(1, -2)", "math.comb(10**20, 10**19)",
             "math.comb(1.0, 2)", "math.perm(-1, 2)", "math.perm(1, -2)", "math.perm(10**20, 10**19)",
             "math.isqrt(-1)", "math.isqrt(2.0)", "math.gcd(2.0)", "math.lcm(2, 'a')", "math.comb(1)",
             "math.perm()", "math.perm(1, 2, 3)", "math.comb(n=1, k=2)", "math.gcd(x=1)", "math.factorial(x=1)"]:
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, "->", type(e).__name__ + ":", e)
# Ints beyond float range.
big = 10**400
for call in ["math.log(big)", "math.log(big, 10)", "math.log(big, big)", "math.log2(2**5000)", "math.log10(10**5000)",
             "math.log(-big)", "math.log(0)", "math.log10(-1)", "math.log(True)", "math.log(False)", "math.log2(3**1000)",
             "math.log(10**400, 10**300)", "math.sqrt(big)", "math.exp(big)", "math.floor(big) == big", "math.ceil(-big) == -big",
             "math.trunc(big) == big", "math.fabs(big)", "math.isinf(big)", "math.ldexp(1.0, big)", "math.ldexp(1.0, -big)",
             "math.ldexp(-2.0, big)", "math.hypot(big)", "math.fsum([big])", "math.prod([big, 2]) == 2 * big",
             "math.log1p(big)", "math.atan2(big, 1)", "math.isclose(big, big)", "math.log(2**1023 * 3)"]:
    try:
        print(call, "->", repr(eval(call)))
    except Exception as e:
        print(call, "->", type(e).__name__ + ":", e)
