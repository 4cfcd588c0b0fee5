# complex ** : integer exponents by repeated multiplication, the rest through polar form.
cases = [
    (1 + 2j, 3), (1 + 2j, -3), (1 + 2j, 0), (1 + 2j, 0.5), (1 + 2j, 1 + 1j), (2, 1j),
    (1j, 2), (1j, 101), (1j, 100), (1j, -100), (1.5 + 0j, 2.5), (-1 + 0j, 0.5),
    (0j, 0), (0j, 0j), (0j, 2), (0j, 1.5), (1 + 2j, 101), (1 + 2j, 100), (2 + 0j, -2),
    (3j, 3.0), (-8, 1 / 3), (-8.0, 0.5), (-2, 0.5), (-1.5, 2.5), (-1, 1.5),
    (complex(1e200, 0), 2), (complex(0.5, 0.5), 1000), (1e-200j, 2), (complex(2, 0), 1024),
]
for a, b in cases:
    try:
        print(repr(a), repr(b), repr(a ** b))
    except Exception as e:
        print(repr(a), repr(b), type(e).__name__ + ":", e)
for a, b in [(0j, -1), (0j, -1.5), (0j, 1j), (0j, -2 + 0j), (0.0, -1 + 0j), (0, 1j)]:
    try:
        print(a ** b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for a, b in [(1e200 + 1e200j, 2), (10 + 10j, 400), (complex(1e308, 0), 1.5), (2, 1e308j),
             (complex(-1, 0), complex(float("inf"), 0))]:
    try:
        print(a ** b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(pow(1j, 2), pow(2, 1j), pow(1 + 1j, -1))
for args in [(1j, 2, 3), (2, 1j, 3), (2, 3, 1j), (1.5, 1j, 2), (2, 1.5, 1j), (1j, 2, None)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print((-8) ** (1 / 3), (-27.0) ** (2 / 3), type((-8) ** 0.5).__name__, (-8) ** 2.0, (-8.0) ** -2)
ninf = float("-inf")
print(ninf ** 0.5, ninf ** 1.5, ninf ** -0.5, (-0.0) ** 0.5, (-1e300) ** 0.5, float("nan") ** 0.5, (-2.0) ** float("inf"))
