found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for row in matrix:
    for v in row:
        if v % 2 == 0:
            continue
        print(v, end=" ")
    print("| row done")
k = 0
while k < 3:
    j = 0
    while j < 3:
        if j == k:
            j += 1
            continue
        print(k, j)
        j += 1
    k += 1
def find(target):
    for a in range(10):
        for b in range(10):
            if a * 10 + b == target:
                return a, b
    return None
print(find(37), find(100))
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("finally-break", i)
