# async for: the __aiter__/__anext__ protocol, else/break/continue/return, and its errors.


class Tick:
    def __await__(self):
        yield "tick"


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return ticks, e.value
    except Exception as e:
        return ticks, type(e).__name__ + ": " + str(e)


async def loop_else(n):
    out = []
    async for i in Counter(n):
        out.append(i)
    else:
        out.append("else")
    return out


async def loop_break():
    out = []
    async for i in Counter(10):
        if i == 2:
            continue
        if i == 4:
            break
        out.append(i)
    else:
        out.append("else")
    return out


async def loop_return():
    async for i in Counter(10):
        if i == 3:
            return "returned", i
    return "end"


async def nested():
    out = []
    async for i in Counter(2):
        async for j in Counter(2):
            out.append((i, j))
    return out


async def unpack_target():
    out = []

    class Pairs:
        def __init__(self):
            self.items = [(1, "a"), (2, "b")]

        def __aiter__(self):
            return self

        async def __anext__(self):
            if not self.items:
                raise StopAsyncIteration
            return self.items.pop(0)

    async for n, s in Pairs():
        out.append(s * n)
    return out


print(run(loop_else(3)))
print(run(loop_else(0)))
print(run(loop_break()))
print(run(loop_return()))
print(run(nested()))
print(run(unpack_target()))


# Errors of the protocol.
class NoANext:
    def __aiter__(self):
        return 5


class SyncIter:
    def __iter__(self):
        return iter([1])


class ANextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


class ANextRaises:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise KeyError("inside anext")


class AIterRaises:
    def __aiter__(self):
        raise IndexError("inside aiter")


async def iterate(obj):
    async for x in obj:
        return x


for obj in [1, [1, 2], SyncIter(), NoANext(), ANextNotAwaitable(), ANextRaises(), AIterRaises()]:
    print(type(obj).__name__, run(iterate(obj)))

# The cause of "invalid object from __anext__".
c = iterate(ANextNotAwaitable())
try:
    c.send(None)
except TypeError as e:
    print(e, "| cause:", e.__cause__)

# An exception in the body is not swallowed by the loop machinery.
async def body_raises():
    async for i in Counter(3):
        if i == 2:
            raise StopAsyncIteration("from body")
    return "end"

print(run(body_raises()))


async def body_catches():
    out = []
    async for i in Counter(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            out.append(str(e))
    return out

print(run(body_catches()))
