people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "la"), ("di", 19, "sf")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2] + p[0]))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0])))
groups = {}
for p in people:
    groups.setdefault(p[2], []).append(p[0])
print(sorted(groups.items(), key=lambda kv: (len(kv[1]), kv[0])))
ops = [lambda x: x + 1, lambda x: x * 2, lambda x: x ** 2]
v = 3
for f in ops:
    v = f(v)
    print(v)
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
print(list(map(lambda p: p[0].upper(), people)))
print(sorted(range(-5, 6), key=lambda x: (x * x, x)))
