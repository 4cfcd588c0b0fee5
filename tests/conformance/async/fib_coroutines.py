# The pyperformance `coroutines` benchmark's pattern: recursive awaits of coroutines that
# never suspend, driven by one send(None).


async def fibonacci(n):
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)


def bench(n):
    coro = fibonacci(n)
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


for n in range(12):
    print(n, bench(n))
print(bench(18))


# The same through __await__ of a class and a generator-based step.
class Value:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return self.v
        yield


async def fib2(n):
    if n <= 1:
        return await Value(n)
    a = await fib2(n - 1)
    b = await fib2(n - 2)
    return a + b

c = fib2(15)
try:
    c.send(None)
except StopIteration as e:
    print("fib2", e.value)

# Deep chains of awaits end in RecursionError, not a crash.
async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)

c = deep(100000)
try:
    c.send(None)
except RecursionError as e:
    print("RecursionError")
c.close()
c = deep(200)
try:
    c.send(None)
except StopIteration as e:
    print("deep", e.value)
