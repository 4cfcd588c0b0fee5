e = ValueError(1)
e.x = 3
e.__dict__ = {'a': 5}
print(e.a, e.__dict__, hasattr(e, 'x'))
d = {'q': 1}
e.__dict__ = d
print(e.__dict__ is d, e.q)
e.r = 2
print(d)
try:
    e.__dict__ = 5
except TypeError as x:
    print(type(x).__name__, x)
class E(Exception):
    pass
f = E()
f.__dict__ = {'z': [1]}
print(f.z, vars(f))
try:
    del f.__dict__
except TypeError as x:
    print(type(x).__name__, x)
print(f.__dict__)
try:
    f.__dict__ = None
except TypeError as x:
    print(type(x).__name__, x)
g = KeyError('k')
try:
    del g.__dict__
except TypeError as x:
    print(type(x).__name__, x)
g.__dict__ = {'m': 1}
g.n = 2
print(g.__dict__, g.args)
