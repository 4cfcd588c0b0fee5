class A:
    cls_attr = 1

    def __init__(self):
        self.inst = 2

    def me(self):
        return __class__


class B(A):
    def me2(self):
        return __class__


a = A()
b = B()
print(a.__class__, b.__class__)
print(a.__class__ is A, b.__class__.__name__)
print(b.me(), b.me2())
print(a.__dict__, b.__dict__)
b.__dict__["injected"] = "yes"
print(b.injected)
print(sorted(k for k in A.__dict__ if not k.startswith("__")))
print(sorted(k for k in B.__dict__ if not k.startswith("__")))
print("__init__" in A.__dict__, "__init__" in B.__dict__)
print(A.__dict__["cls_attr"])
print(type(A.__dict__).__name__)
try:
    A.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)


class C:
    pass


c = C()
c.__class__ = A
print(type(c).__name__, c.cls_attr, isinstance(c, A))
print(c.__dict__)
print(int.__class__, type.__class__, (5).__class__)
print(A.__class__)
x = A()
x.__dict__ = {"replaced": True}
print(x.replaced, hasattr(x, "inst"))
