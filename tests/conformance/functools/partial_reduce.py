from functools import partial, reduce
import operator

def f(a, b, c=0, *, d=1):
    return (a, b, c, d)

p = partial(f, 1, c=3)
print(p(2), p(2, d=9), p(b=5), p.func is f, p.args, p.keywords)
q = partial(p, 2, d=4)
print(q(), q.func is f, q.args, q.keywords)
print(type(p).__name__, type(p).__module__, isinstance(q, partial))
r = partial(repr)
print(repr(partial(operator.add, 1, 2)), repr(partial(max, key=abs)))
print(partial(int, base=2)('101'), partial(sorted, reverse=True)([3, 1, 2]))
p.attr = 'x'
print(p.attr)
nested = partial(p, 7)
print(nested.func is p, nested())
def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: partial())
t(lambda: partial(1))
t(lambda: setattr(p, 'func', len))
t(lambda: partial(f)())
class MyPartial(partial):
    pass
mp = MyPartial(operator.mul, 3)
print(mp(4), type(mp).__name__, repr(mp))
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [], 10), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(operator.add, ['a', 'b', 'c']), reduce(max, [3, 9, 2]), reduce(operator.add, [5]))
t(lambda: reduce(operator.add, []))
t(lambda: reduce(operator.add, 1))
t(lambda: reduce(operator.add))
t(lambda: reduce(operator.add, [1], 2, 3))
t(lambda: reduce(None, [1, 2]))
print(partial(f, 1, 2, c=5, d=6).keywords, partial(f, a=1).keywords)
