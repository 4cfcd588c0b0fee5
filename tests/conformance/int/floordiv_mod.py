pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10), (-1, 10), (1, -10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
big = 10 ** 30 + 7
print(big // 3, big % 3, -big // 3, -big % 3, big // -3, big % -3)
print(divmod(-big, 7), divmod(big, -10 ** 20))
for a in range(-5, 6):
    print(a, a // 3, a % 3, a // -3, a % -3)
