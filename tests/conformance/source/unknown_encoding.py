# coding: no-such-codec
# An unknown encoding in a declaration is a SyntaxError.
print(1)
