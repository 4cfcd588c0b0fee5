print(int("42"), int("-42"), int("  7  "), int("+9"), int("0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("1010", 2), int("0b1010", 0))
print(int("z", 36), int("zz", 36), int("10", 36))
print(int("1_000_000"), int("12345678901234567890123456789"))
print(int(3.9), int(-3.9), int(True), int(False), int(1e20))
print(int("-0"), int("000123"))
for s in ["", "abc", "1.5", "0x10", "12a", " ", "1__0"]:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1", 1)
except ValueError as e:
    print("ValueError:", e)
print(int("-ff", 16), int("  -0b11  ", 0))
