def add_repr(cls):
    def __repr__(self):
        parts = ", ".join("%s=%r" % kv for kv in sorted(self.__dict__.items()))
        return "%s(%s)" % (type(self).__name__, parts)
    cls.__repr__ = __repr__
    return cls


def tagged(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco


registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


@register
@tagged("T1")
@add_repr
class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty


@register
class Other:
    pass


print(Item("bolt", 3))
print(Item.tag, registry)


def replace(cls):
    return "replaced " + cls.__name__


@replace
class Gone:
    pass


print(Gone)


def counted_init(cls):
    orig = cls.__init__

    def __init__(self, *a, **k):
        cls.instances = getattr(cls, "instances", 0) + 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls


@counted_init
@add_repr
class P:
    def __init__(self, v):
        self.v = v


ps = [P(i) for i in range(4)]
print(P.instances, ps)
