for i in range(3):
    print("up", i)
for i in range(3, 0, -1):
    print("down", i)
for i in range(-5, 5, 4):
    print("step4", i)
print([i for i in range(0, -10, -3)], [i for i in range(10, 10)])
r = range(1, 11)
print(sum(r), len(r), list(r[::3]), r[2], r[-2], list(r[-3:]), r[1:4] == range(2, 5))
print(list(map(lambda i: i * i, range(5))), list(zip(range(3), range(3, 6))))
print(5 in range(0, 10, 5), 6 in range(0, 10, 5), -1 in range(0, 10), 3.0 in range(5))
total = 0
for a in range(1, 4):
    for b in range(a, 4):
        total += a * b
print(total)
print(repr(range(0, 10, 2)), str(range(5)), range(3) == range(0, 3, 1), bool(range(0)))
