data = [5, 12, 7, 30, 2, 18]
print([(x, d) for x in data if (d := x % 5) != 0])
print({x: q for x in data if (q := x // 5) > 1})
chunks = []
pos = 0
text = "abcdefghij"
while (chunk := text[pos:pos + 3]):
    chunks.append(chunk)
    pos += 3
print(chunks)
def first_big(seq, limit):
    for x in seq:
        if (sq := x * x) > limit:
            return x, sq
    return None
print(first_big(data, 100), first_big(data, 10000))
count = 0
while (count := count + 1) < 5:
    print("count", count)
print("final", count)
print([prev := 0] + [prev := prev + x for x in [1, 2, 3, 4]], prev)
values = [y for x in range(5) if (y := x * 3) % 2 == 0]
print(values, y)
