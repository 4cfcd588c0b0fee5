def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


def rle_encode(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(str(count) + prev)
            prev, count = ch, 1
    out.append(str(count) + prev)
    return "".join(out)


def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = line + " " + word if line else word
    if line:
        lines.append(line)
    return lines


msg = "Hello, World! The quick brown fox."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar(msg, 13), caesar(caesar(msg, 13), 13) == msg)
for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon"]:
    print(repr(s), is_palindrome(s))
for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz"]:
    e = rle_encode(s)
    print(repr(s), "->", repr(e), "->", repr(rle_decode(e)))
text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua."
for line in wrap(text, 30):
    print("|" + line.ljust(30) + "|")
print(" ".join(w[::-1] for w in "reverse each word here".split()))
print(" ".join(reversed("reverse the word order".split())))
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels:", vowels, "consonants:", sum(1 for c in text.lower() if c.isalpha()) - vowels)
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "snake_case_name".title().replace("_", ""), "CamelCaseString".lower())
print(sorted(set("mississippi")), "-".join(sorted("hello")), "hello".count("l"))
