def f(kind):
    if kind == "class":
        raise ValueError
    if kind == "instance":
        raise ValueError("with message")
    if kind == "args":
        raise ValueError("a", 2, None)
    if kind == "var":
        err = KeyError("stored")
        raise err
    if kind == "call":
        raise (lambda: TypeError("from lambda"))()


for kind in ["class", "instance", "args", "var", "call"]:
    try:
        f(kind)
    except Exception as e:
        print(kind, type(e).__name__, repr(e), e.args, str(e))

try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise object
except TypeError as e:
    print("TypeError:", e)
try:
    raise NotImplemented
except TypeError as e:
    print("TypeError:", e)


class NotExc:
    pass


try:
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)
e = ValueError("reuse")
for i in range(2):
    try:
        raise e
    except ValueError as caught:
        print(i, caught is e)
try:
    raise ValueError("x") from 5
except TypeError as err:
    print("TypeError:", err)
