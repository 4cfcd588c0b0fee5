# pyperf: a minimal stand-in for pyperf's Runner, enough to run pyperformance's benchmark files
# unmodified. Each benchmark runs in this process: warmups, then a few timed values (loops
# calibrated to about 0.1 s unless -l is given), and prints pyperf's summary line
# "name: Mean +- std dev: X ms +- Y ms". pyperf's process options (-p, --fast, --rigorous,
# -o, --inherit-environ, ...) are accepted and ignored; no JSON is written.

import sys
import time

perf_counter = time.perf_counter

__all__ = ['Runner', 'perf_counter']


class _Namespace:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        return 'Namespace(%s)' % ', '.join('%s=%r' % kv for kv in self.__dict__.items())


class _Option:
    def __init__(self, names, kw):
        self.names = names
        self.positional = not names[0].startswith('-')
        if self.positional:
            self.dest = kw.get('dest', names[0])
        else:
            long = [n for n in names if n.startswith('--')]
            base = (long or names)[0].lstrip('-')
            self.dest = kw.get('dest', base.replace('-', '_'))
        self.action = kw.get('action', 'store')
        self.nargs = kw.get('nargs')
        self.type = kw.get('type')
        self.choices = kw.get('choices')
        if 'default' in kw:
            self.default = kw['default']
        elif self.action == 'store_true':
            self.default = False
        elif self.action == 'store_false':
            self.default = True
        elif self.action == 'append':
            self.default = None
        elif self.positional and self.nargs in ('*', '+'):
            self.default = []
        else:
            self.default = None


class _ArgParser:
    # The part of argparse.ArgumentParser that benchmark files use (pyvm has no argparse yet).
    def __init__(self, description=None):
        self.description = description
        self._options = []

    def add_argument(self, *names, **kw):
        opt = _Option(names, kw)
        self._options.append(opt)
        return opt

    def add_argument_group(self, *args, **kw):
        return self

    def add_mutually_exclusive_group(self, *args, **kw):
        return self

    def set_defaults(self, **kw):
        for opt in self._options:
            if opt.dest in kw:
                opt.default = kw.pop(opt.dest)
        self._extra_defaults = kw

    def _convert(self, opt, text):
        value = opt.type(text) if opt.type is not None else text
        if opt.choices is not None and value not in opt.choices:
            raise SystemExit('error: argument %s: invalid choice: %r' % (opt.names[0], value))
        return value

    def parse_args(self, args=None):
        if args is None:
            args = sys.argv[1:]
        ns = _Namespace(**{o.dest: o.default for o in self._options})
        for k, v in getattr(self, '_extra_defaults', {}).items():
            setattr(ns, k, v)
        by_name = {}
        for o in self._options:
            for n in o.names:
                by_name[n] = o
        positionals = [o for o in self._options if o.positional]
        rest = []
        i = 0
        while i < len(args):
            tok = args[i]
            i += 1
            if tok.startswith('-') and tok != '-':
                name, eq, inline = tok.partition('=')
                opt = by_name.get(name)
                if opt is None:
                    continue
                if opt.action in ('store_true', 'store_false', 'store_const'):
                    setattr(ns, opt.dest, opt.action == 'store_true')
                    continue
                if eq:
                    value = inline
                elif i < len(args):
                    value = args[i]
                    i += 1
                else:
                    raise SystemExit('error: argument %s: expected one argument' % name)
                value = self._convert(opt, value)
                if opt.action == 'append':
                    current = getattr(ns, opt.dest) or []
                    setattr(ns, opt.dest, current + [value])
                else:
                    setattr(ns, opt.dest, value)
            else:
                rest.append(tok)
        for opt in positionals:
            if opt.nargs in ('*', '+'):
                setattr(ns, opt.dest, [self._convert(opt, t) for t in rest])
                rest = []
            elif rest:
                setattr(ns, opt.dest, self._convert(opt, rest.pop(0)))
        return ns


def _make_argparser(description):
    try:
        import argparse
    except ImportError:
        return _ArgParser(description)
    return argparse.ArgumentParser(description=description)


def _format_seconds(value, unit_value=None):
    ref = value if unit_value is None else unit_value
    for unit, scale in (('sec', 1.0), ('ms', 1e-3), ('us', 1e-6), ('ns', 1e-9)):
        if abs(ref) >= scale or unit == 'ns':
            break
    x = value / scale
    if abs(x) >= 100:
        text = '%.0f' % x
    elif abs(x) >= 10:
        text = '%.1f' % x
    else:
        text = '%.2f' % x
    return '%s %s' % (text, unit)


class Benchmark:
    def __init__(self, name, values, metadata):
        self._name = name
        self._values = values
        self._metadata = metadata

    def get_name(self):
        return self._name

    def get_values(self):
        return tuple(self._values)

    def get_metadata(self):
        return dict(self._metadata)

    def mean(self):
        return sum(self._values) / len(self._values)

    def stdev(self):
        n = len(self._values)
        if n < 2:
            return 0.0
        m = self.mean()
        return (sum((v - m) ** 2 for v in self._values) / (n - 1)) ** 0.5


class Runner:
    def __init__(self, values=None, processes=None, loops=0, min_time=0.1, metadata=None,
                 show_name=True, program_args=None, add_cmdline_args=None, _argparser=None,
                 warmups=1, **kwargs):
        self._values = values if values else 3
        self._warmups = warmups if warmups is not None else 1
        self._loops = loops or 0
        self._min_time = min_time
        self._show_name = show_name
        self._add_cmdline_args = add_cmdline_args
        self.metadata = dict(metadata or {})
        self.args = None
        self.argparser = _argparser if _argparser is not None else _make_argparser(None)
        ap = self.argparser
        # pyperf's own options: accepted; the ones that change how much is measured are used.
        ap.add_argument('-p', '--processes', type=int, default=processes)
        ap.add_argument('-n', '--values', type=int, default=None)
        ap.add_argument('-l', '--loops', type=int, default=None)
        ap.add_argument('-w', '--warmups', type=int, default=None)
        ap.add_argument('--min-time', type=float, default=min_time)
        ap.add_argument('-o', '--output', default=None)
        ap.add_argument('--append', default=None)
        ap.add_argument('--fast', action='store_true')
        ap.add_argument('--rigorous', action='store_true')
        ap.add_argument('--debug-single-value', action='store_true')
        ap.add_argument('--inherit-environ', default=None)
        ap.add_argument('--copy-env', action='store_true')
        ap.add_argument('--no-locale', action='store_true')
        ap.add_argument('--affinity', default=None)
        ap.add_argument('--quiet', '-q', action='store_true')
        ap.add_argument('--verbose', '-v', action='store_true')
        ap.add_argument('--worker', action='store_true')
        ap.add_argument('--worker-task', type=int, default=None)
        ap.add_argument('--pipe', type=int, default=None)
        ap.add_argument('--calibrate-loops', action='store_true')
        ap.add_argument('--recalibrate-loops', action='store_true')
        ap.add_argument('--calibrate-warmups', action='store_true')
        ap.add_argument('--recalibrate-warmups', action='store_true')
        ap.add_argument('--track-memory', action='store_true')
        ap.add_argument('--tracemalloc', action='store_true')
        ap.add_argument('--profile', default=None)
        ap.add_argument('--timeout', default=None)
        ap.add_argument('--hook', action='append', default=None)

    def parse_args(self, args=None):
        if self.args is None:
            self.args = self.argparser.parse_args(args)
            a = self.args
            if a.values:
                self._values = a.values
            if a.warmups is not None:
                self._warmups = a.warmups
            if a.loops:
                self._loops = a.loops
            if a.debug_single_value:
                self._values, self._warmups, self._loops = 1, 0, 1
        return self.args

    def _run(self, name, timer, inner_loops, metadata):
        if self.args is None:
            self.parse_args()
        inner = inner_loops or 1
        loops = self._loops
        warmups = self._warmups
        if not loops:
            # Calibration: double the loops until one value takes min_time (these runs are
            # the warmups).
            loops = 1
            while True:
                dt = timer(loops)
                if dt >= self._min_time or loops >= 2 ** 20:
                    break
                loops *= 2
            warmups = max(warmups - 1, 0)
        for _ in range(warmups):
            timer(loops)
        values = []
        for _ in range(self._values):
            values.append(timer(loops) / (loops * inner))
        md = dict(self.metadata)
        md.update(metadata or {})
        md['loops'] = loops
        if inner_loops:
            md['inner_loops'] = inner_loops
        bench = Benchmark(name, values, md)
        self._print(bench)
        return bench

    def _print(self, bench):
        mean = bench.mean()
        if len(bench.get_values()) >= 2:
            text = 'Mean +- std dev: %s +- %s' % (_format_seconds(mean),
                                                  _format_seconds(bench.stdev(), mean))
        else:
            text = _format_seconds(mean)
        if self._show_name:
            text = '%s: %s' % (bench.get_name(), text)
        print(text)
        sys.stdout.flush()

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        def timer(loops):
            t0 = perf_counter()
            for _ in range(loops):
                func(*args)
            return perf_counter() - t0
        return self._run(name, timer, inner_loops, metadata)

    def bench_time_func(self, name, time_func, *args, inner_loops=None, metadata=None):
        return self._run(name, lambda loops: time_func(loops, *args), inner_loops, metadata)

    def bench_async_func(self, name, func, *args, inner_loops=None, metadata=None,
                         loop_factory=None):
        import asyncio
        # Compiled on use: pyvm's compiler may not support async def yet.
        ns = {'perf_counter': perf_counter}
        exec('async def _main(func, args, loops):\n'
             '    t0 = perf_counter()\n'
             '    for _ in range(loops):\n'
             '        await func(*args)\n'
             '    return perf_counter() - t0\n', ns)
        main = ns['_main']
        return self._run(name, lambda loops: asyncio.run(main(func, args, loops)),
                         inner_loops, metadata)

    def timeit(self, name, stmt=None, setup='pass', teardown='pass', inner_loops=None,
               duplicate=None, metadata=None, globals=None):
        if stmt is None:
            raise ValueError('stmt is required')
        ns = dict(globals or {})
        body = '\n'.join('        ' + line for line in str(stmt).splitlines()) or '        pass'
        setup_src = '\n'.join('    ' + line for line in str(setup).splitlines()) or '    pass'
        teardown_src = '\n'.join('    ' + line for line in str(teardown).splitlines()) or '    pass'
        src = ('def _pyperf_timer(_loops, _perf_counter):\n%s\n'
               '    _t0 = _perf_counter()\n'
               '    for _i in range(_loops):\n%s\n'
               '    _dt = _perf_counter() - _t0\n%s\n'
               '    return _dt\n') % (setup_src, ("\n".join([body] * (duplicate or 1))), teardown_src)
        exec(src, ns)
        timer = ns['_pyperf_timer']
        return self._run(name, lambda loops: timer(loops, perf_counter), inner_loops, metadata)

    def bench_command(self, name, command):
        raise NotImplementedError('pyperf.Runner.bench_command is not supported by pyvm')
