import struct

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'e', 'f', 'd', '?', 'c', 'x', '5s', '5p',
            'ci', '@cq', 'bhilqd', '=bhilqd', '<bhilqd', '>bhilqd', '!hi', 'b0i', 'xi', '10s2p', '3i', '', 'c i', '@?e']:
    t(struct.calcsize, fmt)

for fmt, vals in [('<b', (-128,)), ('<B', (255,)), ('>h', (-2,)), ('<H', (65535,)), ('>i', (-(2**31),)), ('<I', (2**32 - 1,)),
                  ('<l', (7,)), ('<L', (2**32 - 1,)), ('>q', (-(2**63),)), ('<Q', (2**64 - 1,)), ('n', (-5,)), ('N', (5,)),
                  ('<e', (1.5,)), ('<e', (65504.0,)), ('<e', (1e-7,)), ('>e', (-0.0,)), ('<f', (1.1,)), ('>d', (3.141592653589793,)),
                  ('?', (0,)), ('?', ([1],)), ('c', (b'z',)), ('4s', (b'ab',)), ('2s', (b'abcd',)), ('4p', (b'abcdef',)),
                  ('<hxi', (1, 2)), ('hi', (1, 2)), ('<3h', (1, 2, 3)), ('<d', (5,)), ('<i', (True,)), ('s', (bytearray(b'q'),)),
                  ('<e', (float('inf'),)), ('<f', (1e300,)), ('f', (1e300,)), ('P', (-1,))]:
    try:
        packed = struct.pack(fmt, *vals)
        print(fmt, packed, struct.unpack(fmt, packed))
    except Exception as e:
        print(fmt, type(e).__name__, e)

for fmt, v in [('b', 200), ('B', -1), ('h', 2**15), ('<h', 2**15), ('<H', -1), ('i', 2**31), ('<i', 2**31), ('I', -1),
               ('<I', -1), ('l', 2**63), ('<l', 2**31), ('L', -1), ('<L', 2**32), ('I', 2**32), ('<B', 256), ('<b', 128),
               ('q', 2**63), ('<Q', 2**64), ('n', 2**63), ('N', -1), ('P', 2**64), ('i', 1.0), ('i', '1'), ('n', 2.5),
               ('c', b'ab'), ('c', 'a'), ('s', 'a'), ('p', 1), ('e', 1e10), ('<e', 65520.0), ('<f', 3.5e38), ('d', 'x'), ('i', 2**100)]:
    t(struct.pack, fmt, v)

class Idx:
    def __index__(self):
        return 7
print(struct.pack('<i', Idx()), struct.pack('<d', Idx()))

t(struct.pack, 'z'); t(struct.pack, '<P', 1); t(struct.pack, '3'); t(struct.pack, 'i', 1, 2); t(struct.pack, 'ii', 1)
t(struct.unpack, 'i', b'abc'); t(struct.unpack, 'i', 'abcd'); t(struct.calcsize, '\0'); t(struct.calcsize, '3 i')
t(struct.calcsize, '99999999999999999999i'); t(struct.calcsize, '4000000000000000000q'); t(struct.pack, ' <i')
t(struct.unpack, '<e', b'\x00\x7c'); t(struct.unpack, '<e', b'\x01\x00'); t(struct.unpack, '<e', b'\x00\xfe')
t(struct.unpack, '5p', b'\x09abcd'); t(struct.unpack, '>bhiq', bytes(range(15))); t(struct.unpack, '2c', b'ab')
t(struct.unpack, '<?', b'\x05'); t(struct.unpack, '<Q', b'\xff' * 8); t(struct.unpack, '<q', b'\xff' * 8)
t(struct.unpack, '', b''); t(struct.pack, '')

t(struct.unpack_from, 'i', b'abc', 1); t(struct.unpack_from, 'i', b'abcdef', -10); t(struct.unpack_from, 'i', b'abcdef', -2)
t(struct.unpack_from, '<i', b'abcdefgh', offset=4); t(struct.unpack_from, '<h', b'abcdefgh', -2)
ba = bytearray(6)
t(struct.pack_into, 'i', ba, 3, 1); t(struct.pack_into, 'i', ba, -2, 1); t(struct.pack_into, 'i', ba, -10, 1)
t(struct.pack_into, 'i', b'abcdef', 0, 1); t(struct.pack_into, '<h', ba, 1, 0x102); t(struct.pack_into, '<h', ba, -2, 0x304)
print(ba)
t(lambda: list(struct.iter_unpack('<h', b'\x01\x00\x02\x00'))); t(lambda: list(struct.iter_unpack('i', b'abcde')))
t(lambda: list(struct.iter_unpack('', b'abcde')))
it = struct.iter_unpack('<b', b'\x01\x02\x03')
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it))

s = struct.Struct('<hi')
print(s.format, s.size, s.pack(1, 2), s.unpack(s.pack(1, 2)), s.unpack_from(b'\0' + s.pack(1, 2), 1))
print(list(s.iter_unpack(s.pack(1, 2) * 2)), struct.Struct(b'>d').format)
sb = bytearray(8); s.pack_into(sb, 1, -1, -2); print(sb)
t(struct.Struct, 5); t(struct.Struct, 'i', 1); t(s.pack, 1)
class MyStruct(struct.Struct):
    pass
m = MyStruct('<q')
print(type(m).__name__, m.size, m.pack(5), isinstance(m, struct.Struct))
print(struct.error.__module__, issubclass(struct.error, Exception))
try:
    struct.pack('b', 999)
except struct.error as e:
    print('caught', e)
