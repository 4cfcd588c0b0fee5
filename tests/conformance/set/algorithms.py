def primes_upto(n):
    composites = set()
    primes = []
    for i in range(2, n + 1):
        if i not in composites:
            primes.append(i)
            composites.update(range(i * i, n + 1, i))
    return primes
print(primes_upto(60))
a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
print(sorted(a & b), sorted(a - b), len(a | b), sorted(a ^ b)[:5])
print(a & b == {0, 6, 12, 18, 24}, {6, 12} < a & b)
seen = set()
dupes = []
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if x in seen:
        dupes.append(x)
    seen.add(x)
print(dupes, seen, len(seen))
print({x for x in range(20) if x % 3 == 1} - {x for x in range(20) if x % 2 == 0})
edges = [(1, 2), (2, 3), (4, 5), (3, 1), (6, 6)]
nodes = set()
for u, v in edges:
    nodes |= {u, v}
print(nodes, sorted(nodes), max(nodes))
print(set([1, 2, 3]).issuperset([1, 2]), {1, 2}.union([3], (4,)), {1, 2, 3}.intersection([2, 3], [3]))
