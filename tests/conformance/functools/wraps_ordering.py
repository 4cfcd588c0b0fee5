import functools
from functools import wraps, update_wrapper, total_ordering, cmp_to_key

print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner

@deco
def hello(x):
    "Says hello."
    return f"hello {x}"
hello.extra = 1
print(hello('w'), hello.__name__, hello.__doc__, hello.__qualname__, hello.__wrapped__.__name__, hello.__module__)
def target(): pass
target.attr = 42
def w(): pass
update_wrapper(w, target)
print(w.attr, w.__name__, w.__wrapped__ is target)
def w2(): pass
update_wrapper(w2, target, assigned=(), updated=())
print(w2.__name__, hasattr(w2, 'attr'), w2.__wrapped__ is target)
class Obj: pass
o = Obj()
update_wrapper(o, len)
print(o.__name__, o.__wrapped__ is len)

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, other): return self.v == other.v
    def __lt__(self, other):
        if not isinstance(other, V): return NotImplemented
        return self.v < other.v
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1), b > a)
print(V.__gt__.__name__)
try:
    a > 3
except TypeError as e:
    print(e)

@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, other): return self.v == other.v
    def __ge__(self, other): return self.v >= other.v
print(G(1) < G(2), G(1) > G(2), G(1) <= G(1), G(3) >= G(2))
@total_ordering
class Both:
    def __init__(self, v): self.v = v
    def __le__(self, other): return self.v <= other.v
    def __gt__(self, other): return self.v > other.v
print(Both(1) < Both(2), Both(2) >= Both(2))
try:
    @total_ordering
    class None_:
        pass
except ValueError as e:
    print(e)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted('bca', key=cmp_to_key(lambda x, y: cmp(y, x))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(1) >= K(2))
try:
    hash(K(1))
except TypeError as e:
    print('TypeError', 'unhashable' in str(e))
print(max([1, 5, 3], key=cmp_to_key(cmp)))
