class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "P(%r, %r)" % (self.x, self.y)


p = P(1, 2)
print(p)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
print(P.__slots__)
del p.y
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p)


class Q(P):
    __slots__ = ("z",)


q = Q(1, 2)
q.z = 3
print(q.x, q.y, q.z)
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError:", e)


class R(P):
    pass


r = R(4, 5)
r.extra = 6
print(r.extra, sorted(r.__dict__))


class S:
    __slots__ = ["a", "__dict__"]


s = S()
s.a = 1
s.b = 2
print(s.a, s.__dict__)
print(type(P.__dict__["x"]).__name__)
