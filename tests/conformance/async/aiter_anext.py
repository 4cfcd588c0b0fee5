# The aiter() and anext() builtins.


class Tick:
    def __await__(self):
        yield "tick"


async def agen():
    yield 1
    await Tick()
    yield 2


class AIt:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n * 100


def run(coro):
    passed = []
    try:
        while True:
            passed.append(coro.send(None))
    except StopIteration as e:
        return passed, e.value
    except Exception as e:
        return passed, type(e).__name__ + ": " + str(e)


async def main():
    out = []
    g = agen()
    out.append(aiter(g) is g)
    out.append(await anext(g))
    out.append(await anext(g))
    out.append(await anext(g, "default"))
    out.append(await anext(g, "again"))
    it = aiter(AIt())
    out.append(await anext(it))
    out.append(await anext(it, None))
    out.append(await anext(it, "dflt"))
    try:
        await anext(it)
    except StopAsyncIteration:
        out.append("StopAsyncIteration")
    return out


print(run(main()))

for bad in [lambda: aiter(1), lambda: anext(1), lambda: anext([]), lambda: aiter([])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class BadAIter:
    def __aiter__(self):
        return 1

try:
    aiter(BadAIter())
except TypeError as e:
    print("TypeError:", e)

a = anext(agen(), 5)
print(type(a).__name__)
print(run(a.__await__()))
