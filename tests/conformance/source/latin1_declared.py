# -*- coding: latin-1 -*-
# A PEP 263 declaration on the first line: the source is latin-1.
s = "café © ÿ"
print(s, len(s), [hex(ord(c)) for c in s])
