# complex(): numbers, strings, __complex__, __float__ and __index__, and CPython's errors.
print(complex(), complex(1), complex(1.5), complex(True), complex(2, 3), complex(2.5, -1.5))
print(complex(1j), complex(1 + 2j, 3), complex(1 + 2j, 3j), complex(1, 2j), complex(1j, 1j))
print(complex(real=1, imag=2), complex(imag=2), complex(real=3), complex(-0.0, -0.0))
print(complex(10**20), complex(2, 10**20), complex(0, -0.0), complex(-0.0))
strings = ["1+2j", "  (3-4j) ", "j", "-j", "+J", "inf", "-inf", "nan", "nan+nanj", "-nanj",
           "1-nanj", "1_2j", "1e5j", "1+j", "1-j", "infj", "-infinityj", "1.5e-3-2.5E+2j",
           "\u0661+\u0662j", "(  1j  )", "1e400j", ".5j", "5.j", "  7  ", "\t1.5\n", "0.1",
           "-1e-400", "+1.0e+2-1.0e-2J", "\u20031j\u2003", "InFiNiTy-NaNj"]
for t in strings:
    print(repr(t), repr(complex(t)))
bad = ["1__2j", "_1j", "1_j", "1e", "(1+2j", "1+2j)", "()", "", " ", "1+", "j+1", "1\x00",
       "0x1", "--1", "1 +2j", "1+2", "1j1", "(1)(2)", "1+2jj", "1e5e5", "nanj+1", "1.2.3",
       "j j", "\u00bd", "1+\u00bdj"]
for t in bad:
    try:
        print(repr(t), complex(t))
    except ValueError as e:
        print(repr(t), "ValueError:", e)
errors = [(1, "x"), ("1", 2), ([],), (1, []), (b"1",), (None,), (1, 2, 3), ({},), ("1", None),
          (bytearray(b"1"),), (1, None), ((1,),)]
for args in errors:
    try:
        print(complex(*args))
    except TypeError as e:
        print("TypeError:", e)
for kw in [dict(real=1, imag=2, x=3), dict(real=1, foo=3), dict(imag="1")]:
    try:
        print(complex(**kw))
    except TypeError as e:
        print("TypeError:", e)
try:
    complex(1, real=2)
except TypeError as e:
    print("TypeError:", e)


class WithComplex:
    def __complex__(self):
        return 1 + 5j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 7


class BadComplex:
    def __complex__(self):
        return 3


class Both:
    def __complex__(self):
        return 4j

    def __float__(self):
        return 9.0


print(complex(WithComplex()), complex(WithFloat()), complex(WithIndex()), complex(Both()))
print(complex(WithFloat(), WithIndex()), complex(WithIndex(), WithFloat()), complex(1, WithFloat()))
print(complex(WithComplex(), 2), complex(Both(), 1j))
try:
    complex(BadComplex())
except TypeError as e:
    print("TypeError:", e)
try:
    complex(1, WithComplex())
except TypeError as e:
    print("TypeError:", e)
z = 3 + 4j
print(complex(z) is z, z.__complex__() is z, z.__getnewargs__(), (1j).__getnewargs__())
print(complex("1e-320j").imag, complex("1" * 400) if False else "skip", complex(" -0 ").real)
