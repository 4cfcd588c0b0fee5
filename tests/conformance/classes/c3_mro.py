class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass


def names(cls):
    return " ".join(k.__name__ for k in cls.__mro__)


for cls in [A, K1, K2, K3, Z]:
    print(cls.__name__, "->", names(cls))
print(Z.mro() == list(Z.__mro__))
print(type(Z.__mro__).__name__, type(Z.mro()).__name__)

try:
    class Bad(A, K1):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)


class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q):
        pass
except TypeError as e:
    print("TypeError:", e)
print(names(P), "|", names(Q))
print(object.__mro__)
print(int.__mro__)
print(bool.__mro__)
