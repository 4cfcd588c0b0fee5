# Mixed arithmetic with int, float, bool and complex.
vals = [0, 1, -3, True, False, 2.5, -0.0, 1 + 2j, -3j, complex(0.5, -1.5), 10**20]
for a in vals:
    for b in vals:
        if not (isinstance(a, complex) or isinstance(b, complex)):
            continue
        row = [repr(a), repr(b), repr(a + b), repr(a - b), repr(a * b)]
        try:
            row.append(repr(a / b))
        except ZeroDivisionError as e:
            row.append("ZeroDivisionError: %s" % e)
        print(" ".join(row))
print((1 + 2j) / (3 + 4j), (1e300 + 1e300j) / (1e300 + 1e300j), (1 + 1j) / 1e-320)
print(1j / 2, 2 / 1j, 1 / (1 + 1j), 1.5 / (0.5 + 0j), True / 1j)
inf = float("inf")
nan = float("nan")
print((1 + 1j) / complex(inf, 1), complex(inf, 1) / (1 + 1j), complex(1, 2) / complex(nan, 0))
print(1 / complex(0, inf), complex(inf, inf) / 2, complex(inf, 0) * 0, complex(nan, 1) + 1)
print(complex(inf, 0) * 1j, complex(inf, 0) * (1 + 0j), 2 * complex(inf, 1))
x = 1 + 1j
x += 1
print(x)
x *= 2j
print(x)
x -= 0.5
print(x)
x /= 2
print(x)
x **= 2
print(x)
try:
    x //= 2
except TypeError as e:
    print("TypeError:", e)
for expr in ["1j // 2", "1j % 2", "2 // 1j", "2.0 % 1j", "divmod(1j, 2)", "divmod(2, 1j)",
             "1j / 0", "1j / 0.0", "1j / 0j", "5 / 0j", "1j < 2j", "1j > 2", "2 <= 1j",
             "1j >= 1.5", "~1j", "1j << 1", "1j & 1", "[1] * 1j", "1j * [1]", "'a' + 1j",
             "1j + 'a'", "1j + None", "None * 1j", "round(1j)", "int(1j)", "float(1j)",
             "1j + 10**400", "10**400 * 1j", "1j == 10**400", "(1+2j) @ 2"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
