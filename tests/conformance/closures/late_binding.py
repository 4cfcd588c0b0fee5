fs = []
for i in range(4):
    fs.append(lambda: i * 10)
print([f() for f in fs])
fs2 = []
for i in range(4):
    fs2.append(lambda i=i: i * 10)
print([f() for f in fs2])
def make(i):
    return lambda: i * 10
fs3 = [make(i) for i in range(4)]
print([f() for f in fs3])
fs4 = [lambda: j for j in range(3)]
print([f() for f in fs4])
def gen_closures():
    out = []
    for name in ["a", "b"]:
        def show():
            return name
        out.append(show)
    return out
print([f() for f in gen_closures()])
def outer():
    vals = []
    def push(v):
        vals.append(v)
        return len(vals)
    push(1)
    push(2)
    return vals, push
vals, push = outer()
push(3)
print(vals)
