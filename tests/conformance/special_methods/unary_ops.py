class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)

    def __neg__(self):
        return V(-self.x, -self.y)

    def __pos__(self):
        print("__pos__ called")
        return V(+self.x, +self.y)

    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

    def __invert__(self):
        return V(self.y, self.x)


v = V(3, -4)
print(-v)
print(+v)
print(abs(v))
print(~v)
print(-(-v))
print(~~v)
print(abs(-v))
print(-V(0.5, 0))


class NoNeg:
    pass


for op, f in [("-", lambda o: -o), ("+", lambda o: +o), ("~", lambda o: ~o), ("abs", abs)]:
    try:
        f(NoNeg())
    except TypeError as e:
        print(op, "TypeError:", e)
