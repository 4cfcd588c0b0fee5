class A:
    def f(self):
        return ["A"]


class B(A):
    def f(self):
        return ["B"] + super(B, self).f()


class C(A):
    def f(self):
        return ["C"] + super(C, self).f()


class D(B, C):
    def f(self):
        return ["D"] + super(D, self).f()


d = D()
print(d.f())
print(super(B, d).f())
print(super(C, d).f())
print(super(D, d).f())
print(B().f())
print(super(D, D).f(d))


class Mixin:
    def hello(self):
        return "mixin->" + super().hello()


class Root:
    def hello(self):
        return "root"


class Combo(Mixin, Root):
    def hello(self):
        return "combo->" + super().hello()


print(Combo().hello())
print([k.__name__ for k in Combo.__mro__])
print(super(Mixin, Combo()).hello())
sp = super(B, d)
print(type(sp).__name__)
print(sp.f())
