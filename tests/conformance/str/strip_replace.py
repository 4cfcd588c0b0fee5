s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "hello".replace("", "-"))
print("aaaa".replace("aa", "b"), "abc".replace("x", "y"), "abab".replace("ab", ""))
print("banana".find("an"), "banana".find("an", 2), "banana".find("xyz"), "banana".rfind("an"))
print("banana".find("a", 2, 4), "banana".rfind("a", 0, 3), "banana".find(""), "banana".rfind(""))
print("banana".index("n"), "banana".rindex("n"), "banana".count("a"), "banana".count("an"), "aaa".count("aa"))
print("banana".count(""), "banana".count("a", 2))
try:
    "banana".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "banana".rindex("z")
except ValueError as e:
    print("ValueError:", e)
print("hello".startswith("he"), "hello".startswith("lo"), "hello".endswith("lo"), "hello".endswith(("x", "o")))
print("hello".startswith("l", 2), "hello".startswith(("a", "h")), "".startswith(""))
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"))
