class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("__index__", self.v)
        return self.v


data = list("abcdefgh")
print(data[Idx(2)])
print(data[Idx(1):Idx(4)])
print("xyz"[Idx(-1)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(list(range(Idx(3))))
print([0] * Idx(3))
print("ab" * Idx(2))
print(int(Idx(7)))
t = (1, 2, 3)
print(t[Idx(0)])
try:
    data[Idx(100)]
except IndexError as e:
    print("IndexError:", e)


class BadIdx:
    def __index__(self):
        return "no"


try:
    data[BadIdx()]
except TypeError as e:
    print("TypeError:", e)


class NoIdx:
    pass


try:
    data[NoIdx()]
except TypeError as e:
    print("TypeError:", e)
try:
    range(NoIdx())
except TypeError as e:
    print("TypeError:", e)
print(round(3.14159, Idx(2)))
