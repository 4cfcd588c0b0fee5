x = 5
print(1 < x < 10, 1 < x > 10, 5 <= x <= 5, 1 < 2 < 3 < 4 < 5, 1 < 3 < 2 < 4)
print(1 == 1 == 1, 1 == 1 != 2, 0 < x != 5, x == 5 == 5.0)
calls = []
def val(v):
    calls.append(v)
    return v
print(val(1) < val(0) < val(2), calls)
calls.clear()
print(val(1) < val(2) < val(3), calls)
z = None
w = 1
print(1 < 2 > 0 == 0 != z, 0 < w is not z)
print([] == [] is not None, 2 in [1, 2] in [[1, 2]])
print("a" < "b" < "c", "c" > "b" > "b")
