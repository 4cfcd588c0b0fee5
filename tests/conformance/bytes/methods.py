b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.upper(), b.lower())
print(b"a,b,,c".split(b","), b"a b  c".split(), b"x".join([b"1", b"2", b"3"]))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(b"z"), b"hello".count(b"l"), b"hello".index(b"e"))
print(b"hello".replace(b"l", b"L"), b"hello".startswith(b"he"), b"hello".endswith(b"lo"))
print(b"\x00\x01\xfe\xff".hex(), b"abc".hex(), bytes.fromhex("48 65 6c 6c 6f"), b"".hex())
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"), b"abc".decode("utf-8"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("日本".encode(), "abc".encode("ascii"), b"k=v".partition(b"="))
print(b"abc".isalpha(), b"123".isdigit(), b"12a".isalnum(), b"Ab".title(), b"ab".center(6, b"-"))
print(b"12".zfill(5), b"ab".ljust(4), b"ab".rjust(4))
