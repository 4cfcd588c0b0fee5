def attempt(kind):
    try:
        print("try", kind)
        if kind == "value":
            raise ValueError("bad value")
        if kind == "key":
            raise KeyError("k")
        if kind == "type":
            raise TypeError("bad type")
        print("no exception")
    except ValueError as e:
        print("ValueError handler:", e)
        return "handled-value"
    except (KeyError, IndexError) as e:
        print("lookup handler:", repr(e))
    else:
        print("else clause")
    finally:
        print("finally clause")
    return "end"
for k in ["none", "value", "key"]:
    print("->", attempt(k))
try:
    attempt("type")
except TypeError as e:
    print("outer caught:", e)
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise KeyError("from handler")
except KeyError as e:
    print("chained:", repr(e), repr(e.__context__))
try:
    raise ValueError("a", 1)
except ValueError as e:
    print(e.args, str(e), repr(e))
try:
    raise Exception()
except Exception as e:
    print(repr(str(e)), e.args)
e = None
try:
    1 / 0
except ZeroDivisionError as err:
    e = err
print(type(e).__name__, e)
try:
    err
except NameError as ne:
    print("NameError:", ne)
try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError:
    print("caught after finally")
def reraise():
    try:
        [].pop()
    except IndexError:
        print("logging and re-raising")
        raise
try:
    reraise()
except IndexError as e:
    print("re-raised:", e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
