# bench: default=100000 quick=1000
"""List sorting (a sorting workload): list.sort and sorted on random, presorted, reversed
and nearly sorted ints, floats, strings and tuples; key functions, reverse, stability, and
objects compared through __lt__; merged with heapq and searched with bisect.

Usage: sorting.py [ITEMS]
"""

import bisect
import heapq
import random
import sys
from functools import cmp_to_key


class Item:
    def __init__(self, key, tag):
        self.key = key
        self.tag = tag

    def __lt__(self, other):
        return self.key < other.key


def checksum(values):
    h = 0
    for v in values:
        h = (h * 1000003 + hash(v)) % 4294967311
    return h


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    rng = random.Random(99)
    ints = [rng.randrange(-n, n) for _ in range(n)]
    floats = [rng.random() * 1000.0 - 500.0 for _ in range(n)]
    words = ["".join(rng.choice("abcdefghij") for _ in range(rng.randrange(1, 8)))
             for _ in range(n // 4)]
    pairs = [(rng.randrange(100), rng.randrange(1000)) for _ in range(n // 2)]

    a = sorted(ints)
    print("ints", a[0], a[n // 2], a[-1], checksum(a))
    b = sorted(ints, reverse=True)
    print("reversed ok", b == a[::-1])
    c = a[:]
    for i in range(0, n, 100):
        j = rng.randrange(n)
        c[i], c[j] = c[j], c[i]
    c.sort()
    print("nearly sorted ok", c == a)
    f = sorted(floats)
    print("floats", "%.6f %.6f" % (f[0], f[-1]), checksum(round(x * 1000) for x in f))
    w = sorted(words)
    print("words", w[0], w[len(w) // 2], w[-1], len(set(words)))
    w2 = sorted(words, key=len)
    print("by length", w2[:3], w2[-3:])
    w3 = sorted(words, key=lambda s: (s[::-1], len(s)))
    print("by reverse", w3[:3])
    p = sorted(pairs, key=lambda t: t[0])  # stable: equal keys keep their input order
    print("stable", p[:3], p[-3:], checksum(p))
    items = [Item(rng.randrange(1000), i) for i in range(n // 4)]
    items.sort()
    stable = all(items[i].key < items[i + 1].key or items[i].tag < items[i + 1].tag
                 for i in range(len(items) - 1))
    print("objects stable", stable, items[0].key, items[-1].key)
    by_cmp = sorted(ints[:n // 10], key=cmp_to_key(lambda x, y: (x % 7 - y % 7) or (y - x)))
    print("cmp_to_key", by_cmp[:5])
    chunks = [sorted(ints[k::4]) for k in range(4)]
    merged = list(heapq.merge(*chunks))
    print("merge ok", merged == a, heapq.nsmallest(3, ints), heapq.nlargest(3, ints))
    hits = 0
    for x in range(-n, n, 7):
        i = bisect.bisect_left(a, x)
        if i < n and a[i] == x:
            hits += 1
    print("bisect hits", hits, bisect.bisect_right(a, 0), bisect.bisect_left(a, 0))


main()
