# CPython 3.11 limits decimal int <-> str conversions to 4300 digits by default.
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except ValueError as e:
        print(label, "ValueError:", e)

attempt("parse 4300", lambda: int("9" * 4300) % 1000)
attempt("parse 4301", lambda: int("9" * 4301))
attempt("parse leading zeros", lambda: int("0" * 5000))
attempt("parse underscores", lambda: int("1_" * 4300 + "1"))
attempt("parse then junk", lambda: int("5" * 4400 + "x"))
attempt("parse short junk", lambda: int("5" * 40 + "x"))
attempt("parse base 16", lambda: int("f" * 5000, 16) % 1000)
attempt("parse base 7", lambda: int("6" * 4500, 7))
attempt("parse bytes", lambda: int(b"3" * 4400))
attempt("str 4300", lambda: len(str(10**4299)))
attempt("str 4301", lambda: str(10**4300))
attempt("repr huge", lambda: repr(-(10**100000)))
attempt("hex huge", lambda: len(hex(10**5000)))
attempt("fstring", lambda: f"{10**4300}")
attempt("format d", lambda: format(10**4300, "d"))
attempt("format comma", lambda: format(-(10**4300), ","))
attempt("format x", lambda: len(format(10**5000, "x")))
attempt("percent d", lambda: "%d" % 10**4300)
attempt("percent x", lambda: len("%x" % 10**5000))
attempt("in list", lambda: str([1, 10**4300]))
