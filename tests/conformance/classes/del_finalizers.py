# __del__: run when the last reference goes (del, rebinding, a function's locals at return, an
# expression statement's value, attributes and dict values replaced), once even if resurrected,
# inherited, errors reported and ignored, and at exit for what the module still holds.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


a = Res("a")
del a
print("after del a")
b = Res("b")
b = None
print("after b = None")
b = Res("b2")
b = Res("b3")
print("after rebinding b")


def use():
    r = Res("local")
    print("in use")


use()
print("after use()")


def early():
    r = Res("early")
    r = None
    print("after r = None in early")


early()
Res("temporary")
print("after temporary")


class Holder:
    def __init__(self):
        self.inner = Res("inner")

    def __del__(self):
        print("holder gone, inner still", self.inner.name)


h = Holder()
del h
print("after del h")


class Child(Res):
    pass


c = Child("child")
c = 1
print("after child")

saved = []


class Phoenix:
    def __del__(self):
        print("phoenix __del__")
        saved.append(self)


p = Phoenix()
del p
print("saved", len(saved))
saved.clear()
print("cleared")


class Broken:
    def __del__(self):
        raise ValueError("in __del__")


x = Broken()
del x
print("after broken")

d = {"k": Res("in dict")}
d["k"] = 0
print("after dict store")


class Box:
    pass


bx = Box()
bx.item = Res("attr")
bx.item = None
print("after attr store")
del bx
keep1 = Res("kept1")
keep2 = Res("kept2")
_private = Res("private")
print("end of program")
