# Suspended coroutines and async generators that are dropped are closed: their finally
# blocks run (CPython closes them when they are freed or collected).
import gc


class Tick:
    def __await__(self):
        yield "tick"


async def coro(name):
    try:
        await Tick()
    finally:
        print("  finally of", name)


c = coro("dropped")
c.send(None)
del c
print("after del")

c = coro("cycle")
c.send(None)
holder = [c]
holder.append(holder)
del c, holder
gc.collect()
print("after collect")


async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print("  agen finally", name)


g = agen("dropped")
a = g.__anext__()
try:
    a.send(None)
except StopIteration as e:
    print("got", e.value)
del a, g
gc.collect()
print("after agen del")

# A finished coroutine and a never-started one are dropped quietly.
c = coro("finished")
try:
    c.send(None)
    c.send(None)
except StopIteration:
    pass
del c
c = coro("never started")
c.close()
del c
print("end")
