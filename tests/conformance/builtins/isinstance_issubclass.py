print(isinstance(1, int), isinstance(1, float), isinstance(1, (float, int)), isinstance(True, int))
print(isinstance("s", str), isinstance([], (list, tuple)), isinstance((), list), isinstance(None, type(None)))
print(isinstance(1.0, (int, (str, float))), isinstance({}, dict), isinstance(set(), frozenset))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, int)), issubclass(int, object))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(ValueError, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
class C:
    pass
c = C()
print(isinstance(c, C), isinstance(c, object), isinstance(C, type), type(c).__name__, issubclass(C, object))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
