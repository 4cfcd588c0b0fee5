def f():
    try:
        print("in try")
        return 1
    finally:
        print("in finally")
        raise LookupError("raised in finally")


try:
    f()
except LookupError as e:
    print("first call caught:", e, e.__context__)


def g():
    try:
        raise KeyError("original")
    finally:
        [][5]


g()
