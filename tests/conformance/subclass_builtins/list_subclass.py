class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__()
        for it in items:
            self.append(it)

    def append(self, item):
        if not isinstance(item, self.kind):
            raise TypeError("expected %s, got %s" % (self.kind.__name__, type(item).__name__))
        super().append(item)

    def total(self):
        return sum(self)


t = TypedList(int, [3, 1, 2])
print(t, len(t), t.total())
t.append(10)
try:
    t.append("x")
except TypeError as e:
    print("TypeError:", e)
t.extend(["bypass"])
print(t)
t.pop()
t.sort()
print(t, t[1:3], type(t[1:3]).__name__)
print(isinstance(t, list), type(t).__name__, t.kind.__name__)
print(t == [1, 2, 3, 10], t + [0], type(t + [0]).__name__)
print(sorted(t, reverse=True), 3 in t, t.index(10))


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]

    def __repr__(self):
        return "Stack" + super().__repr__()


s = Stack()
s.push(1).push(2).push(3)
print(s, s.peek(), s.pop(), s)
print(len(s), bool(Stack()), list(reversed(s)))
s2 = Stack([9, 8])
s2 += [7]
print(s2, type(s2).__name__)
print(s2 * 2, type(s2 * 2).__name__)
print(str(s2))
print(Stack.__mro__)
