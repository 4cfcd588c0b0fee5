import functools
from functools import lru_cache, cache

@lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, type(info).__name__, tuple(info))
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info(), fact.cache_parameters())

@lru_cache(maxsize=None, typed=True)
def ident(x):
    return (type(x).__name__, x)
print(ident(1), ident(1.0), ident(True), ident.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

@lru_cache(maxsize=3)
def kw(a, b=2, *, c=3):
    return a + b + c
print(kw(1), kw(1, 2), kw(1, b=2), kw(a=1), kw(1, c=3), kw.cache_info())

@lru_cache(maxsize=2)
def rec(n):
    return 0 if n == 0 else rec(n - 1) + 1
print(rec(10), rec.cache_info())
print(rec.__name__, rec.__wrapped__.__name__, rec.__qualname__)
try:
    lru_cache('x')
except TypeError as e:
    print(e)
print(lru_cache(-5)(abs).cache_parameters())
def g(x):
    "doc of g"
    return x
wg = lru_cache()(g)
print(wg.__doc__, wg.__wrapped__ is g, wg(1), wg([1]) if False else 'skip')
try:
    wg([1])
except TypeError as e:
    print(e)
for n in range(6):
    sq(n % 3)
print(sq.cache_info())
