class Outer:
    """Outer docstring."""

    class Inner:
        """Inner doc."""

        def method(self):
            pass

        class Deeper:
            pass

    def method(self):
        """Method doc."""
        class Local:
            pass
        return Local


print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deeper.__qualname__)
print(Outer.Inner.method.__qualname__)
print(Outer.method.__qualname__)
L = Outer().method()
print(L.__name__, L.__qualname__)
print(Outer.__module__, Outer.Inner.__module__)
print(Outer.__doc__)
print(Outer.Inner.__doc__)
print(Outer.method.__doc__)
print(Outer.Inner.Deeper.__doc__)
print(__name__)
print(repr(Outer.Inner))
print(L)


def factory():
    class Made:
        pass
    return Made


M = factory()
print(M.__qualname__)
print(M.__name__)


class NoDoc:
    x = 1


print(NoDoc.__doc__)
Outer.__name__ = "Renamed"
print(Outer.__name__, Outer.__qualname__)
print(int.__name__, int.__qualname__, int.__module__)
print(type(None).__name__)
