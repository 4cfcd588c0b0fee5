# async def in every position: methods, closures, decorators, keyword arguments, nested
# coroutines, super() in async methods, and the function objects themselves.


class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return ticks, e.value


def traced(f):
    async def wrapper(*args, **kwargs):
        r = await f(*args, **kwargs)
        return ("traced", r)
    wrapper.__name__ = f.__name__
    return wrapper


class Base:
    async def greet(self, who="world"):
        await Tick()
        return f"hello {who}"


class Child(Base):
    async def greet(self, who="child"):
        r = await super().greet(who)
        return r.upper()

    @staticmethod
    async def static(x):
        return x * 2

    @classmethod
    async def cls(klass):
        return klass.__name__


@traced
async def decorated(a, b=2, *rest, c, **kw):
    await Tick()
    return a, b, rest, c, sorted(kw.items())


def make_counter():
    count = 0

    async def bump(n):
        nonlocal count
        for _ in range(n):
            await Tick()
            count += 1
        return count
    return bump


print(run(Child().greet()))
print(run(Base().greet(who="there")))
print(run(Child.static(21)))
print(run(Child.cls()))
print(run(decorated(1, c=3)))
print(run(decorated(1, 5, 6, 7, c=3, z=1, y=2)))
bump = make_counter()
print(run(bump(2)), run(bump(3)))

print(decorated.__name__, Child.greet.__qualname__)
print(type(Child().greet).__name__)
c = Child().greet()
print(c.__qualname__)
c.close()

# Argument errors are raised by the call, before a coroutine exists.
async def two(a, b):
    return a + b

for call in (lambda: two(1), lambda: two(1, 2, 3), lambda: two(1, c=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# A coroutine function that awaits nothing still makes a coroutine.
async def nothing():
    pass

c = nothing()
print(type(c).__name__, run(c))

# Awaits in expressions of every kind.
async def value(v):
    await Tick()
    return v

async def expressions():
    d = {await value("k"): await value("v")}
    s = f"{await value(1)}-{await value(2)}"
    t = (await value(1), *[await value(2)])
    cond = await value("yes") if await value(True) else await value("no")
    total = 0
    for i in range(3):
        total += await value(i)
    x = [1, 2]
    x[await value(0)] = await value(10)
    return d, s, t, cond, total, x, not await value(False), -(await value(3))

print(run(expressions()))

# Lambdas and generators inside async functions are plain.
async def inner_kinds():
    f = lambda x: x + 1
    def g():
        yield 1
        yield 2
    return f(1), list(g()), [i for i in g()]

print(run(inner_kinds()))
