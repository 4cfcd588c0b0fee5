# bench: default=100000 quick=1000
"""Class instantiation and method calls (an object-oriented workload): a small shape
hierarchy with __init__ chains through super(), properties, class and static methods,
special methods (__eq__, __lt__, __hash__, __repr__, __iter__), and dynamic dispatch over
mixed lists.

Usage: classes.py [OBJECTS]
"""

import sys


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area2(self):
        """Twice the area, kept integral."""
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return "%s(area2=%d, perimeter=%d)" % (self.name, self.area2(), self.perimeter())

    def __lt__(self, other):
        return (self.area2(), self.perimeter()) < (other.area2(), other.perimeter())

    def __eq__(self, other):
        return type(self) is type(other) and self.key() == other.key()

    def __hash__(self):
        return hash(self.key())


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def key(self):
        return (self.w, self.h)

    def area2(self):
        return 2 * self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    @classmethod
    def square(cls, side):
        return cls(side, side)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    @property
    def side(self):
        return self.w

    @side.setter
    def side(self, v):
        self.w = self.h = v


class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__("triangle")
        self.a, self.b, self.c = sorted((a, b, c))

    def key(self):
        return (self.a, self.b, self.c)

    @staticmethod
    def right(a, b, c):
        return a * a + b * b == c * c

    def area2(self):
        # Only right triangles have an integral doubled area here; others use a bound.
        if Triangle.right(self.a, self.b, self.c):
            return self.a * self.b
        return self.a * self.b // 2

    def perimeter(self):
        return self.a + self.b + self.c


class Polygon(Shape):
    def __init__(self, points):
        super().__init__("polygon")
        self.points = tuple(points)

    def key(self):
        return self.points

    def __iter__(self):
        return iter(self.points)

    def edges(self):
        pts = self.points
        for i in range(len(pts)):
            yield pts[i], pts[(i + 1) % len(pts)]

    def area2(self):
        # The shoelace formula gives twice the signed area.
        return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in self.edges()))

    def perimeter(self):
        # Manhattan perimeter keeps everything in integers.
        return sum(abs(x2 - x1) + abs(y2 - y1) for (x1, y1), (x2, y2) in self.edges())

    def __repr__(self):
        return "Polygon(%r)" % (self.points,)


def make(i):
    k = i % 5
    if k == 0:
        return Rect(i % 7 + 1, i % 11 + 1)
    if k == 1:
        s = Square(i % 9 + 1)
        s.side = s.side + 1
        return s
    if k == 2:
        return Rect.square(i % 6 + 2)
    if k == 3:
        return Triangle(3 * (i % 4 + 1), 4 * (i % 4 + 1), 5 * (i % 4 + 1)) if i % 2 else \
            Triangle(i % 5 + 2, i % 7 + 3, i % 3 + 4)
    return Polygon([(0, 0), (i % 8 + 1, 0), (i % 8 + 1, i % 5 + 1), (0, i % 3 + 1)])


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    shapes = [make(i) for i in range(n)]
    area = sum(s.area2() for s in shapes)
    perim = 0
    for s in shapes:
        perim += s.perimeter()
    distinct = len(set(shapes))
    kinds = {}
    for s in shapes:
        kinds[s.name] = kinds.get(s.name, 0) + 1
    smallest = min(shapes)
    largest = max(shapes)
    ordered = sorted(shapes[:2000])
    print("shapes", Shape.count, "area2", area, "perimeter", perim, "distinct", distinct)
    print("kinds", sorted(kinds.items()))
    print("smallest", smallest.describe(), "largest", largest.describe())
    print("first sorted", ordered[0].describe(), "last sorted", ordered[-1].describe())
    print(repr(shapes[4]), list(shapes[4])[:2], isinstance(shapes[1], Rect),
          issubclass(Square, Shape), Square.__mro__[1].__name__)


main()
