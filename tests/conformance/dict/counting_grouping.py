nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]
counts = {}
for n in nums:
    counts[n] = counts.get(n, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for n in nums:
    groups.setdefault(n % 3, []).append(n)
print(groups)
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
print({k: sorted(v) for k, v in sorted(inverted.items())})
squares = {n: n * n for n in range(1, 6)}
print(squares, sum(squares.values()), max(squares, key=squares.get))
merged = {**squares, 1: "one", 10: 100}
print(merged)
print(list(squares.items())[::-1], {v: k for k, v in squares.items()}.get(16))
nested = {}
for word in ["ant", "bee", "ape", "bat", "cat", "ark"]:
    nested.setdefault(word[0], {})[word] = len(word)
print(nested)
