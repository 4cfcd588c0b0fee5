print(1 << 0, 1 << 1, 1 << 10, 1 << 62, 1 << 63, 1 << 64, 1 << 100)
print(1024 >> 3, 1024 >> 20, -1 >> 5, -1024 >> 3, -7 >> 1)
print((1 << 100) >> 99, (2 ** 100 + 5) >> 98)
print(-(1 << 100) >> 98)
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~0, ~-1)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ^ 0xAA)
big = 2 ** 100 + 2 ** 50 + 7
print(big & 0xFFFF, big | 1, big ^ big, big & -big)
print(~big, -big & 0xFFFFFFFF)
print((2 ** 70 - 1) & (2 ** 65 + 3))
x = 5
x <<= 3
print(x)
x >>= 1
print(x)
x &= 6
print(x)
x |= 9
print(x)
x ^= 3
print(x)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError", e)
print(True << 3, True & 3, False | 5)
