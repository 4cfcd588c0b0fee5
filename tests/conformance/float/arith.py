print(7 / 2, -7 / 2, 1 / 3, 10 / 5, 0 / 5, -0 / 5, 0.0 / -5)
print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1.0, 0.1))
print(1.0 % 0.1, 5.0 // 0.1)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(2.0 ** 10, 2 ** 0.5, 4 ** -0.5, (-8) ** 2.0, 10.0 ** -3)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(3 + 0.5, 3 * 0.5, 3 - 0.5, 3 / 0.5, True + 0.5)
print(1.5 * 2 == 3, int(1.5 * 2), type(1.5 * 2).__name__)
x = 1.0
for i in range(10):
    x = x * 1.5 + 0.25
    print(i, x)
print(-1.5, +1.5, -(-1.5), abs(-2.25))
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
for exc_expr in ["1.0 / 0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0.0)"]:
    try:
        eval(exc_expr)
    except ZeroDivisionError as e:
        print(exc_expr, "->", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError")
try:
    print(10 ** 400 / 1.0)
except OverflowError as e:
    print("OverflowError", e)
print(10 ** 400 // 10 ** 399, 2 ** 1000 / 2 ** 999)
