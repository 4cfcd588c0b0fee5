class Strict:
    allowed = ("x", "y")

    def __setattr__(self, name, value):
        print("setattr", name, value)
        if name not in self.allowed:
            raise AttributeError("cannot set " + name)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("delattr", name)
        if name == "x":
            raise AttributeError("x is permanent")
        object.__delattr__(self, name)


s = Strict()
s.x = 1
s.y = 2
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(s.x, s.y, s.__dict__)
try:
    del s.x
except AttributeError as e:
    print("AttributeError:", e)
del s.y
print(s.__dict__)
setattr(s, "y", 9)
print(s.y)


class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, name, value):
        raise AttributeError("frozen: " + name)

    def __repr__(self):
        return "Frozen(%r)" % self.v


fr = Frozen(5)
print(fr)
try:
    fr.v = 6
except AttributeError as e:
    print("AttributeError:", e)
print(fr)


class Recorder:
    def __init__(self):
        self.__dict__["log"] = []

    def __setattr__(self, name, value):
        self.log.append(name)
        self.__dict__[name] = value * 2


r = Recorder()
r.a = 1
r.b = "x"
print(r.a, r.b, r.log)
