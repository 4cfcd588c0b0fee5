class SingletonMeta(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in SingletonMeta._instances:
            print("creating", cls.__name__)
            SingletonMeta._instances[cls] = super().__call__(*args, **kwargs)
        return SingletonMeta._instances[cls]


class Config(metaclass=SingletonMeta):
    def __init__(self, value=0):
        self.value = value


class Logger(metaclass=SingletonMeta):
    pass


a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)
l1 = Logger()
l2 = Logger()
print(l1 is l2, l1 is a)


class CountingMeta(type):
    def __call__(cls, *args):
        cls.count = getattr(cls, "count", 0) + 1
        if len(args) > 2:
            return "too many args"
        return type.__call__(cls, *args)


class Thing(metaclass=CountingMeta):
    def __init__(self, *args):
        self.args = args


t = Thing(1, 2)
print(t.args, Thing.count)
print(Thing(1, 2, 3), Thing.count)
print(Thing().args, Thing.count)


class ValidatingMeta(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        for key, val in ns.items():
            if key.startswith("check_") and not callable(val):
                raise TypeError("%s.%s must be callable" % (name, key))


class Good(metaclass=ValidatingMeta):
    def check_a(self):
        return True


try:
    class Bad(metaclass=ValidatingMeta):
        check_b = 5
except TypeError as e:
    print("TypeError:", e)
print(Good().check_a())
