# sys.getsizeof: sizes grow with contents, __sizeof__ is consulted (plus the collector's
# pre-header for tracked objects), errors and the default argument.
import sys

gs = sys.getsizeof

print(type(gs([])) is int, gs([]) > 0)
print(gs([1, 2, 3]) > gs([]))
print(gs(list(range(100))) > gs([1, 2, 3]))
print(gs({1: 2, 3: 4, 5: 6, 7: 8, 9: 10, 11: 12}) > gs({}))
print(gs(set(range(50))) > gs(set()))
print(gs(frozenset(range(50))) > gs(frozenset()))
print(gs("abc" * 100) > gs(""), gs("abc" * 100) >= 300)
print(gs(b"x" * 100) > gs(b""), gs(b"x" * 100) >= 100)
print(gs(bytearray(100)) > gs(bytearray()))
print(gs(tuple(range(10))) > gs(()))
print(gs(2 ** 1000) > gs(2 ** 100) > 0)

# Objects the collector does not track report exactly their __sizeof__; tracked ones add
# the same pre-header whatever their type.
for v in ["", "hello", b"abc", 2 ** 100, 1.5, 7, None, True]:
    print(repr(v)[:10], gs(v) == v.__sizeof__())
print(gs([]) - [].__sizeof__() == gs({}) - {}.__sizeof__() == gs(()) - ().__sizeof__())
print(gs([]) - [].__sizeof__() > 0)


class A:
    def __sizeof__(self):
        return 100


class A2:
    def __sizeof__(self):
        return 7


class Flag:
    def __sizeof__(self):
        return True


class Big(int):
    pass


class Sized(int):
    def __sizeof__(self):
        return Big(40)


print(gs(A()) >= 100, gs(A()) - 100 == gs(A2()) - 7 == gs(Flag()) - 1)
print(gs(Sized()) >= 40)
print(A().__sizeof__(), object.__sizeof__(A()) > 0)
print(gs(object()) >= object().__sizeof__())


class NotInt:
    def __sizeof__(self):
        return "x"


class FloatSize:
    def __sizeof__(self):
        return 3.0


class Negative:
    def __sizeof__(self):
        return -1


class Huge:
    def __sizeof__(self):
        return 2 ** 70


class Raises:
    def __sizeof__(self):
        raise TypeError("nope")


class RaisesValue:
    def __sizeof__(self):
        raise ValueError("bad")


class NoneSizeof:
    __sizeof__ = None


for cls in [NotInt, FloatSize, Negative, Huge, Raises, RaisesValue, NoneSizeof]:
    try:
        print(cls.__name__, gs(cls()))
    except Exception as e:
        print(cls.__name__, type(e).__name__, e)
    try:
        print(cls.__name__, "default:", gs(cls(), "dflt"))
    except Exception as e:
        print(cls.__name__, "default:", type(e).__name__, e)

print(gs(object=[]) == gs([]))
print(gs([], default=None) == gs([]))
for call in [lambda: gs(), lambda: gs(1, 2, 3), lambda: gs(1, bogus=2), lambda: gs(1, object=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(gs(int) > 0, gs(gs) > 0, gs(A) > 0)
