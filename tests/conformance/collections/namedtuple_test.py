from collections import namedtuple

P = namedtuple('Point', ['x', 'y'])
p = P(1, y=2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), isinstance(p, tuple))
print(P._fields, P._field_defaults, p._asdict(), p._replace(x=5), P._make([3, 4]))
print(P.__name__, P.__doc__, P.x.__doc__, P.__module__, P.__new__.__doc__)
x, y = p
print(x + y, hash(p) == hash((1, 2)))
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    p.z = 5
except AttributeError as e:
    print('AttributeError', e)
Q = namedtuple('Q', 'a, b c', defaults=[2, 3])
print(Q(1), Q(1, 5), Q._field_defaults, Q.__new__.__defaults__)
R = namedtuple('R', 'abc def _x abc', rename=True)
print(R._fields)
S = namedtuple('S', 'a', module='mymod')
print(S.__module__, S(1), S._fields)
E = namedtuple('E', '')
print(E(), E._fields)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: namedtuple('1x', 'a'))
t(lambda: namedtuple('X', 'a class'))
t(lambda: namedtuple('X', 'a _b'))
t(lambda: namedtuple('X', 'a a'))
t(lambda: namedtuple('X', 'a b', defaults=[1, 2, 3]))
t(lambda: namedtuple('X', ['a', 1]))
t(lambda: namedtuple('def', 'a'))
t(lambda: P(1))
t(lambda: P(1, 2, 3))
t(lambda: P._make([1]))
t(lambda: p._replace(z=1))
class Sub(P):
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
s = Sub(3, 4)
print(s, s.dist(), type(s).__name__, Sub._make([6, 8]).dist())
print(p.__getnewargs__(), P.__match_args__, P.__slots__)
print(sorted([P(2, 1), P(1, 2), P(1, 1)]))
print(type(P.x).__name__, P.x.__get__(None, P) is P.x)
T = namedtuple('T', 'a b')
T.a.__doc__ = 'first'
print(T.a.__doc__)
