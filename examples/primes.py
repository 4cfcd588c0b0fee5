# A small tour: functions, generators, comprehensions, f-strings, big ints.
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


def first(n, it):
    return [x for _, x in zip(range(n), it)]


ps = first(15, primes())
print("first primes:", ps)
print(f"their sum is {sum(ps)}, the largest is {max(ps):>5}")
print("2**100 =", 2 ** 100)
squares = {p: p * p for p in ps[:5]}
print("squares:", squares)
