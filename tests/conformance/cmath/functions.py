# Every cmath function on a grid of special values (each class of real and imaginary part) and
# on a sweep of ordinary ones; results by repr, errors by type and message.
import cmath

inf, nan = float("inf"), float("nan")
parts = [-inf, -2.5, -0.0, 0.0, 0.75, inf, nan]
grid = [complex(x, y) for x in parts for y in parts]
seed = 2024


def lcg():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed / 2**31


sweep = []
for i in range(120):
    a, b = lcg() - 0.5, lcg() - 0.5
    if i % 4 == 0:
        sweep.append(complex(a * 4, b * 4))
    elif i % 4 == 1:
        sweep.append(complex(a * 1400, b * 1400))
    elif i % 4 == 2:
        sweep.append(complex(a * 10 ** (lcg() * 600 - 300), b * 10 ** (lcg() * 600 - 300)))
    else:
        sweep.append(complex(1 + a * 1e-8, b * 1e-8))
sweep += [complex(1e308, 1e308), complex(-1e308, 1e-308), complex(5e-324, 5e-324), complex(1e-310, -2e-310),
          complex(1, 0), complex(-1, 0), complex(1, 1e-200), complex(0.5, 0.5), complex(710, 1), complex(-710, 1),
          complex(0, 710), complex(1e200, 0), complex(0, -1e300), 1e-30j, complex(2, 0), complex(0, 1)]
for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10", "sin",
             "sinh", "sqrt", "tan", "tanh", "phase", "polar", "isfinite", "isinf", "isnan"]:
    f = getattr(cmath, name)
    out = []
    for z in grid + sweep:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0] + ":" + str(e))
    print(name, " ".join(out))
out = []
for r in parts + [1e308, -3.0, 5e-324]:
    for phi in parts + [1.0, -2.0, 3.0, 1e300]:
        try:
            out.append(repr(cmath.rect(r, phi)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0] + ":" + str(e))
print("rect", " ".join(out))
out = []
for z in sweep[:40] + grid[::5]:
    for b in [2, 10, 0.5, 1j, 1 + 1j, 0, 1, cmath.e]:
        try:
            out.append(repr(cmath.log(z, b)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0] + ":" + str(e))
print("logb", " ".join(out))
