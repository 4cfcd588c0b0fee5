class Evens:
    def __contains__(self, x):
        print("__contains__", x)
        return isinstance(x, int) and x % 2 == 0


e = Evens()
print(4 in e, 5 in e, 5 not in e)
print("a" in e)


class Truthy:
    def __contains__(self, x):
        return "yes"


print(1 in Truthy(), 1 not in Truthy())


class IterOnly:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])


print(2 in IterOnly())
print(9 in IterOnly())


class GetItemOnly:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * 3


print(9 in GetItemOnly(), 10 in GetItemOnly())


class Nothing:
    pass


try:
    1 in Nothing()
except TypeError as e:
    print("TypeError:", e)


class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __contains__(self, x):
        return self.lo <= x < self.hi


r = Range(10, 20)
print([x for x in (5, 10, 15, 20) if x in r])
print(any(x in r for x in [1, 2, 19]))
