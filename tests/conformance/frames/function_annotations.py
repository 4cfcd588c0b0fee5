# Function __annotations__: evaluated at def time, in the enclosing scope, settable.
def f(a: int, b: "s" = 1, *args: str, k: float = 2.0, **kw: dict) -> bool: pass
print(f.__annotations__)
f.__annotations__ = {'x': 1}
print(f.__annotations__)
f.__annotations__ = None
print(f.__annotations__)
try:
    f.__annotations__ = 5
except TypeError as e:
    print(e)
def g(): pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
def outer():
    T = list
    def inner():
        def h(x: T) -> T: pass
        return h
    return inner()
print(outer().__annotations__)
class C:
    def m(self, __p: int) -> "C": pass
print(C.m.__annotations__)
print((lambda x: x).__annotations__)
order = []
def note(v):
    order.append(v)
    return v
def h(a: note(1) = note(0), *, b: note(2) = note(-1)) -> note(3): pass
print(order)
