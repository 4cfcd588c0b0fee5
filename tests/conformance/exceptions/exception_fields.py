# Builtin data attributes of exception types, their keywords, and the instance __dict__.
class AppError(Exception):
    pass


e = AppError("boom")
print(e.__dict__, vars(e))
e.code = 7
d = e.__dict__
d["hint"] = "retry"
print(e.code, e.hint, sorted(d), [n for n in dir(e) if not n.startswith("_")])
del e.code
print(d, hasattr(e, "code"))

ie = ImportError("cannot load", name="plugin", path="/opt/plugin.py")
print(ie.msg, ie.name, ie.path, str(ie), ie.args, ie.__dict__)
print(ImportError().msg, ImportError("a", "b").msg, str(ImportError("a", "b")))
try:
    import no_such_module_here
except ImportError as err:
    print(type(err).__name__, err.name, err.msg, err)
ae = AttributeError("no attr", name="color", obj=[1])
print(ae.name, ae.obj, AttributeError("x").name)
ne = NameError("undefined", name="total")
print(ne.name, NameError().name)

for make in [
    lambda: ValueError(code=1),
    lambda: KeyError("k", reason="x"),
    lambda: ImportError("m", bogus=1),
    lambda: AttributeError("m", path="p"),
    lambda: UnicodeDecodeError("utf-8"),
    lambda: UnicodeDecodeError("utf-8", "text", 0, 1, "bad"),
    lambda: UnicodeEncodeError("ascii", b"x", 0, 1, "bad"),
]:
    try:
        make()
        print("no error")
    except TypeError as err:
        print("TypeError:", err)

ud = UnicodeDecodeError("utf-8", b"ab\xff\xfe", 2, 3, "invalid start byte")
print(ud.encoding, ud.object, ud.start, ud.end, ud.reason, ud.args)
print(str(ud))
print(str(UnicodeDecodeError("utf-8", b"ab\xff\xfe", 2, 4, "invalid continuation")))
for s, i in [("caf\xe9", 3), ("\u20ac!", 0), ("\U0001f600", 0)]:
    print(str(UnicodeEncodeError("ascii", s, i, i + 1, "ordinal not in range(128)")))
print(str(UnicodeEncodeError("ascii", "\xe9\xe9\xe9", 0, 3, "ordinal not in range(128)")))
ud.reason = "changed"
print(ud)
