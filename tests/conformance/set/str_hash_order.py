# str and bytes hashes are CPython's SipHash-1-3 (PYTHONHASHSEED=0), so sets and
# dict-derived orders of strings iterate as CPython's do.
words = {'apple', 'banana', 'cherry', 'date'}
print(words)
print(sorted(words) == list(words))
print({'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'})
print(set('hello world'))
print(frozenset(['x', 'yy', 'zzz', 'wwww']))

# One code point width per set: 1 byte (ASCII, Latin-1), 2 bytes, 4 bytes.
print({'é', 'ü', 'ñ', 'ç', 'ø'})
print({'€', 'λ', 'Ж', 'ש', '中文'})
print({'😀', '🐍', '𝄞', 'a😀'})
print({'café', 'naïve', 'über', 'plain', '€uro', '🙂ok'})
print({b'abc', b'', b'\xff\x00', b'0123456789abcdef', b'x' * 17})

# Hash values themselves, across lengths that end on and off 8-byte blocks.
for s in ['', 'a', 'abc', 'abcdefg', 'abcdefgh', 'abcdefghi', 'x' * 16, 'x' * 23,
          'é', 'ÿÿÿÿÿÿÿÿ', '€', '€' * 4, '€' * 5, '😀', '😀' * 2, '😀' * 3, 'a€😀']:
    print(repr(s), hash(s))
for b in [b'', b'a', b'abc', b'\x00' * 8, b'\xff' * 9, 'é'.encode(), '😀'.encode()]:
    print(b, hash(b))

# Latin-1 text hashes one byte per code point, like the bytes of its latin-1 encoding.
print(hash('ÿé') == hash('ÿé'.encode('latin-1')))
print(hash('abc') == hash(b'abc'))
# UTF-8 is not what is hashed for wider text.
print(hash('é') == hash('é'.encode()))

# Containers that include strings hash from the item hashes.
print(hash(('a', 'b')), hash(('€', 1, b'z')))
print(hash(frozenset({'a', 'b', 'c'})))
print(hash(frozenset({'€', '😀', 'x'})))
print({('a', 1), ('b', 2), ('c', 3), ('d', 4)})
print({frozenset({'a'}), frozenset({'b'}), frozenset({'a', 'b'})})

# Dict key order is insertion order, but set operations on keys follow hashes.
d = dict.fromkeys(['red', 'green', 'blue', 'cyan', 'magenta'])
print(d.keys() & {'blue', 'cyan', 'red', 'black'})
print(set(d) - {'green'})
print({'red', 'green'} | {'blue', 'cyan'} ^ {'cyan', 'white'})
