total = 0
def add_global(n):
    global total
    total += n
    return total
print(add_global(5), add_global(7), total)
def make_global():
    global brand_new
    brand_new = "created"
make_global()
print(brand_new)
def scopes():
    x = "enclosing"
    def a():
        return x
    def b():
        x = "local-b"
        return x
    def c():
        nonlocal x
        x = "modified"
    r1 = a()
    r2 = b()
    c()
    return r1, r2, a(), x
print(scopes())
x = "module"
def read():
    return x
def outer():
    x = "outer"
    def inner():
        global x
        return x
    return inner()
print(read(), outer())
def cell_after_loop():
    funcs = []
    for i in range(3):
        funcs.append(lambda: i)
    i = 99
    return [f() for f in funcs]
print(cell_after_loop())
