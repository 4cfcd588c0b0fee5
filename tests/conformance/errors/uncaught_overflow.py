x = 10
for i in range(5):
    x = x ** 4
    print(i, len(str(x)))
print(float(10 ** 300))
print(float(x))
