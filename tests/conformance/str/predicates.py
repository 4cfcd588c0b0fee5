samples = ["123", "abc", "abc123", "   ", "", "ABC", "Abc", "abc ", "٣", "½", "x1_", "\t\n", "Hello World", "HELLO 1"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.isdecimal(), s.isnumeric(), s.istitle(), s.isidentifier())
print("abc".isascii(), "é".isascii())
