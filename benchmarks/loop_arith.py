# Module-level while loop: LOAD_NAME/STORE_NAME (dict lookups) and small-int arithmetic.
import sys

n = 300000 * (int(sys.argv[1]) if len(sys.argv) > 1 else 10)
total = 0
i = 0
while i < n:
    total += i * 2 % 7
    i += 1
print(total)
