# Attribute-storage interaction with hooks: __getattr__ fallback after delete,
# object.__setattr__ / __getattribute__ / __delattr__ called directly,
# __setattr__ overrides writing via __dict__, dir() showing instance attrs.


class G:
    def __init__(self):
        self.real = "real"

    def __getattr__(self, name):
        return "fallback:" + name


g = G()
print(g.real, g.missing)
del g.real
print(g.real)
g.real = "back"
print(g.real)
g.__dict__.pop("real")
print(g.real, hasattr(g, "anything"), getattr(g, "x", "unused default"))
try:
    del g.real
except AttributeError as e:
    print("AttributeError:", e)


class Strict:
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError("no %s here" % name)


s = Strict()
s.auto_x = "explicit"
print(s.auto_x, s.auto_y)
del s.auto_x
print(s.auto_x)
try:
    s.plain
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(s, "plain"), getattr(s, "plain", "dflt"))

# object.__setattr__ / __getattribute__ / __delattr__ directly


class C:
    pass


c = C()
object.__setattr__(c, "a", 1)
print(c.a, object.__getattribute__(c, "a"), vars(c))
object.__setattr__(c, "a b", 2)
print(object.__getattribute__(c, "a b"))
object.__delattr__(c, "a")
print(vars(c))
try:
    object.__getattribute__(c, "a")
except AttributeError as e:
    print("AttributeError:", e)
try:
    object.__delattr__(c, "a")
except AttributeError as e:
    print("AttributeError:", e)
try:
    object.__setattr__(c, 1, 2)
except TypeError as e:
    print("TypeError:", e)
print(object.__getattribute__(c, "__dict__") is c.__dict__)
print(object.__getattribute__(c, "__class__").__name__)
c.__setattr__("m", "via method")
print(c.m, c.__getattribute__("m"))
c.__delattr__("m")
print(hasattr(c, "m"))


# __setattr__ override that stores via object.__setattr__ and __dict__
class Logged:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __setattr__(self, name, value):
        print("set", name, value)
        if name == "b":
            self.__dict__[name] = value * 10
        else:
            object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)


lg = Logged()
print(vars(lg))
lg.c = 3
setattr(lg, "b", 4)
del lg.a
delattr(lg, "c")
print(vars(lg))
lg.__dict__["quiet"] = 0
print(lg.quiet, vars(lg))


# __getattribute__ override sees instance attrs through super()
class Upper:
    def __init__(self):
        self.word = "hello"

    def __getattribute__(self, name):
        val = super().__getattribute__(name)
        if isinstance(val, str):
            return val.upper()
        return val


u = Upper()
print(u.word, u.__dict__)
u.other = "abc"
print(u.other, vars(u))

# dir() includes instance attributes


class D:
    cls = 1

    def method(self):
        pass

    def __init__(self):
        self.zeta = 1
        self.alpha = 2


d = D()
d.mid = 3
print([n for n in dir(d) if not n.startswith("__")])
del d.alpha
print([n for n in dir(d) if not n.startswith("__")])
d.__dict__["added"] = 0
print([n for n in dir(d) if not n.startswith("__")])
print("__dict__" in dir(d), "replaced" in dir(d))
d.__dict__ = {"replaced": 1}
print([n for n in dir(d) if not n.startswith("__")])

# hasattr triggers __getattr__; AttributeError inside property falls back


class P:
    def __init__(self):
        self.base = 1

    @property
    def broken(self):
        return self.nonexistent_attr

    def __getattr__(self, name):
        return "ga:" + name


p = P()
print(p.broken, p.base)
del p.base
print(p.base)

# __getattr__ not consulted for names present in the class
class Q:
    x = "class x"

    def __getattr__(self, name):
        return "ga:" + name


q = Q()
q.y = "inst y"
print(q.x, q.y, q.z)
del q.y
print(q.y)
