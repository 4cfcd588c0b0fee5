# The exception being handled inside a suspended coroutine or generator stays with it:
# the driver does not see it, a bare `raise` after resuming finds it, and exceptions thrown
# in are chained to it.
import sys


class Tick:
    def __await__(self):
        yield "tick"


async def handler_awaits():
    try:
        raise ValueError("v")
    except ValueError:
        await Tick()
        print("in handler after await:", sys.exc_info()[0].__name__)
        try:
            raise
        except ValueError as e:
            print("bare raise found", repr(e))
    print("after handler:", sys.exc_info())


c = handler_awaits()
print(c.send(None))
print("driver sees:", sys.exc_info())
try:
    c.send(None)
except StopIteration:
    print("done")


def gen():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        raise


it = gen()
next(it)
print("outside:", sys.exc_info())
try:
    next(it)
except KeyError as e:
    print("re-raised", repr(e))

# The driver's own handled exception is seen inside a coroutine that has none.
async def looks():
    return sys.exc_info()[0]

try:
    raise IndexError
except IndexError:
    try:
        looks().send(None)
    except StopIteration as e:
        print("inside sees", e.value.__name__)

# Exceptions thrown in are chained to the exception being handled inside.
def g2():
    try:
        raise KeyError("inner")
    except KeyError:
        yield 1

it = g2()
next(it)
try:
    it.throw(ValueError("thrown"))
except ValueError as e:
    print(repr(e), "context", repr(e.__context__))


async def c2():
    try:
        raise KeyError("k2")
    except KeyError:
        await Tick()

co = c2()
co.send(None)
try:
    co.throw(ValueError("v"))
except ValueError as e:
    print(repr(e), "context", repr(e.__context__))

# try/finally with awaits in every part.
async def everywhere():
    log = []
    try:
        await Tick()
        log.append("try")
        raise RuntimeError("x")
    except RuntimeError:
        await Tick()
        log.append("except")
    else:
        log.append("else")
    finally:
        await Tick()
        log.append("finally")
    return log

co = everywhere()
n = 0
try:
    while True:
        co.send(None)
        n += 1
except StopIteration as e:
    print(n, e.value)
