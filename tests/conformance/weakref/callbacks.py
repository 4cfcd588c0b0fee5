# Weak reference callbacks: called with the dead ref as argument when the referent dies by
# reference counting (after __del__) or in a collected cycle (before any __del__: the
# collector clears weakrefs first), most recently created ref first; never called when the
# ref itself died first; an exception in a callback is reported and ignored.
import gc
import weakref

gc.disable()
gc.collect()


class C:
    def __init__(self, name):
        self.name = name
        self.other = None


class D:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("__del__", self.name)


def make_cb(label):
    def cb(ref):
        print("callback", label, "ref is dead:", ref() is None, "is mine:", ref is refs[label])
    return cb


refs = {}
c = C("c")
refs["c"] = weakref.ref(c, make_cb("c"))
print("deleting c")
del c
print("c deleted")

# refcount death of an object with __del__: __del__ first, then the callback
d = D("d")
refs["d"] = weakref.ref(d, make_cb("d"))
del d
print("d deleted")

# several callbacks: newest first
e = C("e")
refs["e1"] = weakref.ref(e, make_cb("e1"))
refs["e2"] = weakref.ref(e, make_cb("e2"))
refs["e3"] = weakref.ref(e, make_cb("e3"))
del e
print("e deleted")

# the weakref dies before its referent: no callback
f = C("f")
refs["f"] = weakref.ref(f, make_cb("f"))
del refs["f"]
del f
print("f deleted without callback")

# a cycle: all weakrefs are cleared and their callbacks run before any __del__
events = []


class E:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        events.append(("del", self.name))


x = E("x")
y = E("y")
x.other = y
y.other = x


def note(ref):
    events.append(("callback", ref() is None))


wx = weakref.ref(x, note)
wy = weakref.ref(y, note)
del x, y
print("collecting cycle")
n = gc.collect()
print("collected", n)
print("kinds in order", [ev[0] for ev in events])
print("callbacks saw dead refs", [ev[1] for ev in events if ev[0] == "callback"])
print("finalized", sorted(ev[1] for ev in events if ev[0] == "del"))

# a cycle of plain objects with callbacks
p = C("p")
q = C("q")
p.other = q
q.other = p
got = []
wp = weakref.ref(p, lambda r: got.append("p"))
wq = weakref.ref(q, lambda r: got.append("q"))
del p, q
print("before collect", got, wp() is not None)
print("collected", gc.collect())
print("callbacks", sorted(got), wp(), wq())

# a weakref that is itself part of the garbage cycle does not get its callback
def never(ref):
    print("should not run")


s = C("s")
s.other = [s, weakref.ref(s, never)]
del s
gc.collect()
print("cycle holding its own weakref collected")

# a weakref is not a strong reference: no cycle here, the callback runs on refcount death
t = C("t")
t.other = weakref.ref(t, lambda r: print("callback of t's own ref"))
del t
print("t deleted")


# __del__ in a cycle sees weakrefs to its cycle already dead
class Looker:
    def __init__(self):
        self.other = None
        self.wr = None

    def __del__(self):
        print("Looker.__del__ sees weakref alive:", self.wr() is not None)


l1 = Looker()
l2 = Looker()
l1.other = l2
l2.other = l1
keep_wr = weakref.ref(l2)
l1.wr = keep_wr
l2.wr = keep_wr
del l1, l2
print("collected", gc.collect())

# an exception in a callback is printed to stderr and ignored
g = C("g")
rg = weakref.ref(g, lambda r: 1 / 0)
del g
print("after failing callback", rg())
