import copy

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'], c == a)
t = (1, 2, (3,))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
d2 = copy.deepcopy(t2)
print(d2 == t2, d2 is t2, d2[1] is t2[1])
for x in [None, 1, 2.5, 'str', b'b', True, range(3), len, int, ...]:
    print(repr(x), copy.copy(x) is x, copy.deepcopy(x) is x)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(frozenset([1])) == frozenset([1]))
ba = bytearray(b'xy')
print(copy.copy(ba), copy.copy(ba) is ba)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'
p = Point([1], 2)
q = copy.copy(p); r = copy.deepcopy(p)
print(q, r, q.x is p.x, r.x is p.x, type(r).__name__)

class Slotted:
    __slots__ = ('a', 'b')
sl = Slotted(); sl.a = [1]
sc = copy.deepcopy(sl)
print(sc.a, sc.a is sl.a, hasattr(sc, 'b'))

class Both:
    __slots__ = ('s', '__dict__')
bo = Both(); bo.s = 1; bo.d = 2
bc = copy.copy(bo)
print(bc.s, bc.d)

class Custom:
    def __init__(self):
        self.log = []
    def __copy__(self):
        n = Custom(); n.log = ['copied']; return n
    def __deepcopy__(self, memo):
        n = Custom(); n.log = ['deep', len(memo) >= 0]; return n
print(copy.copy(Custom()).log, copy.deepcopy(Custom()).log)

class Reduced:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Reduced, (self.v * 2,))
print(copy.copy(Reduced(3)).v, copy.deepcopy(Reduced(4)).v)

class State:
    def __init__(self):
        self.a = 1
    def __getstate__(self):
        return {'a': self.a, 'extra': 'yes'}
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True
st = copy.deepcopy(State())
print(st.a, st.extra, st.restored)

class MyList(list):
    pass
ml = MyList([1, [2]]); ml.attr = 'x'
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.attr, mc[1] is ml[1])
class MyDict(dict):
    pass
md = copy.copy(MyDict(a=1))
print(type(md).__name__, md)
class MyInt(int):
    pass
mi = copy.deepcopy(MyInt(5)); print(type(mi).__name__, mi)
class MyTuple(tuple):
    pass
mt = copy.copy(MyTuple((1, 2))); print(type(mt).__name__, mt)

rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc[0])
dd = {}
dd['self'] = dd
print(copy.deepcopy(dd)['self'] is not dd)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
memo = {}
copy.deepcopy([1, 2], memo)
print(len(memo) > 0)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)

def f():
    pass
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(Point) is Point)
