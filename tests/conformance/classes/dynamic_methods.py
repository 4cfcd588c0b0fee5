class Robot:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Robot(%s)" % self.name


r = Robot("r1")


def greet(self, other):
    return self.name + " greets " + other


Robot.greet = greet
print(r.greet("you"))
Robot.power = property(lambda self: len(self.name) * 10)
print(r.power)
Robot.make = classmethod(lambda cls, n: cls("made-" + n))
print(Robot.make("x"))
Robot.__repr__ = lambda self: "<" + self.name + ">"
print(r, [r])
del Robot.greet
print(hasattr(r, "greet"))
r.local = lambda: "instance lambda"
print(r.local())
print(hasattr(Robot, "local"))


class Base:
    def hi(self):
        return "base hi"


class Der(Base):
    pass


d = Der()
print(d.hi())
Base.hi = lambda self: "patched hi"
print(d.hi())
Der.hi = lambda self: "der hi"
print(d.hi(), Base().hi())
del Der.hi
print(d.hi())
del Base.hi
print(hasattr(d, "hi"), hasattr(Der, "hi"))
