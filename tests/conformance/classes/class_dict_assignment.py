# Assigning and deleting __class__ and __dict__ on instances.


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


class P:
    def who(self):
        return "P"


class Q:
    def who(self):
        return "Q"


p = P()
p.v = 1
p.__class__ = Q
print(type(p).__name__, p.who(), p.v, isinstance(p, Q), isinstance(p, P))
attempt(lambda: setattr(p, "__class__", 1))
attempt(lambda: setattr(p, "__class__", int))
attempt(lambda: setattr(1, "__class__", P))
attempt(lambda: setattr(object(), "__class__", P))
attempt(lambda: delattr(p, "__class__"))


class Sl:
    __slots__ = ("a",)


class Sl2:
    __slots__ = ("a",)


class Sl3:
    __slots__ = ("b",)


attempt(lambda: setattr(p, "__class__", Sl))
s = Sl()
s.a = 5
s.__class__ = Sl2
print(type(s).__name__, s.a)
attempt(lambda: setattr(s, "__class__", Sl3))


class L(list):
    pass


attempt(lambda: setattr(L(), "__class__", P))


class E1(Exception):
    pass


class E2(Exception):
    pass


e = E1("x")
e.__class__ = E2
print(type(e).__name__, e.args)
attempt(lambda: setattr(e, "__class__", OSError))

x = P()
x.__dict__ = {"replaced": True}
print(x.replaced, x.__dict__)
attempt(lambda: setattr(x, "__dict__", 1))
del x.__dict__
print(x.__dict__)
x.after = 1
print(x.__dict__)
desc = P.__dict__["__dict__"]
print(desc.__name__, desc.__objclass__.__name__, desc.__get__(x))
desc.__set__(x, {"k": 1})
print(x.k)
attempt(lambda: desc.__get__(1))
attempt(lambda: desc.__set__(x, 3))
desc.__delete__(x)
print(x.__dict__)
wr = P.__dict__["__weakref__"]
print(wr.__get__(x))
attempt(lambda: setattr(x, "__weakref__", 1))
attempt(lambda: delattr(x, "__weakref__"))
print(hasattr(x, "__dict__"), hasattr(Sl(), "__dict__"))
