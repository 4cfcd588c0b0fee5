class L:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "L%d" % self.n

    def __lt__(self, o):
        print("%r.__lt__(%r)" % (self, o))
        return NotImplemented

    def __eq__(self, o):
        print("%r.__eq__(%r)" % (self, o))
        return NotImplemented


class G:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "G%d" % self.n

    def __gt__(self, o):
        print("%r.__gt__(%r)" % (self, o))
        return True

    def __eq__(self, o):
        print("%r.__eq__(%r)" % (self, o))
        return "G-eq"


print(L(1) < G(2))
print(G(2) > L(1))
print(L(1) == G(2))
print(L(1) != G(2))
print(L(1) == L(1))
a = L(3)
print(a == a)
print(L(4) != L(5))


class SubG(G):
    def __lt__(self, o):
        print("SubG.__lt__")
        return "sub-lt"


print(G(1) > SubG(2))
print(5 < G(7))
try:
    5 > G(7)
except TypeError as e:
    print("TypeError:", e)
try:
    L(1) < L(2)
except TypeError as e:
    print("TypeError:", e)
