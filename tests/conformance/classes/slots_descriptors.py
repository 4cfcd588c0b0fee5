# __slots__ in depth: member descriptors, their errors, inheritance and the class dict.


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


class S:
    __slots__ = ("y", "x", "__z")

    def f(self):
        return "f"


print(list(S.__dict__))
print(S.__slots__)
s = S()
try:
    s.x
except AttributeError as e:
    print(repr(e), e.name, e.obj is s)
attempt(lambda: s.__dict__)
attempt(lambda: s.__weakref__)
try:
    del s.x
except AttributeError as e:
    print("del unset:", repr(e))
for name in ("q", "f"):
    try:
        setattr(s, name, 1)
    except AttributeError as e:
        print("set", name, repr(e))
    try:
        delattr(s, name)
    except AttributeError as e:
        print("del", name, repr(e))

d = S.x
print(type(d).__name__, type(d).__module__, repr(d))
print(d.__name__, d.__qualname__, d.__objclass__.__name__, d.__doc__)
print(d.__get__(None, S) is d)
attempt(lambda: d.__get__(None))
attempt(lambda: d.__get__())
attempt(lambda: d.__get__(1, 2, 3))
attempt(lambda: d.__get__(1))
attempt(lambda: d.__set__(1, 2))
attempt(lambda: d.__set__(1))
attempt(lambda: d.__delete__(1))
attempt(lambda: d.__delete__())
d.__set__(s, 5)
print(d.__get__(s), d.__get__(s, S), s.x)
d.__delete__(s)
attempt(lambda: d.__get__(s))
try:
    d.__name__ = "r"
except AttributeError as e:
    print(repr(e))
attempt(lambda: type(d)())

print(S._S__z)
s._S__z = 4
print(s._S__z)


class X:
    __slots__ = "abc"


print(X.__slots__, list(X.__dict__))
x = X()
x.abc = [1]
print(x.abc)


class Y:
    __slots__ = {"k": "doc of k"}


print(list(Y.__dict__))


class Q(S):
    __slots__ = ("w",)


q = Q()
q.x, q.y, q.w = 1, 2, 3
print(q.x, q.y, q.w, list(Q.__dict__))
print(Q.x is S.x)
attempt(lambda: Q.w.__get__(S()))


class A:
    __slots__ = ("a",)


class B(A):
    pass


class C(A):
    __slots__ = ("c",)


class D(B, C):
    pass


print(list(D.__dict__))
dd = D()
dd.a, dd.c, dd.z = 1, 2, 3
print(dd.a, dd.c, dd.__dict__)


class P:
    pass


class Mixed(A, P):
    __slots__ = ()


m = Mixed()
m.zz = 1
print(m.__dict__, list(Mixed.__dict__))


class L(list):
    __slots__ = ("tag",)


lst = L([1, 2])
lst.tag = "t"
print(lst, lst.tag)
attempt(lambda: setattr(lst, "other", 1))


class E(Exception):
    __slots__ = ("code",)


e = E("boom")
e.code = 7
e.note = "n"
print(e.code, e.args, e.__dict__)


class W:
    __slots__ = "__weakref__"


w = W()
print(w.__weakref__, W.__weakref__)
attempt(lambda: setattr(w, "__weakref__", 1))


class WithDict:
    __slots__ = ("a", "__dict__")


wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.__dict__, list(WithDict.__dict__), WithDict.__dict__["__dict__"])


class Base:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


class Child(Base):
    __slots__ = ("w",)

    def __init__(self, v, w):
        super().__init__(v)
        self.w = w

    def total(self):
        return self.v + self.w


print(Child(3, 4).total())


def make(ns, bases=()):
    return type("T", bases, ns)


attempt(lambda: make({"__slots__": ("a",), "a": 1}))
attempt(lambda: make({"__slots__": ("a", "b", "a")}).__slots__)
attempt(lambda: make({"__slots__": ("1a",)}))
attempt(lambda: make({"__slots__": (1,)}))
attempt(lambda: make({"__slots__": 3}))
attempt(lambda: make({"__slots__": ("__dict__", "__dict__")}))
attempt(lambda: make({"__slots__": ("__weakref__", "__weakref__")}))
attempt(lambda: make({"__slots__": ("__dict__",)}, (P,)))
attempt(lambda: make({"__slots__": ("__weakref__",)}, (P,)))
attempt(lambda: make({"__slots__": ("a",)}, (int,)))
attempt(lambda: make({"__slots__": ("__dict__",)}, (int,)))
attempt(lambda: make({"__slots__": ("a",)}, (tuple,)))
attempt(lambda: list(make({"__slots__": ()}, (int,)).__dict__))
attempt(lambda: make({}, (A, make({"__slots__": ("b",)}))))
attempt(lambda: list(make({"__slots__": ("__dict__",), "__dict__": 1}).__dict__))


class I1(int):
    pass


class I2(int):
    pass


attempt(lambda: make({}, (I1, I2)))
