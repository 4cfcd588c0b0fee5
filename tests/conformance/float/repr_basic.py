vals = [0.1, 0.2, 0.1 + 0.2, 1.0, 2.5, 1e16, 1e15, 1e22, 1e23, 1.5e-07, 1e-5, 0.0001,
        123456789.123, -0.0, 0.0, 1 / 3, 2 / 3, 100.0, 1e100, 1.7976931348623157e308,
        5e-324, 2.2250738585072014e-308, 3.141592653589793, 12345678901234567.0,
        9007199254740993.0, 0.5, 1e-7, 123e-20, 1.0e16 + 1, 4.35, 2.675]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(float("1e500"), float("-1e500"), float("1e-500"))
print(float("  3.25  "), float("-1_000.5"), float("Infinity"), float("NaN"))
print(float(7), float(-2 ** 70), float(True))
print([0.1, -0.0, 1e22], (1.5,), {1: 2.0})
