s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s)
s.add(10)
s.add(0)
s.add(3)
print(s)
s.discard(10)
s.discard(42)
s.remove(0)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a.issubset(b), a.isdisjoint({7, 8}))
print(set(), set([5, 5, 1]), set(range(10)), set("aaa"), {x % 4 for x in range(20)})
print(sorted({9, 2, 7}), sum({1, 2, 3}), max({4, 8, 1}))
c = {1, 2}
c |= {3}
c &= {2, 3, 4}
c -= {4}
c ^= {9}
print(c)
print({5, 4, 3, 2, 1}, {100, 1, 50}, {-1, 0, 1})
e = set()
for i in range(20, 0, -3):
    e.add(i)
print(e, e.pop() in range(21))
print(set([1, 2]) == {2, 1}, {1} != {2}, frozenset([1, 2]) == {1, 2})
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
