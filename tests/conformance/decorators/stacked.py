order = []
def tag(name):
    order.append("make " + name)
    def deco(func):
        order.append("apply " + name)
        def wrapper(*a):
            return "<" + name + ">" + func(*a) + "</" + name + ">"
        return wrapper
    return deco
@tag("b")
@tag("i")
@tag("u")
def text(s):
    return s
print(order)
print(text("hi"))
def double(f):
    return lambda x: f(x) * 2
def inc(f):
    return lambda x: f(x) + 1
@double
@inc
def ident(x):
    return x
@inc
@double
def ident2(x):
    return x
print(ident(5), ident2(5))
def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
