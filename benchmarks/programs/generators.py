# bench: default=150000 quick=2000
"""Generators (the generators workload): in-order traversal of a balanced binary tree by
recursive generators with `yield from`, plus a pipeline of chained generator stages and a
generator driven by send().

Usage: generators.py [NODES]
"""

import sys


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def windows(it, size):
    window = []
    for x in it:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            del window[0]


def running_mean():
    """A coroutine-style generator: send values, receive the integer mean so far."""
    total = count = 0
    mean = None
    while True:
        x = yield mean
        total += x
        count += 1
        mean = total // count


def main():
    nodes = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
    tree = build(0, nodes)
    ordered = 0
    prev = -1
    for _ in range(3):
        for v in tree:
            if v != prev + 1:
                raise RuntimeError("out of order")
            prev = v
            ordered += 1
        prev = -1
    print("traversed", ordered)
    piped = 0
    for w in windows(squares(evens(iter(tree))), 3):
        piped = (piped + w[0] + 2 * w[1] + 3 * w[2]) % 1000000007
    print("pipeline", piped)
    avg = running_mean()
    next(avg)
    last = None
    for v in range(nodes):
        last = avg.send(v * 7 % 1000)
    print("running mean", last)
    print("generator expression", sum(x for x in range(nodes) if x % 3 == 1))


main()
