class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, *rest, scale=1, **kw):
        self.calls += 1
        return (self.n + x + sum(rest)) * scale, sorted(kw)


add5 = Adder(5)
print(add5(1))
print(add5(1, 2, 3))
print(add5(1, scale=10, z=1, a=2))
print(add5.calls)
print(callable(add5), callable(Adder), callable(5))
print(list(map(Adder(100), [1, 2])))


class Compose:
    def __init__(self, *fns):
        self.fns = fns

    def __call__(self, x):
        for f in reversed(self.fns):
            x = f(x)
        return x


inc = lambda v: v + 1
dbl = lambda v: v * 2
print(Compose(inc, dbl)(5), Compose(dbl, inc)(5))
print(Compose(str, abs, Compose(inc, inc))(-10))


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache))
print(type(fib).__name__)


class NotCallable:
    pass


o = NotCallable()
o.__call__ = lambda: "instance attr is ignored"
try:
    o()
except TypeError as e:
    print("TypeError:", e)
