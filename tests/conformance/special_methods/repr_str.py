class Both:
    def __repr__(self):
        return "Both<repr>"

    def __str__(self):
        return "Both<str>"


class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"


class StrOnly:
    def __str__(self):
        return "StrOnly as str"


b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {1: b})
print("%s %r" % (b, b))
print("{} {!r} {!s}".format(b, b, r))
print(f"{b} {b!r} {r}")
print(str(s))
print(repr(s).startswith("<__main__.StrOnly object"))


class Nested:
    def __init__(self, items):
        self.items = items

    def __repr__(self):
        return "Nested(%r)" % (self.items,)


print(Nested([1, "a", Nested([])]))
print(str(Nested(("x",))))


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)


class BadStr:
    def __str__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)


class Sub(Both):
    def __str__(self):
        return "Sub/" + super().__str__()


print(Sub(), repr(Sub()))
print(ascii(ReprOnly()))
