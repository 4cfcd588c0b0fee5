class M:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "M(%r)" % (self.v,)

    def _val(self, o):
        return o.v if isinstance(o, M) else o

    def __add__(self, o): return M(self.v + self._val(o))
    def __sub__(self, o): return M(self.v - self._val(o))
    def __mul__(self, o): return M(self.v * self._val(o))
    def __truediv__(self, o): return M(self.v / self._val(o))
    def __floordiv__(self, o): return M(self.v // self._val(o))
    def __mod__(self, o): return M(self.v % self._val(o))
    def __pow__(self, o, mod=None):
        if mod is None:
            return M(self.v ** self._val(o))
        return M(pow(self.v, self._val(o), mod))
    def __divmod__(self, o):
        q, r = divmod(self.v, self._val(o))
        return (M(q), M(r))
    def __matmul__(self, o): return "matmul(%r, %r)" % (self, o)


a, b = M(17), M(5)
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(a ** 2, pow(a, 2, 10), pow(a, b))
print(divmod(a, b))
print(a + 1, a * 2.5)
print(a @ b)
print(a + b * M(2) - 1)
x = a
x += b
print(x, a, x is a)
x -= 2
print(x)
x **= 2
print(x)
x //= 7
print(x)
x %= 3
print(x)
x /= 4
print(x)
x @= 1
print(x)
