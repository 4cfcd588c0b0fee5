def chain():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][0]
        except IndexError:
            raise KeyError("last")


try:
    chain()
except KeyError as e:
    c = e
    depth = 0
    while c is not None:
        print(depth, type(c).__name__, repr(c.args), c.__cause__ is None, c.__suppress_context__)
        c = c.__context__
        depth += 1

try:
    try:
        raise ValueError("first")
    finally:
        print("finally sees exception propagating")
        try:
            raise TypeError("in finally")
        except TypeError as inner:
            print("inner context:", repr(inner.__context__))
except ValueError as e:
    print("outer:", e, e.__context__)

try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            print("b.__context__ is a:", b.__context__ is a)
        raise RuntimeError("c")
except RuntimeError as c:
    print(repr(c.__context__), c.__context__.__context__)


def handler_raises_same():
    try:
        raise ValueError("orig")
    except ValueError as e:
        raise e


try:
    handler_raises_same()
except ValueError as e:
    print("same exception, context:", e.__context__)
