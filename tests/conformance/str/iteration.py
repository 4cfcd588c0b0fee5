s = "héllo"
for ch in s:
    print(ch, end=" ")
print()
for i, ch in enumerate("abc"):
    print(i, ch)
print([c for c in "hello" if c != "l"])
print("".join(c.upper() if i % 2 else c for i, c in enumerate("alternate")))
counts = {}
for c in "mississippi":
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(list(map(ord, "AZ")), list(zip("abc", "xyz")))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print("abc".encode(), "é".encode(), "é".encode("utf-8"), len("日".encode()))
print(str(b"abc", "ascii"), b"\xc3\xa9".decode())
