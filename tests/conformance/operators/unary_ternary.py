for v in [0, 1, -1, 2 ** 70, -(2 ** 70), True, False]:
    print(v, -v, +v, ~v, not v)
for v in [0.0, 1.5, -2.5]:
    print(v, -v, +v, not v)
try:
    -"x"
except TypeError as e:
    print("TypeError:", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)
try:
    +[1]
except TypeError as e:
    print("TypeError:", e)
for n in range(-2, 3):
    kind = "negative" if n < 0 else ("zero" if n == 0 else "positive")
    parity = "even" if n % 2 == 0 else "odd"
    print(n, kind, parity)
a, b = 3, 7
print(a if a > b else b, max(a, b), (b, a)[a > b])
