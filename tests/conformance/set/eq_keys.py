# Sets keyed by instances of a user class with __hash__/__eq__: membership, add, discard,
# remove, set algebra and comparisons, with the number of __eq__ calls CPython makes.
calls = [0]


class K:
    def __init__(self, v, h=None):
        self.v = v
        self.h = v if h is None else h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        calls[0] += 1
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return "K(%r)" % (self.v,)


def vals(s):
    return sorted(k.v for k in s)


def counted(label, f):
    calls[0] = 0
    r = f()
    print(label, r, "eq calls:", calls[0])


s = {K(i) for i in range(20)}
counted("in", lambda: K(3) in s)
counted("not in", lambda: K(30) in s)
counted("same object", lambda: [k for k in s if k.v == 5][0] in s)
s.add(K(3))
s.add(K(40))
counted("len", lambda: len(s))
s.discard(K(40))
s.remove(K(0))
try:
    s.remove(K(0))
except KeyError as e:
    print("KeyError", e)
print(vals(s))

# equal-hash collisions: every key hashes to 7
c = {K(i, 7) for i in range(12)}
counted("collide in", lambda: K(11, 7) in c)
counted("collide miss", lambda: K(99, 7) in c)
c.discard(K(5, 7))
counted("after discard", lambda: (K(5, 7) in c, K(6, 7) in c, len(c)))
c.add(K(5, 7))
print(vals(c))

a = {K(i) for i in range(0, 10)}
b = {K(i) for i in range(5, 15)}
fa = frozenset(a)
counted("union", lambda: vals(a | b))
counted("inter", lambda: vals(a & b))
counted("diff", lambda: vals(a - b))
counted("symdiff", lambda: vals(a ^ b))
counted("frozen inter", lambda: vals(fa & b))
counted("method union", lambda: vals(a.union(b, [K(20)])))
counted("method inter", lambda: vals(a.intersection(b, [K(6), K(7), K(70)])))
counted("method diff", lambda: vals(a.difference(b, [K(0)])))
counted("method symdiff", lambda: vals(a.symmetric_difference([K(1), K(50)])))
counted("issubset", lambda: {K(1), K(2)}.issubset(a))
counted("issuperset", lambda: a.issuperset([K(1), K(2)]))
counted("isdisjoint", lambda: a.isdisjoint(b))
counted("isdisjoint2", lambda: a.isdisjoint({K(50)}))
counted("eq", lambda: a == {K(i) for i in range(10)})
counted("ne", lambda: a != b)
counted("le", lambda: {K(1)} <= a)
counted("lt", lambda: a < a | b)
counted("ge frozen", lambda: fa >= {K(9)})
x = set(a)
x |= b
x &= {K(i) for i in range(3, 12)}
x -= {K(4)}
x ^= {K(4), K(5)}
print("inplace", vals(x))
y = set(a)
y.intersection_update(b)
y.difference_update([K(6)])
y.symmetric_difference_update({K(6): 1, K(100): 2})
y.update({K(200): 0})
print("updates", vals(y))
print("dict keys ops", vals({K(1): 1, K(2): 2}.keys() & {K(2)}), vals({K(1): 1}.keys() | {K(3)}))
