sq = lambda x: x * x
print(sq(5), (lambda: "no args")(), (lambda a, b=10: a + b)(1), (lambda *a: a)(1, 2))
print((lambda **k: sorted(k))(b=1, a=2), (lambda a, *, b: a - b)(5, b=3))
pairs = [(1, "one"), (3, "three"), (2, "two"), (4, "four")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x ** 2, range(6))))
print(list(filter(lambda x: x % 3 == 0, range(20))))
adders = [lambda x, n=n: x + n for n in range(4)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(4)]
print([f(10) for f in late])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda x: (lambda y: x * y))(6)(7))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print(max(["apple", "fig", "banana"], key=lambda s: len(s)), min([3, -7, 5], key=lambda v: abs(v)))
