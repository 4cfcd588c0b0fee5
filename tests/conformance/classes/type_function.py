class A:
    pass


values = [1, 1.5, "s", [1], (1,), {1: 2}, {1}, None, True, A(), A, type, b"x", range(3)]
for v in values:
    print(type(v).__name__, type(v))
print(type(type(1)) is type)
print(type(A()) == A)
print(type(True) is bool, type(True) is int)
print(isinstance(True, int))
print(type(1)(7.9), type("x")(12), type([])("ab"))


def make(base):
    return type(base)


print(make(3) is int)
try:
    type()
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
