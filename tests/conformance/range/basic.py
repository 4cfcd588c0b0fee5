print(range(5), range(1, 5), range(1, 10, 2), range(10, 0, -3))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)), list(range(0)), list(range(5, 2)))
r = range(3, 20, 4)
print(len(r), r[0], r[-1], r[1:3], r[::-1], list(r[::2]), 7 in r, 8 in r, r.index(11), r.count(15))
print(r.start, r.stop, r.step)
print(len(range(-10, 10, 3)), list(range(-10, 10, 3)), len(range(10, -10, -7)))
print(sum(range(101)), max(range(7)), min(range(3, 9)), list(reversed(range(4))))
print(range(0, 6, 2) == range(0, 5, 2), range(0) == range(2, 1))
big = range(10 ** 20)
print(big[-1], 10 ** 19 in big, big[10 ** 19], range(0, 10 ** 20, 3)[-1])
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[3]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
total = 0
for i in range(10, 0, -2):
    total += i
    print(i, total)
