# bench: default=30 quick=10
"""Coroutines (the coroutines workload): recursive `async def` functions awaiting each other,
driven to completion by send(None), and a tiny round-robin scheduler of tasks that suspend
through an awaitable object.

Usage: coroutines.py [N] -- the Fibonacci argument of the recursive part.
"""

import sys


async def fib(n):
    if n <= 1:
        return n
    return await fib(n - 1) + await fib(n - 2)


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


class Yield:
    """An awaitable that suspends the awaiting coroutine once, handing `tag` to the driver."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return got


async def worker(ident, steps):
    total = 0
    for i in range(steps):
        reply = await Yield(ident)
        total += reply * (i + 1)
    return ident, total


def round_robin(tasks):
    """Runs every task in turn; each suspension is answered with the scheduler's tick."""
    results = []
    ready = [(t, None) for t in tasks]
    tick = 0
    while ready:
        nxt = []
        for task, value in ready:
            tick += 1
            try:
                task.send(value)
            except StopIteration as stop:
                results.append(stop.value)
                continue
            nxt.append((task, tick % 97))
        ready = nxt
    return results, tick


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    print("fib(%d) = %d" % (n, run(fib(n))))
    tasks = [worker(i, 200 + 13 * i) for i in range(n * 8)]
    results, ticks = round_robin(tasks)
    digest = 0
    for ident, total in results:
        digest = (digest * 31 + ident * 1000003 + total) % 1000000007
    print("tasks", len(results), "ticks", ticks, "digest", digest)


main()
