from collections.abc import *
import collections.abc as cabc

checks = [
    ([], [Iterable, Sized, Container, Collection, Sequence, MutableSequence, Reversible, Hashable]),
    ((), [Sequence, MutableSequence, Hashable]),
    ('s', [Sequence, Hashable, MutableSequence]),
    (b'b', [ByteString, Sequence]),
    (bytearray(), [ByteString, MutableSequence, Hashable]),
    (range(3), [Sequence, Reversible, Hashable]),
    ({}, [Mapping, MutableMapping, Hashable]),
    ({}.keys(), [KeysView, Set, MappingView, Sized]),
    ({}.items(), [ItemsView, Set]),
    ({}.values(), [ValuesView, Set, Collection]),
    (set(), [Set, MutableSet, Hashable]),
    (frozenset(), [Set, MutableSet, Hashable]),
    (iter([]), [Iterator, Iterable, Generator]),
    ((x for x in ()), [Generator, Iterator]),
    (3, [Hashable, Iterable, Callable]),
    (len, [Callable]),
    (lambda: 0, [Callable]),
    (int, [Callable, Hashable]),
    (None, [Hashable]),
    (type.__dict__, [Mapping, MutableMapping]),
    (zip(), [Iterator]),
]
for obj, abcs in checks:
    print(type(obj).__name__, [isinstance(obj, a) for a in abcs])

print(issubclass(dict, MutableMapping), issubclass(list, Sequence), issubclass(str, Iterable))
print(issubclass(type({}.keys()), Set), issubclass(tuple, MutableSequence))
print(Iterable, Sequence.__module__, Sequence.__name__)

class MySeq(Sequence):
    def __init__(self, *items): self.items = items
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
s = MySeq(3, 1, 4, 1)
print(list(s), 4 in s, s.index(1), s.count(1), list(reversed(s)), len(s))
try:
    s.index(9)
except ValueError:
    print('ValueError')

class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()))
print(m == {'a': 1, 'b': 2}, m.keys() & {'a'}, sorted(m.keys() | {'c'}), m.items() - {('a', 1)})
print(type(m.keys()).__name__, ('a', 1) in m.items(), 2 in m.values())

class MyMutMap(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MyMutMap()
mm.update({'a': 1}, b=2); mm.update([('c', 3)])
print(mm.d, mm.setdefault('a', 9), mm.setdefault('z', 9), mm.pop('z'), mm.pop('q', 'dflt'), mm.popitem(), mm.d)
mm.clear(); print(mm.d)
try:
    mm.pop('q')
except KeyError as e:
    print('KeyError', e)

class MySet(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
a = MySet([1, 2, 3])
b = MySet([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= b, MySet([2]) < a, a == MySet([3, 2, 1]))
print(a.isdisjoint([7]), a.isdisjoint([1]))
a |= [9]; a -= [1]; print(list(a))
a.remove(9); print(list(a), a.pop() in (2, 3))
try:
    a.remove(100)
except KeyError as e:
    print('KeyError', e)

class MyList(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
ml = MyList()
ml.append(1); ml.extend([2, 3]); ml += [4]; ml.reverse()
print(ml.l, ml.pop(), ml.pop(0), ml.l)
ml.remove(2); print(ml.l)

try:
    Sequence()
except TypeError as e:
    print(e)
class Bad(Iterator):
    pass
try:
    Bad()
except TypeError as e:
    print(e)
class It(Iterator):
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(It()), iter(It()).__class__.__name__)
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), isinstance(object(), Hashable))
class Callme:
    def __call__(self): pass
print(isinstance(Callme(), Callable), isinstance(Callme, Callable))
print(Iterable[int])
