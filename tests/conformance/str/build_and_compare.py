parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts), "+".join(parts[1:]))
s = ""
for ch in "abcdef":
    s = ch + s
print(s)
acc = ""
for i in range(10):
    acc += chr(ord("a") + i)
print(acc, len(acc), acc[3:7], acc.upper()[::3])
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=lambda w: (w.lower(), w)))
print("apple" == "Apple", "apple".lower() == "Apple".lower(), "a" * 3 == "aaa")
print("abc" < "abd", "Z" < "a", "" < "a", "10" < "9", "abc" <= "abc", "b" > "abc")
unicode_s = "naïve café"
print(len(unicode_s), unicode_s.upper(), unicode_s.split(), unicode_s[2], unicode_s.encode("utf-8"))
print(str(3) + str(4.5) + str(True) + str(None) + str([1]) + str((2,)))
