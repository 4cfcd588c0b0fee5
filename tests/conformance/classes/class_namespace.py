# What a class statement and type(name, bases, ns) leave in the class dict, and the names
# that live on the type rather than in it.
class Base:
    """Base docs."""

    def method(self):
        return 1


class Child(Base):
    x = 1


print([k for k in Base.__dict__ if k not in ("__dict__", "__weakref__")])
print([k for k in Child.__dict__ if k not in ("__dict__", "__weakref__")])
print("__qualname__" in Child.__dict__, Child.__qualname__, Base.__doc__, Child.__doc__, Child().__doc__)


def factory():
    class Inner:
        class Deeper:
            pass

    return Inner


print(factory().__qualname__, factory().Deeper.__qualname__)
T = type("T", (Base,), {"__qualname__": "Outer.T", "y": 2})
print(T.__qualname__, T.__name__, T.__module__, T.__doc__, T().method())
print([k for k in T.__dict__ if k not in ("__dict__", "__weakref__")])
Child.__qualname__ = "Renamed"
Child.__name__ = "Kid"
print(Child.__qualname__, Child.__name__, repr(Child), "__name__" in Child.__dict__)
for bad in [
    lambda: type("U", (), {"__qualname__": 5}),
    lambda: setattr(Child, "__name__", 3),
    lambda: setattr(Child, "__qualname__", None),
    lambda: type("V", (1,), {}),
    lambda: type("W", (object, "s"), {}),
    lambda: type("Z", (object(),), {}),
]:
    try:
        bad()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
