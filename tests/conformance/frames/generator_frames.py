# Generator frames: gi_frame, gi_running, gi_suspended, gi_code, gi_yieldfrom.
import sys


def counter(n):
    i = 0
    while i < n:
        me = sys._getframe()
        yield i, me
        i += 1
    tail = "done"


g = counter(3)
print(type(g.gi_frame).__name__, g.gi_running, g.gi_suspended, g.gi_code.co_name, g.gi_yieldfrom)
f0 = g.gi_frame
print(f0.f_lineno, f0.f_code is g.gi_code or f0.f_code.co_name, f0.f_back, sorted(f0.f_locals))
v, me = next(g)
print(v, me is g.gi_frame, me is f0, g.gi_suspended, g.gi_running, g.gi_frame.f_lineno)
print(sorted(g.gi_frame.f_locals.items(), key=str)[0], g.gi_frame.f_locals["i"], g.gi_frame.f_back)
v, me = next(g)
print(v, g.gi_frame.f_locals["i"], me is f0)
print(list(x for x, _ in g))
print(g.gi_frame, g.gi_running, g.gi_suspended)
print(f0.f_locals["tail"], f0.f_lineno)


def watcher():
    this = yield "first"
    print("running inside:", gen.gi_running, gen.gi_frame is sys._getframe())
    print("caller of generator:", sys._getframe(1).f_code.co_name)
    yield this


gen = watcher()
print(next(gen))
def driver():
    return gen.send("sent")
print(driver())


def sub():
    yield 1
    yield 2
    return "sub done"


def delegator():
    r = yield from sub()
    yield r


d = delegator()
print(d.gi_yieldfrom)
next(d)
print(type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.gi_code.co_name)
next(d)
print(next(d), d.gi_yieldfrom)
list(d)
print(d.gi_yieldfrom, d.gi_frame)


# A generator that never started.
def lazy():
    yield 1

lz = lazy()
print(lz.gi_frame.f_lineno == lazy.__code__.co_firstlineno, lz.gi_suspended, lz.gi_running)
lz.close()
print(lz.gi_frame)

# clear() on a suspended generator's frame closes the generator.
def closable():
    try:
        yield 1
    finally:
        print("finally ran")

cg = closable()
next(cg)
cg.gi_frame.clear()
print(cg.gi_frame, next(cg, "exhausted"))

# A frame object kept after its generator is gone.
def keep():
    secret = 42
    yield secret

kg = keep()
next(kg)
kf = kg.gi_frame
del kg
print(kf.f_locals["secret"], kf.f_code.co_name)
