x = None
print(x, repr(x), str(x), type(x).__name__, x is None, x is not None, x == None, None == 0, None == False)
def f():
    pass
def g():
    return
print(f(), g(), f() is None)
r = print("printed")
print(r)
print([].sort(), {}.update(), [1].append(2))
d = {None: "none-key"}
print(d[None], d.get(None), None in [1, None], [None] * 3)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in None:
        pass
except TypeError as e:
    print("TypeError:", e)
print(bool(None), None or "default", None and "never")
