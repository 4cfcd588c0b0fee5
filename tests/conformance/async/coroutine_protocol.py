# The coroutine object: send/throw/close, attributes and the errors of misuse.


class Suspend:
    """An awaitable whose __await__ yields each value it was given."""

    def __init__(self, *values):
        self.values = values

    def __await__(self):
        total = 0
        for v in self.values:
            got = yield v
            if got is not None:
                total += got
        return total


async def child(x):
    got = await Suspend("a", "b")
    return x, got


async def parent():
    r = await child(1)
    return ("parent", r)


def run(coro, sends=()):
    """Steps a coroutine to the end, sending values from `sends` after the first step."""
    sends = list(sends)
    value = None
    while True:
        try:
            y = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  yielded", y)
        value = sends.pop(0) if sends else None


c = parent()
print(type(c).__name__, c.__name__, c.__qualname__)
print("running", c.cr_running, "suspended", c.cr_suspended, "await", c.cr_await)
print("code", c.cr_code.co_name, "origin", c.cr_origin)
print("result", run(c, [5, 7]))
print("after", c.cr_running, c.cr_suspended, c.cr_await)

# A second run of a finished coroutine is an error, for send and throw alike.
for step in (lambda: c.send(None), lambda: c.throw(ValueError)):
    try:
        step()
    except RuntimeError as e:
        print("RuntimeError:", e)
# close() of a finished coroutine is silent.
print("close", c.close())

# Sending a value to a coroutine that has not started.
c = child(2)
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
print(run(c))

# cr_await while suspended, and the awaitable's iterator identity.
c = parent()
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_suspended)
print(type(c.cr_await.cr_await).__name__)
c.close()
print("closed", c.cr_suspended, c.cr_await)

# throw() reaches the innermost awaitable's frame.
async def catcher():
    try:
        await Suspend(1, 2, 3)
    except KeyError as e:
        return "caught " + repr(e)
    return "not caught"

c = catcher()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

# throw() of an exception the coroutine does not handle.
c = catcher()
c.send(None)
try:
    c.throw(ValueError("v"))
except ValueError as e:
    print("ValueError:", e)

# close() runs finally blocks; a coroutine that yields again ignored GeneratorExit.
async def with_finally():
    try:
        await Suspend(1)
    finally:
        print("  finally ran")

c = with_finally()
c.send(None)
print(c.close())


class Stubborn:
    def __await__(self):
        # Ignores the first GeneratorExit only, so that collecting it later is quiet.
        try:
            yield "first"
        except GeneratorExit:
            pass
        yield "again"


async def ignores():
    await Stubborn()

c = ignores()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# PEP 479: StopIteration raised in a coroutine body.
async def raises_stop():
    raise StopIteration(5)

try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# A coroutine running itself.
async def selfish():
    me.send(None)

me = selfish()
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)

# Coroutines are not iterators.
c = child(0)
for attempt in (lambda: iter(c), lambda: next(c), lambda: list(c)):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
c.close()

# __await__ gives a coroutine_wrapper: an iterator over the same coroutine.
c = child(3)
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w), w.send(4))
try:
    w.send(6)
except StopIteration as e:
    print("wrapper result", e.value)
print(hasattr(w, "__await__"))

# Return values of every kind come back through StopIteration.value.
async def give(v):
    return v

for v in [None, 0, (1, 2), [3], StopIteration(1)]:
    try:
        give(v).send(None)
    except StopIteration as e:
        print("value", repr(e.value))
