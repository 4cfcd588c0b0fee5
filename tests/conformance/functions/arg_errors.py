def two(a, b):
    return a + b
def kw(a, *, b):
    return a
def dflt(a, b=1, c=2):
    return a
def po(a, /, b):
    return a
def zero():
    return 0
def one(x):
    return x
calls = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, c=2),
    lambda: two(1, 2, b=3),
    lambda: two(1, a=2),
    lambda: kw(1, 2),
    lambda: kw(1),
    lambda: dflt(),
    lambda: dflt(1, 2, 3, 4),
    lambda: po(a=1, b=2),
    lambda: zero(1),
    lambda: one(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(),
    lambda: two(**{"a": 1, "b": 2, "c": 3}),
    lambda: two(*[1], *[2], *[3]),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
