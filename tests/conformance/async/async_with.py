# async with: __aenter__/__aexit__ awaited, exceptions passed to __aexit__, suppression,
# early exits, and the protocol's errors.


class Tick:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        yield self.label


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Tick("enter " + self.name)
        print("  enter", self.name)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        await Tick("exit " + self.name)
        print("  exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress


def run(coro):
    ticks = []
    try:
        while True:
            ticks.append(coro.send(None))
    except StopIteration as e:
        return ticks, e.value
    except Exception as e:
        return ticks, type(e).__name__ + ": " + str(e)


async def simple():
    async with Manager("a") as a:
        print("  body", a)
    return "done"


async def two_items():
    async with Manager("a") as a, Manager("b") as b:
        print("  body", a, b)
    return "done"


async def raising(suppress):
    async with Manager("r", suppress):
        raise ValueError("boom")
    return "after"


async def returning():
    async with Manager("x"):
        return "from body"


async def breaking():
    out = []
    for i in range(3):
        async with Manager(str(i)):
            if i == 1:
                break
            out.append(i)
    return out


async def continuing():
    out = []
    for i in range(2):
        async with Manager(str(i)):
            if i == 0:
                continue
            out.append(i)
    return out


print(run(simple()))
print(run(two_items()))
print(run(raising(False)))
print(run(raising(True)))
print(run(returning()))
print(run(breaking()))
print(run(continuing()))


# Protocol errors.
class OnlyEnter:
    async def __aenter__(self):
        return 1


class SyncManager:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        return False


class EnterNotAwaitable:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        return False


class ExitNotAwaitable:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return False


async def use(m):
    async with m as v:
        return v


for m in [1, OnlyEnter(), SyncManager(), EnterNotAwaitable(), ExitNotAwaitable()]:
    print(type(m).__name__, run(use(m)))


# __aexit__ raising replaces the body's exception (which becomes its context).
class ExitRaises:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, val, tb):
        raise KeyError("from exit")


async def replaced():
    try:
        async with ExitRaises():
            raise ValueError("body")
    except KeyError as e:
        return "KeyError", repr(e.__context__)

print(run(replaced()))
