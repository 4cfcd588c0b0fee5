class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return "Base.__add__"

    def __radd__(self, o):
        return "Base.__radd__"

    def __mul__(self, o):
        return "Base.__mul__"

    def __rmul__(self, o):
        return "Base.__rmul__"


class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__"


class Sub2(Base):
    pass


b, s, s2 = Base(1), Sub(2), Sub2(3)
print(b + s)
print(s + b)
print(b + s2)
print(b * s)
print(s * b)
print(1 + s, 1 * s)


class Left:
    def __add__(self, o):
        print("Left.__add__ returns NotImplemented")
        return NotImplemented


class Right:
    def __radd__(self, o):
        print("Right.__radd__")
        return "right wins"


print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print("TypeError:", e)


class MyInt(int):
    def __radd__(self, o):
        return "MyInt.__radd__(%r)" % o

    def __add__(self, o):
        return "MyInt.__add__(%r)" % o


print(5 + MyInt(1))
print(MyInt(1) + 5)
print(5.0 + MyInt(2))
