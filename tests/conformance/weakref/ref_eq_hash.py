# Equality and hashing of weak references: while both referents are alive refs compare like
# their referents; once either is dead refs are equal only if they are the same ref object.
# hash(ref) is the referent's hash, remembered after death; hashing a ref whose referent died
# before it was ever hashed raises TypeError.
import gc
import weakref

gc.disable()


class P:
    def __init__(self, key):
        self.key = key

    def __eq__(self, other):
        print("__eq__ called")
        return isinstance(other, P) and self.key == other.key

    def __hash__(self):
        return hash(self.key)


class Plain:
    def __init__(self):
        self.x = 0


a = P(1)
b = P(1)
c = P(2)
ra = weakref.ref(a)
rb = weakref.ref(b)
rc = weakref.ref(c)
ra_cb = weakref.ref(a, lambda r: None)
print("ra == rb", ra == rb)
print("ra == rc", ra == rc)
print("ra != rc", ra != rc)
print("ra == ra_cb", ra == ra_cb, ra is ra_cb)
print("ref == referent", ra == a)
print("hash", hash(ra) == hash(1), hash(rb) == hash(ra))

try:
    ra < rb
except TypeError as e:
    print("TypeError:", e)

# identity-based equality for objects without __eq__
p1 = Plain()
p2 = Plain()
rp1 = weakref.ref(p1)
rp2 = weakref.ref(p2)
print("plain", rp1 == rp2, rp1 == weakref.ref(p1), rp1 != rp2)
print("plain hash matches", hash(rp1) == hash(p1))

# dead refs compare by identity, no __eq__ call
hash_a = hash(ra)
del a
print("ra dead", ra())
print("dead == alive", ra == rb)
print("dead == itself", ra == ra)
print("dead != alive", ra != rb)
print("dead ra == dead ra_cb", ra == ra_cb)
print("hash kept after death", hash(ra) == hash_a)
try:
    hash(ra_cb)
except TypeError as e:
    print("never hashed:", e)

del p1
print("dead plain ref in dict", {rp1: "v"}[rp1])
try:
    hash(rp2)
    print("alive plain hash ok")
except TypeError as e:
    print("unexpected", e)

# refs as dictionary keys
k1 = P("x")
k2 = P("x")
table = {weakref.ref(k1): "first"}
print("lookup by equal referent", table[weakref.ref(k2)])
print("contains", weakref.ref(k2) in table)

# refs to unhashable objects cannot be hashed
class Unhashable:
    __hash__ = None


u = Unhashable()
ru = weakref.ref(u)
try:
    hash(ru)
except TypeError as e:
    print("unhashable referent:", e)
print("done")
