a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, = [9]
print(h)
x, y, z = range(3)
print(x, y, z)
k1, k2 = {"p": 1, "q": 2}
print(k1, k2)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
p = q = r = 7
print(p, q, r)
lst = [0, 0]
lst[0], lst[1] = "ab"
print(lst)
d = {}
d["a"], d["b"] = 1, 2
print(d)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
