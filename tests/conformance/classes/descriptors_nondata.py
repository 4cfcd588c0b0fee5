class Lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, cls):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        return 3 * self.r * self.r

    @Lazy
    def label(self):
        return "circle-%d" % self.r


c = Circle(2)
print(c.area)
print(c.area)
print(c.label, c.label)
c.area = 0
print(c.area)
del c.area
print(c.area)
print(type(Circle.area).__name__)


class Const:
    def __init__(self, v):
        self.v = v

    def __get__(self, obj, cls):
        return self.v


class K:
    x = Const(42)


k = K()
print(k.x, K.x)
k.x = "instance wins"
print(k.x, K.x)
del k.x
print(k.x)


class Rev:
    def __get__(self, obj, cls=None):
        return "get(%s, %s)" % ("obj" if obj is not None else None, cls.__name__)


class H:
    r = Rev()


print(H.r)
print(H().r)
print(H.__dict__["r"].__get__(None, H))
