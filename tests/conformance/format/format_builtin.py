print(format(42), format(42, "5"), format(42, "<5") + "|", format(42, "^6") + "|")
print(format(3.14159, ".2f"), format(1234567, ","), format(1234567.891, ",.2f"))
print(format(255, "x"), format(255, "#x"), format(255, "08b"), format(255, "#010b"), format(8, "o"))
print(format(0.000123, "e"), format(0.000123, "g"), format(1e-5, "g"), format(123456789.0, "g"))
print(format(1e16, "g"), format(1e16, ".20g"), format(0.1, ".20f"), format(2.5, ".0f"), format(3.5, ".0f"))
print(format(-42, "+"), format(42, "+"), format(42, " "), format(-42, " "), format(-42, "06"), format(-42, "=6"))
print(format("abc", "*>6"), format("abc", "*<6"), format("abc", "*^6"), format("abc", ".2"))
print(format(0.5, "%"), format(0.125, ".1%"), format(1.0, ".0%"))
print(format(True), format(True, "d"), format(None), format([1, 2]))
print(format(12.0, "g"), format(12.5, "g"), format(1234567.0, "g"), format(0.0001234, ".2g"))
print(format(12345, "_x"), format(2 ** 70, ","), format(-1234.5, ",.1f"))
print(format(1.5, "10.3e") + "|", format(-0.0, ".1f"), format(float("inf"), "f"), format(float("nan"), ".2f"))
print(format(3, "f"), format(3, ".2f"), format(3, "e"), format(3, "%"))
print(format(42, "c"), format(1.0), format(1e100), format(12.0, ""))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
