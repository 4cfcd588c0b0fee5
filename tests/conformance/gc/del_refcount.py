# __del__ runs as soon as the last reference goes: on del, on rebinding, when a container
# holding the object dies, when a function's local goes out of scope, and for every object
# of an acyclic chain in order. An exception raised in __del__ is reported on stderr
# ("Exception ignored in ...") and the program goes on.
import gc

gc.disable()


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = D("a")
print("before del")
del a
print("after del")

b = D("b1")
b = D("b2")
print("after rebind")
b = None
print("after None")

lst = [D("in list 0"), D("in list 1")]
print("clear list")
lst.clear()
print("list cleared")

# a dying list or tuple releases its items from the last to the first; a dict in insertion
# order
lst = [D("list item 0"), D("list item 1"), D("list item 2")]
del lst
print("list gone")
tup = (D("tuple item 0"), D("tuple item 1"), D("tuple item 2"))
del tup
print("tuple gone")
dct = {"k0": D("dict value 0"), "k1": D("dict value 1"), "k2": D("dict value 2")}
del dct
print("dict gone")

holder = {"x": D("in dict")}
print("del dict")
del holder
print("holder gone")


def scope():
    local = D("local")
    print("in function")


scope()
print("after function")


def returns():
    return D("returned")


returns()
print("after discarded return")
kept = returns()
print("kept", kept.name)
del kept


class Chain:
    def __init__(self, name, nxt):
        self.name = name
        self.next = nxt

    def __del__(self):
        print("chain del", self.name)


c = Chain("head", Chain("middle", Chain("tail", None)))
print("drop chain")
c = None
print("chain dropped")

# two references: only the second del finalizes
x = D("shared")
y = x
del x
print("one ref left")
del y
print("both gone")

# __del__ is called on the object, with its attributes still intact
class Inspect:
    def __init__(self):
        self.data = [1, 2, 3]

    def __del__(self):
        print("inspect sees", self.data, type(self).__name__)


Inspect()
print("temporary finalized")


class Bad:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("bad del", self.name)
        raise ValueError("error in __del__ of " + self.name)


bad = Bad("first")
del bad
print("program continues")
