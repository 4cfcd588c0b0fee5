# The JSON text pyperf's result files are written and read with: CPython's json where there is
# one, pyvm's private codec (pyperf._json) otherwise. Writing must give json.dumps(obj,
# sort_keys=True, separators=(',', ':')) byte for byte; reading must give json.loads's values.
try:
    import json

    def dumps(obj):
        return json.dumps(obj, sort_keys=True, separators=(',', ':'))
    loads = json.loads
except ImportError:
    from pyperf._json import dumps, loads

samples = [
    None, True, False, 0, -7, 2 ** 70, -(2 ** 64), 0.1, 1e-7, 1.5e300, -0.0, 1e16, 123456789.125,
    float('inf'), -float('inf'), '', 'plain', 'quote " backslash \\ slash /',
    'ctl \n\r\t\b\f \x00 \x1f \x7f', 'caf\xe9 \u20ac \U0001f600',
    [], {}, [1, [2, [3, []]], {}], (1, 2.5, 'x'),
    {'version': '1.0', 'benchmarks': [{'runs': [{'values': [0.001, 0.0012],
                                                  'warmups': [[1, 0.5], [2, 0.25]],
                                                  'metadata': {'loops': 2, 'date': 'x'}}]}],
     'metadata': {'b': 1, 'a': 2, 'A': 3, '_': 4, 'é': 5}},
]
for obj in samples:
    text = dumps(obj)
    print(text)
    back = loads(text)
    print(repr(back), back == obj or obj != obj)

print(repr(loads('NaN')), loads('[Infinity, -Infinity]'))
print(loads(' { "a" : [ 1 , 2.0 , -3e2 , 4E-1 , "\\u00e9\\ud83d\\ude00\\n" ] , "b" : null } '))
print(loads('{"k": "\\"\\\\\\/\\b\\f\\n\\r\\t"}'))
print(loads('-0'), loads('-0.0'), loads('10'), loads('1.5e3'))

for bad in ('', '[1,', '[1 2]', '{"a" 1}', '{1: 2}', '"abc', '[1] x', 'tru', '"\\x"',
            '"a\nb"', '{"a": 1,}', '-'):
    try:
        loads(bad)
    except ValueError as exc:
        print(repr(bad), type(exc).__name__, exc)

for obj in ({2: 'a', 1: 'b'}, {2.5: 1, 1.5: 2}, {True: 1}, {None: 0}, {1: 2, 2.5: 'f', None: 'n'}, {(1,): 2}, {'a': object}, set(),
            {1: 'x', 'b': 'y'}):
    try:
        print(dumps(obj))
    except TypeError as exc:
        print(type(exc).__name__, str(exc).split(' at ')[0])
