tests = [
    "a, b = 1, 2, 3",
    "a, b, c = 1, 2",
    "a, b = 1",
    "a, = []",
    "a, *b, c = [1]",
    "(a, b), c = [1, 2], 3",
    "a, b = 'xyz'",
    "a, b = {1: 2}",
    "a, *b = 5",
]
for src in tests:
    try:
        exec(src)
        print(src, "ok")
    except (ValueError, TypeError) as e:
        print(src, "->", type(e).__name__ + ":", e)
def gen():
    yield 1
    yield 2
    yield 3
try:
    a, b = gen()
except ValueError as e:
    print("gen ->", e)
a, b, c = gen()
print(a, b, c)
x, y = 1, [1, 2, 3]
print("about to fail")
p, q = y
