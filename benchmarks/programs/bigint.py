# bench: default=4000 quick=300
"""Big-integer arithmetic (a bignum workload): factorials by product trees, Fibonacci by
fast doubling, modular exponentiation, gcd, integer square roots by Newton's method,
division with remainder and bit operations on numbers of thousands of digits.

Usage: bigint.py [N]
"""

import sys

MOD = 1000000007


def product(lo, hi):
    """lo * (lo + 1) * ... * (hi - 1), splitting the range so operands stay balanced."""
    if hi - lo <= 8:
        p = 1
        for k in range(lo, hi):
            p *= k
        return p
    mid = (lo + hi) // 2
    return product(lo, mid) * product(mid, hi)


def fib_pair(n):
    """(F(n), F(n + 1)) by fast doubling."""
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n & 1:
        return d, c + d
    return c, d


def isqrt_newton(n):
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
    f = product(1, n + 1)
    print("factorial bits", f.bit_length(), "mod", f % MOD, "trailing zero bits",
          (f & -f).bit_length() - 1)
    fa, fb = fib_pair(n * 20)
    print("fibonacci bits", fa.bit_length(), "mod", fa % MOD, "gcd", gcd(fa, fb))
    r = isqrt_newton(f)
    print("isqrt ok", r * r <= f < (r + 1) * (r + 1), "mod", r % MOD)
    acc = 0
    base = 3 ** 200 + 17
    modulus = (1 << 1279) - 1
    for k in range(n // 10):
        acc ^= pow(base + k, 65537 + k, modulus)
    print("powmod xor bits", acc.bit_length(), "mod", acc % MOD)
    q, rem = divmod(f, fa + 1)
    print("divmod", q % MOD, rem % MOD, "check", q * (fa + 1) + rem == f)
    s = 0
    x = f
    for _ in range(200):
        x = (x * 12345 + 6789) >> 7
        s += x & 0xFFFF
        x = x | (1 << 200) if x.bit_length() < 300 else x
    print("shift mix", s, x % MOD, -f // 7 % MOD, (-f) % 1000003, hex(fa)[:20],
          str(fb % 10 ** 15))


main()
