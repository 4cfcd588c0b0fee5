class Tracked:
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        obj = super().__new__(cls)
        obj.created = True
        return obj

    def __init__(self, a, b=2):
        print("__init__", a, b)
        self.a = a
        self.b = b


t = Tracked(1)
print(t.created, t.a, t.b)
t2 = Tracked(5, b=7)
print(t2.a, t2.b)


class Singleton:
    _inst = None

    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.n = 0
        return cls._inst

    def __init__(self):
        self.n += 1


s1 = Singleton()
s2 = Singleton()
print(s1 is s2, s1.n)


class Other:
    def __repr__(self):
        return "Other()"


class Weird:
    def __new__(cls):
        return Other()

    def __init__(self):
        print("never called")


w = Weird()
print(w, type(w).__name__)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
try:
    Tracked()
except TypeError as e:
    print("TypeError:", e)
