d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d[(1, 2)] = "tuple"
d[None] = "none"
d[-5] = "neg"
d[2 ** 80] = "big"
print(d)
print(d[(1, 2)], d[None], d[2 ** 80])
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    for k in d:
        d["add" + str(k)] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    {(1, [2]): 3}
except TypeError as e:
    print("TypeError:", e)
nested = {"a": {"b": {"c": [1, 2, {"d": "deep"}]}}}
print(nested["a"]["b"]["c"][2]["d"], nested)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get), sorted(counts), len(counts))
