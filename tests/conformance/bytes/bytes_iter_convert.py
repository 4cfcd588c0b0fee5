data = bytes(range(65, 75))
print(data, list(data[:3]), data[2], data[-1:], len(data))
print(b"".join([b"a", b"bc", bytes([100])]), b"-".join(b"x" for _ in range(3)))
print(bytes(b"abc") == b"abc", b"abc" in [b"abc"], b"a" * 0, bytes("abc", "ascii").upper())
print(sum(b"abc"), max(b"abc"), sorted(b"cab"), bytes(sorted(b"cab")))
print(b"%d-%s" % (5, b"x"), b"abc".count(b"b"), b"a b c".split(b" ", 1))
checksum = 0
for byte in "héllo wörld".encode("utf-8"):
    checksum = (checksum * 31 + byte) % 65521
print(checksum)
print(bytearray(b"abc") + bytearray(b"def"), bytes(bytearray(b"xy")), bytearray(b"zz") == b"zz")
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(2, "little"), b"\x01\x02".hex())
