# Loop- and arithmetic-heavy code inside a function: LOAD_FAST/STORE_FAST, small-int
# BINARY_OP, COMPARE_OP and jumps dominate, so dispatch cost shows.
import sys


def collatz_steps(limit):
    total = 0
    n = 1
    while n < limit:
        x = n
        steps = 0
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            steps += 1
        total += steps
        n += 1
    return total


def sieve(n):
    flags = [True] * (n + 1)
    count = 0
    for i in range(2, n + 1):
        if flags[i]:
            count += 1
            for j in range(i * i, n + 1, i):
                flags[j] = False
    return count


scale = int(sys.argv[1]) if len(sys.argv) > 1 else 10
print(collatz_steps(3000 * scale), sieve(20000 * scale))
