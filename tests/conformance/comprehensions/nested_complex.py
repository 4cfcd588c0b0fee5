grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid)
flat = [cell for row in grid for cell in row if sum(cell) % 2 == 0]
print(flat)
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
print({(a, b): a * b for a in range(1, 4) for b in range(a, 4)})
print([[1 if i == j else 0 for j in range(4)] for i in range(4)])
words = ["alpha", "beta", "gamma", "delta"]
print({w: {c: w.count(c) for c in sorted(set(w))} for w in words[:2]})
print([w.upper() if len(w) > 4 else w for w in words if "a" in w])
print(sum(x * y for x, y in zip(range(5), range(5, 10))))
print(sorted({len(w) for w in words}), [i for i in range(30) if i % 2 if i % 3 if i % 5])
