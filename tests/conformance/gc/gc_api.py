# The gc module's switches and knobs: enable/disable/isenabled, thresholds, collect() with an
# explicit generation (and invalid ones), freeze/unfreeze/get_freeze_count, gc.garbage and
# get_stats() shapes.
import gc

print("isenabled", gc.isenabled())
gc.disable()
print("after disable", gc.isenabled())
gc.disable()
print("disable twice", gc.isenabled())
gc.enable()
print("after enable", gc.isenabled())
gc.enable()
print("enable twice", gc.isenabled())

print("threshold", gc.get_threshold())
print("type", type(gc.get_threshold()).__name__)
gc.set_threshold(500, 5, 3)
print("set 3", gc.get_threshold())
gc.set_threshold(800)
print("set 1", gc.get_threshold())
gc.set_threshold(900, 20)
print("set 2", gc.get_threshold())
gc.set_threshold(700, 10, 10)
print("restored", gc.get_threshold())
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError", e)
try:
    gc.set_threshold("x")
except TypeError as e:
    print("TypeError", e)

print("count type", type(gc.get_count()).__name__, len(gc.get_count()))

gc.disable()


class Node:
    def __init__(self):
        self.other = None


def make_pair():
    a = Node()
    b = Node()
    a.other = b
    b.other = a


gc.collect()
for gen in (0, 1, 2):
    make_pair()
    make_pair()
    print("collect", gen, gc.collect(gen))
make_pair()
print("keyword", gc.collect(generation=2))
make_pair()
print("no arg", gc.collect())
for bad in (3, -1, 100):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    gc.collect("0")
except TypeError as e:
    print("TypeError", e)

# freeze moves everything tracked into the permanent generation
gc.collect()
print("freeze count before", gc.get_freeze_count())
gc.freeze()
print("frozen > 0", gc.get_freeze_count() > 0)
make_pair()
print("collect while frozen", gc.collect())
gc.unfreeze()
print("freeze count after", gc.get_freeze_count())
print("collect after unfreeze", gc.collect())

# a frozen cycle is not collected until unfrozen
make_pair()
gc.freeze()
print("frozen pair", gc.collect())
gc.unfreeze()
print("unfrozen pair", gc.collect())

print("garbage", gc.garbage, type(gc.garbage).__name__)
make_pair()
gc.collect()
print("garbage after", gc.garbage)

stats = gc.get_stats()
print("stats", type(stats).__name__, len(stats))
for s in stats:
    print(sorted(s), all(type(v) is int and v >= 0 for v in s.values()))

print("flags", gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE,
      gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print("debug", gc.get_debug())
gc.enable()
print("end", gc.isenabled())
