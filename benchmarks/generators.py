# Generator pipelines: nested generators, yield from, generator expressions.
import sys

n = 40000 * (int(sys.argv[1]) if len(sys.argv) > 1 else 10)


def numbers(k):
    for i in range(k):
        yield i


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def chained(k):
    yield from numbers(k)
    yield from numbers(k // 2)


total = sum(x * 3 for x in evens(numbers(n)))
total += sum(chained(n))
print(total)
