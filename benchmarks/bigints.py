# Integer arithmetic past 64 bits: products, powers, divisions and str() of big values.
import sys

n = 3000 * (int(sys.argv[1]) if len(sys.argv) > 1 else 10)

a = 3 ** 80
b = 7 ** 60 + 1
acc = 0
for i in range(n):
    x = a * (i + 1) + b
    y = x * x // (b + i)
    acc ^= y % (2 ** 89 - 1)
    if i % 100 == 0:
        acc += len(str(y))
print(acc)
