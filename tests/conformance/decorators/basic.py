def shout(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        return result.upper() + "!"
    return wrapper
@shout
def hello(name):
    return "hello " + name
print(hello("world"))
def trace(func):
    def wrapper(*args):
        print("calling", func.__name__, args)
        r = func(*args)
        print("returned", r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
def count_calls(func):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return func(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop():
    pass
noop(); noop(); noop()
print(noop.calls, noop.__name__)
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def one():
    return 1
@register
def two():
    return 2
print(registry, one(), two())
