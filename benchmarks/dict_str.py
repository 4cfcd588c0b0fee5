d = {}
for i in range(300000):
    d[str(i)] = i
s = 0
for k, v in d.items():
    s += len(k) + v
lst = [x * 2 for x in range(300000)]
print(s, sum(lst))
