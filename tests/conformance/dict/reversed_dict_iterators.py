d = {'a': 1, 'b': 2, 'c': 3}
for it in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())):
    print(type(it).__name__, list(it))
print(type(iter(reversed(d))).__name__, iter(it) is it)
del d['b']
d['z'] = 9
print(list(reversed(d)), list(reversed(d.items())))
it = reversed(d)
d['new'] = 0
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
it = reversed({})
print(list(it), list(it))
r = reversed({1: 2})
print(next(r), next(r, 'done'), next(r, 'done'))
class D(dict):
    pass
print(type(reversed(D(x=1, y=2))).__name__, list(reversed(D(x=1, y=2))))
d = {1: 1, 2: 2}
r = reversed(d)
d[1] = 'changed'
print(list(r))
print(list(reversed(dict.fromkeys(range(10)))))
