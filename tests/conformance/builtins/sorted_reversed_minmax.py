data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("Hello World", key=str.lower))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted({3: "c", 1: "a"}.items()))
print(list(reversed(data)), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(min(data), max(data), min("hello"), max([1.5, 2, -3]))
print(min([], default="empty"), max([], default=None), min(4, 2, 8), max(4, 2, 8))
print(max(["a", "bbb", "cc"], key=len), min(["a", "bbb", "cc"], key=len), max([3, -5], key=abs))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([[2], [1, 5], [1, 2]]))
print(max([1, 3, 3], key=lambda x: x % 3))
for bad in ["min([])", "max()", "min(1)"]:
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
