class Fallback:
    real = "real attr"

    def __init__(self):
        self.inst = "instance attr"

    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError("no attribute " + repr(name))


f = Fallback()
print(f.real)
print(f.inst)
print(f.auto_hello)
try:
    f.missing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(f, "auto_x"))
print(hasattr(f, "zzz"))
print(getattr(f, "zzz", "dflt"))


class Logged:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("getattribute", name)
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback for " + name


g = Logged()
print(g.a)
print(g.secret)
print(g.other)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name):
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(3))
