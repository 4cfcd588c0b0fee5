class Meters:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        print("__int__")
        return int(self.v)

    def __float__(self):
        print("__float__")
        return float(self.v)

    def __complex__(self):
        return complex(self.v, 0)

    def __round__(self, nd=None):
        return "round(%r, %r)" % (self.v, nd)

    def __trunc__(self):
        return "trunc"


m = Meters(3.75)
print(int(m))
print(float(m))
print(complex(m))
print(round(m), round(m, 1))


class OnlyIndex:
    def __index__(self):
        return 9


print(int(OnlyIndex()), float(OnlyIndex()))


class BadInt:
    def __int__(self):
        return "seven"


try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)


class BadFloat:
    def __float__(self):
        return 1


try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)


class Nothing:
    pass


try:
    int(Nothing())
except TypeError as e:
    print("TypeError:", e)
try:
    float(Nothing())
except TypeError as e:
    print("TypeError:", e)
