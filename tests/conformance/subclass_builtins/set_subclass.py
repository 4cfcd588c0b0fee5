class Tags(set):
    def __init__(self, items=()):
        super().__init__(x * 1 for x in items)

    def add(self, x):
        print("Tags.add", x)
        super().add(x)

    def __repr__(self):
        return "Tags(%s)" % sorted(self)


t = Tags([3, 1, 2])
print(t, len(t))
t.add(7)
t.update([8, 9])
print(t)
print(2 in t, 5 in t)
u = t | {100}
print(type(u).__name__, sorted(u))
i = t & {1, 2, 50}
print(type(i).__name__, sorted(i))
print(isinstance(t, set), t == {1, 2, 3, 7, 8, 9})
print(t.issuperset({1, 2}), t <= {1, 2, 3, 7, 8, 9, 10})
t -= {1, 2}
print(type(t).__name__, t)
t.discard(3)
print(t)


class FrozenTags(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)

    def __repr__(self):
        return "FrozenTags%s" % (tuple(sorted(self)),)


f = FrozenTags(5, 3, 4)
print(f, len(f), 4 in f)
d = {f: "frozen key"}
print(d[frozenset({3, 4, 5})])
print(type(f | {1}).__name__)
