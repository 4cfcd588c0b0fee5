# Resurrection: a __del__ that stores self somewhere keeps the object alive; the object is
# usable afterwards and its __del__ is never called a second time, whether it dies later by
# reference counting or in a cycle. Also for objects resurrected from a collected cycle.
import gc

gc.disable()
gc.collect()

saved = []
calls = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        calls.append(self.name)
        saved.append(self)


p = Phoenix("p")
del p
print("calls", sorted(calls))
print("saved", [o.name for o in saved])
obj = saved.pop()
print("alive again", obj.name)
obj.name = "p renamed"
del obj
print("no second __del__", calls)

# resurrected from a cycle: the finalizer runs, the cycle is not freed
a = Phoenix("a")
b = Phoenix("b")
a.other = b
b.other = a
del a, b
n = gc.collect()
print("collect with resurrection", n)
print("calls", sorted(calls))
print("saved", sorted(o.name for o in saved))
first = saved[0]
print("cycle intact", first.other.other is first, first.other.name in ("a", "b"))
saved.clear()
del first
print("collect after release", gc.collect())
print("calls unchanged", sorted(calls))

# only one member of the cycle resurrects itself
class Keeper:
    def __init__(self, name, keep):
        self.name = name
        self.keep = keep
        self.other = None

    def __del__(self):
        calls.append(self.name)
        if self.keep:
            saved.append(self)


k1 = Keeper("k1", True)
k2 = Keeper("k2", False)
k1.other = k2
k2.other = k1
del k1, k2
print("keepers collected", gc.collect())
print("calls", sorted(calls))
print("survivor", [o.name for o in saved], saved[0].other.name)
saved.clear()
print("collect again", gc.collect())

# resurrection by refcount only, then the object dies in a cycle later
r = Phoenix("r")
del r
r = saved.pop()
r.other = r
del r
print("r finalized once", sorted(calls))
print("cycle of an already-finalized object", gc.collect())
print("saved", saved)
print("calls", sorted(calls))
