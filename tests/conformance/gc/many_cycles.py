# Many short-lived cycles: with automatic collection enabled, 10,000 two-instance cycles
# created and dropped in a loop are collected as the program runs (some before any explicit
# collect, all after one); with collection disabled none is collected until gc.collect().
import gc
import weakref

finalized = [0]


class Pair:
    def __init__(self, n):
        self.n = n
        self.partner = None

    def __del__(self):
        finalized[0] += 1


def make(n):
    a = Pair(n)
    b = Pair(n)
    a.partner = b
    b.partner = a
    return a


print("enabled", gc.isenabled())
gc.collect()
first = weakref.ref(make(0))
for i in range(1, 10000):
    make(i)
print("collected automatically", finalized[0] > 0)
gc.collect()
print("first pair dead", first() is None)
print("finalized", finalized[0])
print("collect again", gc.collect())

# the same with automatic collection disabled
gc.disable()
finalized[0] = 0
first = weakref.ref(make(0))
for i in range(1, 1000):
    make(i)
print("disabled: finalized", finalized[0], "first alive", first() is not None)
print("collect", gc.collect())
print("finalized", finalized[0], "first dead", first() is None)

# cycles of plain objects only (no __del__): lists referring to each other
for i in range(1000):
    p = [i]
    q = [p]
    p.append(q)
del p, q
print("list pairs", gc.collect())
gc.enable()
print("enabled again", gc.isenabled())
