a = list(range(10))
print(a[2:7], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[::-3], a[7:2:-2])
print(a[100:], a[-100:2], a[5:5], a[6:2], a[2:6:-1])
sl = slice(1, 8, 3)
print(sl, sl.start, sl.stop, sl.step, a[sl], slice(5), slice(None, None, -1))
print(sl.indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
t = tuple(a)
print(t[1:4], t[::-2], "abcdef"[1:-1:2])
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    a["x":]
except TypeError as e:
    print("TypeError:", e)
