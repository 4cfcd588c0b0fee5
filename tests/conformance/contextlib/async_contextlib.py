# contextlib's async parts driven by a hand-written coroutine runner (no event loop):
# asynccontextmanager, aclosing, AsyncExitStack, AbstractAsyncContextManager,
# AsyncContextDecorator and nullcontext under `async with`.
import contextlib
from contextlib import (AbstractAsyncContextManager, AsyncExitStack, aclosing,
                        asynccontextmanager, nullcontext)


class Tick:
    # An awaitable that suspends once, as a real event loop's futures do.
    def __await__(self):
        yield "tick"


def run(coro):
    ticks = 0
    try:
        while True:
            assert coro.send(None) == "tick"
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


def show(coro):
    try:
        value, ticks = run(coro)
        print("result:", value, "ticks:", ticks)
    except BaseException as e:
        print("raised:", type(e).__name__, e, "| context:", repr(e.__context__))


@asynccontextmanager
async def tag(name):
    print("<%s>" % name)
    await Tick()
    try:
        yield name.upper()
    finally:
        await Tick()
        print("</%s>" % name)


async def basic():
    async with tag("a") as t:
        print("inside", t)
        await Tick()
    return "done"

show(basic())


async def propagate():
    async with tag("b"):
        raise ValueError("oops")

show(propagate())


@asynccontextmanager
async def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", repr(e))


async def swallowing():
    async with swallow(KeyError):
        raise KeyError("k")
    async with swallow(KeyError):
        pass
    return "after"

show(swallowing())


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def two_yields():
    yield 1
    yield 2


@asynccontextmanager
async def replaces():
    try:
        yield
    except ValueError:
        raise TypeError("replaced")


@asynccontextmanager
async def keeps_going():
    try:
        yield
    except ValueError:
        pass
    yield


async def misuse(cm):
    async with cm:
        raise ValueError("inner")


async def plain(cm):
    async with cm:
        pass

show(plain(no_yield()))
show(plain(two_yields()))
show(misuse(replaces()))
show(misuse(keeps_going()))


@asynccontextmanager
async def passthrough():
    yield


async def stops(exc):
    async with passthrough():
        raise exc

# StopIteration and StopAsyncIteration raised in the body come out unchanged.
show(stops(StopIteration("si")))
show(stops(StopAsyncIteration("sai")))
print(tag.__name__, type(tag("x")).__name__)

# The decorator form.
@tag("deco")
async def decorated(x):
    await Tick()
    return x * 2

show(decorated(21))
show(decorated(4))


class Resource:
    def __init__(self, name):
        self.name = name

    async def aclose(self):
        await Tick()
        print("aclose", self.name)


async def closing_use():
    async with aclosing(Resource("r1")) as r:
        print("using", r.name)
    try:
        async with aclosing(Resource("r2")):
            raise RuntimeError("boom")
    except RuntimeError as e:
        print("caught", e)

show(closing_use())


async def agen():
    try:
        for i in range(10):
            yield i
    finally:
        print("agen finalized")


async def closing_agen():
    async with aclosing(agen()) as g:
        async for v in g:
            if v == 2:
                break
            print("v", v)
    return "closed"

show(closing_agen())


class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Tick()
        print("enter", self.name)
        return self.name

    async def __aexit__(self, et, ev, tb):
        await Tick()
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress


class SCM:
    def __enter__(self):
        print("sync enter")
        return "s"

    def __exit__(self, *a):
        print("sync exit")


async def stack_use():
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(ACM("one"))
        b = stack.enter_context(SCM())
        stack.callback(print, "sync callback")

        async def acb(x):
            await Tick()
            print("async callback", x)
        stack.push_async_callback(acb, "x")
        stack.push_async_exit(ACM("pushed"))

        async def exit_fn(et, ev, tb):
            print("exit function", et)
        stack.push_async_exit(exit_fn)
        print("entered", a, b)
    return "stack done"

show(stack_use())


async def stack_suppress():
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(ACM("suppressor", suppress=True))
        await stack.enter_async_context(ACM("inner"))
        raise KeyError("gone")
    return "suppressed"

show(stack_suppress())


async def stack_chain():
    async def fail(msg):
        raise ValueError(msg)
    async with AsyncExitStack() as stack:
        stack.push_async_callback(fail, "first")
        stack.push_async_callback(fail, "second")
        raise KeyError("body")

show(stack_chain())


async def stack_pop_all():
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(ACM("moved"))
        other = stack.pop_all()
    print("left the first stack")
    await other.aclose()
    return type(other).__name__

show(stack_pop_all())


async def bad_enter():
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(SCM())

show(bad_enter())


async def bad_enter_sync():
    with contextlib.ExitStack() as stack:
        stack.enter_context(ACM("x"))

show(bad_enter_sync())


async def null_use():
    async with nullcontext(5) as v:
        print("null", v)
    async with nullcontext() as v:
        print("null", v)
    return "ok"

show(null_use())


class Minimal(AbstractAsyncContextManager):
    async def __aexit__(self, *a):
        print("minimal exit")


async def minimal_use():
    async with Minimal() as m:
        print("minimal is self", type(m).__name__)

show(minimal_use())

try:
    AbstractAsyncContextManager()
except TypeError as e:
    print(e)


class Duck:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        pass


class NotDuck:
    async def __aenter__(self):
        return self


class Blocked(Duck):
    __aexit__ = None


print(isinstance(Duck(), AbstractAsyncContextManager),
      isinstance(NotDuck(), AbstractAsyncContextManager),
      issubclass(Blocked, AbstractAsyncContextManager),
      isinstance(ACM("q"), AbstractAsyncContextManager),
      isinstance(SCM(), contextlib.AbstractContextManager),
      isinstance(SCM(), AbstractAsyncContextManager),
      isinstance(AsyncExitStack(), AbstractAsyncContextManager),
      isinstance(nullcontext(), AbstractAsyncContextManager))
print([c.__name__ for c in type(tag("z")).__mro__])
print([c.__name__ for c in AsyncExitStack.__mro__])
print(sorted(contextlib.__all__))
