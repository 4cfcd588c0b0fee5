from array import array
import array as arraymod

def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

print(arraymod.typecodes, arraymod.ArrayType is array)
for c in 'bBhHiIlLqQ':
    for v in (2**64, -2**64, 2**63, 2**40, -2**40, 70000, -70000, 300, 200, -200, -1, 1.0, 'a'):
        t(array, c, [v])
t(array, 'd', ['a']); t(array, 'f', [1e300]); t(array, 'd', [2**2000]); t(array, 'u', [1]); t(array, 'u', ['ab'])
t(array, 'u', 'abc'); t(array, 'd', 'abc'); t(array, 'z'); t(array, 1); t(array, 'dd'); t(array, 'd', [True])
class X:
    def __index__(self):
        return 5
class F:
    def __float__(self):
        return 2.5
t(array, 'i', [X()]); t(array, 'd', [X()]); t(array, 'd', [F()]); t(array, 'd', b'\0' * 8); t(array, 'd', bytearray(7))
t(array, 'i', array('d', [1.5])); t(array, 'd', array('u', 'a')); t(array, 'u', array('i', [1])); t(array, 'd', array('i', [1, 2]))
t(array, 'b', range(5)); t(array, 'H', (x * 3 for x in range(4)))

a = array('i', [1, 2, 3])
t(a.__getitem__, 5); t(a.__getitem__, 'x'); t(a.__setitem__, 5, 1); t(a.__setitem__, slice(0, 1), [1])
t(a.__setitem__, slice(0, 3, 2), array('i', [1, 2, 3])); t(a.__setitem__, slice(0, 1), array('d', [1.0]))
t(a.pop, 7); t(array('i').pop); t(a.remove, 9); t(a.index, 9); t(a.extend, array('d')); t(a.__add__, [1])
t(a.__add__, array('d')); t(a.frombytes, b'abc'); t(a.fromlist, (1,)); t(a.tounicode); t(array('u').fromunicode, b'x')
t(a.fromunicode, 'x'); t(a.__setitem__, 0, 2**40); t(a.__iadd__, [1])
print(repr(array('d', [1, 2])), repr(array('u', 'ab')), repr(array('b')), repr(array('f', [0.1])), str(array('q', [-1])))
print(array('i', [1]) == array('d', [1.0]), array('i', [1, 2]) < array('i', [1, 3]), array('i').__eq__([1]))
print(array('i', [1, 2]) < array('i', [1, 2, 0]), array('i', [2]) > array('d', [1.5]), array('b', [1]) == array('B', [1]))
print(array('d', [1.0]) == array('d', [float('nan')]), array('d', [0.0]) == array('d', [-0.0]), array('i', [1]) != array('i', [1, 2]))
print(type(iter(a)).__name__, array.__module__, a.__reduce_ex__(2), a.__copy__(), a * 2, 2 * a, a * -1)
print(a.buffer_info()[1], a.itemsize, array('u').itemsize, array('d').itemsize, a.typecode)

a = array('i', [1, 2, 3, 4, 5])
a[1:3] = array('i'); print(a)
del a[::2]; print(a)
a[::-1] = array('i', [7]); print(a)
a += array('i', [9]); a *= 2; print(a, a.tolist(), list(reversed(a)), len(a), 9 in a, 8 in a)
a = array('i', [1, 2, 3]); a[5:] = array('i', [4]); print(a); a[-10:1] = array('i', [0, 0]); print(a)
a[1:1] = a; print(a)
a = array('i', range(10)); print(a[::3], a[1:], a[-2], a[::-2], a[100:])
del a[1]; del a[-1]; del a[2:5]; print(a)
a.insert(0, 100); a.insert(100, 5); a.insert(-2, 42); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(7); print(a, a.count(8), a.index(8), array("i", [3, 2, 3]).index(3, -1), array("i", [1, 2, 3]).index(3, 1))
a.reverse(); print(a)
b = array('h', [1, 256]); b.byteswap(); print(b)
print(array('i', [1, 2]).tobytes(), array('H', b'\x01\x00\x02\x00'))
c = array('d'); c.frombytes(array('d', [1.5, 2.5]).tobytes()); c.fromlist([3, 4.5]); c.extend([5]); c.append(6); print(c)
u = array('u', 'hé'); u.fromunicode('llo'); print(u, u.tounicode(), u[1], len(u))
class S(array):
    pass
s = S('i', [1, 2])
print(s, type(s).__name__, type(s[:1]).__name__, type(s + s).__name__, isinstance(s, array))
s.extra = 1
print(s.__reduce_ex__(2))
t(lambda: array('i', [1]).index(1, 'a'))
class W:
    def __init__(self):
        self.chunks = []
    def write(self, b):
        self.chunks.append(b)
class R:
    def __init__(self, data):
        self.data = data
    def read(self, n):
        out, self.data = self.data[:n], self.data[n:]
        return out
w = W(); array('i', [1, 2]).tofile(w); print(w.chunks)
r = array('i'); r.fromfile(R(b'\x01\x00\x00\x00\x02\x00\x00\x00'), 2); print(r)
t(r.fromfile, R(b'\x03\x00\x00\x00'), 2); print(r)
t(r.fromfile, R(b''), -1)
it = iter(array('b', [1, 2]))
print(next(it), next(it), next(it, 'done'))
x = array('d', [0.0] * 5)
for i in range(5):
    x[i] = i * 0.5
print(x, sum(x), max(x), sorted(x, reverse=True))
