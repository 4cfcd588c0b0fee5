# Memory per object: `python objects.py KIND N` builds a list of N distinct objects of one kind
# with a list comprehension, keeps it alive, and prints a checksum computed from the objects, so
# every interpreter has to build them all. `empty` does the same set-up and builds nothing; the
# driver (measure.py) subtracts its peak RSS from each kind's. Builtins and sys only: pyvm runs it.
#
# The figures include the list's slot for each object (8 bytes in CPython, 16 in pyvm, plus the
# list's over-allocation), as a user's list of objects costs. Containers hold small ints (cached
# in CPython, inline in pyvm) so that a row measures the container alone; the *_int kinds hold
# ints up to N instead, which CPython boxes (32 bytes each) and pyvm keeps inline.
import sys


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def method(self):
        return self.a + self.b


def build(kind, n):
    obj = Pair(3, 4)
    if kind == "empty":
        return []
    if kind == "str":
        return [str(i) for i in range(n)]
    if kind == "bigint":
        return [2**64 + i for i in range(n)]
    if kind == "bound_method":
        return [obj.method for _ in range(n)]
    if kind == "tuple2":
        return [(i & 7, i & 3) for i in range(n)]
    if kind == "list1":
        return [[i & 7] for i in range(n)]
    if kind == "dict1":
        return [{i & 7: i & 3} for i in range(n)]
    if kind == "instance2":
        return [Pair(i & 7, i & 3) for i in range(n)]
    if kind == "float":
        return [float(i) for i in range(n)]
    if kind == "tuple2_int":
        return [(i, i + 1) for i in range(n)]
    if kind == "list1_int":
        return [[i] for i in range(n)]
    if kind == "dict1_int":
        return [{i: i} for i in range(n)]
    if kind == "instance2_int":
        return [Pair(i, i + 1) for i in range(n)]
    raise ValueError("unknown kind: " + kind)


def value(kind, x):
    # A number computed from one object, the same under every interpreter.
    if kind == "str":
        return len(x) * 10 + int(x[-1])
    if kind == "bigint":
        return x % 1000003
    if kind == "bound_method":
        return x()
    if kind in ("tuple2", "tuple2_int"):
        return x[0] * 3 + x[1]
    if kind in ("list1", "list1_int"):
        return x[0] + len(x)
    if kind in ("dict1", "dict1_int"):
        for k in x:
            return k * 5 + x[k] + len(x)
    if kind in ("instance2", "instance2_int"):
        return x.a * 7 + x.b
    if kind == "float":
        return int(x * 0.5)
    return 0


def main():
    kind = sys.argv[1]
    n = int(sys.argv[2])
    xs = build(kind, n)
    if kind == "empty":
        print("empty", n, len(xs))
        return
    if len(xs) != n:
        raise RuntimeError("built %d objects, not %d" % (len(xs), n))
    # Every object is a separate one, even where two are equal (tuple2's items repeat every 8).
    if n > 8 and (xs[0] is xs[1] or xs[0] is xs[8]):
        raise RuntimeError("objects are shared")
    step = n // 1000 + 1
    total = 0
    for i in range(0, n, step):
        total = (total * 31 + value(kind, xs[i])) % 1000000007
    total = (total * 31 + value(kind, xs[n - 1])) % 1000000007
    print(kind, n, total)


main()
