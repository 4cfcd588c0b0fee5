vals = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nhere", "cr\r",
        "back\\slash", "\x00\x01\x7f", "é日本", "\u200b", "\x80\xff", "bell\a", "\U0001F600",
        "", "'", '"']
for v in vals:
    print(repr(v), len(v))
print(repr(["a'b", 'c"d']), repr(("x",)), repr({"k": "v"}))
print(str("it's"), "%r" % "q'q", ascii("é日\n"))
print(r"raw\n\t", len(r"\n"), "•")
print("a" "b" "c", """tri
ple""", '''x''')
