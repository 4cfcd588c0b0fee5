s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("a b c d".rsplit(None, 1))
print("a b c d".split(None, 1))
print("".split(), "".split(","), "   ".split())
print("one::two::three".split("::"))
print("x".split("x"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "-".join(["solo"]))
print("abc".join(["1", "2", "3"]))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("line1\nline2\r\nline3\rline4".splitlines())
print("a\n\nb\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
