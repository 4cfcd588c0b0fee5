d = {}
for i in [5, 3, 9, 1, 7]:
    d[i] = str(i) * 2
print(d)
keys = d.keys()
vals = d.values()
items = d.items()
d[0] = "00"
print(list(keys), list(vals), list(items), len(keys))
del d[9]
print(list(keys), 9 in keys, 3 in keys, (3, "33") in items)
d[9] = "nine"
print(d)
d[5] = "five"
print(d)
print(list(reversed(d)), list(reversed(d.values())))
print(sorted(d), sorted(d.values()), min(d), max(d))
print(list(zip(d, d.values())))
print(dict(sorted(d.items(), key=lambda kv: kv[1])))
print(repr({}), repr({1: {}}), str({"a": [1, (2,)]}), {1: "x", "y": 2.5, None: True})
