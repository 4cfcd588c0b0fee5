from collections import ChainMap, UserDict, UserList, UserString

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm['c'], len(cm), list(cm), sorted(cm.items()))
print(cm.get('zz', 'dflt'), 'a' in cm, bool(cm), bool(ChainMap()), ChainMap())
child = cm.new_child()
child['a'] = 100
print(child, child.parents, child['a'], cm['a'])
print(cm.new_child({'q': 1}), cm.new_child(r=2))
cm['d'] = 4; print(over)
del cm['d']
try:
    del cm['a']
except KeyError as e:
    print('KeyError', e)
try:
    ChainMap({}, {'x': 1}).popitem()
except KeyError as e:
    print('KeyError', e)
try:
    ChainMap({}, {'x': 1}).pop('x')
except KeyError as e:
    print('KeyError', e)
try:
    cm['missing']
except KeyError as e:
    print('KeyError', e)
print(cm.copy(), cm | {'z': 0}, {'z': 0} | cm)
print(ChainMap.fromkeys('ab', 0))

u = UserDict({'x': 1}, y=2)
u['z'] = 3
print(u, len(u), u['x'], 'y' in u, list(u), u.get('q'), u.data)
print(u | {'w': 0}, type(u.copy()).__name__)
class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
print(Missing()['ab'])
try:
    UserDict()['k']
except KeyError as e:
    print('KeyError', e)
ul = UserList([3, 1, 2])
ul.append(0); ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [8] + ul, ul * 2, len(ul), ul[0])
ul.extend(UserList([5])); ul.insert(0, -1); print(ul, ul.pop(), ul.index(2), ul.count(2))
ul.reverse(); print(ul, ul == [3, 2, 1, 0, -1], ul < [4])
us = UserString('Hello')
print(us, repr(us), us.upper(), us[1:3], us + '!', len(us), 'ell' in us, us * 2)
print(us.split('l'), us.find('l'), us.replace('l', 'L'), us == 'Hello', us < 'World')
print(type(us.lower()).__name__, us.center(9, '*'), us.startswith('He'))
