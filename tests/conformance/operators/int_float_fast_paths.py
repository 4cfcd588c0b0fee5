# The interpreter's inline int/float paths must give exactly the protocol's results:
# floor division and modulo signs, overflow into bigints, true division rounding,
# mixed int/float operands, NaN comparisons, in-place forms.


vals = [0, 1, -1, 7, -7, 3, -3, 2**62, -(2**62), 2**63 - 1, -(2**63)]
for a in vals:
    row = []
    for b in vals:
        if b == 0:
            continue
        row.append((a // b, a % b, a + b, a - b, a * b))
    print(a, row[:3], row[-2:])

print(-(2**63) // -1, -(2**63) % -1, (2**63 - 1) + 1, -(2**63) - 1)
print(7 / 2, -7 / 2, 1 / 3, 2**53 / 3, (2**53 + 1) / 3, 10**17 / 7)
print(1.5 + 2, 2 - 0.5, 3 * 0.1, 0.1 * 3, 1 / 0.3, 2**60 + 0.5, 0.5 + 2**60)
x = 10
x //= -3
y = 10
y %= -3
z = 2.5
z += 1
w = 7
w /= 2
print(x, y, z, w)
for bad in [(1, 0), (1.0, 0), (1, 0.0), (0.0, 0.0)]:
    for op in ("/", "//", "%"):
        try:
            eval(f"{bad[0]!r} {op} {bad[1]!r}")
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
nan = float("nan")
print(nan < 1.0, nan > 1.0, nan == nan, nan != nan, nan <= nan, 1.0 >= nan)
print(-0.0 == 0.0, -0.0 < 0.0, 1e308 * 10 > 1e308, float("inf") > 1e308)
lst = [10, 20, 30]
print(lst[0], lst[-1], lst[-3], lst[2])
for i in (3, -4, 2**70):
    try:
        print(lst[i])
    except IndexError as e:
        print("IndexError", e)
total = 0
for i in range(2**62, 2**62 + 3):
    total += i
print(total)
for i in range(-(2**63), -(2**63) + 2):
    print(i)
items = [1, 2, 3]
seen = []
for v in items:
    seen.append(v)
    if v == 1:
        items.append(4)
print(seen)
it = iter([1])
print(list(it), list(it))
