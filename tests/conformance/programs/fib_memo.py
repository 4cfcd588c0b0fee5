memo = {0: 0, 1: 1}


def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


for n in [0, 1, 2, 10, 20, 50, 90, 100, 200, 300]:
    print("fib(%d) = %d" % (n, fib(n)))
print("memo size:", len(memo))


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(all(fib(i) == fib_iter(i) for i in range(300)))
print("digits in fib(1000):", len(str(fib_iter(1000))))
print("fib(1000) mod 1e9+7:", fib_iter(1000) % (10 ** 9 + 7))
even_sum = sum(f for f in (fib(i) for i in range(100)) if f % 2 == 0 and f < 4000000)
print("even fib sum below 4M:", even_sum)


def count_ways(n, coins, cache=None):
    if cache is None:
        cache = {}
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    key = (n, len(coins))
    if key not in cache:
        cache[key] = count_ways(n - coins[0], coins, cache) + count_ways(n, coins[1:], cache)
    return cache[key]


for amount in [0, 1, 5, 10, 25, 100, 200]:
    print("ways to make", amount, "=", count_ways(amount, [200, 100, 50, 20, 10, 5, 2, 1]))
ratios = [fib(i + 1) / fib(i) for i in range(1, 20)]
print("golden ratio approx:", ratios[-1], round(ratios[-1], 6))
