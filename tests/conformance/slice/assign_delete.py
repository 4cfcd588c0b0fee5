a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = [100]
print(a)
a[1:3] = []
print(a)
a[::2] = "ABCDE"
print(a)
a[::-3] = [0, 0, 0, 0]
print(a)
del a[::2]
print(a)
del a[1:3]
print(a)
del a[:]
print(a)
b = list(range(8))
b[2:6] = range(3)
print(b)
b[5:2] = [9]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    b[::-1] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    b[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
c = list(range(10))
del c[::-2]
print(c)
c[1:1] = [7, 7, 7]
print(c)
c[-2:] = c[:2]
print(c)
c[:] = c[::-1]
print(c)
ba = bytearray(b"abcdef")
ba[::2] = b"XYZ"
del ba[:1]
print(ba)
