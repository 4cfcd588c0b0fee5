from collections import defaultdict, OrderedDict

d = defaultdict(list)
d['a'].append(1); d['b'].append(2); d['a'].append(3)
print(d, d['zz'], len(d), d.default_factory)
print(repr(defaultdict()), repr(defaultdict(None, {1: 2})))
print(defaultdict(int, a=1, b=2))
c = d.copy()
print(type(c).__name__, c == d, c is d, c.default_factory is list)
n = defaultdict(int)
for ch in 'mississippi':
    n[ch] += 1
print(sorted(n.items()))
print(n.get('zz'), 'zz' in n)
try:
    defaultdict(None)['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(1)
except TypeError as e:
    print(e)
print(isinstance(d, dict), type(d).__module__, type(d).__name__)
print(defaultdict(int, {1: 2}) | {3: 4}, {0: 0} | defaultdict(list, {1: 1}))
class Sub(defaultdict):
    pass
print(Sub(int, x=1))
dd = defaultdict(str.upper.__call__ if False else (lambda: 'zz')); dd.default_factory = str
print(dd[1], dd)
rec = defaultdict(list)
rec.default_factory = rec.default_factory
print(rec)

o = OrderedDict()
o['b'] = 1; o['a'] = 2; o['c'] = 3
print(o, list(o), list(o.keys()), list(o.values()), list(o.items()))
print(o.keys(), o.values(), o.items())
o.move_to_end('b'); print(o)
o.move_to_end('b', last=False); print(o)
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(), OrderedDict([('x', 1)]), OrderedDict(a=1))
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a == dict(b), dict(b) == a, a != b, a == OrderedDict(a))
print(list(reversed(a)), list(reversed(a.items())))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    a.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
print(OrderedDict.fromkeys('abc', 0), a.copy(), type(a.copy()).__name__)
print(a | {'z': 0}, isinstance(a, dict))
a.update([('w', 5)], q=6)
print(a, a.setdefault('x', 9), a.pop('y'), a)
r = OrderedDict(); r['self'] = r
print(r)
print('x' in a.keys(), ('x', 1) in a.items(), 1 in a.values())
