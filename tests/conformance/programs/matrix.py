def zeros(r, c):
    return [[0] * c for _ in range(r)]


def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m


def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    if len(a[0]) != inner:
        raise ValueError("shape mismatch")
    out = zeros(rows, cols)
    for i in range(rows):
        for j in range(cols):
            s = 0
            for k in range(inner):
                s += a[i][k] * b[k][j]
            out[i][j] = s
    return out


def transpose(m):
    return [list(row) for row in zip(*m)]


def matpow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result


def show(name, m):
    print(name)
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print("  [" + " ".join(str(v).rjust(width) for v in row) + "]")


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("A", a)
show("B", b)
show("A x B", matmul(a, b))
show("B x A", matmul(b, a))
show("A^T", transpose(a))
fib = [[1, 1], [1, 0]]
for e in [1, 2, 10, 50, 100]:
    print("fib matrix ^", e, "->", matpow(fib, e)[0][1])
show("I4", identity(4))
rot = [[0, -1], [1, 0]]
show("rot^2", matpow(rot, 2))
show("rot^4", matpow(rot, 4))
f = [[0.5, 0.25], [0.125, 1.0]]
show("float product", matmul(f, f))
try:
    matmul(a, a)
except ValueError as e:
    print("error:", e)
trace = sum(matpow([[2, 1], [1, 3]], 10)[i][i] for i in range(2))
print("trace:", trace)
