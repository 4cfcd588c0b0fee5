# Sets whose keys' __eq__ or __hash__ change the set during a lookup, insertion or removal, or
# raise; NaN keys; a 10,000-key set of user objects.
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


def vals(s):
    return sorted(k.v for k in s)


def show(label, r, s):
    print(label, r, vals(s), "eq:", log)
    del log[:]


# __eq__ of a stored key adds keys (growing the table) during a lookup
s = set()
a = K(1)
s.add(a)
a.action = lambda: s.update(K(i, 100 + i) for i in range(20))
show("grow in", K(1) in s, s)

# __eq__ removes the compared key: CPython restarts and no longer finds it
s = {K(1), K(2, 5)}
b = [k for k in s if k.v == 1][0]
b.action = lambda: s.discard(b)
show("remove self in", K(1) in s, s)

# __eq__ clears the set during add: the lookup restarts on an empty table and adds the key
s = {K(1, 5)}
c = [k for k in s][0]
c.action = lambda: s.clear()
s.add(K(2, 5))
show("clear add", len(s), s)

# __eq__ clears the set during add but reports equal: nothing is added
s = {K(1)}
c = [k for k in s][0]
c.action = lambda: s.clear()
s.add(K(1))
show("clear add2", len(s), s)

# __eq__ adds an unrelated key with the same hash during add
s = {K(1, 0)}
d = [k for k in s][0]
d.action = lambda: s.add(K(3, 0))
s.add(K(2, 0))
show("add during add", len(s), s)

# __eq__ mutates during discard and remove
s = {K(1), K(2)}
e = [k for k in s if k.v == 1][0]
e.action = lambda: s.add(K(9, 1))
s.discard(K(1))
show("discard", len(s), s)
s = {K(1), K(2)}
e = [k for k in s if k.v == 2][0]
e.action = lambda: s.discard(e)
try:
    s.remove(K(2))
except KeyError:
    print("KeyError on remove")
show("remove", len(s), s)

# __eq__ changes one of the sets during set algebra (all keys collide)
p = {K(i, 0) for i in range(4)}
q = {K(i, 0) for i in range(2, 6)}
f = [k for k in q if k.v == 2][0]
f.action = lambda: q.add(K(50, 0))
show("and", vals(p & q), q)
g = [k for k in p if k.v == 3][0]
g.action = lambda: p.discard(g)
show("sub", vals(q - p), p)
h = [k for k in q if k.v == 4][0]
h.action = lambda: q.clear()
show("le", p <= q, q)
p = {K(i, 0) for i in range(4)}
q = {K(i, 0) for i in range(4)}
m = [k for k in q if k.v == 1][0]
m.action = lambda: q.add(K(77, 0))
show("eq", p == q, q)


# __eq__ and __hash__ that raise
class Bad:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ValueError("bad eq %s" % self.v)


class NoHash:
    def __hash__(self):
        raise TypeError("no hash here")


s = {K(2, 1)}
s.add(Bad(1))
for op in (lambda: K(5, 1) in s, lambda: s.add(K(6, 1)), lambda: s.discard(K(7, 1)),
           lambda: s & {K(8, 1)}, lambda: {K(9, 1)} <= s, lambda: s.remove(K(9, 1)),
           lambda: {K(1, 1)} - s, lambda: K(2, 1) in s, lambda: K(3, 2) in s):
    try:
        print("no error", op())
    except ValueError as ex:
        print("ValueError", ex)
print(len(s))
for op in (lambda: NoHash() in s, lambda: s.add(NoHash()), lambda: s.discard(NoHash()),
           lambda: {NoHash()}, lambda: s.issuperset([NoHash()])):
    try:
        op()
    except TypeError as ex:
        print("TypeError", ex)
print(len(s))

# NaN keys: found by identity, never by equality
nan = float("nan")
s = {nan, 1.5}
print(nan in s, float("inf") in s, len(s))
s.add(nan)
print(len(s), nan in frozenset(s), len(s | {nan}), len(s & {nan}), len(s - {nan}))
s.discard(nan)
print(len(s), nan in s)

# 10,000 keys: every one found by an equal object, half removed, the rest still there
big = {K(i, i % 1000) for i in range(10000)}
print(len(big), all(K(i, i % 1000) in big for i in range(0, 10000, 7)))
for i in range(0, 10000, 2):
    big.discard(K(i, i % 1000))
print(len(big), sum(K(i, i % 1000) in big for i in range(10000)))
print(len(big & {K(i, i % 1000) for i in range(5000)}), len(big | {K(3, 3)}))
log.clear()


# __eq__ that adds a key on every call: the lookup still ends, as in CPython
class Adder:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __hash__(self):
        return 3

    def __eq__(self, other):
        self.target.add(len(self.target) + 1000)
        return isinstance(other, Adder) and self.v == other.v


s = set()
s.add(Adder(1, s))
print(Adder(2, s) in s, Adder(1, s) in s, len(s))
