a = 3
b = 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(type(a + b).__name__, type(a / 1).__name__, type(a // 1).__name__)
print(1 == 1.0, 1 < 1.1, 2 ** 63 < 2.0 ** 64, 10 ** 20 > 1e19)
print(sum([1, 2.5, 3]), sum([0.1] * 10), max(1, 2.0), min(2, 1.0))
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5)
print(10 / 4, 10 // 4, 10 / 5, 9 / 3)
print(float(10 ** 20), int(1e15), 10 ** 15 == 1e15)
print(1 / 7 * 7, 49 / 7, 2 ** 0.5 * 2 ** 0.5)
print(True * 2.5, False + 0.0, -True)
print(3.0 == 3, hash(3.0) == hash(3), 0.5 in [0.5], 2 in [2.0])
