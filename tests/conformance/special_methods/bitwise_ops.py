class Bits:
    def __init__(self, v, width=8):
        self.v = v & ((1 << width) - 1)
        self.width = width

    def __repr__(self):
        return "Bits(" + format(self.v, "0%db" % self.width) + ")"

    def _o(self, o):
        return o.v if isinstance(o, Bits) else o

    def __and__(self, o): return Bits(self.v & self._o(o), self.width)
    def __or__(self, o): return Bits(self.v | self._o(o), self.width)
    def __xor__(self, o): return Bits(self.v ^ self._o(o), self.width)
    def __lshift__(self, n): return Bits(self.v << n, self.width)
    def __rshift__(self, n): return Bits(self.v >> n, self.width)
    def __invert__(self): return Bits(~self.v, self.width)
    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__

    def __ixor__(self, o):
        self.v ^= self._o(o)
        return self


a = Bits(0b11001010)
b = Bits(0b10101100)
print(a & b)
print(a | b)
print(a ^ b)
print(~a)
print(a << 3)
print(a >> 3)
print(0b1111 & a, 0b1 | a, 0xFF ^ a)
a ^= 0b11110000
print(a)
print(~Bits(0, 4), Bits(5, 4) << 2)
