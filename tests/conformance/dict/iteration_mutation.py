d = {i: i * i for i in range(8)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
for k in d:
    d[k] = -d[k]
print(d)
keys = list(d.keys())
vals = list(d.values())
print(keys, vals, list(zip(keys, vals)) == list(d.items()))
d2 = dict(d)
d2.pop(0)
d2[0] = "back"
print(d2, d == d2)
d3 = {}
d3["z"] = 1
d3["a"] = 2
d3["m"] = 3
del d3["z"]
d3["z"] = 4
print(d3, list(d3))
print(d3.keys() == {"a", "m", "z"}, sorted(d3.keys() | {"q"}), sorted(d3.keys() - {"a"}))
print(len(d3), bool({}), {} == dict(), dict(a=1) == {"a": 1})
print(dict.fromkeys(range(3), []), {1: 1}.get(2, {}).get(3, "deep default"))
