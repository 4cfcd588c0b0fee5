# crossing the machine-word boundary in many ways
n = 2 ** 62
print(n, n + n, n * 2, n * 4, n * n)
print(2 ** 63 - 1, 2 ** 63, 2 ** 64, -(2 ** 63), -(2 ** 63) - 1)
m = 9223372036854775807
print(m + 1, m * m, -m - 2, m - (-m))
print(m // -1, -m - 1, (-m - 1) // -1, (-m - 1) * -1)
print(abs(-m - 1), -(-m - 1))
x = 1
for e in range(60, 70):
    print(e, 2 ** e, x << e, (2 ** e) - 1)
v = 3
for i in range(8):
    v = v * v
    print(i, v)
print(2 ** 200)
print(2 ** 200 - 2 ** 199 == 2 ** 199)
print(2 ** 128 // 2 ** 64 == 2 ** 64)
t = 0
for i in range(100):
    t += 2 ** 61
print(t)
print(-(2 ** 64) // 3, -(2 ** 64) % 3)
print(4611686018427387904 + 4611686018427387904)
print(-4611686018427387904 - 4611686018427387905)
print(3037000500 * 3037000500)
