import os

D = "newlines_enc_tmp"
if not os.path.isdir(D):
    os.mkdir(D)
P = os.path.join(D, "n.txt")

with open(P, "wb") as f:
    f.write(b"a\r\nb\rc\nd")
with open(P) as f:
    print(repr(f.read()), f.newlines)
with open(P) as f:
    print([l for l in f])
with open(P, newline="") as f:
    print(f.readlines(), f.newlines)
with open(P, newline="\r") as f:
    print(f.readlines())
with open(P, newline="\r\n") as f:
    print(f.readlines())
with open(P, newline="\n") as f:
    print(f.readlines())
with open(P) as f:
    print(repr(f.read(2)), repr(f.read(2)), f.read(1))

for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(P, "w", newline=nl) as f:
        f.write("x\ny\n")
    with open(P, "rb") as f:
        print(repr(nl), f.read())

text = "h\u00e9llo w\u00f6rld \u20ac\U0001f600\n"
with open(P, "w", encoding="utf-8") as f:
    print(f.write(text))
with open(P, "rb") as f:
    print(f.read())
with open(P, encoding="utf-8") as f:
    print(f.read() == text, f.tell())
with open(P, encoding="utf-8") as f:
    print(repr(f.read(3)), f.tell(), repr(f.read(9)))

with open(P, "w", encoding="utf-8-sig") as f:
    f.write("bom")
with open(P, "rb") as f:
    print(f.read())
with open(P, encoding="utf-8-sig") as f:
    print(repr(f.read()))
with open(P, encoding="utf-8") as f:
    print(repr(f.read()))

with open(P, "w", encoding="latin-1") as f:
    f.write("caf\u00e9")
with open(P, "rb") as f:
    print(f.read())
with open(P, encoding="latin-1") as f:
    print(f.read())
try:
    with open(P, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open(P, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
with open(P, encoding="utf-8", errors="ignore") as f:
    print(repr(f.read()))
with open(P, encoding="ascii", errors="backslashreplace") as f:
    print(repr(f.read()), f.errors)
try:
    with open(P, "w", encoding="ascii") as f:
        f.write("\u00e9")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
with open(P, "w", encoding="ascii", errors="replace") as f:
    f.write("caf\u00e9")
with open(P) as f:
    print(f.read())

with open(P, "w") as f:
    f.write("one\ntwo\nthree\n")
with open(P) as f:
    f.readline()
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(pos, repr(rest), f.read() == rest)
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1, 2)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1)
    except ValueError as e:
        print(e)
    try:
        f.seek(0, 5)
    except ValueError as e:
        print(e)
    print(f.seek(0, 1) == f.tell(), f.seek(0, 2))
with open(P) as f:
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print(e)
        break

os.remove(P)
os.rmdir(D)
