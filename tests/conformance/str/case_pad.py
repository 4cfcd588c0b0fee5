words = ["hello world", "HELLO", "hElLo WoRlD", "123abc", "it's a test", "ß", ""]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
print("abc".center(9), "|" + "abc".center(8, "*") + "|", "abc".center(2))
print("|" + "ab".ljust(6) + "|", "|" + "ab".rjust(6, ".") + "|", "ab".ljust(1))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(6), "abc".zfill(2), "".zfill(3))
print("a\tbc\td".expandtabs(), "a\tbc\td".expandtabs(4), "\t".expandtabs(2), "ab\ncd\te".expandtabs(3))
print("Éclair".lower(), "straße".upper(), "ǅ".lower())
