class Base:
    def __init__(self, value):
        self.value = value
        print("Base.__init__", value)

    def greet(self):
        return "base greet " + str(self.value)

    @classmethod
    def make(cls, v):
        print("Base.make for", cls.__name__)
        return cls(v)


class Child(Base):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra
        print("Child.__init__", extra)

    def greet(self):
        return "child(" + super().greet() + ")"

    @classmethod
    def make(cls, v):
        obj = super().make(v * 2)
        return obj


class GrandChild(Child):
    def __init__(self, value):
        super().__init__(value, "gc")

    def greet(self):
        return "grand[" + super().greet() + "]"


c = Child(1, "x")
print(c.greet())
g = GrandChild(5)
print(g.greet())
print(g.value, g.extra)
try:
    Child.make(3)
except TypeError as e:
    print("TypeError:", e)


class Simple(Base):
    @classmethod
    def make(cls, v):
        return super().make(v + 100)


s = Simple.make(1)
print(type(s).__name__, s.value)
