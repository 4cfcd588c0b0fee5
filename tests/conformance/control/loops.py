i = 0
while i < 5:
    print("while", i)
    i += 1
else:
    print("while else", i)
i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("not printed")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty for else")
count = 0
for a in range(4):
    for b in range(4):
        if a == b:
            continue
        if a + b > 4:
            break
        count += 1
        print(a, b, end="; ")
print()
print("count", count)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
for i in range(3):
    pass
print("i after loop", i)
