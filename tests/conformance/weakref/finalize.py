# weakref.finalize: the function runs once with its arguments when the object dies (by
# reference counting or in a collected cycle) or when the finalizer is called; .alive,
# .detach(), .peek(), return values; atexit is left alone (every finalizer here is dead or
# detached before the program ends).
import gc
import weakref

gc.disable()
gc.collect()


class Res:
    def __init__(self, name):
        self.name = name
        self.other = None


def cleanup(label, *args, **kwargs):
    print("cleanup", label, args, sorted(kwargs.items()))
    return "result of " + label


r = Res("r")
f = weakref.finalize(r, cleanup, "r", 1, 2, key="v")
print("alive", f.alive, type(f).__name__)
print("peek", f.peek()[0] is r, f.peek()[1] is cleanup, f.peek()[2], f.peek()[3])
print("atexit default", f.atexit)
print("deleting r")
del r
print("after del: alive", f.alive, "peek", f.peek(), "call", f())

# calling the finalizer early runs it once and returns its result
s = Res("s")
g = weakref.finalize(s, cleanup, "s")
print("call", g())
print("call again", g(), g.alive)
del s
print("s deleted, nothing more")

# detach returns (obj, func, args, kwargs) and disarms the finalizer
t = Res("t")
h = weakref.finalize(t, cleanup, "t", 3, x=4)
obj, func, args, kwargs = h.detach()
print("detach", obj is t, func is cleanup, args, kwargs, h.alive)
print("detach again", h.detach())
del t, obj
print("t deleted, nothing more")

# several finalizers on one object: run in reverse order of creation
u = Res("u")
weakref.finalize(u, cleanup, "u first")
weakref.finalize(u, cleanup, "u second")
del u
print("u deleted")

# an object in a cycle is finalized by gc.collect()
a = Res("a")
b = Res("b")
a.other = b
b.other = a
fa = weakref.finalize(a, print, "finalizer of a ran")
del a, b
print("before collect", fa.alive)
gc.collect()
print("after collect", fa.alive)

# the finalizer must not keep the object alive: it holds only a weak reference
c = Res("c")
fc = weakref.finalize(c, cleanup, "c")
wc = weakref.ref(c)
del c
print("c freed", wc() is None, fc.alive)

# finalizers of objects that cannot be weakly referenced fail
try:
    weakref.finalize([], cleanup, "list")
except TypeError as e:
    print("TypeError:", e)
print("end")
