# CPython's iteration order for sets of small ints is determined by the hash
# table layout; these outputs are deterministic.
print({10, 3, 7, 1})
print({8, 16, 0})
print({100, 200, 300})
print({-3, -2, -1, 0, 1, 2, 3})
print({31, 32, 33, 1})
s = set()
for i in [15, 7, 23, 1, 9]:
    s.add(i)
    print(s)
s.discard(7)
print(s)
print(set(range(20, 0, -2)))
print({2 ** 40, 1, 2})
print(frozenset({5, 13, 21}))
print(list({6, 1, 11}), tuple({9, 4}))
print({True, 2, 3.0})
