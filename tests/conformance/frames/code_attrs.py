# Code object attributes.
def f(a, b, /, c, d=1, *args, e, g=2, **kw):
    x = a + b
    def inner():
        return x + c
    return inner


co = f.__code__
print(type(co).__name__, co.co_name, co.co_qualname, co.co_firstlineno)
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames[:8], co.co_nlocals == len(co.co_varnames))
print(co.co_cellvars, co.co_freevars, co.co_flags, hex(co.co_flags))
print(co.co_filename.endswith("code_attrs.py"), isinstance(co.co_code, bytes), len(co.co_code) % 2)
inner = f(1, 2, 3, e=4)
ic = inner.__code__
print(ic.co_name, ic.co_qualname, ic.co_freevars, ic.co_cellvars, ic.co_flags, ic.co_argcount)
print("x" in ic.co_freevars, ic.co_varnames)


def gen():
    yield 1


def plain():
    return len("abc") + 7


print(gen.__code__.co_flags & 0x20 != 0, plain.__code__.co_flags, plain.__code__.co_names)
print(7 in plain.__code__.co_consts, "abc" in plain.__code__.co_consts)
print(compile("x = 1", "m", "exec").co_flags, compile("x", "m", "eval").co_name)


class C:
    def method(self):
        return 1
    class Nested:
        def deep(self):
            pass


print(C.method.__code__.co_qualname, C.Nested.deep.__code__.co_qualname)
print((lambda: 0).__code__.co_name, [x for x in (1,)] and "ok")

# co_lines: (start, end, line) ranges in order, covering the code.
lines = list(plain.__code__.co_lines())
print(all(isinstance(t, tuple) and len(t) == 3 for t in lines))
print(lines[0][0] == 0, lines[-1][1] == len(plain.__code__.co_code))
print(all(a[1] == b[0] for a, b in zip(lines, lines[1:])))
print(plain.__code__.co_firstlineno + 1 in {l for _, _, l in lines})
pos = list(plain.__code__.co_positions())
print(len(pos) == len(plain.__code__.co_code) // 2, all(len(p) == 4 for p in pos))

# replace()
r = plain.__code__.replace(co_name="renamed")
print(r.co_name, r.co_qualname, plain.__code__.co_name)
r2 = plain.__code__.replace(co_filename="other.py", co_qualname="Q.q")
print(r2.co_filename, r2.co_qualname)
try:
    plain.__code__.replace(bogus=1)
except TypeError as e:
    print("TypeError", e)
try:
    plain.__code__.replace(co_name=5)
except TypeError as e:
    print("TypeError", e)
plain.__code__ = r
print(plain(), plain.__code__.co_name, plain.__name__)
print(repr(co).startswith("<code object f at 0x"), repr(co).endswith('line 2>'))
print(f.__code__ is f.__code__, f.__code__ is co, inner.__code__ is f(0, 0, 0, e=0).__code__)
