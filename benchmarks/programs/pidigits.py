# bench: default=3000 quick=200
"""Digits of pi by an unbounded spigot (the pidigits workload): big-integer multiply, add
and floor division on numbers growing with every digit.

Usage: pidigits.py [DIGITS]
"""

import sys


def pi_digits(count):
    """Gibbons' streaming spigot: the state is a linear fractional transformation
    (q, r, t) extended by the terms k of the series."""
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < count:
        # Extract when the next two candidate digits agree.
        d = (3 * q + r) // t
        if d == (4 * q + r) // t:
            digits.append(d)
            q, r = 10 * q, 10 * (r - d * t)
        else:
            k2 = 2 * k + 1
            q, r, t = q * k, (2 * q + r) * k2, t * k2
            k += 1
    return digits


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    digits = pi_digits(count)
    text = "".join(map(str, digits))
    for i in range(0, min(len(text), 50), 10):
        print("%s\t:%d" % (text[i:i + 10], i + 10))
    print("digits", len(text), "last ten", text[-10:], "digit sum", sum(digits))


main()
