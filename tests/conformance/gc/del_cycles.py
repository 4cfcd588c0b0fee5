# PEP 442: objects with __del__ in reference cycles are collected by gc.collect(); every
# finalizer runs exactly once, all finalizers run before any object of the cycle is cleared
# (so __del__ still sees its neighbours), and nothing ends up in gc.garbage.
import gc

gc.disable()
gc.collect()

events = []


class F:
    def __init__(self, name):
        self.name = name
        self.other = None
        self.extra = None

    def __del__(self):
        other = self.other.name if self.other is not None else None
        events.append((self.name, other))


def report(label, count):
    print(label, count, sorted(events))
    events.clear()


a = F("a")
b = F("b")
a.other = b
b.other = a
del a, b
print("nothing yet", events)
report("pair", gc.collect())
report("second collect", gc.collect())

s = F("self")
s.other = s
del s
report("self cycle", gc.collect())

ring = [F("r%d" % i) for i in range(5)]
for i in range(5):
    ring[i].other = ring[(i + 1) % 5]
del ring
report("ring", gc.collect())

# a finalizable object hanging off a cycle of plain lists is finalized in the same collection
lst = []
lst.append(lst)
lst.append(F("hanging"))
del lst
report("hanging", gc.collect())

# a cycle that mixes finalizable and plain objects
m = F("m")
m.other = F("n")
m.other.other = m
m.extra = [m, {"m": m}]
del m
report("mixed", gc.collect())

# __del__ of a cycle member can read every member's attributes
class Reader:
    def __init__(self, tag):
        self.tag = tag
        self.peers = []

    def __del__(self):
        events.append((self.tag, sorted(p.tag for p in self.peers)))


x = Reader("x")
y = Reader("y")
z = Reader("z")
for r in (x, y, z):
    r.peers = [x, y, z]
del x, y, z, r
report("readers", gc.collect())

# a cycle that is still referenced from outside is not finalized
a = F("kept a")
b = F("kept b")
a.other = b
b.other = a
keep = [a]
del a, b
report("kept", gc.collect())
keep.clear()
report("released", gc.collect())

print("garbage", gc.garbage)
