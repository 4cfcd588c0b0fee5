class CM:
    def __enter__(self):
        return "class enter"

    def __exit__(self, *a):
        print("class exit")


c = CM()
c.__enter__ = lambda: "instance enter"
c.__exit__ = lambda *a: print("instance exit")
with c as v:
    print(v)


class Base:
    def __enter__(self):
        print("Base.__enter__")
        return self

    def __exit__(self, *a):
        print("Base.__exit__")


class Derived(Base):
    def __exit__(self, t, e, tb):
        print("Derived.__exit__")
        return super().__exit__(t, e, tb)


with Derived() as d:
    print(type(d).__name__)


class Meta(type):
    def __enter__(cls):
        print("metaclass enter for", cls.__name__)
        return cls

    def __exit__(cls, *a):
        print("metaclass exit")


class UsesMeta(metaclass=Meta):
    pass


with UsesMeta as k:
    print(k)
try:
    with Derived:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
