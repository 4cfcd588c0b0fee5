class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        print("__iter__")
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


for n in Countdown(3):
    print(n)
print(list(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
try:
    next(c)
except StopIteration:
    print("StopIteration")


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = 0
        while i < self.n:
            yield i * i
            i += 1


r = Range2(5)
print(list(r), list(r))
print(sum(r), max(r), sorted(r, reverse=True))
a, b, *rest = Range2(5)
print(a, b, rest)
print(dict(zip(Range2(3), "abc")))
print([x for x in Range2(4) if x % 2 == 0])
it = iter(Range2(2))
print(type(it).__name__, next(it), next(it))


class SeqOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "item%d" % i


print(list(SeqOnly()))
for s in SeqOnly():
    print(s)
print("item1" in SeqOnly(), "item5" in SeqOnly())


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
