# What `await` accepts, and CPython's errors for what it does not.


class NoAwait:
    pass


class AwaitReturnsInt:
    def __await__(self):
        return 1


class AwaitReturnsCoroutine:
    def __await__(self):
        self.coro = inner()
        return self.coro


class AwaitRaises:
    def __await__(self):
        raise KeyError("from __await__")


class AwaitReturnsIter:
    def __await__(self):
        return iter([10, 20])


async def inner():
    return "inner"


async def await_it(x):
    return await x


def step(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        return "ok", out, e.value
    except Exception as e:
        return type(e).__name__, str(e)


for obj in [1, "s", None, [1], NoAwait(), AwaitReturnsInt(), AwaitReturnsCoroutine(),
            AwaitRaises(), AwaitReturnsIter()]:
    print(type(obj).__name__, step(await_it(obj)))
    if isinstance(obj, AwaitReturnsCoroutine):
        obj.coro.close()


def gen():
    yield 1

print("generator", step(await_it(gen())))

# A coroutine awaited twice, and a coroutine awaited while it is being awaited.
c = inner()
print(step(await_it(c)))
print(step(await_it(c)))


class Pause:
    def __await__(self):
        yield "paused"


async def pauses():
    await Pause()
    return "done"


p = pauses()
outer1 = await_it(p)
print(outer1.send(None))
print(step(await_it(p)))
print(step(outer1))

# Awaiting a coroutine's wrapper is not allowed either.
c = inner()
print(step(await_it(c.__await__())))
c.close()

# yield from a coroutine in a plain generator.
c = inner()
def delegating():
    yield from c

try:
    next(delegating())
except TypeError as e:
    print("TypeError:", e)
c.close()

# Exceptions raised by the awaited coroutine propagate with their traceback intact.
async def failing():
    raise ValueError("deep")

async def middle():
    return await failing()

print(step(middle()))
