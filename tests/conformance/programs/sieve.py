def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]


primes = sieve(1000)
print("count below 1000:", len(primes))
print("first 25:", primes[:25])
print("last 5:", primes[-5:])
print("sum:", sum(primes))

# twin primes
twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print("twin pairs:", len(twins), twins[:8])

# prime gaps histogram
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
for gap in sorted(gaps):
    print("gap", gap, "#" * min(gaps[gap], 40), gaps[gap])


# factorization using the primes
def factorize(n):
    factors = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors.append(p)
            n //= p
    if n > 1:
        factors.append(n)
    return factors


for n in [2, 12, 97, 360, 1001, 65536, 999983, 600851475143]:
    f = factorize(n)
    print(n, "=", " * ".join(str(x) for x in f))

# goldbach for small even numbers
prime_set = set(primes)
for even in range(4, 41, 2):
    for p in primes:
        if even - p in prime_set:
            print(even, "=", p, "+", even - p)
            break
