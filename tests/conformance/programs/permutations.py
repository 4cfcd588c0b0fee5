def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result


def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)


def power_set(items):
    out = [[]]
    for x in items:
        out = out + [s + [x] for s in out]
    return out


def perm_gen(items):
    if not items:
        yield ()
        return
    for i, x in enumerate(items):
        for rest in perm_gen(items[:i] + items[i + 1:]):
            yield (x,) + rest


print(permutations([1, 2, 3]))
print(len(permutations(list(range(6)))))
print(["".join(p) for p in permutations(list("abc"))])
print(combinations([1, 2, 3, 4], 2))
print(len(combinations(list(range(10)), 4)))
print(power_set([1, 2, 3]))
print(list(perm_gen("xyz")))
anagrams = sorted(set("".join(p) for p in perm_gen("aab")))
print(anagrams)
count = 0
for p in perm_gen(tuple(range(7))):
    if all(abs(p[i] - p[i + 1]) != 1 for i in range(len(p) - 1)):
        count += 1
print("no adjacent consecutive in 7:", count)
target = 10
subsets = [s for s in power_set([1, 2, 3, 4, 5, 6]) if sum(s) == target]
print("subsets summing to 10:", subsets)
