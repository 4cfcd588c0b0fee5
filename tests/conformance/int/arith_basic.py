a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a + b, -a - b, -a * b, -a / b)
print(0 * 5, 0 - 0, 1 - 2, 2 ** 0, 0 ** 0)
print(2 ** -1, 10 ** -2)
x = 0
for i in range(10):
    x = x * 3 + i
    print(i, x)
print(7 * 6 == 42, 7 - 7 == 0)
print(+5, -(-5), --5, -+-5)
print(1_000_000 + 1, 0x1F, 0o17, 0b1011, 0X_ff)
