class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = s.split("-")
        return cls(int(y), int(m), int(d))

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)


class MyDate(Date):
    created = 0


print(Date.from_string("2020-02-29"))
print(MyDate.from_string("1999-12-31"))
print(Date.created, MyDate.created)
print(Date.is_leap(2000), Date.is_leap(1900), Date.is_leap(2024))
d = Date(2001, 1, 1)
print(d.is_leap(2001), d.from_string("2002-3-4"))
print(MyDate.is_leap(2004))
print(Date.created)
print(type(Date.__dict__["from_string"]).__name__)
print(type(Date.__dict__["is_leap"]).__name__)
print(Date.__dict__["is_leap"].__func__(1600))
cm = Date.__dict__["from_string"]
print(cm.__get__(None, MyDate)("10-1-1"))


def plain(x):
    return x * 2


class Holder:
    f = staticmethod(plain)
    g = classmethod(lambda cls, x: cls.__name__ + str(x))


print(Holder.f(4), Holder().f(5))
print(Holder.g(1), Holder().g(2))
