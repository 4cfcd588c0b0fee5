# coding: latin-1
# A BOM with a declaration of another encoding is a SyntaxError.
print(1)
