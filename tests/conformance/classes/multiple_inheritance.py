class A:
    def who(self):
        return "A"

    def only_a(self):
        return "only in A"


class B(A):
    def who(self):
        return "B"


class C(A):
    def who(self):
        return "C"

    def only_c(self):
        return "only in C"


class D(B, C):
    pass


class E(C, B):
    pass


d = D()
e = E()
print(d.who(), e.who())
print(d.only_a(), d.only_c())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in E.__mro__])
print(D.__bases__)
print(isinstance(d, C), isinstance(e, B))


class Flying:
    def move(self):
        return "fly"

    def altitude(self):
        return 100


class Swimming:
    def move(self):
        return "swim"

    def depth(self):
        return 5


class Duck(Flying, Swimming):
    pass


class Fish(Swimming):
    pass


dk = Duck()
print(dk.move(), dk.altitude(), dk.depth())
print(Fish().move())
print([k.__name__ for k in Duck.mro()])
