print(len("abc"), len([1, 2]), len((1,)), len({1: 2, 3: 4}), len({5}), len(range(10)), len(b"xy"), len(""))
for i, v in enumerate(["a", "b", "c"]):
    print(i, v)
for i, v in enumerate("xyz", start=10):
    print(i, v)
print(list(enumerate([])), list(enumerate("ab", -1)))
e = enumerate([5, 6])
print(next(e), next(e), next(e, None))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
print(list(range(3)), list(range(-3, 3, 2)))
