# Classes that derive from, or are registered with, collections.abc.Sequence / Mapping match
# sequence and mapping patterns; other user classes do not.
from collections.abc import Sequence, Mapping, MutableSequence
import collections


class MySeq(Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


class Registered:
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


Sequence.register(Registered)


class MyMap(Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)

    def get(self, k, default=None):
        print("get", k)
        return self.d.get(k, default)


class Plain:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


class SubOfRegistered(Registered):
    pass


def describe(x):
    match x:
        case {"a": a, **rest}:
            return f"mapping a={a} rest={sorted(rest.items())}"
        case [first, *others]:
            return f"sequence first={first} others={others}"
        case []:
            return "empty sequence"
        case _:
            return "other"


for obj in [MySeq(1, 2, 3), Registered(4, 5), SubOfRegistered(6), MyMap(a=1, b=2), Plain(),
            collections.deque([7, 8]), collections.OrderedDict(a=9), collections.UserList([1]),
            collections.UserDict(a=3), "abc", b"xy", bytearray(b"z"), MySeq(), {"a": 0}, (1,)]:
    print(type(obj).__name__, "->", describe(obj))
