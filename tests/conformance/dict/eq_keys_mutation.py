# Dicts keyed by instances of a user class with __hash__/__eq__, including keys whose __eq__
# changes the dict during the lookup, __hash__ or __eq__ that raise, NaN keys and 10,000 keys.
log = []


class K:
    def __init__(self, v, h=None, action=None):
        self.v = v
        self.h = v if h is None else h
        self.action = action

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        log.append(self.v)
        if self.action is not None:
            act, self.action = self.action, None
            act()
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return "K(%r)" % (self.v,)


def show(label, r, d):
    print(label, r, sorted((k.v, repr(v)) for k, v in d.items()), "eq:", log)
    del log[:]


d = {K(i): i * 10 for i in range(8)}
del log[:]
show("get", (d[K(3)], d.get(K(4)), d.get(K(40), "dflt"), K(5) in d, K(50) in d), d)
d[K(3)] = 33
show("set", d[K(3)], d)
del d[K(0)]
show("del", d.pop(K(1)), d)
show("pop default", d.pop(K(1), "gone"), d)
show("setdefault", (d.setdefault(K(2), -1), d.setdefault(K(9), 90)), d)
try:
    d[K(100)]
except KeyError as e:
    print("KeyError", e)
try:
    del d[K(100)]
except KeyError as e:
    print("KeyError", e)
log.clear()
e = dict(d)
show("eq", (e == d, d == {K(2): 20}, d != e), d)
e.update({K(2): "two"})
show("update", e[K(2)], e)

# collisions: every key hashes to 0
c = {K(i, 0): i for i in range(10)}
print(all(c[K(i, 0)] == i for i in range(10)), K(10, 0) in c, len(c))
del c[K(4, 0)]
c[K(4, 0)] = "back"
print(c[K(4, 0)], c.get(K(5, 0)), len(c))
log.clear()

# __eq__ adds keys to the dict during a lookup (the dict grows)
d = {}
a = K(1, 7)
d[a] = "a"
a.action = lambda: d.update({K(i, 100 + i): i for i in range(20)})
show("grow get", d.get(K(1, 7)), d)

# __eq__ deletes the compared key: the lookup starts over and misses
d = {K(1, 7): "a", K(2, 8): "b"}
b = [k for k in d if k.v == 1][0]
b.action = lambda: d.pop(b)
show("delete self get", d.get(K(1, 7), "miss"), d)

# __eq__ clears the dict during d[k] = v: the key is inserted into the empty dict
d = {K(1, 7): "a"}
c1 = [k for k in d][0]
c1.action = lambda: d.clear()
d[K(2, 7)] = "new"
show("clear set", len(d), d)

# __eq__ clears the dict but reports equal during d[k] = v
d = {K(1, 7): "a"}
c2 = [k for k in d][0]
c2.action = lambda: d.clear()
d[K(1, 7)] = "new"
show("clear set equal", len(d), d)

# __eq__ adds a colliding key during d[k] = v and during setdefault
d = {K(1, 7): "a"}
c3 = [k for k in d][0]
c3.action = lambda: d.__setitem__(K(3, 7), "c")
d[K(2, 7)] = "b"
show("add during set", len(d), d)
d = {K(1, 7): "a"}
c4 = [k for k in d][0]
c4.action = lambda: d.__setitem__(K(3, 7), "c")
show("add during setdefault", d.setdefault(K(3, 7), "x"), d)

# __eq__ mutates during del and pop
d = {K(1, 7): "a", K(2, 7): "b"}
c5 = [k for k in d if k.v == 1][0]
c5.action = lambda: d.__setitem__(K(9, 9), "z")
del d[K(2, 7)]
show("del", len(d), d)
d = {K(1, 7): "a"}
c6 = [k for k in d][0]
c6.action = lambda: d.clear()
show("pop", d.pop(K(1, 7), "cleared"), d)

# __eq__ changes the other dict during ==
d1 = {K(1): 1, K(2): 2}
d2 = {K(1): 1, K(2): 2}
c7 = [k for k in d2 if k.v == 1][0]
c7.action = lambda: d2.__setitem__(K(3), 3)
show("dict eq", d1 == d2, d2)


# __eq__ and __hash__ that raise
class Bad:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        raise ValueError("bad eq")


class NoHash:
    def __hash__(self):
        raise TypeError("no hash here")


d = {K(1, 7): "a"}
d[Bad()] = "bad"
for op in (lambda: d[K(2, 7)], lambda: d.get(K(3, 7)), lambda: d.__setitem__(K(4, 7), 0),
           lambda: K(5, 7) in d, lambda: d.pop(K(6, 7)), lambda: d.setdefault(K(6, 7)),
           lambda: d == {K(1, 7): "a", K(5, 7): "x"}):
    try:
        print("no error", op())
    except ValueError as ex:
        print("ValueError", ex)
print(len(d), d[K(1, 7)])
for op in (lambda: d[NoHash()], lambda: d.get(NoHash()), lambda: d.__setitem__(NoHash(), 1),
           lambda: NoHash() in d, lambda: d.pop(NoHash(), 0), lambda: {NoHash(): 1}):
    try:
        op()
    except TypeError as ex:
        print("TypeError", ex)
print(len(d))
log.clear()

# NaN keys: found by identity only
nan = float("nan")
d = {nan: 1, 2.5: 2}
print(d[nan], nan in d, float("inf") in d, len(d))
d[nan] = 3
print(len(d), d[nan], d.pop(nan), nan in d)

# 10,000 keys with 1,000 distinct hashes
big = {K(i, i % 1000): i for i in range(10000)}
print(len(big), all(big[K(i, i % 1000)] == i for i in range(0, 10000, 7)))
for i in range(0, 10000, 2):
    del big[K(i, i % 1000)]
print(len(big), sum(K(i, i % 1000) in big for i in range(10000)))
print(sum(big.get(K(i, i % 1000), 0) for i in range(10000)))
log.clear()


# __eq__ that adds a key on every call: the lookup still ends, as in CPython
class Adder:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __hash__(self):
        return 3

    def __eq__(self, other):
        self.target[len(self.target) + 1000] = 0
        return isinstance(other, Adder) and self.v == other.v


d = {}
d[Adder(1, d)] = 1
print(Adder(2, d) in d, d.get(Adder(1, d)), len(d) > 2)
