def collatz_len(n, cache={1: 1}):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return length


def sequence(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq


print(sequence(6))
print(sequence(27)[:20], "...", len(sequence(27)))
print("peak of 27:", max(sequence(27)))
best = max(range(1, 10000), key=collatz_len)
print("longest below 10000:", best, collatz_len(best))
lengths = {}
for i in range(1, 30):
    lengths[i] = collatz_len(i)
print(lengths)
hist = {}
for i in range(1, 1000):
    bucket = collatz_len(i) // 25 * 25
    hist[bucket] = hist.get(bucket, 0) + 1
for b in sorted(hist):
    print("%3d-%3d: %s" % (b, b + 24, hist[b]))
big = 2 ** 100 + 1
print("steps for 2**100+1:", len(sequence(big)) - 1, "peak:", max(sequence(big)))
