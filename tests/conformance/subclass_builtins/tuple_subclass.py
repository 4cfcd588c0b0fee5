class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])

    def __repr__(self):
        return "Point(x=%r, y=%r)" % self


p = Point(1, 2)
q = p + Point(10, 20)
print(p, q, q.x, q.y)
print(len(p), p[0], list(p), tuple(p))
x, y = q
print(x, y)
print(p == (1, 2), hash(p) == hash((1, 2)))
print({p: "pt"}[(1, 2)])
print(isinstance(p, tuple), type(p).__name__)
p.z = 5
print(p.z, p.__dict__)
print(sorted([Point(3, 1), Point(1, 5), Point(1, 2)]))
print(p[::-1], type(p[::-1]).__name__)
print(p * 2, type(p * 2).__name__)


class Pair(tuple):
    __slots__ = ()

    def swap(self):
        return type(self)((self[1], self[0]))


pr = Pair(("a", "b"))
try:
    pr.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(pr, pr.swap(), type(pr.swap()).__name__)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
