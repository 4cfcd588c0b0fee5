class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, t, e, tb):
        if t is not None and issubclass(t, self.types):
            print("suppressed", t.__name__, e)
            self.caught = e
            return True
        return False


with Suppress(KeyError):
    {}["missing"]
    print("not printed")
print("after first")
with Suppress(ValueError, TypeError) as s:
    int("x")
print("caught attr:", repr(s.caught))
try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", e)


class Truthy:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return "non-empty string"


class Falsy:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return 0


with Truthy():
    raise ValueError("swallowed by truthy")
print("truthy suppressed")
try:
    with Falsy():
        raise ValueError("falsy does not suppress")
except ValueError as e:
    print(e)


def f():
    for i in range(3):
        with Suppress(ZeroDivisionError):
            print("result", 10 // (1 - i))
    return "loop finished"


print(f())
