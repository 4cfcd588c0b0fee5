class C:
    def inst(self, *a):
        return ("inst", type(self).__name__, a)

    @classmethod
    def cls(cls, *a):
        return ("cls", cls.__name__, a)

    @staticmethod
    def stat(*a):
        return ("stat", a)


class D(C):
    pass


for target in (C, C(), D, D()):
    print(target.cls(1), target.stat(2))
print(C().inst(3), D().inst(4))
print(C.inst(D(), 5))
try:
    C.inst()
except TypeError as e:
    print("TypeError:", e)
print(C.inst("not a C", 6) if False else "skipped")
print(C.inst.__name__, C.cls.__name__, C.stat.__name__)
print(C.cls.__self__ is C, D.cls.__self__ is D)
print(C().inst.__self__.__class__.__name__)
print(C.inst.__qualname__, C.cls.__qualname__)
f = C.__dict__["inst"]
print(f.__get__(D(), D)(7))
print(f(C(), 8))
