import io, os

D = "open_modes_tmp"
if not os.path.isdir(D):
    os.mkdir(D)
P = os.path.join(D, "x.txt")

with open(P, "w") as f:
    print(repr(f), f.mode, f.name, f.encoding, f.errors, f.closed)
    print(f.write("line1\nline2\n"), f.tell(), f.writable(), f.readable(), f.seekable())
    print("printed", 42, file=f)
    f.writelines(["a\n", "b\n"])
print(f.closed, repr(f))

with open(P) as f:
    print(repr(f.read()))
with open(P) as f:
    print(f.readline(), end="")
    print(repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
with open(P) as f:
    print([line for line in f])
with open(P) as f:
    print(f.readlines(8))
with open(P) as f:
    print(repr(f.read(4)), f.tell(), repr(f.read(3)))
    f.seek(0)
    print(repr(f.read(5)), f.seek(0, 2), repr(f.read()))

with open(P, "rb") as f:
    print(repr(f), f.mode, f.read(3), f.peek(1)[:1], f.readline(), f.tell())
    print(f.read1(4), f.seek(-3, 2), f.read(), f.raw)
with open(P, "rb", buffering=0) as f:
    print(repr(f), f.read(5), f.readall()[:4])

with open(P, "a") as f:
    print(f.tell(), f.write("appended\n"))
with open(P) as f:
    print(f.read().splitlines()[-1])

with open(P, "r+") as f:
    print(f.read(5))
    f.seek(0)
    f.write("LINE")
    f.seek(0)
    print(repr(f.readline()))
with open(P, "w+") as f:
    f.write("fresh\ncontent\n")
    f.seek(0)
    print(repr(f.read()))
    f.truncate(3)
    f.seek(0)
    print(repr(f.read()))
with open(P, "rb+") as f:
    f.write(b"XY")
    print(f.read(), f.tell())
    f.seek(0)
    print(f.read())

try:
    with open(P, "x") as f:
        pass
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
os.remove(P)
with open(P, "x") as f:
    f.write("made")
with open(P, encoding="latin-1") as f:
    print(f.read(), f.encoding)

for kw in [dict(mode="rw"), dict(mode="rr"), dict(mode="z"), dict(mode=""), dict(mode="bt"),
           dict(mode="rb", encoding="utf-8"), dict(mode="rb", errors="strict"),
           dict(mode="rb", newline=""), dict(mode="r", buffering=0), dict(mode="r", newline="x"),
           dict(mode=3), dict(encoding=3), dict(encoding="bogus-enc")]:
    try:
        open(P, **kw).close()
        print(kw, "opened")
    except (ValueError, TypeError, LookupError) as e:
        print(kw, type(e).__name__, e)
for bad in [3.5, None, [1]]:
    try:
        open(bad)
    except TypeError as e:
        print(e)
try:
    open(os.path.join(D, "missing.txt"))
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename == os.path.join(D, "missing.txt"))
try:
    open(D)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno)
try:
    open(P + "\0")
except ValueError as e:
    print(e)

f = open(P)
f.close()
for m in ["read", "readline", "write", "tell", "seek", "flush", "__next__", "__enter__"]:
    try:
        getattr(f, m)(*(["x"] if m == "write" else [0] if m == "seek" else []))
    except ValueError as e:
        print(m, e)
with open(P) as f:
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
with open(P, "w") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print(e)
with open(P, "rb") as f:
    try:
        f.write(b"x")
    except io.UnsupportedOperation as e:
        print(e)
    try:
        f.write("x")
    except Exception as e:
        print(type(e).__name__)

os.remove(P)
os.rmdir(D)
print(os.path.exists(D))
