def add(a, b):
    return a + b
def sub(a, b):
    return a - b
ops = {"+": add, "-": sub, "*": lambda a, b: a * b}
for sym in ["+", "-", "*"]:
    print(sym, ops[sym](7, 3))
def apply(f, *args):
    return f(*args)
print(apply(add, 1, 2), apply(max, 4, 9, 2), apply(str.upper, "x"))
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
funcs = [inc, dbl, abs, str]
print([f(-3) for f in funcs])
print(add.__name__, (lambda: 0).__name__, callable(add), callable(3))
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter()
counter()
print(counter.calls)
print(sorted(["bb", "a", "ccc"], key=len), list(map(add, [1, 2], [10, 20])))
