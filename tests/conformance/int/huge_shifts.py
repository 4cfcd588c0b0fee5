# Shifts whose result cannot exist: CPython sizes the result in 30-bit digits; past its
# digit limit the error is OverflowError, below it the allocation fails (MemoryError).
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, repr(str(e)))
    else:
        print(label, '->', r if abs(r) < 10 ** 40 else 'big')

edge = 30 * 2305843009213693944
cases = [
    ('1 << 2**62', lambda: 1 << 2 ** 62),
    ('1 << 2**63', lambda: 1 << 2 ** 63),
    ('1 << 2**64', lambda: 1 << 2 ** 64),
    ('-1 << 2**62', lambda: -1 << 2 ** 62),
    ('2**100 << 2**63', lambda: 2 ** 100 << 2 ** 63),
    ('1 << 10**100', lambda: 1 << 10 ** 100),
    ('-7 << 10**30', lambda: -7 << 10 ** 30),
    ('1 << edge', lambda: 1 << edge),
    ('1 << edge + 1', lambda: 1 << edge + 1),
    ('2**40 << edge - 60', lambda: 2 ** 40 << edge - 60),
    ('2**40 << edge - 30', lambda: 2 ** 40 << edge - 30),
    ('2**40 << edge', lambda: 2 ** 40 << edge),
    ('True << 2**70', lambda: True << 2 ** 70),
    ('0 << 10**100', lambda: 0 << 10 ** 100),
    ('0 << 2**63', lambda: 0 << 2 ** 63),
    ('1 << -1', lambda: 1 << -1),
    ('0 << -1', lambda: 0 << -1),
    ('2**100 << -1', lambda: 2 ** 100 << -1),
    ('1 << -(10**100)', lambda: 1 << -(10 ** 100)),
    ('1 >> -1', lambda: 1 >> -1),
    ('2**100 >> -5', lambda: 2 ** 100 >> -5),
    ('5 >> 10**100', lambda: 5 >> 10 ** 100),
    ('-5 >> 10**100', lambda: -5 >> 10 ** 100),
    ('-(2**100) >> 2**63', lambda: -(2 ** 100) >> 2 ** 63),
    ('1 << 100', lambda: 1 << 100),
    ('(1 << 100000).bit_length()', lambda: (1 << 100000).bit_length()),
    ('int.__lshift__(1, 2**62)', lambda: int.__lshift__(1, 2 ** 62)),
    ('int.__lshift__(1, 10**100)', lambda: int.__lshift__(1, 10 ** 100)),
    ('(3).__rlshift__(-1)', lambda: (3).__rlshift__(-1)),
]
for label, f in cases:
    show(label, f)

x = 1
try:
    x <<= 10 ** 100
except OverflowError as e:
    print('augmented:', e, x)
try:
    x <<= -3
except ValueError as e:
    print('augmented:', e, x)
