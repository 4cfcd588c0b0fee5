registry = {}


class Plugin:
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        registry[key] = cls
        print("registered", key, "for", cls.__name__)


class Alpha(Plugin):
    pass


class Beta(Plugin, name="bee"):
    pass


class Gamma(Beta):
    pass


print(sorted(registry))
print(registry["bee"] is Beta)


class Base:
    def __init_subclass__(cls):
        cls.depth = getattr(cls, "depth", -1) + 1


class L1(Base):
    pass


class L2(L1):
    pass


class L3(L2):
    pass


print(L1.depth, L2.depth, L3.depth, hasattr(Base, "depth"))
try:
    class Bad(Plugin, unknown=1, name="bad"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Checked:
    def __init_subclass__(cls, **kw):
        if "run" not in cls.__dict__:
            raise TypeError(cls.__name__ + " must define run")


class Good(Checked):
    def run(self):
        return "ok"


print(Good().run())
try:
    class Lazy(Checked):
        pass
except TypeError as e:
    print("TypeError:", e)
