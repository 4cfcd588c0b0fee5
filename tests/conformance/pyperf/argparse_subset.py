# The command-line parser pyperf's Runner gives benchmark files (runner.argparser): CPython's
# argparse where there is one, pyvm's private subset of it (pyperf._args) otherwise. Both must
# parse, fail and print usage and help alike.
import io
import os
import sys

try:
    import argparse
except ImportError:
    from pyperf import _args as argparse

os.environ['COLUMNS'] = '80'


def attempt(parser, args):
    saved = sys.stderr, sys.stdout
    sys.stderr = sys.stdout = io.StringIO()
    try:
        result = parser.parse_args(args)
    except SystemExit as exc:
        text = sys.stderr.getvalue()
        sys.stderr, sys.stdout = saved
        print('exit', exc.code)
        print(text, end='')
        return
    sys.stderr, sys.stdout = saved
    print(result)


def make():
    p = argparse.ArgumentParser(prog='prog', description='Benchmark')
    p.add_argument('benchmark', nargs='?', choices=['float', 'int', 'str'])
    p.add_argument('-p', '--processes', type=int, default=20, help='number of processes')
    p.add_argument('-n', '--values', dest='values', type=int, default=3, help='values')
    p.add_argument('--min-time', type=float, default=0.1)
    p.add_argument('-v', '--verbose', action='store_true')
    p.add_argument('-q', '--quiet', action='store_true')
    p.add_argument('--no-locale', dest='locale', action='store_false', default=True)
    p.add_argument('--hook', action='append', choices=['a', 'b'])
    p.add_argument('-o', '--output', metavar='FILENAME')
    p.add_argument('--width', type=int, default='7')
    g = p.add_mutually_exclusive_group()
    g.add_argument('--tracemalloc', action='store_true')
    g.add_argument('--track-memory', action='store_true')
    return p


p = make()
for args in ([], ['int'], ['-p', '4', '--values=5', 'str'], ['-p4', '-vq'],
             ['--min-time', '0.5', '--no-locale', '--hook', 'a', '--hook', 'b'],
             ['--out', 'x.json', '--proc', '2'], ['--width', '12', '-o', '-'],
             ['--', 'float'], ['--tracemalloc'],
             # errors
             ['--bogus'], ['int', 'extra'], ['-p'], ['-p', 'x'], ['--min-time', 'fast'],
             ['double'], ['--hook', 'c'], ['--tracemalloc', '--track-memory'],
             ['--t'], ['--verbose=1']):
    print(args)
    attempt(p, args)

print(p.format_usage(), end='')
print(p.get_default('processes'), p.get_default('values'), p.get_default('nothing'))

q = argparse.ArgumentParser(prog='nargs')
q.add_argument('first')
q.add_argument('rest', nargs='+', type=int)
q.add_argument('--pair', nargs=2, metavar=('A', 'B'))
q.add_argument('--many', nargs='*', default=[])
q.add_argument('--opt', nargs='?', const='C', default='D')
q.add_argument('--count', '-c', action='count')
q.add_argument('--num', type=int)
for args in (['a', '1', '2'], ['a', '1', '--pair', 'x', 'y', '--many', 'm1', 'm2', '--opt'],
             ['a', '-5', '--opt', 'v', '-cc'], ['a', '1', '--num', '-3', '--many'],
             ['a'], [], ['a', '1', '--pair', 'x'], ['a', 'one']):
    print(args)
    attempt(q, args)
print(q.format_usage(), end='')
ns, extra = q.parse_known_args(['a', '2', '--zzz', 'k'])
print(ns, extra)
q.set_defaults(num=9, other='o')
print(q.parse_args(['b', '3']))

h = argparse.ArgumentParser(prog='helped', description='Runs one benchmark.')
h.add_argument('name', help='the benchmark')
h.add_argument('kind', nargs='?', choices=['x', 'y'], help='which kind')
h.add_argument('more', nargs='*', help='more names')
h.add_argument('-l', '--loops', type=int, default=0,
               help='number of loops per value, 0 means automatic calibration '
                    '(default: %(default)s)')
h.add_argument('--fast', action='store_true', help='Get rough answers quickly')
h.add_argument('--a-rather-long-option-name', metavar='VALUE', help='goes on its own line')
grp = h.add_argument_group('extra options', 'Options that matter less.')
grp.add_argument('--seed', type=int, help='random seed')
print(h.format_help(), end='')
attempt(h, ['-h'])

ns = argparse.Namespace(b=2, a=1)
print(ns, ns == argparse.Namespace(a=1, b=2), 'a' in ns, 'c' in ns)
