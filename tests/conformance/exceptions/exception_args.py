cases = [
    Exception(), Exception("one"), Exception("a", "b"), Exception(1, [2], None),
    ValueError(""), KeyError("k"), KeyError(), KeyError("a", "b"), IndexError(3),
    OSError(2, "No such file"), StopIteration(7), SystemExit(3),
]
for e in cases:
    print(type(e).__name__, e.args, "|", str(e), "|", repr(e))
e = OSError(2, "No such file")
print(e.errno, e.strerror)
s = StopIteration("val")
print(s.value)
x = SystemExit(5)
print(x.code, SystemExit().code)
e = ValueError("orig")
e.args = ("changed", 2)
print(e, e.args)
e.extra = "attrs allowed"
print(e.extra)
print(AttributeError("m", name="attr", obj=5).name)
print(NameError("n", name="foo").name)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.encoding, u.start, u.end, u.reason)
print(str(u))
