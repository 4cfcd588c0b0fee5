print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False) == hash(0.0))
print(hash(5), hash(-1) == hash(-2), hash(2 ** 61 - 1), hash(10 ** 20) == hash(10 ** 20), hash(()) == hash(()))
print(hash(1.5) == hash(1.5), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len({1, 1.0, True}))
print(repr("s"), repr(1), repr(1.0), repr([1, "a"]), repr((1,)), repr(None), repr(b"b"))
print(str("s"), str(1), str(1.0), str([1, "a"]), str(b"b"))
for bad in [[], {}, set()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
