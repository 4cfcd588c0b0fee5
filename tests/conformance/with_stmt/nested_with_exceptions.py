class Layer:
    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, t, e, tb):
        handled = t is not None and issubclass(t, self.suppress)
        print("exit", self.name, t.__name__ if t else None, "suppress" if handled else "")
        return handled


with Layer("outer", (KeyError,)):
    with Layer("middle", (ValueError,)):
        with Layer("inner"):
            raise KeyError("deep")
        print("not reached")
    print("not reached either")
print("after outer")
with Layer("outer", (KeyError,)):
    with Layer("middle", (ValueError,)):
        with Layer("inner"):
            raise ValueError("v")
    print("middle suppressed, outer continues")
try:
    with Layer("a", (IndexError,)):
        with Layer("b", (IndexError,)):
            raise TypeError("nobody")
except TypeError as e:
    print("escaped:", e)
with Layer("catchall", (Exception,)):
    try:
        with Layer("x"):
            raise LookupError("l")
    except LookupError:
        print("caught by try in between")
        raise RuntimeError("re-raised in handler")
print("end")
