import operator as op
from operator import itemgetter, attrgetter, methodcaller

print(op.add(1, 2), op.sub(5, 3), op.mul('ab', 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.lshift(1, 4), op.rshift(32, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.neg(5), op.pos(-5), op.abs(-3.5), op.invert(5), op.inv(0), op.not_([]), op.truth([1]), op.index(7))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne('a', 'b'), op.gt(3, 2), op.ge(1, 2))
print(op.is_(None, None), op.is_not(1, None), op.concat([1], [2]), op.concat('a', 'b'), op.contains([1, 2], 2))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf('abc', 'c'), op.getitem([1, 2, 3], 1), op.getitem('hello', slice(1, 3)))
l = [1, 2, 3]
op.setitem(l, 0, 'x'); op.delitem(l, 1); print(l)
d = {}
op.setitem(d, 'k', 'v'); print(d, op.getitem(d, 'k'))
print(op.length_hint([1, 2]), op.length_hint(iter([1, 2, 3])), op.length_hint(iter(range(10))), op.length_hint(x for x in []), op.length_hint(object(), 7))
class Hint:
    def __length_hint__(self): return 4
class BadHint:
    def __length_hint__(self): return -1
class NIHint:
    def __length_hint__(self): return NotImplemented
print(op.length_hint(Hint()), op.length_hint(NIHint(), 9))
try:
    op.length_hint(BadHint())
except ValueError as e:
    print(e)
a = [1]
b = op.iadd(a, [2]); print(a, b is a)
s = 'x'; print(op.iadd(s, 'y'), s)
print(op.imul([0], 3), op.isub(5, 2), op.ipow(2, 3), op.ior({1}, {2}), op.iand({1, 2}, {2}), op.ixor(6, 3), op.ilshift(1, 2), op.irshift(8, 1), op.imod(7, 4), op.ifloordiv(7, 2), op.itruediv(1, 4), op.iconcat([1], (2,)))
class M:
    def __matmul__(self, o): return 'matmul'
    def __imatmul__(self, o): return 'imatmul'
print(op.matmul(M(), 1), op.imatmul(M(), 1))
print(op.__add__(1, 1), op.__lt__(1, 2), op.__not__(0), op.__getitem__([5], 0), op.__index__(3), op.__concat__('a', 'b'))
print(op.call(max, 1, 5, 2), op.call(sorted, [3, 1], reverse=True))
class Idx:
    def __index__(self): return 42
print(op.index(Idx()), op.index(True), op.index(2**70))

g = itemgetter(1)
print(g([1, 2, 3]), g('ab'), itemgetter(0, 2)('xyz'), itemgetter('k')({'k': 9}), itemgetter(slice(1, None))([1, 2, 3]))
print(repr(itemgetter(1)), repr(itemgetter(1, 'a')), repr(attrgetter('x')), repr(attrgetter('x.y', 'z')))
print(repr(methodcaller('f')), repr(methodcaller('f', 1, 'a', k=2)))
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def add(self, n, scale=1): return (self.x + n) * scale
class Q:
    def __init__(self): self.p = P(3, 4)
print(attrgetter('x')(P(1, 2)), attrgetter('x', 'y')(P(1, 2)), attrgetter('p.y')(Q()), attrgetter('p.x', 'p')(Q())[0])
print(methodcaller('add', 2)(P(1, 0)), methodcaller('add', 2, scale=10)(P(1, 0)), methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=itemgetter(0)), sorted(['bb', 'a', 'ccc'], key=len))
print(list(map(itemgetter(0), [(1, 2), (3, 4)])), max([P(1, 9), P(5, 0)], key=attrgetter('x')).x)
print(type(itemgetter(1)).__name__, type(attrgetter('a')).__name__, type(methodcaller('a')).__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: itemgetter(5)([1]))
t(lambda: attrgetter('nope')(P(1, 2)))
t(lambda: attrgetter('p.nope')(Q()))
t(lambda: methodcaller('nope')(1))
t(lambda: op.add(1, 'a'))
t(lambda: op.neg('a'))
t(lambda: op.index(1.5))
t(lambda: op.indexOf([1], 5))
t(lambda: op.itemgetter(1)())
t(lambda: op.setitem((1,), 0, 1))

print(op.__name__, sorted(op.__all__)[:5])
