# Float powers with infinite and signed-zero operands: CPython's special cases come before the
# "0.0 cannot be raised to a negative power" error.
inf = float("inf")
cases = [(0.0, -inf), (-0.0, -inf), (0.0, inf), (0.5, inf), (0.5, -inf), (2.0, -inf),
         (2.0, inf), (1.0, inf), (-1.0, inf), (-0.5, -inf), (inf, -1.0), (-inf, 3.0),
         (-inf, 2.0), (0.0, 0.0), (-0.0, 3.0), (-0.0, 2.0)]
for x, y in cases:
    print(x, y, x ** y, pow(x, y))
for x, y in [(0.0, -1.0), (-0.0, -2.5), (0.0, -1e300)]:
    try:
        print(x ** y)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
