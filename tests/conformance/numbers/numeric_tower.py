# Needs the abc module (built on another branch).
import numbers
for v in [1, True, 2.5, 10**30]:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational), isinstance('1', numbers.Number))
class MyReal(numbers.Real):
    pass
try:
    MyReal()
except TypeError as e:
    print('abstract:', type(e).__name__)
print(numbers.Integral.__mro__[1].__name__, numbers.Number.__hash__)
class Half(numbers.Rational):
    numerator = 1
    denominator = 2
    def __abs__(self): return self
    def __add__(self, o): return NotImplemented
    __radd__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = __pow__ = __rpow__ = __add__
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __add__
    def __neg__(self): return self
    __pos__ = __neg__
    def __eq__(self, o): return False
    __lt__ = __le__ = __eq__
    def __trunc__(self): return 0
    __floor__ = __ceil__ = __trunc__
    def __round__(self, nd=None): return 0
print(float(Half()), Half().real is not None, Half().imag)
