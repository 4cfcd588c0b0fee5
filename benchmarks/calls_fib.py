# Call-heavy: recursive Python-to-Python calls, LOAD_GLOBAL, small-int arithmetic.
import sys


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


scale = int(sys.argv[1]) if len(sys.argv) > 1 else 10
print(fib(17 + scale))
