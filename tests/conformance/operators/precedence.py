print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, 2 + 3 % 4, 7 // 2 * 2, 1 + 2 << 3, 1 | 2 ^ 3 & 4)
print(not 1 == 2, not True and False, not (True and False), True or False and False)
print(1 < 2 and 2 < 3, 3 & 1 == 1, (3 & 1) == 1, -3 % 5, -(3 % 5), ~1 + 1, ~(1 + 1))
print(2 * -3, 2 ** -1, - - 3, +-3, 5 - -3, 2 * 3 ** 2, 4 / 2 * 3)
print(1 if True else 2 if False else 3, (1 if False else 2) + 10, 1 + (2 if 0 else 3))
print("a" + "b" * 2, ("a" + "b") * 2, [1] + [2] * 2)
print(3 > 2 == True, (3 > 2) == True, 1 + 2 == 3 and 4 > 3)
x = 5
print(x if x > 3 else -x, -x if x < 3 else x * 2, "pos" if x > 0 else "zero" if x == 0 else "neg")
f = lambda: 0 if False else "lam"
print(f(), (lambda a, b=2: a * b)(3), callable(f))
