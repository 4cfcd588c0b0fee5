# compile(): modes, source types, code objects run by exec/eval, argument errors.
c = compile("1+1", "<s>", "single")
print(c.co_filename, c.co_name, c.co_flags, eval(c))
exec(compile("for i in range(2): i\n", "s", "single"))
exec(compile("None", "s", "single"))
exec(compile('"abc"', "s", "single"))
print(_)
print(compile(b"x=1", "s", "exec").co_names)
print(compile("# -*- coding: latin-1 -*-\nv = '\xe9'\n".encode("latin-1"), "s", "exec").co_consts[:1])
g = {}
exec(compile("x = 5\ny = x * 2", "f.py", "exec"), g)
print(g["x"], g["y"])
print(eval(compile("x + y", "e", "eval"), g))
print(eval(compile("x + y", "e", "eval"), {"x": 1}, {"y": 2}))
print(eval(compile("x = 1", "e", "exec"), {}))
print(compile("1", "f", "eval", 0, False, -1).co_filename, compile("1", "f", "eval", dont_inherit=True).co_name)
print(compile("1", b"bytesname", "eval").co_filename)
for src, mode in [
    ("a=1\nb=2\n", "single"),
    ("def f(:", "exec"),
    ("x = (", "exec"),
    ("  x = 1", "exec"),
    ("a\x00b", "exec"),
    (b"a\x00b", "exec"),
    ("x = = 1", "single"),
    ("return 5", "exec"),
    ("yield", "eval"),
]:
    try:
        compile(src, "fn", mode)
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
for a, k in [
    ((5, "f", "exec"), {}),
    (("x", 5, "exec"), {}),
    (("x", "f"), {}),
    (("x", "f", "blah"), {}),
    (("x", "f", "exec", 1), {}),
    (("x", "f", "exec"), {"optimize": 5}),
    (("x", "f", "exec"), {"bogus": 1}),
    (("x", "f", "exec", "flags"), {}),
    (("x", "f", 3), {}),
    ((), {}),
]:
    try:
        compile(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
import sys
def hook(v):
    print("hook got", repr(v))
sys.displayhook = hook
exec(compile("7", "s", "single"))
sys.displayhook = sys.__displayhook__
exec(compile("[1, 2]", "s", "single"))
print(_)
def f():
    return 1
print(exec(f.__code__))
def outer():
    v = 1
    def inner():
        return v
    return inner
try:
    exec(outer().__code__)
except Exception as e:
    print(type(e).__name__, e)
c = compile("def g(a):\n  return a * 3\n", "m", "exec")
ns = {}
exec(c, ns)
print(ns["g"](4), ns["g"].__code__.co_filename, ns["g"].__module__ if "__name__" in ns else "no module")
print(type(c).__name__)
try:
    exec(compile("1/0", "zero.py", "exec"))
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_filename, tb.tb_lineno)
ns = {}
exec(compile("a = 1; a", "<s>", "single"), ns)
print(ns["a"])
