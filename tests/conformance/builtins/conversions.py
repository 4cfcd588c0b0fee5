print(int("12"), int(12.9), int("-0x10", 16), float("2.5"), float(3), bool(""), bool("0"))
print(list("ab"), list((1, 2)), list(range(3)), list({"k": 1}), list(b"hi"))
print(tuple([1, 2]), tuple("ab"), tuple({1: 2}))
print(dict([("a", 1), ("b", 2)]), dict(x=1), dict({"c": 3}, d=4), dict(zip([1, 2], [3, 4])))
print(set([1, 2, 2, 3]), set(range(4)), frozenset([3, 3, 1]), set())
print(str(1), str(1.0), str([]), str(None), repr("x"), str(b"x"))
print(type(1).__name__, type(1.0).__name__, type("").__name__, type([]).__name__, type(()).__name__,
      type({}).__name__, type(set()).__name__, type(None).__name__, type(True).__name__, type(range(1)).__name__,
      type(b"").__name__, type(bytearray()).__name__, type(len).__name__, type(lambda: 0).__name__,
      type(x for x in []).__name__, type(type).__name__, type(iter([])).__name__, type(slice(1)).__name__)
print(type(3) == int, type("") is str, type(type(3)) is type)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
