print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(5), start=100))
print(sum([1.5, 2, True]), sum((2 ** 64, 2 ** 64)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-2 ** 70))
print(round(3.14159), round(3.14159, 2), round(2.5), round(-2.5), round(7, -1), round(1.23456, 4))
print(divmod(7, 3), divmod(-7, 3), divmod(7.0, 3), divmod(2 ** 65, 10))
print(pow(2, 8), pow(2, 8, 5), pow(2.0, -2), pow(9, 0.5))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
