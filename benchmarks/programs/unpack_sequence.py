# bench: default=400000 quick=2000
"""Sequence unpacking (the unpack_sequence workload): tuples and lists of several sizes
unpacked into names, starred targets, nested targets and swaps, in tight loops.

Usage: unpack_sequence.py [LOOPS]
"""

import sys


def tuples(loops):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    acc = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        acc += a + j
        x, y = t[0], t[9]
        x, y = y, x
        acc += x - y
    return acc


def lists(loops):
    lst = [10, 20, 30, 40, 50]
    acc = 0
    for _ in range(loops):
        a, b, c, d, e = lst
        a, b, c, d, e = lst
        a, b, c, d, e = lst
        a, b, c, d, e = lst
        acc += a * e - c
    return acc


def starred(loops):
    data = tuple(range(12))
    acc = 0
    for k in range(loops):
        first, *middle, last = data
        head, second, *rest = data
        *init, tail = data
        acc += first + last + len(middle) + second + len(rest) + tail + len(init) + (k & 3)
    return acc


def nested(loops):
    pairs = [((1, 2), (3, (4, 5))), ((6, 7), (8, (9, 10)))]
    acc = 0
    for _ in range(loops):
        for (a, b), (c, (d, e)) in pairs:
            acc += a + b * c - d * e
    return acc


def rotations(loops):
    a, b, c, d = 1, 2, 3, 4
    for _ in range(loops):
        a, b, c, d = b, c, d, a
        a, b = b, a
        c, d = d + 1, c - 1
    return a, b, c, d


def returned(loops):
    def divmod3(n):
        return n // 3, n % 3, n

    acc = 0
    for k in range(loops):
        q, r, n = divmod3(k)
        acc += q - r
    return acc


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    print("tuples", tuples(loops))
    print("lists", lists(loops))
    print("starred", starred(loops))
    print("nested", nested(loops))
    print("rotations", rotations(loops))
    print("returned", returned(loops))


main()
