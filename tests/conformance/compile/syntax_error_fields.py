# SyntaxError's fields from its constructor arguments.
e = SyntaxError("m", ("f", 1, 2, "t", 1, 3))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.print_file_and_line, e.args)
print(str(e))
e2 = SyntaxError("only")
print(e2.msg, e2.lineno, str(e2))
try:
    SyntaxError("m", (1, 2))
except TypeError as x:
    print(x)
