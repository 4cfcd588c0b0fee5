class Celsius(int):
    def __new__(cls, v):
        if v < -273:
            raise ValueError("below absolute zero")
        return super().__new__(cls, v)

    def __repr__(self):
        return "%dC" % int(self)

    def __add__(self, o):
        return Celsius(int(self) + int(o))

    def to_f(self):
        return self * 9 // 5 + 32


c = Celsius(25)
print(c, repr(c), c + 5, type(c + 5).__name__)
print(c * 2, type(c * 2).__name__)
print(5 + c, type(5 + c).__name__)
print(c.to_f(), c > 20, c == 25, hash(c) == hash(25))
print(isinstance(c, int), [c, Celsius(0)])
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)
print(sorted([Celsius(30), Celsius(-5), Celsius(12)]))
print(str(c), f"{c:05d}", "%d" % c, int(c))


class Flags(int):
    names = {1: "READ", 2: "WRITE", 4: "EXEC"}

    def __or__(self, o):
        return Flags(int(self) | int(o))

    def __str__(self):
        return "|".join(n for b, n in sorted(self.names.items()) if self & b) or "NONE"


r, w, x = Flags(1), Flags(2), Flags(4)
print(r | w, r | w | x, Flags(0), Flags(6))
print(type(r | w).__name__, int(r | x))


class Bool2(int):
    def __bool__(self):
        return int(self) > 10


print(bool(Bool2(5)), bool(Bool2(11)), bool(Bool2(0)))
print(Bool2(5).bit_length(), Bool2(255).to_bytes(1, "big"))
print(divmod(Celsius(17), 5), Celsius(7) // 2)
