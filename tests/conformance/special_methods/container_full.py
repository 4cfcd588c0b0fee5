class SortedList:
    def __init__(self, items=()):
        self._d = sorted(items)

    def add(self, x):
        lo, hi = 0, len(self._d)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._d[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        self._d.insert(lo, x)

    def __len__(self):
        return len(self._d)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return SortedList(self._d[i])
        return self._d[i]

    def __delitem__(self, i):
        del self._d[i]

    def __contains__(self, x):
        return x in self._d

    def __iter__(self):
        return iter(self._d)

    def __reversed__(self):
        return reversed(self._d)

    def __eq__(self, o):
        return isinstance(o, SortedList) and self._d == o._d

    def __add__(self, o):
        return SortedList(self._d + list(o))

    def __repr__(self):
        return "SortedList(%r)" % self._d

    __hash__ = None


s = SortedList([5, 1, 4])
for x in [3, 9, 0, 4]:
    s.add(x)
print(s, len(s))
print(s[0], s[-1], s[2:5])
print(4 in s, 7 in s)
print(list(reversed(s)))
del s[0]
print(s)
print(s + [2, 8])
print(s == SortedList([9, 5, 4, 4, 3, 1]), s == [1, 3])
print(sum(s), min(s), sorted(s, reverse=True)[:2])
print(bool(SortedList()), bool(s))
print([i for i in s if i % 2])
try:
    {s: 1}
except TypeError as e:
    print("TypeError:", e)
