print((3.75).as_integer_ratio(), (-0.125).as_integer_ratio())
print((1.0).is_integer(), (1.1).is_integer())
print(float("1.5e3"), float(".5"), float("5."), float("-.25e-2"))
for s in ["abc", "", "1.2.3", "1e", "--1"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
print(1.5.real, 1.5.imag, (2.5).conjugate())
print(int(1.999999), int(-0.5), int(123456789.987))
print(str(1e15), str(1e16), str(-1e-4), str(1e-5), str(123456789012.5))
print(0.1 * 3, 0.3 * 3, 1.1 * 1.1, 100 * 1.1)
