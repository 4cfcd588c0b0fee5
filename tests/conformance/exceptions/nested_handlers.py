def level3(x):
    if x == "a":
        raise ValueError("from level3")
    if x == "b":
        raise KeyError("b")
    return x * 2


def level2(x):
    try:
        return level3(x)
    except KeyError as e:
        print("level2 handled KeyError", e)
        return "recovered"
    finally:
        print("level2 finally for", x)


def level1(x):
    try:
        r = level2(x)
        print("level1 got", r)
    except ValueError as e:
        print("level1 handled", e)
        raise RuntimeError("wrapped") from e
    finally:
        print("level1 finally for", x)


for x in ["z", "b", "a"]:
    try:
        level1(x)
    except RuntimeError as e:
        print("top:", e, "<-", e.__cause__)
    print("---")


def exception_in_handler():
    try:
        raise ValueError("first")
    except ValueError:
        print("in handler")
        {}["missing"]


try:
    exception_in_handler()
except KeyError as e:
    print("KeyError with context", repr(e.__context__))
