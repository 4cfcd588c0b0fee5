# open() and TextIOWrapper with UTF-16, UTF-32, cp1252 and Latin-1 variants: BOMs written once
# and read at the start, line endings in wide code units, tell/seek, errors while reading.
import io
import os

D = "wide_encodings_tmp"
if not os.path.isdir(D):
    os.mkdir(D)
P = os.path.join(D, "w.txt")

TEXT = "héllo\nwörld €\r\nthird 😀\rlast"

for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "UTF-32LE", "utf_32_be",
            "cp1252", "windows-1252", "latin-1", "iso-8859-15", "utf-8-sig"]:
    with open(P, "w", encoding=enc, newline="") as f:
        f.write(TEXT[:8])
        f.write(TEXT[8:] if "1252" not in enc and "latin" not in enc and "8859" not in enc
                else TEXT[8:].replace("😀", "x").replace("€", "E" if enc == "latin-1" else "€"))
    with open(P, "rb") as f:
        raw = f.read()
    print(enc, len(raw), raw[:6])
    with open(P, encoding=enc) as f:
        print(" read:", repr(f.read()), f.newlines)
    with open(P, encoding=enc, newline="") as f:
        print(" lines:", f.readlines())
    with open(P, encoding=enc) as f:
        print(" chars:", repr(f.read(3)), repr(f.read(4)), repr(f.readline()), repr(f.readline(2)))

# Appending to a utf-16 file writes no second BOM; a new file gets one.
with open(P, "w", encoding="utf-16") as f:
    f.write("one\n")
with open(P, "a", encoding="utf-16") as f:
    f.write("two\n")
with open(P, "rb") as f:
    print(f.read())
with open(P, encoding="utf-16") as f:
    print(f.readlines())

# tell() and seek() give byte positions; seeking back to 0 reads the BOM again.
with open(P, "w+", encoding="utf-32") as f:
    f.write("ab\ncd")
    print(f.tell())
    f.seek(0)
    print(repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.read()))
    f.seek(pos)
    print(repr(f.read(1)))
    f.seek(0)
    print(repr(f.read()))

# A big-endian BOM decides the order for "utf-16".
with open(P, "wb") as f:
    f.write(b"\xfe\xff\x00h\x00i\x00\n\x00!")
with open(P, encoding="utf-16") as f:
    print(f.readlines())

# Decoding errors while reading, with the handler asked for.
with open(P, "wb") as f:
    f.write("ok\n".encode("utf-16-le") + b"\x00\xdc" + "z".encode("utf-16-le") + b"\x00")
for errors in ["strict", "replace", "ignore", "backslashreplace"]:
    with open(P, encoding="utf-16-le", errors=errors) as f:
        try:
            # (strict: CPython decodes a whole chunk ahead, so the error comes from the
            # first read; pyvm decodes line by line: read everything at once)
            print(errors, repr(f.read()))
        except UnicodeDecodeError as e:
            print(errors, type(e).__name__, e, e.encoding, e.start, e.end, e.reason)

with open(P, "wb") as f:
    f.write(b"caf\xe9 \x80 \x81")
for enc, errors in [("cp1252", "strict"), ("cp1252", "replace"), ("latin-1", "strict"),
                    ("ascii", "strict"), ("utf-8", "replace")]:
    with open(P, encoding=enc, errors=errors) as f:
        try:
            print(enc, errors, repr(f.read()))
        except UnicodeDecodeError as e:
            print(enc, errors, e, repr(e.object), e.start, e.end, e.reason)

# Encoding errors while writing.
for enc, errors in [("cp1252", "strict"), ("cp1252", "replace"), ("latin-1", "xmlcharrefreplace"),
                    ("ascii", "backslashreplace")]:
    with open(P, "w", encoding=enc, errors=errors) as f:
        try:
            f.write("a€b\u20ad😀")
        except UnicodeEncodeError as e:
            print(enc, errors, e, repr(e.object), e.start, e.end, e.reason)
    with open(P, "rb") as f:
        print(enc, errors, f.read())

# Over BytesIO.
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-16", newline="\r\n")
t.write("x\ny\n")
t.flush()
print(b.getvalue())
t.seek(0)
print(t.readlines())
t = io.TextIOWrapper(io.BytesIO("α\nβ".encode("utf-32-be")), encoding="utf-32-be")
print(t.read())
try:
    open(P, encoding="no-such-codec")
except LookupError as e:
    print("LookupError", e)

os.remove(P)
os.rmdir(D)
