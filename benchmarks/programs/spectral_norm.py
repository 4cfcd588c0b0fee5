# bench: default=250 quick=30
"""The spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1),
truncated to n x n, by the power method on A^T A.

Usage: spectral_norm.py [N]
"""

import sys
from math import sqrt


def a_entry(i, j):
    s = i + j
    return 1.0 / ((s * (s + 1) >> 1) + i + 1)


def times(v, n):
    return [sum([a_entry(i, j) * v[j] for j in range(n)]) for i in range(n)]


def times_transposed(v, n):
    out = []
    for i in range(n):
        acc = 0.0
        for j, x in enumerate(v):
            acc += a_entry(j, i) * x
        out.append(acc)
    return out


def times_ata(v, n):
    return times_transposed(times(v, n), n)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 250
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u, n)
        u = times_ata(v, n)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print("n=%d norm=%.9f" % (n, sqrt(vbv / vv)))


main()
