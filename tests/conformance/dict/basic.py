d = {"one": 1, "two": 2, "three": 3}
print(d, len(d), d["two"])
d["four"] = 4
d["one"] = 100
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get("one"), d.get("zzz"), d.get("zzz", "dflt"))
print(d.setdefault("five", 5), d.setdefault("one", -1), d)
print(d.pop("two"), d.pop("nope", None), d)
print(d.popitem(), d)
del d["three"]
print(d, "one" in d, "three" in d, "three" not in d)
d.update({"x": 1, "one": 0})
d.update(y=2)
d.update([("z", 3)])
print(d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
e = dict(zip(["a", "b", "c"], [1, 2, 3]))
print(e, dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict(), {})
print(e | {"c": 30, "d": 4}, {"d": 4} | e)
e |= {"a": 0}
print(e)
print({k: v * v for k, v in e.items()}, {i: i % 3 for i in range(6)})
print(dict.fromkeys(["p", "q"], 0), dict.fromkeys("ab"))
c = e.copy()
c["new"] = 1
print(e, c, e == c, {1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2})
c.clear()
print(c)
