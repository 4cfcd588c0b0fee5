print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(-0.5))
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(-3.14159, 1))
print(round(1234.5678, -2), round(1250.0, -2), round(0.125, 2), round(0.375, 2))
print(round(1e20), round(1.23456789e10, 3), round(5.0, 0), round(-0.4))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(int(2.9), int(-2.9), float(int(1e18)))
print((2.5).is_integer(), (2.0).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio())
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
