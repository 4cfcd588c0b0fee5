def echo():
    received = None
    while True:
        received = yield "echo:" + str(received)
        if received == "quit":
            return "bye"
g = echo()
print(next(g))
print(g.send("hello"))
print(g.send(42))
try:
    g.send("quit")
except StopIteration as e:
    print("stopped with", e.value)
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 60]:
    print("avg", a.send(v))
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
try:
    c.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated KeyError", e)
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
cl = closing()
print(next(cl))
cl.close()
print("closed")
cl.close()
try:
    next(cl)
except StopIteration:
    print("StopIteration after close")
fresh = echo()
try:
    fresh.send("x")
except TypeError as e:
    print("TypeError:", e)
def gen_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
ge = gen_exit()
next(ge)
ge.close()
