# A view's .mapping is a read-only mappingproxy over its dict; a class dict's views are live.
d = {'a': 1}
k = d.keys()
print(k.mapping, type(k.mapping).__name__, d.values().mapping, d.items().mapping['a'])
d['b'] = 2
print(k, k.mapping)
try: k.mapping['c'] = 3
except TypeError as e: print(e)
try: k.zz
except AttributeError as e: print(e)
try: k.__dict__
except AttributeError as e: print(e)
class A: x = 1
ks = A.__dict__.keys()
A.y = 2
print('y' in ks, type(ks.mapping).__name__)
try: ks.mapping['z'] = 1
except TypeError as e: print(e)
