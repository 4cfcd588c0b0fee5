ba = bytearray(b"abc")
print(ba, len(ba), ba[0], ba[-1])
ba.append(100)
print(ba)
ba.extend(b"ef")
ba.extend([103, 104])
print(ba)
ba[0] = 65
print(ba, ba[1:3], bytes(ba))
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba)
print(ba.pop(), ba)
ba.insert(0, 33)
print(ba)
ba.reverse()
print(ba)
print(bytearray(4), bytearray([1, 2]), bytearray("hé", "utf-8"))
print(ba + b"!", len(ba * 2), ba.decode(), ba.hex())
print(bytearray(b"a,b").split(b","), bytearray(b"xyz").upper(), bytearray(b"ab") == b"ab")
ba2 = bytearray()
for i in range(5):
    ba2 += bytes([48 + i])
print(ba2, ba2.find(b"3"), b"2" in ba2)
try:
    ba2.append(300)
except ValueError as e:
    print("ValueError:", e)
ba2.clear()
print(ba2, repr(bytearray(b"'\"")))
