print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 7), pow(5, 0, 3))
print(pow(2, 100, 10 ** 9 + 7))
print(pow(123456789, 987654321, 1000000007))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(7, -1, 11))
print(pow(2, -1), pow(2.0, 3), pow(-8, 2))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
print(pow(10, 30, 10 ** 15 + 37))
print((-2) ** 3, (-2) ** 4, -2 ** 4)
print(2 ** 3 ** 2)
