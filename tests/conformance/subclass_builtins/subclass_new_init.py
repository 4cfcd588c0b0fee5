class Labeled(int):
    def __new__(cls, value, label):
        print("__new__", value, label)
        obj = super().__new__(cls, value)
        obj.label = label
        return obj

    def __init__(self, value, label):
        print("__init__", value, label)

    def __repr__(self):
        return "%s:%d" % (self.label, self)


x = Labeled(7, "seven")
print(x, x + 1, x.label)
print(Labeled(2, "two") * Labeled(3, "three"))


class Words(list):
    def __init__(self, text):
        super().__init__(text.split())
        self.text = text


w = Words("the quick brown fox")
print(w, len(w), w.text)
print(w[::-1], " ".join(sorted(w)))


class Pos(float):
    def __new__(cls, v):
        if v < 0:
            v = -v
        return float.__new__(cls, v)


print(Pos(-3.5), Pos(2), type(Pos(1)).__name__)


class Name(str):
    def __new__(cls, first, last):
        self = str.__new__(cls, first + " " + last)
        self.first = first
        self.last = last
        return self

    def initials(self):
        return self.first[0] + self.last[0]


n = Name("Ada", "Lovelace")
print(n, n.initials(), n.upper(), len(n), n.split())


class Pairs(dict):
    def __init__(self, *pairs):
        super().__init__()
        for k, v in pairs:
            self[k] = v


print(Pairs(("a", 1), ("b", 2)))
print(type(Pairs()).__name__, Pairs() == {})
