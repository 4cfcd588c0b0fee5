data = [("a", 1, [1, 2]), ("b", 2, [3, 4, 5])]
for name, num, (first, *others) in data:
    print(name, num, first, others)
def swap_pairs(pairs):
    return [(b, a) for a, b in pairs]
print(swap_pairs([(1, 2), (3, 4)]))
(a, b), (c, d) = "xy", [1, 2]
print(a, b, c, d)
m = {"k1": (1, 2), "k2": (3, 4)}
for key, (x, y) in m.items():
    print(key, x + y)
first, second, *_ = range(10)
print(first, second, _)
*_, last = "abc"
print(last)
x, y = y, x = 1, 2
print(x, y)
head, *tail = [1]
print(head, tail)
