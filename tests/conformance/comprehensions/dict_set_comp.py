print({x: x ** 2 for x in range(6)})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 5 for x in range(100)})
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in range(1, 13)})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
print({w[0]: len(w) for w in words})
print({i: {j: i * j for j in range(3)} for i in range(3)})
print({len(w) for w in words})
print(dict((k, v) for k, v in zip(range(3), "xyz")))
