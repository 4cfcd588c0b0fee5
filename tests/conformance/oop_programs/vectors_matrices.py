class Vec:
    __slots__ = ("c",)

    def __init__(self, *c):
        self.c = tuple(c)
    def __len__(self):
        return len(self.c)
    def __iter__(self):
        return iter(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def _zip(self, o):
        if not isinstance(o, Vec) or len(o) != len(self):
            raise ValueError("dimension mismatch")
        return zip(self.c, o.c)
    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(*(a + b for a, b in self._zip(o)))
    def __sub__(self, o):
        return self + (-o)
    def __neg__(self):
        return Vec(*(-a for a in self.c))
    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in self._zip(k))
        if isinstance(k, (int, float)):
            return Vec(*(a * k for a in self.c))
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, o):
        if len(self) != 3:
            raise ValueError("cross product needs 3D")
        a, b = self.c, o.c
        return Vec(a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])
    def __abs__(self):
        return (self * self) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __hash__(self):
        return hash(self.c)
    def __bool__(self):
        return any(self.c)
    def __repr__(self):
        return "Vec" + repr(self.c)

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def transpose(self):
        return Matrix(zip(*self.rows))
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[a * o for a in r] for r in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, o):
        if isinstance(o, Vec):
            return Vec(*(sum(a * b for a, b in zip(r, o)) for r in self.rows))
        if self.m != o.n:
            raise ValueError("shape mismatch %dx%d @ %dx%d" % (self.n, self.m, o.n, o.m))
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __repr__(self):
        return "Matrix(%r)" % (self.rows,)
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(str(x).rjust(w) for x in r) + "]" for r in self.rows)

v, w = Vec(1, 2, 3), Vec(4, 5, 6)
print(v + w, v - w, -v, v * 2, 3 * v, v * w)
print(v @ w, w @ v, abs(Vec(3, 4)), bool(Vec(0, 0)), bool(v))
print(v == Vec(1, 2, 3), v != w, len({v, Vec(1, 2, 3), w}))
try:
    v + Vec(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
x, y, z = v
print(x, y, z, list(reversed(v)), max(w))
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B)
print(A + B, A * 2 == 2 * A)
print(A.transpose())
print(A @ Vec(1, 1))
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib[0, 1], fib)
print(Matrix.identity(3) @ Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]]) == Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
R = Matrix([[0, -1, 0], [1, 0, 0], [0, 0, 1]])
print(R @ Vec(1, 0, 0), (R ** 4) == Matrix.identity(3))
try:
    A @ Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
M = Matrix.identity(2)
M[0, 1] = 7
print(repr(M))
