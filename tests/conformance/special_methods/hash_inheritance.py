class WithEq:
    def __eq__(self, o):
        return isinstance(o, WithEq)


class Hashable:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, Hashable) and self.v == o.v

    def __hash__(self):
        return hash(self.v)


class Child(WithEq):
    pass


try:
    hash(Child())
except TypeError as e:
    print("TypeError:", e)


class Child2(Hashable):
    def __eq__(self, o):
        return False


try:
    hash(Child2(1))
except TypeError as e:
    print("TypeError:", e)


class Child3(Hashable):
    pass


print(hash(Child3(7)))


class Plain:
    pass


p1, p2 = Plain(), Plain()
print(hash(p1) == hash(p1), p1 == p2)


class ExplicitNone:
    __hash__ = None


try:
    hash(ExplicitNone())
except TypeError as e:
    print("TypeError:", e)


class BadHash:
    def __hash__(self):
        return "x"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))


class Child4(Hashable):
    def __eq__(self, o):
        return True

    __hash__ = Hashable.__hash__


print(hash(Child4(3)), Child4(3) == "anything", len({Child4(1), Child4(1), Child4(2)}))
print(Hashable.__hash__ is not None, WithEq.__hash__, Child.__hash__, Child2.__hash__)
