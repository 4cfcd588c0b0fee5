try:
    raise ValueError("x")
except ValueError as err:
    print("inside:", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)

saved = None
try:
    raise KeyError("keep")
except KeyError as err2:
    saved = err2
print("saved:", repr(saved))


def f():
    e = "local before"
    try:
        raise TypeError("t")
    except TypeError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return "UnboundLocalError: " + str(u)


print(f())
try:
    raise IndexError("i")
except (KeyError, IndexError) as multi:
    print("tuple handler:", type(multi).__name__)
handlers = (ValueError, TypeError)
try:
    raise TypeError("dynamic tuple")
except handlers as h:
    print("dynamic:", h)
try:
    try:
        raise ValueError("v")
    except "not a class":
        pass
except TypeError as e:
    print("TypeError:", e)
