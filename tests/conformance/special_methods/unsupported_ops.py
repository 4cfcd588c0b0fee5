class A:
    def __repr__(self):
        return "A()"


a = A()
ops = [
    ("+", lambda: a + 1), ("-", lambda: 1 - a), ("*", lambda: a * a),
    ("/", lambda: a / 2), ("//", lambda: 2 // a), ("%", lambda: a % 2),
    ("**", lambda: a ** 2), ("<<", lambda: a << 1), (">>", lambda: 1 >> a),
    ("&", lambda: a & 1), ("|", lambda: a | 1), ("^", lambda: 1 ^ a),
    ("@", lambda: a @ a), ("<", lambda: a < 1), (">=", lambda: 1 >= a),
    ("divmod", lambda: divmod(a, 1)), ("pow3", lambda: pow(a, 2, 3)),
]
for name, f in ops:
    try:
        f()
    except TypeError as e:
        print(name, "->", e)
x = a
try:
    x += 1
except TypeError as e:
    print("+= ->", e)
try:
    x **= 1
except TypeError as e:
    print("**= ->", e)
print(a == 1, a != 1, a == a)
