def gen():
    yield 1
    yield 2
    raise KeyError("from generator")
for v in gen():
    print("value", v)
