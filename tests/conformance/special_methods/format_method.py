class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        print("__format__ spec=%r" % spec)
        if spec == "":
            return str(self)
        if spec == "short":
            return "$%d" % (self.cents // 100)
        if spec.startswith("w"):
            return ("$%d.%02d" % divmod(self.cents, 100)).rjust(int(spec[1:]), ".")
        raise ValueError("bad spec " + spec)

    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)


m = Money(12345)
print(format(m))
print(format(m, "short"))
print("{:short} and {:w12}".format(m, m))
print(f"{m} / {m:short} / {m:w10}")
print("{0!s:>12}|".format(m))
try:
    format(m, "zzz")
except ValueError as e:
    print("ValueError:", e)


class Inherit:
    def __str__(self):
        return "inherit-str"


print(format(Inherit()), f"{Inherit()}")
try:
    f"{Inherit():>10}"
except TypeError as e:
    print("TypeError:", e)


class Wrong:
    def __format__(self, spec):
        return 5


try:
    format(Wrong(), "")
except TypeError as e:
    print("TypeError:", e)


class Num(int):
    def __format__(self, spec):
        return "Num[" + int.__format__(self, spec) + "]"


print(f"{Num(255):x} {Num(7):>4}")
print("%d %s" % (Num(3), Num(4)))
