# bench: default=30000 quick=300
"""Comprehensions (the comprehensions workload): list, dict and set comprehensions and
generator expressions, nested and filtered, over a collection of small records, building
indexes and summaries of a widget inventory.

Usage: comprehensions.py [WIDGETS]
"""

import sys


class Widget:
    def __init__(self, ident, kind, size, parts):
        self.ident = ident
        self.kind = kind
        self.size = size
        self.parts = parts


KINDS = ["gear", "spring", "lever", "pulley", "cam", "axle"]


def inventory(n):
    return [Widget(i, KINDS[i * 7 % len(KINDS)], (i * 37) % 101,
                   [(i * k) % 17 for k in range(i % 6)]) for i in range(n)]


def summarise(widgets):
    by_id = {w.ident: w for w in widgets}
    large = [w.ident for w in widgets if w.size > 50]
    kinds_with_parts = {w.kind for w in widgets if w.parts}
    part_total = sum(p for w in widgets for p in w.parts)
    grid = [[w.size * k for k in range(3)] for w in widgets if w.ident % 10 == 0]
    per_kind = {k: [w.ident for w in widgets if w.kind == k] for k in KINDS}
    sizes = {k: sum(by_id[i].size for i in ids) for k, ids in per_kind.items()}
    flat_parts = [p for w in widgets if w.size % 3 == 0 for p in w.parts if p > 4]
    distinct_parts = {p for w in widgets for p in w.parts}
    return (len(by_id), len(large), len(kinds_with_parts), part_total,
            sum(map(sum, grid)), sizes, len(flat_parts), sorted(distinct_parts))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30000
    widgets = inventory(n)
    result = None
    checksum = 0
    for _ in range(20):
        result = summarise(widgets)
        checksum = (checksum * 31 + result[3] + result[4] + result[6]) % 1000000007
    ids, large, kinds, parts, grid, sizes, flat, distinct = result
    print("widgets", ids, "large", large, "kinds with parts", kinds, "parts", parts)
    print("grid", grid, "flat", flat, "distinct", distinct)
    print("sizes", [(k, sizes[k]) for k in KINDS], "checksum", checksum)


main()
