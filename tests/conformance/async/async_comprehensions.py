# Asynchronous comprehensions and generator expressions, `await` inside comprehensions.


class Tick:
    def __await__(self):
        yield "tick"


class ARange:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1


async def agen(n):
    for i in range(n):
        await Tick()
        yield i


async def double(x):
    await Tick()
    return x * 2


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


async def comprehensions():
    out = []
    out.append([x async for x in agen(3)])
    out.append({x % 2 async for x in ARange(5)})
    out.append({x: x * x async for x in agen(3)})
    out.append([x async for x in agen(6) if x % 2])
    out.append([(x, y) async for x in agen(2) for y in "ab"])
    out.append([(x, y) for x in "ab" async for y in agen(2)] if False else None)
    out.append([await double(x) for x in range(3)])
    out.append([await double(x) async for x in agen(3) if await double(x) > 1])
    out.append(sorted({await double(x) for x in [1, 1, 2]}))
    out.append([[y async for y in agen(x)] for x in range(3)])
    return out


print(run(comprehensions()))


async def genexprs():
    g = (x * 10 async for x in agen(3))
    print(" ", type(g).__name__, g.__name__)
    out = [v async for v in g]
    g2 = (await double(x) for x in range(3))
    print(" ", type(g2).__name__)
    out2 = [v async for v in g2]
    return out, out2


print(run(genexprs()))


# An async generator expression can be made in a plain function; only iterating it needs
# an async function.
def make(n):
    return (i async for i in agen(n))


async def consume(g):
    return [x async for x in g]

g = make(2)
print(type(g).__name__)
print(run(consume(g)))


# Scoping: the comprehension variable does not leak, outer names are seen.
async def scopes():
    x = "outer"
    k = 3
    r = [x async for x in agen(k)]
    return x, r

print(run(scopes()))


# Exceptions inside async comprehensions propagate.
async def failing():
    return [1 / x async for x in agen(3)]

print(run(failing()))
