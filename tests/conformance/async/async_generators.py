# Async generators: __anext__/asend/athrow/aclose awaitables, ag_* attributes, the end of
# iteration and the errors of misuse.


class Tick:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield self.label
        return got


def drive(awaitable, sends=()):
    """Steps one awaitable: the values it passes to the loop, then its result or error."""
    sends = list(sends)
    passed = []
    value = None
    try:
        while True:
            passed.append(awaitable.send(value))
            value = sends.pop(0) if sends else None
    except StopIteration as e:
        return passed, "result", e.value
    except BaseException as e:
        return passed, type(e).__name__, str(e)


async def agen():
    got = await Tick("t1")
    print("  tick answered", got)
    x = yield 1
    print("  sent", x)
    try:
        yield 2
    except KeyError as e:
        print("  caught", repr(e))
        yield "recovered"
    finally:
        print("  finally")
    yield 3


g = agen()
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_code.co_name)
print("running", g.ag_running, "await", g.ag_await)
print(g.__aiter__() is g)
a = g.__anext__()
print(type(a).__name__, a.__await__() is a, iter(a) is a)
print(drive(a, ["answer"]))
print(drive(a))
print(drive(g.asend("hello")))
print(drive(g.athrow(KeyError("k"))))
print(drive(g.__anext__()))
print(drive(g.__anext__()))
print(drive(g.__anext__()))
print("after end", drive(g.asend(None)))

# An awaitable is used once.
g = agen()
a = g.__anext__()
print(drive(a))
print(drive(a))
print(drive(g.aclose()))

# asend with a value before start is fine (the value is the first send); athrow errors.
async def echo():
    while True:
        v = yield
        yield ("echo", v)

g = echo()
print(drive(g.asend(None)))
print(drive(g.asend("x")))
print(drive(g.__anext__()))
print(drive(g.athrow(ValueError("stop"))))
print(drive(g.__anext__()))

# aclose(): GeneratorExit runs finally; a generator that yields instead is an error.
async def closable():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup")

g = closable()
print(drive(g.__anext__()))
print(drive(g.aclose()))
print(drive(g.aclose()))
print(drive(g.__anext__()))

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "no"

g = stubborn()
print(drive(g.__anext__()))
print(drive(g.aclose()))

# aclose() of a generator that never started does not run it.
async def never():
    print("  never printed")
    yield 1

g = never()
print(drive(g.aclose()))
print(drive(g.__anext__()))

# Awaiting inside finally during aclose() passes through.
async def slow_close():
    try:
        yield 1
    finally:
        got = await Tick("closing")
        print("  close await got", got)

g = slow_close()
print(drive(g.__anext__()))
print(drive(g.aclose(), ["ok"]))

# athrow() on a suspended generator that does not catch it.
async def plain():
    yield 1
    yield 2

g = plain()
print(drive(g.__anext__()))
print(drive(g.athrow(IndexError("ix"))))
print(drive(g.__anext__()))

# athrow() with the class and a value, and with bad arguments.
g = plain()
print(drive(g.__anext__()))
print(drive(g.athrow(ValueError, "vv")))
g = plain()
print(drive(g.__anext__()))
print(drive(g.athrow()))
g = plain()
print(drive(g.__anext__()))
print(drive(g.athrow(1)))

# StopIteration and StopAsyncIteration raised in the body become RuntimeError.
async def raises(exc):
    yield 1
    raise exc

for exc in [StopIteration, StopAsyncIteration]:
    g = raises(exc)
    print(drive(g.__anext__()))
    print(drive(g.__anext__()))

# ag_running and ag_await while an awaitable is in progress.
async def waits():
    await Tick("waiting")
    yield "v"

g = waits()
a = g.__anext__()
print(a.send(None))
print("running", g.ag_running, type(g.ag_await).__name__)
print(drive(g.__anext__()))
print(drive(a))
print("running", g.ag_running, g.ag_await)

# Async generators are not iterators.
g = plain()
for attempt in (lambda: iter(g), lambda: next(g)):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)

# close() on the awaitables themselves.
g = plain()
a = g.__anext__()
print(a.close(), drive(a))
t = g.athrow(ValueError)
print(t.close(), drive(t))
