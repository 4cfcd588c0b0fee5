# String work: formatting, f-strings, split/join/strip/replace, slicing, int(s, 16).
import sys

n = 20000 * (int(sys.argv[1]) if len(sys.argv) > 1 else 10)

acc = 0
for i in range(n):
    s = f"item-{i:05d}|{i * 7 % 13}|  name{i % 97}  "
    parts = s.split("|")
    name = parts[2].strip().replace("name", "n")
    h = "%x" % (i * 31)
    acc += len(name) + int(h, 16) % 1000 + len("-".join(parts)[3:9])
    if s.startswith("item-0") and "|1|" in s:
        acc += 1
print(acc)
