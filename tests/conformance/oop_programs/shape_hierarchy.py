class AbstractMethodError(TypeError):
    pass

def abstract(func):
    func.is_abstract = True
    return func

class Abstract:
    def __new__(cls, *args, **kwargs):
        names = set()
        for klass in cls.__mro__:
            names.update(klass.__dict__)
        missing = sorted(name for name in names
                         if getattr(getattr(cls, name), "is_abstract", False))
        if missing:
            raise AbstractMethodError("Can't instantiate %s with abstract methods %s"
                                      % (cls.__name__, ", ".join(missing)))
        return super().__new__(cls)

class Shape(Abstract):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @abstract
    def area(self):
        raise NotImplementedError

    @abstract
    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return "%s %s: area=%.2f perimeter=%.2f" % (type(self).__name__, self.name,
                                                   self.area(), self.perimeter())

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.name)

class Polygon(Shape):
    def __init__(self, name, *sides):
        super().__init__(name)
        self.sides = sides

    def perimeter(self):
        return sum(self.sides)

class Rectangle(Polygon):
    def __init__(self, name, w, h):
        super().__init__(name, w, h, w, h)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

class Square(Rectangle):
    def __init__(self, name, side):
        super().__init__(name, side, side)

class Triangle(Polygon):
    def area(self):
        a, b, c = self.sides
        s = (a + b + c) / 2
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5

class Circle(Shape):
    PI = 3.14159

    def __init__(self, name, r):
        super().__init__(name)
        self.r = r

    def area(self):
        return self.PI * self.r ** 2

    def perimeter(self):
        return 2 * self.PI * self.r

for cls, args in [(Shape, ("s",)), (Polygon, ("p", 1, 2, 3))]:
    try:
        cls(*args)
    except AbstractMethodError as e:
        print(type(e).__name__, e, isinstance(e, TypeError))
shapes = [Rectangle("r1", 3, 4), Square("sq", 2), Triangle("t", 3, 4, 5), Circle("c", 1.5)]
for s in shapes:
    print(s.describe())
print(sorted(shapes))
print(max(shapes), min(shapes))
print(Shape.count)
print([type(s).__mro__[1].__name__ for s in shapes])
print(isinstance(shapes[1], Rectangle), issubclass(Square, Polygon), issubclass(Circle, Polygon))
total = 0
for s in shapes:
    if isinstance(s, Polygon):
        total += len(s.sides)
print("total polygon sides", total)
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__bases__[0].__name__, []).append(s.name)
print(sorted(by_kind.items()))
