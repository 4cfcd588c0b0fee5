# Every real function on a sweep of values; results by repr, errors by type and message.
import math

inf, nan = float("inf"), float("nan")
specials = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 1e-300, 5e-324, 1e300, 1.7976931348623157e308,
            inf, -inf, nan, 0.1, 3.0, 27.0, -27.0, 100.0, 710.0, 1e-8, 0.84375, 1.25, 2.857,
            6.0, 28.0, -6.5, 171.5, 200.5, -200.5, 1e16, 0.99999, -0.99999, 1e-20, 2**28, 2**-28]
seed = 12345


def lcg():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed / 2**31


sweep = []
for i in range(150):
    u = lcg()
    if i % 3 == 0:
        sweep.append((u - 0.5) * 4)
    elif i % 3 == 1:
        sweep.append((u - 0.5) * 60)
    else:
        sweep.append((u - 0.5) * 10 ** (lcg() * 40 - 20))
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc",
         "exp", "exp2", "expm1", "fabs", "gamma", "lgamma", "log", "log10", "log1p", "log2", "sin",
         "sinh", "sqrt", "tan", "tanh", "degrees", "radians", "isfinite", "isinf", "isnan", "ulp",
         "frexp", "modf", "floor", "ceil", "trunc"]
for name in names:
    f = getattr(math, name)
    out = []
    for x in specials + sweep:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0] + ":" + str(e))
    print(name, " ".join(out))
for name in ["atan2", "copysign", "fmod", "remainder", "pow", "nextafter", "hypot", "dist2", "ldexp", "isclose", "log"]:
    f = getattr(math, name, None)
    out = []
    pairs = [(x, y) for x in specials[:16] for y in specials[:16]]
    pairs += [(sweep[i], sweep[i + 1]) for i in range(0, 100)]
    for x, y in pairs:
        try:
            if name == "dist2":
                r = math.dist((x, 1.0), (y, -1.0))
            elif name == "ldexp":
                r = math.ldexp(x, int(y) if math.isfinite(y) and abs(y) < 1e18 else 5000)
            else:
                r = f(x, y)
            out.append(repr(r))
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            out.append(type(e).__name__[0] + ":" + str(e))
    print(name, " ".join(out))
