# repr and format() corners.
inf, nan = float("inf"), float("nan")
vals = [
    complex(1, 2), complex(0, 2), complex(-0.0, 2), complex(0.0, -0.0), complex(-0.0, -0.0),
    complex(-0.0, 0.0), complex(nan, inf), complex(inf, -inf), complex(1, nan), complex(nan, -nan),
    complex(1e300, 1e-300), complex(1e16, 1e15), complex(123456789.125, -0.1), complex(1.0, 1e22),
    complex(0.1, 0.2), complex(-1.5, 0), complex(2 ** 60, 3), complex(5e-324, -5e-324),
]
for z in vals:
    print(repr(z), str(z))
specs = ["", ".2f", ">20", "<20", "^20", "*^24.3f", "g", "e", "E", ".3e", "G", "n", ".2",
         "+", "-", " ", "+.1f", " .1f", ",.2f", "_.1f", "#g", "#.0f", ".0e", "z.1f", "30.4g",
         ".10", "f", "F", "#", "+g"]
for z in [complex(1, 2), complex(12345.678, -0.000123), complex(0, 3.5), complex(-0.0, -0.0),
          complex(nan, inf), complex(1e20, 1e-7), complex(-2.5, 0)]:
    print(repr(z), [format(z, s) for s in specs])
for spec in ["=10", "010", "0", "d", "%", "c", "s", "x", "b", "=", ">010", "0>10"]:
    try:
        print(spec, format(1 + 2j, spec))
    except ValueError as e:
        print(spec, "ValueError:", e)
print("{:.3f} {:>12} {!r:>12} {:g}".format(1 + 1j, 2j, 2j, 1e-10 + 1e10j))
print(f"{3 - 4j:*^20.2e}|{1j:<8}|{-1j:+}")
print("%s %r %10s" % (1j, 1 - 1j, 2j))
try:
    print("%f" % 1j)
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % 1j)
except TypeError as e:
    print("TypeError:", e)
