import random

for seed in [0, 1, 42, -42, 2**100 + 7, -(2**64), 12345678901234567890, 3.5, "hello", b"bytes", bytearray(b"ba"), "", "\u00e9t\u00e9"]:
    r = random.Random(seed)
    print(repr(seed), [repr(r.random()) for _ in range(3)], r.getrandbits(7), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100))

r = random.Random(7)
print([r.randrange(10) for _ in range(10)])
print([r.randint(-5, 5) for _ in range(10)])
print([r.randrange(0, 100, 7) for _ in range(5)], [r.randrange(50, 0, -3) for _ in range(5)])
print(r.randrange(2**200), r.randrange(-2**70, 2**70))
print(r.choice("abcdef"), r.choice([1, 2, 3]), r.choice(range(1000)))
lst = list(range(20)); r.shuffle(lst); print(lst)
print(r.sample(range(100), 10), r.sample(range(1000000), 7), r.sample("abcdefg", 7))
print(r.sample(["a", "b"], counts=[3, 2], k=4))
print(r.choices("abc", k=5), r.choices("abc", [1, 0, 5], k=5), r.choices("abc", cum_weights=[1, 2, 10], k=5))
print(r.randbytes(5), r.randbytes(0), r.getrandbits(0))
print(repr(r.uniform(1, 3)), repr(r.uniform(-2.5, 10)))
print(repr(r.paretovariate(2.0)))

st = r.getstate()
print(type(st), len(st), st[0], len(st[1]), st[2])
a = [r.random() for _ in range(5)]
r.setstate(st)
print(a == [r.random() for _ in range(5)])

r.seed(99)
x = r.random()
random.seed(99)
print(x == random.random())
print(random.Random().random() != random.Random().random())

class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(3)
print(m._randbelow.__name__, m.randrange(10), m.choice("abc"))

class Bits(random.Random):
    def getrandbits(self, k):
        return 1
print(Bits(1).randrange(10))

for bad in [lambda: r.randrange(0), lambda: r.randrange(5, 5), lambda: r.randrange(0, 10, 0),
            lambda: r.randrange(10, 0, 2), lambda: r.choice([]), lambda: r.sample(range(3), 4),
            lambda: r.getrandbits(-1), lambda: r.seed([1]),
            lambda: r.randrange(0, 10, step=None), lambda: r.setstate((1, (), None)),
            lambda: r.setstate((3, (1, 2), None)), lambda: r.sample({1, 2}, 1),
            lambda: r.choices("ab", [1, 1], cum_weights=[1, 2]), lambda: r.choices("ab", [0, 0]),
            lambda: r.choices("ab", [1]), lambda: r.choices("ab", 2),
            lambda: r.sample("ab", 1, counts=[1]), lambda: r.sample("ab", 1, counts=[0, 0]),
            lambda: random.Random().setstate((3, tuple([0] * 624 + [625]), None)),
            lambda: random.SystemRandom().getstate()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
s = random.SystemRandom()
print(0 <= s.random() < 1, 0 <= s.getrandbits(10) < 1024, len(s.randbytes(4)), 0 <= s.randrange(5) < 5)
