class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, t, e, tb):
        print("exit sees", t.__name__ if t else None)
        raise RuntimeError("exit failed")


try:
    with ExitRaises():
        print("clean body")
except RuntimeError as e:
    print("caught", e, e.__context__)

try:
    with ExitRaises():
        raise ValueError("body failed")
except RuntimeError as e:
    print("caught", e, "context:", repr(e.__context__))


class ExitReraises:
    def __enter__(self):
        return self

    def __exit__(self, t, e, tb):
        if e is not None:
            raise TypeError("converted") from e


try:
    with ExitReraises():
        raise KeyError("orig")
except TypeError as err:
    print(err, repr(err.__cause__))


class EnterRaises:
    def __enter__(self):
        raise ValueError("enter failed")

    def __exit__(self, *a):
        print("exit should not run")
        return True


try:
    with EnterRaises():
        print("body should not run")
except ValueError as e:
    print("enter error:", e)


class NoExit:
    def __enter__(self):
        return 1


try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)


class NoEnter:
    def __exit__(self, *a):
        pass


try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
