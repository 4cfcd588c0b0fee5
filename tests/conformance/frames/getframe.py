# sys._getframe and frame objects of running and finished frames.
import sys

print(type(sys._getframe()).__name__)
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_globals is globals(), top.f_locals is globals())
print(top.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else type(top.f_builtins).__name__)
print(top.f_lineno)


def inner(a, b=2, *args, **kw):
    x = a + b
    f = sys._getframe()
    print("inner line", f.f_lineno, "code", f.f_code.co_name)
    print(sorted(k for k in f.f_locals))
    print(f.f_locals["x"], f.f_locals["args"], f.f_locals["kw"])
    caller = sys._getframe(1)
    print("caller", caller.f_code.co_name, caller.f_lineno)
    print(f.f_back is caller, sys._getframe(0) is f)
    print(isinstance(f.f_lasti, int), f.f_lasti >= 0)
    return f


def outer():
    y = "outer local"
    return inner(1, 5, 7, k=3)


fr = outer()
# A finished frame stays readable.
print("done", fr.f_code.co_name, fr.f_lineno, fr.f_locals["x"], sorted(fr.f_locals))
print("back", fr.f_back.f_code.co_name, fr.f_back.f_locals["y"], fr.f_back.f_back.f_code.co_name)

# f_locals is one dict, refreshed from the frame on each read.
def counting():
    f = sys._getframe()
    d1 = f.f_locals
    n = 1
    d2 = f.f_locals
    print(d1 is d2, d2["n"], "n" in d1)
    del n
    d3 = f.f_locals
    print("n" in d3)

counting()

# Cells and free variables show in f_locals.
def make():
    c = 10
    def use():
        d = c + 1
        return sys._getframe()
    f = sys._getframe()
    return use(), f

uf, mf = make()
print(sorted(uf.f_locals.items()), sorted(k for k in mf.f_locals))

# Depth errors.
for bad in (100, 10**6):
    try:
        sys._getframe(bad)
    except ValueError as e:
        print("ValueError", e)
print(sys._getframe(-1) is sys._getframe())
try:
    sys._getframe("x")
except TypeError as e:
    print("TypeError", e)

# f_trace and friends.
def tr():
    f = sys._getframe()
    print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
    f.f_trace = print
    print(f.f_trace is print)
    f.f_trace = None
    try:
        f.f_trace_lines = 1
    except TypeError as e:
        print("TypeError", e)
    for name in ("f_back", "f_code", "f_locals", "f_globals", "f_lasti"):
        try:
            setattr(f, name, 1)
        except AttributeError as e:
            print(name, "AttributeError", e)

tr()

# clear()
def clears():
    f = sys._getframe()
    try:
        f.clear()
    except RuntimeError as e:
        print("RuntimeError", e)
    v = 1
    return f

done = clears()
print(done.f_locals["v"])
print(done.clear())
print(done.f_locals)

# Class bodies: f_locals is the namespace.
class K:
    a = 1
    f = sys._getframe()
    print(f.f_code.co_name, sorted(k for k in f.f_locals if not k.startswith("__")), f.f_locals is locals())
    del f

# A frame seen from a callee keeps its current line.
def where():
    return sys._getframe(1).f_lineno

def lines():
    a = where()
    b = where()
    return b - a

print(lines())
print(repr(sys._getframe()).startswith("<frame at 0x"), "line" in repr(sys._getframe()))
try:
    sys._getframe(2**70)
except OverflowError as e:
    print("OverflowError", e)
