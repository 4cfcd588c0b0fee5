# cr_frame and ag_frame: the frame object of a coroutine / async generator, the same object
# while it lives, None once it finished.
import sys
import types


@types.coroutine
def suspend(value):
    return (yield value)


async def child(n):
    got = await suspend(n)
    return got * 2


async def coro(a):
    me = sys._getframe()
    print("inside: running frame is cr_frame:", me is holder[0].cr_frame)
    x = await suspend("first")
    y = await child(x)
    return a + y


holder = []
c = coro(10)
holder.append(c)
f0 = c.cr_frame
print(type(f0).__name__, f0.f_code is c.cr_code, f0.f_code.co_name)
print("not started: lineno", f0.f_lineno - coro.__code__.co_firstlineno, "back", f0.f_back)
print("locals before start:", sorted(f0.f_locals))
print(c.send(None))
f1 = c.cr_frame
print("same frame object:", f0 is f1, "lineno", f1.f_lineno - coro.__code__.co_firstlineno)
print("locals:", sorted(f1.f_locals), f1.f_locals["a"])
print("suspended back:", f1.f_back, "running:", c.cr_running)
print(c.send(3))
print("awaiting:", type(c.cr_await).__name__, c.cr_await.cr_frame.f_code.co_name)
inner = c.cr_await
print("inner lineno:", inner.cr_frame.f_lineno - child.__code__.co_firstlineno)
try:
    c.send(4)
except StopIteration as e:
    print("returned", e.value)
print("finished:", c.cr_frame, inner.cr_frame)
print("old frame keeps code:", f0.f_code.co_name, f0.f_back)


# A closed coroutine has no frame.
c2 = coro(1)
c2.send(None)
c2.close()
print("closed:", c2.cr_frame)

# A coroutine that never started and is closed: no frame either.
c3 = coro(2)
c3.close()
print("closed before start:", c3.cr_frame)


# Exceptions: the traceback's frames are the coroutine's frame objects.
async def failing():
    await suspend(None)
    raise ValueError("boom")


c4 = failing()
fr = c4.cr_frame
c4.send(None)
try:
    c4.send(None)
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    print("tb frames:", [f.f_code.co_name for f in frames], frames[-1] is fr)
print("after error:", c4.cr_frame)


# Async generators.
async def agen(n):
    for i in range(n):
        me = sys._getframe()
        print("  agen running, frame is ag_frame:", me is holder2[0].ag_frame)
        yield i
        await suspend("tick")


def drive(aw):
    # Runs an awaitable to completion, answering every suspension with None.
    values = []
    try:
        v = aw.send(None)
        while True:
            values.append(v)
            v = aw.send(None)
    except StopIteration as e:
        return values, e.value
    except StopAsyncIteration:
        return values, "stop"


holder2 = []
g = agen(2)
holder2.append(g)
fa = g.ag_frame
print(type(fa).__name__, fa.f_code.co_name, fa.f_code is g.ag_code)
print("anext 1:", drive(g.__anext__()))
print("same:", g.ag_frame is fa, "lineno", fa.f_lineno - agen.__code__.co_firstlineno)
print("locals:", sorted(fa.f_locals))
print("anext 2:", drive(g.__anext__()))
print("anext 3:", drive(g.__anext__()))
print("exhausted:", g.ag_frame)

g2 = agen(5)
holder2[0] = g2
drive(g2.__anext__())
print("before aclose:", g2.ag_frame is not None)
drive(g2.aclose())
print("after aclose:", g2.ag_frame)

g3 = agen(1)
print("unstarted:", g3.ag_frame is not None, g3.ag_frame.f_back)
drive(g3.aclose())
print("unstarted closed:", g3.ag_frame)

# Plain generators keep working the same way.
def gen():
    yield sys._getframe()

gi = gen()
print("gi_frame:", next(gi) is gi.gi_frame)
gi.close()
print("gi closed:", gi.gi_frame)

# A finished generator's frame has no f_back, however it ended.
def g4():
    yield 1
    raise KeyError(1)

g = g4()
a = g.gi_frame
next(g)
try:
    next(g)
except KeyError as e:
    t = e.__traceback__.tb_next
    print("raised:", t.tb_frame is a, a.f_back, e.__traceback__.tb_frame.f_back)

g = g4()
a = g.gi_frame
next(g)
print("suspended back:", a.f_back)
g.close()
print("closed:", a.f_back, g.gi_frame)

# types.coroutine marks a generator function awaitable; its frames are gi_frames.
@types.coroutine
def legacy():
    me = sys._getframe()
    yield me
    return "legacy done"

async def uses_legacy():
    return await legacy()

u = uses_legacy()
fr = u.send(None)
print("legacy:", fr is u.cr_await.gi_frame, legacy.__code__.co_flags & 0x100 != 0)
try:
    u.send(None)
except StopIteration as e:
    print(e.value, u.cr_frame, fr.f_back)
