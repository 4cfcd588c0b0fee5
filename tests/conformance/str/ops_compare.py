print("ab" + "cd", "ab" * 3, 3 * "x", "ab" * 0, "ab" * -1, repr("" * 5))
print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "é" > "z", "abc" == "abc", "abc" != "abd")
print("ell" in "hello", "" in "abc", "z" not in "abc", "lo" in "hello")
print(max("hello"), min("hello"), sorted("banana"), sorted(["pear", "Apple", "apple", "banana"]))
s = "x"
s += "y"
s *= 3
print(s)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
print(str(123), str(-1.5), str(None), str(True), str([1, "a"]), str("x"))
print(len(""), len("abc"), len("日本"), "abc".__len__())
print(list("abc"), tuple("ab"), ord("a"), chr(97), chr(0x263A), ord("€"))
for ch in "aé":
    print(ch, ord(ch))
