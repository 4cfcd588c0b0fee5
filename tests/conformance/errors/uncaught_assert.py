x = 5
assert x == 5, "this passes"
print("first assert ok")
assert x > 10, "x must exceed 10, got " + str(x)
