inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf * -1)
print(inf > 10 ** 300, -inf < -(10 ** 300), inf == inf, nan == nan, nan != nan)
print(nan < 1, nan > 1, nan is nan, 1 / inf, -1 / inf)
print(max(1.0, inf), min(-inf, 0), abs(-inf))
print(repr(inf), str(-nan), [inf, nan])
print(inf // 1, 5.0 % inf, -5.0 % inf)
print(float("-0.0"), -0.0 == 0.0, str(-0.0), repr(0.0 * -1))
print(1e308 + 1e308, -1e308 - 1e308)
x = 1.0
n = 0
while x != inf:
    x *= 1e50
    n += 1
print(n, x)
