# __del__ order: list and tuple items last to first, dict values in order, chains of owners,
# __del__ assigned to a class or a base after instances exist, slotted and int-subclass
# instances, objects alive at sys.exit.
import sys


class R:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


items = [R(i) for i in range(3)]
items = None
print("after list")
pair = (R("t0"), R("t1"))
del pair
print("after tuple")
m = {"a": R("da"), "b": R("db")}
del m
print("after dict")


class Late:
    pass


x = Late()
Late.__del__ = lambda self: print("late __del__")
del x
print("after late")


class Base:
    pass


class Sub(Base):
    pass


s = Sub()
Base.__del__ = lambda self: print("inherited late __del__")
s = None
print("after sub")


def gen():
    r = R("in generator")
    yield 1
    yield 2


g = gen()
next(g)
del g
print("after generator")

try:
    tmp = R("in try")
    raise KeyError("k")
except KeyError:
    del tmp
    print("handled")

chain = R("chain-head")
chain.next = R("chain-next")
chain.next.next = R("chain-tail")
chain = None
print("after chain")


class Slotted:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __del__(self):
        print("slotted del", self.v)


sl = Slotted(5)
sl = None


class IntSub(int):
    def __del__(self):
        print("intsub del", int(self))


n = IntSub(7)
n = None
print("before exit")
survivor = R("survivor")
sys.exit(3)
