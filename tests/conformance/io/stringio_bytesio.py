import io

s = io.StringIO("hello\nworld\n")
print(s.read(3), s.tell(), repr(s.readline()), s.readlines(), repr(s.read()))
s.seek(0)
print([l for l in s])
s = io.StringIO()
print(s.write("abc"), s.write("\u00e9\U0001f600"), s.tell(), repr(s.getvalue()))
s.seek(1)
s.write("X")
print(repr(s.getvalue()), s.tell())
s.seek(10)
s.write("end")
print(repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell(), s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering)
for args in [(-1,), (1, 1), (1, 2), (0, 3)]:
    try:
        s.seek(*args)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
for bad in [lambda: s.truncate(-1), lambda: s.write(b"x"), lambda: io.StringIO(b"x"),
            lambda: io.StringIO("x", "bad")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
s.close()
for m in ["read", "getvalue", "write", "tell"]:
    try:
        getattr(s, m)(*(["x"] if m == "write" else []))
    except ValueError as e:
        print(m, e)
print(s.closed)

s = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(s.getvalue()), s.newlines)
s = io.StringIO("a\r\nb\rc\n", newline="")
print(s.readlines(), s.newlines)
s = io.StringIO(newline="\r\n")
s.write("x\ny\n")
print(repr(s.getvalue()), s.readlines())
s.seek(0)
print(s.readlines())

with io.StringIO() as out:
    print("to stringio", 1, 2, sep="-", file=out)
    print(repr(out.getvalue()))
print(out.closed)

b = io.BytesIO(b"line1\nline2\nrest")
print(b.read(2), b.tell(), b.readline(), b.readlines(), b.read())
b.seek(0)
print(list(b), b.getvalue())
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"de")), b.getvalue(), b.tell())
b.seek(1)
b.write(b"X")
print(b.getvalue())
b.seek(8)
b.write(b"!")
print(b.getvalue(), b.seek(-2, 2), b.read(), b.seek(-100, 1))
buf = bytearray(3)
b.seek(0)
print(b.readinto(buf), buf, b.read1(2), b.truncate(2), b.getvalue(), b.tell())
for args in [(-1,), (0, 3)]:
    try:
        b.seek(*args)
    except ValueError as e:
        print(e)
for bad in [lambda: b.truncate(-1), lambda: b.write("x"), lambda: io.BytesIO("x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print(e)

print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.TextIOBase))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, io.open is open)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print("shout", file=u)
print(repr(u.getvalue()), isinstance(u, io.StringIO))


class Collect(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


c = Collect()
print("a", "b", file=c)
c.writelines(["x", "y"])
print(c.parts, c.closed, c.readable(), c.writable())
c.close()
print(c.closed)
try:
    c.write
    with c:
        pass
except ValueError as e:
    print(e)


class Lines(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


r = Lines(b"ab\ncd\n")
print(r.read(2), r.readline(), r.readall(), r.read())

t = io.TextIOWrapper(io.BytesIO(b"x\r\ny\n"), encoding="utf-8")
print(repr(t), t.readlines(), t.encoding)
bio = io.BytesIO()
t = io.TextIOWrapper(bio, encoding="utf-8", newline="\r\n")
t.write("p\nq\n")
t.flush()
print(bio.getvalue(), t.buffer is bio)
d = t.detach()
print(d is bio)
try:
    t.write("x")
except ValueError as e:
    print(e)
