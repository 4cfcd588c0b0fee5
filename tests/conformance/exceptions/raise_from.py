class ParseError(Exception):
    pass


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError("cannot parse %r" % s) from e


try:
    parse("abc")
except ParseError as e:
    print("error:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("hidden context") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    raise RuntimeError("top") from KeyError("explicit cause")
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__context__, e.__suppress_context__)

try:
    raise RuntimeError("cls cause") from IndexError
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)

e = ValueError("plain")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = TypeError("set manually")
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print("TypeError:", err)
