# str.encode / bytes.decode / str(b, enc) / bytes(s, enc) with UTF-16, UTF-32, cp1252,
# ISO-8859-15 and the Latin-1/ASCII aliases: BOMs, byte orders, every error handler, and the
# UnicodeDecodeError/UnicodeEncodeError attributes.


def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e, getattr(e, "encoding", None), getattr(e, "start", None),
              getattr(e, "end", None), getattr(e, "reason", None),
              repr(getattr(e, "object", None))[:40])


for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'cp1252', 'latin-1', 'ascii', 'utf-8', 'utf-8-sig', 'UTF16', 'U16', 'windows-1252', 'iso-8859-1', 'utf_32_be', 'utf-16le', 'utf32', 'latin9', 'iso8859-15', 'cp1252 ', 'utf-16 le']:
    print('==', enc)
    t(lambda: 'hé€😀'.encode(enc))
    t(lambda: b'a'.decode(enc))
    t(lambda: b'\x00\xd8'.decode(enc))
    t(lambda: b'\x00\xd8a\x00'.decode(enc))
    t(lambda: b'\x00\xdca\x00'.decode(enc))
    t(lambda: b'\xd8\x00\x00a'.decode(enc))
    t(lambda: b'\x00\x00\x11\x00'.decode(enc))
    t(lambda: b'\x00\xd8\x00\x00'.decode(enc))
    t(lambda: b'\xff\xfea\x00'.decode(enc))
    t(lambda: b'\xfe\xff\x00a'.decode(enc))
    t(lambda: b'\xff\xfe\x00\x00a\x00\x00\x00'.decode(enc))
    t(lambda: b'\x81\x80'.decode(enc))
    t(lambda: b'abc\x81\x8d'.decode(enc, 'replace'))
    t(lambda: b'a\x00b'.decode(enc, 'replace'))
    t(lambda: b'a\x00b'.decode(enc, 'backslashreplace'))
    t(lambda: b'a\x00b'.decode(enc, 'ignore'))
    t(lambda: '\u20ad\xff'.encode(enc))
    t(lambda: 'a\u20adb'.encode(enc, 'replace'))

# Exception objects: args, attributes, str, and handlers met only on errors.
try:
    b"ab\xffcd".decode("utf-16-be")
except UnicodeDecodeError as e:
    print(e.args, e.encoding, e.object, e.start, e.end, e.reason, str(e))
try:
    "ab\u20acd".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.args, e.encoding, e.object, e.start, e.end, e.reason, str(e))
    e.start = 0
    e.reason = "custom"
    print(str(e))
t(lambda: b"abc".decode("ascii", "bogus"))
t(lambda: b"\xff".decode("ascii", "bogus"))
t(lambda: "abc".encode("ascii", "bogus"))
t(lambda: "\xff".encode("ascii", "bogus"))
t(lambda: b"\xff".decode("ascii", "xmlcharrefreplace"))
t(lambda: b"\xff".decode("cp1252", "namereplace"))
t(lambda: "\xff\u20ac\U0001f600\ue000".encode("ascii", "namereplace"))
t(lambda: "\xff\u20ac".encode("cp1252", "xmlcharrefreplace"))
t(lambda: "\u0178\u20ac\xa4".encode("iso8859-15", "backslashreplace"))
t(lambda: b"\xa4\xbc\xbd\xbe".decode("latin9"))
t(lambda: bytes(range(0x80, 0xa0)).decode("cp1252", "replace"))
t(lambda: bytes(range(0x80, 0xa0)).decode("cp1252", "backslashreplace"))
t(lambda: "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".encode("cp1252"))
t(lambda: b"\xff\xfe".decode("utf-16"))
t(lambda: b"".decode("utf-32"))
t(lambda: b"\xff".decode("utf-16", "replace"))
t(lambda: b"\xfe\xff\x00".decode("utf-16"))
t(lambda: b"\x00\x00\xfe\xff\x00\x00\x00a".decode("utf-32"))
t(lambda: b"\xef\xbb\xbf\xef\xbb\xbfa".decode("utf-8-sig"))
t(lambda: b"\x00\xd8a".decode("utf-16-le", "replace"))
t(lambda: b"\x00\xd8a".decode("utf-16-le"))
t(lambda: b"a\x00\x00\xd8".decode("utf-16-le"))
t(lambda: b"\x00\xd8\x00\xd8\x00\xdc".decode("utf-16-le", "replace"))
t(lambda: b"\x00\xdc\x00\xd8".decode("utf-16-le", "replace"))
t(lambda: "".encode("utf-16"))
t(lambda: "".encode("utf-32"))
t(lambda: str(b"\xff\xfea\x00", "utf-16"))
t(lambda: str(b"\x81", "cp1252", "replace"))
t(lambda: str(b"\x81", errors="replace"))
t(lambda: str(b"\x81", "cp1252"))
t(lambda: str("x", "utf-8"))
t(lambda: str(1, "ascii"))
t(lambda: bytes("h\xe9", "utf-16-be"))
t(lambda: bytes("h\u20ac", "cp1252"))
t(lambda: bytearray("\u20ac", "latin-1", "replace"))
t(lambda: bytearray(b"\xe9").decode("latin-1"))
t(lambda: "x".encode("utf-8-sig"))
t(lambda: UnicodeDecodeError("utf-16", b"xy", 0, 1, "why").object)
