def countdown(n):
    while n > 0:
        yield n
        n -= 1
    yield "liftoff"
print(list(countdown(3)))
g = countdown(2)
print(iter(g) is g, next(g), list(g), list(g))
def interleave(*gens):
    iters = [iter(g) for g in gens]
    while iters:
        for it in list(iters):
            try:
                yield next(it)
            except StopIteration:
                iters.remove(it)
print(list(interleave("abc", [1, 2], range(10, 14))))
def accumulate(values):
    total = 0
    for v in values:
        total += v
        yield total
print(list(accumulate([1, 2, 3, 4])), max(accumulate(range(5))))
def unique(seq):
    seen = set()
    for x in seq:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique([3, 1, 3, 2, 1, 5])))
gen = (i * i for i in range(10) if i % 3 == 0)
print(sum(gen), sum(gen))
def nested_gen():
    for i in range(3):
        yield (j for j in range(i))
print([list(g) for g in nested_gen()])
def primes():
    n = 2
    found = []
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
ps = primes()
print([next(ps) for _ in range(15)])
