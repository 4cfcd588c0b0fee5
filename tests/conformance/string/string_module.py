import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords(' hello   wORLD  foo '), string.capwords('a-b-c', '-'), string.capwords(''))
T = string.Template
t = T('$who likes ${what}; $$5 costs $$$amount.')
print(t.substitute(who='tim', what='kung pao', amount=3))
print(t.substitute({'who': 'ann', 'what': 'x', 'amount': 1}, who='bob'))
print(t.safe_substitute(who='tim'))
print(t.get_identifiers(), t.is_valid(), t.template)
for bad in ['$', 'ok\nline $1', '${', '${who', 'x ${1}', '$ab$']:
    tt = T(bad)
    print(repr(bad), tt.is_valid(), repr(tt.safe_substitute(ab='Z')))
    try:
        print(tt.substitute(ab='Z', who='W'))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    T('$missing').substitute()
except KeyError as e:
    print('KeyError', e)
class D(T):
    delimiter = '%'
print(D('%x and %%').substitute(x=1))
print(T('$a$b').substitute(a=1, b=[2]), T('${a}b').substitute(a='A'))
f = string.Formatter()
print(f.format('{0} {1!r} {x:>5} {y[1]} {z.real}', 'a', 'b', x=3, y=[0, 9], z=2))
print(f.format('{} {}', 1, 2), f.format('{{}} {:{}}', 3, 4))
print(list(f.parse('a{0}b{1:x}c{2!r}d{{')))
try:
    f.format('{} {0}', 1)
except ValueError as e:
    print(e)
