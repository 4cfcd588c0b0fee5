# bench: default=500000 quick=5000
"""Closures (a functional workload): counters and accumulators over nonlocal cells,
decorators that wrap and count calls, function composition, currying, lambdas passed to
map/filter/sorted, functools.partial and reduce, and closures created in loops.

Usage: closures.py [CALLS]
"""

import sys
from functools import partial, reduce, wraps


def make_counter(start, step):
    count = start

    def bump():
        nonlocal count
        count += step
        return count

    return bump


def make_accumulator():
    items = []
    total = 0

    def add(x):
        nonlocal total
        items.append(x)
        total += x
        return total

    def mean():
        return total // len(items) if items else 0

    return add, mean


def counted(fn):
    calls = 0

    @wraps(fn)
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return fn(*args, **kwargs)

    wrapper.calls = lambda: calls
    return wrapper


def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x

    return run


def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)


@counted
def affine(x, scale=2, shift=1):
    return x * scale + shift


def memoize(fn):
    cache = {}

    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    return inner


@memoize
def partitions(n):
    # The number of partitions of n, by Euler's pentagonal-number recurrence.
    if n < 0:
        return 0
    if n == 0:
        return 1
    total = 0
    k = 1
    while True:
        g1 = k * (3 * k - 1) // 2
        if g1 > n:
            break
        g2 = k * (3 * k + 1) // 2
        sign = 1 if k % 2 else -1
        total += sign * (partitions(n - g1) + partitions(n - g2))
        k += 1
    return total


def main():
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
    counters = [make_counter(i, i % 3 + 1) for i in range(10)]
    last = 0
    for i in range(calls):
        last += counters[i % 10]()
    print("counters", last, [c() for c in counters[:3]])
    add, mean = make_accumulator()
    for i in range(calls // 2):
        add(i % 1000)
    print("accumulator mean", mean())
    pipeline = compose(lambda x: x % 1000003, partial(affine, scale=3), abs, lambda x: x - 500)
    acc = 0
    for i in range(calls // 2):
        acc = (acc + pipeline(i)) % 1000000007
    print("pipeline", acc, "affine calls", affine.calls(), affine.__name__)
    volume = curry3(lambda a, b, c: a * b * c)
    print("curried", sum(volume(i)(i + 1)(i + 2) for i in range(calls // 20)))
    adders = [lambda x, k=k: x + k for k in range(20)]
    late = [lambda x: x + k for k in range(20)]
    print("default-bound", sum(f(1) for f in adders), "late-bound", sum(f(1) for f in late))
    evens = list(filter(lambda x: x % 2 == 0, map(lambda x: x * 3, range(calls // 10))))
    print("map/filter", len(evens), reduce(lambda a, b: (a * 31 + b) % 1000000007, evens, 7))
    print("partitions(300)", partitions(300))


main()
