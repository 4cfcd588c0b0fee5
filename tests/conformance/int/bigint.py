x = 1
for i in range(1, 31):
    x *= i
print(x)
print(2 ** 100)
print(-(2 ** 100))
print(3 ** 80)
print(2 ** 100 - 1)
print(2 ** 100 // 3, 2 ** 100 % 3)
print((2 ** 100) * (3 ** 50))
print(10 ** 40 + 10 ** 20 + 1)
print(10 ** 40 - 10 ** 40)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, b - a, a * b)
print(b // a, b % a)
print(a == 123456789012345678901234567890, a < b, a > b)
print(len(str(2 ** 1000)))
print(str(7 ** 77))
print(int(str(2 ** 200)) == 2 ** 200)
print(abs(-(10 ** 25)))
print(-(10 ** 25) // 7, -(10 ** 25) % 7)
