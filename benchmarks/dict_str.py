# Module-level dict and str work: str(i), dict stores and iteration, a list comprehension.
import sys

n = 30000 * (int(sys.argv[1]) if len(sys.argv) > 1 else 10)
d = {}
for i in range(n):
    d[str(i)] = i
s = 0
for k, v in d.items():
    s += len(k) + v
lst = [x * 2 for x in range(n)]
print(s, sum(lst))
