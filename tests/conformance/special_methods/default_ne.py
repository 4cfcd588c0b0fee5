class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print("__eq__ called")
        return isinstance(o, OnlyEq) and self.v == o.v

    __hash__ = object.__hash__


a, b, c = OnlyEq(1), OnlyEq(1), OnlyEq(2)
print(a != b)
print(a != c)
print(a == b, not (a == c))


class OddEq:
    def __eq__(self, o):
        return "truthy string"

    def __repr__(self):
        return "OddEq()"


print(OddEq() == 1)
print(OddEq() != 1)


class NeOnly:
    def __ne__(self, o):
        return "custom ne"


x = NeOnly()
print(x != 1, x == x, x == NeOnly())


class EqNone:
    def __eq__(self, o):
        return NotImplemented


e = EqNone()
print(e == e, e != e, e == EqNone(), e != EqNone())
print([1, 2] != [1, 2], (1,) != (2,))
