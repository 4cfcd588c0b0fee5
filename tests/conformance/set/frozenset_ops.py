f = frozenset([3, 1, 2, 3])
print(f, len(f), 1 in f, frozenset(), type(f).__name__)
g = f | {4}
print(g, type(g).__name__, f & {1, 9}, f - {1})
d = {f: "frozen"}
print(d[frozenset({1, 2, 3})])
print({frozenset({1}), frozenset({1})} == {frozenset({1})})
s = {1, 2}
print(type(s | f).__name__, type(f | s).__name__)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
print(repr(set()), repr(frozenset()), repr(frozenset({5})))
u = set()
u.update([1, 2], (3,), range(4, 6))
print(u)
print(u.copy(), {i * i for i in range(-3, 4)}, {True, 1, 1.0})
print(sorted(u, reverse=True), list({7: 0, 3: 0}.keys() & {3, 4}))
