t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], (), (1,), tuple(), tuple([4, 5]))
print(t + (4,), t * 2, 2 in t, t.index(2), (1, 1, 2).count(1))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), () < (0,))
a, b, c = t
print(a, b, c)
x = 1, 2
print(x, type(x).__name__)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][1], len(nested))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t[5]
except IndexError as e:
    print("IndexError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
lst = [1]
tt = (lst, 2)
lst.append(5)
print(tt)
print(repr((1,)), repr(((),)), str((None, True, "s", 1.5)))
print(max((3, 9, 2)), min((3, 9, 2)), sum((1, 2, 3)), sorted((3, 1, 2)))
print(tuple(range(3)), tuple("hey"), tuple(i * i for i in range(4)))
