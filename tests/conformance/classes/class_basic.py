class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


p = Point(3, 4)
print(p.x, p.y)
print(p.norm2())
q = p.moved(1, -1)
print(q.x, q.y, q.norm2())
print(p.x, p.y)
print(type(p) is Point)
print(isinstance(q, Point))
print(type(p).__name__)
p.x = 10
print(p.norm2())
p.z = 99
print(p.z)
print(sorted(p.__dict__.items()))
print(Point)
print(type(Point))
print(Point.norm2(q))
