# memoryview over bytes and bytearray: items, slices, comparisons, assignment, exports.
b = b'hello world'
m = memoryview(b)
print(len(m), m[0], m[-1], m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.obj is b)
s = m[1:5]
print(type(s).__name__, s.tobytes(), s.tolist(), len(s), s.obj is b)
print(m[::2].tobytes(), m[::-1].tobytes(), m[::-3].tolist(), m[::2].strides)
print(m.hex(), m[:3].hex(':'), m.tobytes() == b, m == b, m == b'x', m != b, m == memoryview(b))
print(bytes(m[2:4]), bytearray(m[:2]), b'-'.join([m[:2], memoryview(b'ab')]))
print(hash(m) == hash(b), hash(m[1:3]) == hash(b'el'))
ba = bytearray(b'abcdef')
mv = memoryview(ba)
print(mv.readonly)
mv[0] = 65
mv[1:3] = b'xy'
mv[-1] = 0x5a
print(ba)
mv[::2] = b'123'
print(ba, mv.tolist()[:3])
for bad in [lambda: mv.__setitem__(0, 256), lambda: mv.__setitem__(0, -1), lambda: mv.__setitem__(0, 'a'), lambda: mv.__setitem__(slice(0, 2), b'abc'), lambda: mv.__setitem__(10, 1), lambda: mv[10], lambda: mv['x'], lambda: m.__setitem__(0, 1), lambda: hash(mv), lambda: memoryview('abc'), lambda: memoryview(5), lambda: mv.__delitem__(0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    ba.append(1)
except BufferError as e:
    print('BufferError', e)
for op in [lambda: ba.extend(b'xy'), lambda: ba.pop(), lambda: ba.clear(), lambda: ba.insert(0, 1), lambda: ba.remove(ord('1')), lambda: ba.__iadd__(b'x'), lambda: ba.__delitem__(0), lambda: ba.__setitem__(slice(0, 1), b'xyz')]:
    try:
        op()
        print('no error', ba)
    except BufferError as e:
        print('BufferError', e)
ba[0:1] = b'Q'
print(ba)
mv.release()
ba.append(33)
print(ba)
for bad in [lambda: mv[0], lambda: len(mv), lambda: mv.tobytes(), lambda: mv.readonly, lambda: mv.format, lambda: hash(mv), lambda: bytes(mv)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
print(mv == mv, mv == ba)
with memoryview(bytearray(b'xyz')) as w:
    print(w.tobytes())
try:
    w.tolist()
except ValueError as e:
    print(e)
c = memoryview(b'ab\xff').cast('b')
print(c.format, c.tolist(), c[2])
c2 = memoryview(b'ab').cast('c')
print(c2.format, c2.tolist(), c2[0])
for f in ['x', 'BB']:
    try:
        memoryview(b'ab').cast(f)
    except ValueError as e:
        print('ValueError', e)
try:
    memoryview(b'abcd')[::2].cast('B')
except TypeError as e:
    print('TypeError', e)
print(list(memoryview(b'abc')), 98 in memoryview(b'abc'))
m2 = memoryview(memoryview(b'xyz')[1:])
print(m2.tobytes(), m2.obj)
print(memoryview(b'abc').toreadonly().readonly, memoryview(bytearray(b'a')).toreadonly().readonly)
x = bytearray(b'12345')
v1 = memoryview(x)
v2 = v1[1:3]
v1.release()
try:
    x.append(1)
except BufferError as e:
    print('still exported', e)
del v2
x.append(54)
print(x)
print(memoryview(b'').tolist(), memoryview(b'abc')[5:].tobytes(), memoryview(b'abc').c_contiguous, memoryview(b'abcd')[::2].contiguous)
print(str(memoryview(b'a'))[:8], repr(mv)[:17])
for bad in [lambda: memoryview(b'abc')[2**70], lambda: memoryview(b'abc')[-2**70], lambda: memoryview(bytearray(b'abc')).__setitem__(0, 2**70)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
print(memoryview(b'abc')[::2**70].tolist(), memoryview(b'abcdef')[::-2**70].tolist())
print(b"abc" == memoryview(b"abc"), memoryview(b"abc") == b"abc", bytearray(b"x") == memoryview(b"x"), isinstance(memoryview(b""), memoryview))
try:
    class Sub(memoryview):
        pass
except TypeError as e:
    print("TypeError", e)
