b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::2])
print(b"", b"\x00\xff", b"tab\tnl\n", b"quote'", b'dq"', b"both'\"", b"\\")
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(range(5)))
print(list(b"abc"), b"a" + b"b", b"ab" * 3, b"b" in b"abc", 98 in b"abc")
print(b"abc" == b"abc", b"abc" < b"abd", b"abc" != "abc")
print(repr(b"\x7f\x80"), str(b"x"), bytes(b"copy"))
print(rb"raw\n", br"\x00", len(rb"\n"))
for x in b"hi!":
    print(x, chr(x))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"x" + "y"
except TypeError as e:
    print("TypeError:", e)
