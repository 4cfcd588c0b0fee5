# pyperf for pyvm: the Runner API that pyperformance's benchmark files use, with pyperf's
# command line, printed results and JSON result files (which CPython's pyperf reads: show, stats,
# compare_to). One difference by design: pyperf spawns a worker process per run; pyvm's runs
# every run in this process (a calibration run, then --processes runs of warmups and values),
# and records that in each run's metadata. Only what every benchmark needs is defined here;
# the parser, statistics, metadata and JSON live in submodules imported on use.

import sys
from time import perf_counter

VERSION = (2, 11, 0)
__version__ = '2.11.0'
__all__ = ['perf_counter', 'python_implementation', 'python_has_jit', 'Run', 'Benchmark',
           'BenchmarkSuite', 'add_runs', 'Runner']

_MAX_LOOPS = 2 ** 32
_IN_PROCESS = 'all runs in one process (no worker processes)'


def python_implementation():
    return sys.implementation.name.lower()


def python_has_jit():
    return False


def __getattr__(name):
    if name in ('Run', 'Benchmark', 'BenchmarkSuite', 'add_runs'):
        from pyperf import _bench
        return getattr(_bench, name)
    raise AttributeError("module 'pyperf' has no attribute %r" % name)


def strictly_positive(value):
    value = int(value)
    if value <= 0:
        raise ValueError('value must be > 0')
    return value


def positive_or_nul(value):
    if '^' in value:
        base, _, power = value.partition('^')
        value = int(base) ** int(power)
    else:
        value = int(value)
    if value < 0:
        raise ValueError('value must be >= 0')
    return value


def comma_separated(values):
    return [v for v in (v.strip() for v in values.split(',')) if v]


class _CLIError(Exception):
    pass


def _drive(coro):
    # Runs a coroutine that awaits only other coroutines (pyvm has no asyncio event loop yet).
    try:
        while True:
            yielded = coro.send(None)
            if yielded is not None:
                coro.close()
                raise NotImplementedError(
                    "pyvm's pyperf runs coroutines without an event loop (pyvm has no asyncio "
                    "yet); the benchmark awaited %r: pass loop_factory= to use a loop" % (yielded,))
    except StopIteration as stop:
        return stop.value


class Runner:
    _created = set()

    def __init__(self, values=None, processes=None, loops=0, min_time=0.1, metadata=None,
                 show_name=True, program_args=None, add_cmdline_args=None, _argparser=None,
                 warmups=1, hooks=None):
        cls = type(self)
        if id(cls) in cls._created:
            raise RuntimeError('only one %s instance must be created per process: use the '
                               'same instance to run all benchmarks' % cls.__name__)
        cls._created.add(id(cls))
        if hooks:
            raise NotImplementedError("pyvm's pyperf does not support hooks")
        values = values or 3
        processes = processes or 20
        self.metadata = metadata if metadata is not None else {}
        self.args = None
        self._worker_task = 0
        self._bench_names = set()
        self._add_cmdline_args = add_cmdline_args
        self._program_args = program_args or (sys.argv[0],)
        self._show_name = show_name
        if _argparser is None:
            from pyperf._args import ArgumentParser
            _argparser = ArgumentParser()
        self.argparser = _add_options(_argparser, values, processes, loops, min_time, warmups)

    # -- command line --

    def parse_args(self, args=None):
        if self.args is not None and args is None:
            return self.args
        args = self.argparser.parse_args(args)
        if self.args is not None:
            raise RuntimeError('arguments already parsed')
        self.args = args
        try:
            self._process_args()
        except _CLIError as exc:
            print('ERROR: %s' % exc)
            sys.exit(1)
        return args

    def _process_args(self):
        args = self.args
        if args.pipe is not None:
            raise _CLIError("--pipe is not supported: pyvm's pyperf runs benchmarks in-process")
        for option in ('compare_to', 'profile', 'hook', 'tracemalloc', 'track_memory', 'dump',
                       'hist', 'stats'):
            if getattr(args, option):
                raise _CLIError("--%s is not supported by pyvm's pyperf%s"
                                % (option.replace('_', '-'),
                                   "; write JSON with -o and use CPython's pyperf"
                                   if option in ('dump', 'hist', 'stats') else ''))
        if args.python != sys.executable:
            raise _CLIError("--python is not supported: pyvm's pyperf runs benchmarks "
                            "in-process")
        if args.affinity:
            raise _CLIError('CPU affinity not available.')
        if args.quiet:
            args.verbose = False
        parser = self.argparser
        if args.rigorous:
            args.processes = parser.get_default('processes') * 2
        elif args.fast:
            args.processes = max(parser.get_default('processes') // 2, 3)
            args.values = max(parser.get_default('values') * 2 // 3, 2)
        elif args.debug_single_value:
            args.processes = 1
            args.warmups = 0
            args.values = 1
            args.loops = 1
            args.min_time = 1e-9
        for option in ('calibrate_loops', 'recalibrate_loops', 'calibrate_warmups',
                       'recalibrate_warmups', 'worker_task'):
            if getattr(args, option) and not args.worker:
                raise _CLIError('option --%s requires --worker' % option.replace('_', '-'))
        if args.recalibrate_loops or args.calibrate_warmups or args.recalibrate_warmups:
            raise _CLIError("warmup calibration and loop recalibration are not supported by "
                            "pyvm's pyperf")
        if args.calibrate_loops and args.loops:
            raise _CLIError('--loops=N is incompatible with --calibrate-loops')
        if args.worker and not args.calibrate_loops:
            if args.loops < 1:
                raise _CLIError('--worker requires --loops=N or --calibrate-loops')
            if args.warmups is None:
                raise _CLIError('--worker requires --warmups=N or --calibrate-warmups')
        if args.values < 1:
            raise _CLIError('--values must be >= 1')
        if args.warmups is None:
            args.warmups = 1
        if args.output:
            import os
            if os.path.exists(args.output):
                raise _CLIError('The JSON file %r already exists' % args.output)

    def is_worker(self):
        return self.parse_args().worker

    # -- benchmarks --

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        if args:
            def task(loops):
                local_func = func
                local_args = args
                t0 = perf_counter()
                for _ in range(loops):
                    local_func(*local_args)
                return perf_counter() - t0
        else:
            def task(loops):
                local_func = func
                t0 = perf_counter()
                for _ in range(loops):
                    local_func()
                return perf_counter() - t0
        return self._bench(name, task, inner_loops, metadata)

    def bench_time_func(self, name, time_func, *args, inner_loops=None, metadata=None):
        return self._bench(name, lambda loops: time_func(loops, *args), inner_loops, metadata)

    def bench_async_func(self, name, func, *args, inner_loops=None, metadata=None,
                         loop_factory=None):
        async def main(loops):
            local_func = func
            t0 = perf_counter()
            for _ in range(loops):
                await local_func(*args)
            return perf_counter() - t0

        def task(loops):
            if loop_factory is None:
                return _drive(main(loops))
            loop = loop_factory()
            try:
                return loop.run_until_complete(main(loops))
            finally:
                loop.close()
        return self._bench(name, task, inner_loops, metadata)

    def timeit(self, name, stmt=None, setup='pass', teardown='pass', inner_loops=None,
               duplicate=None, metadata=None, globals=None):
        if not self._check_worker_task():
            return None
        from pyperf._timeit import make_timer
        task, extra = make_timer(name if stmt is None else stmt, setup, teardown, duplicate,
                                 globals)
        md = dict(metadata or {})
        md.update(extra)
        if duplicate and duplicate > 1:
            inner_loops = inner_loops * duplicate if inner_loops else duplicate
        return self._bench(name, task, inner_loops, md, checked=True)

    def bench_command(self, name, command):
        raise NotImplementedError("pyvm's pyperf runs benchmarks in-process")

    def _check_worker_task(self):
        args = self.parse_args()
        if args.worker_task is None or args.worker_task == self._worker_task:
            return True
        self._worker_task += 1
        return False

    def _bench(self, name, task, inner_loops, metadata, checked=False):
        if not checked and not self._check_worker_task():
            return None
        from pyperf._measure import run_benchmark
        bench = run_benchmark(self, name, task, inner_loops, metadata)
        self._worker_task += 1
        return bench


def _add_options(parser, values, processes, loops, min_time, warmups):
    parser.description = 'Benchmark'
    add = parser.add_argument
    add('--rigorous', action='store_true', help='Spend longer running tests to get more '
        'accurate results')
    add('--fast', action='store_true', help='Get rough answers quickly')
    add('--debug-single-value', action='store_true', help='Debug mode, only compute a single '
        'value')
    add('-p', '--processes', type=strictly_positive, default=processes,
        help='number of runs (pyvm: run in this process) (default: %s)' % processes)
    add('-n', '--values', dest='values', type=strictly_positive, default=values,
        help='number of values per run (default: %s)' % values)
    add('-w', '--warmups', type=positive_or_nul, default=warmups,
        help='number of skipped values per run used to warmup the benchmark')
    add('-l', '--loops', type=positive_or_nul, default=loops,
        help='number of loops per value, 0 means automatic calibration (default: %s)' % loops)
    add('-v', '--verbose', action='store_true', help='enable verbose mode')
    add('-q', '--quiet', action='store_true', help='enable quiet mode')
    add('--pipe', type=int, metavar='FD', help='not supported by pyvm (no worker processes)')
    add('-o', '--output', metavar='FILENAME', help='write results encoded to JSON into FILENAME')
    add('--append', metavar='FILENAME', help='append results encoded to JSON into FILENAME')
    add('--min-time', type=float, default=min_time, help='Minimum duration in seconds of a '
        'single value, used to calibrate the number of loops (default: %s sec)' % min_time)
    add('--timeout', type=strictly_positive, help='Specify a timeout in seconds for a single '
        'benchmark execution (default: disabled)')
    add('--worker', action='store_true', help='Worker process, run the benchmark.')
    add('--in-process', action='store_true', dest='in_process',
        help='Run benchmark in the current process (what pyvm always does)')
    add('--worker-task', type=positive_or_nul, metavar='TASK_ID',
        help='Identifier of the worker task: only execute the benchmark function TASK_ID')
    add('--calibrate-loops', action='store_true', help='calibrate the number of loops')
    add('--recalibrate-loops', action='store_true', help='not supported by pyvm')
    add('--calibrate-warmups', action='store_true', help='not supported by pyvm')
    add('--recalibrate-warmups', action='store_true', help='not supported by pyvm')
    add('-d', '--dump', action='store_true', help='not supported by pyvm: use pyperf dump')
    add('--metadata', '-m', action='store_true', help='show metadata')
    add('--hist', '-g', action='store_true', help='not supported by pyvm: use pyperf hist')
    add('--stats', '-t', action='store_true', help='not supported by pyvm: use pyperf stats')
    add('--affinity', metavar='CPU_LIST', default=None, help='not supported by pyvm')
    add('--inherit-environ', metavar='VARS', type=comma_separated,
        help='accepted; pyvm runs no worker processes')
    add('--copy-env', dest='copy_env', action='store_true', default=False,
        help='accepted; pyvm runs no worker processes')
    add('--no-locale', dest='locale', action='store_false', default=True,
        help='accepted; pyvm runs no worker processes')
    add('--python', default=sys.executable, help='Python executable (only the running one)')
    add('--compare-to', metavar='REF_PYTHON', help='not supported by pyvm')
    add('--python-names', metavar='REF_NAME:CHANGED_NAMED', help='not supported by pyvm')
    add('--profile', type=str, help='not supported by pyvm')
    add('--hook', action='append', help='not supported by pyvm')
    memory = parser.add_mutually_exclusive_group()
    memory.add_argument('--tracemalloc', action='store_true', help='not supported by pyvm')
    memory.add_argument('--track-memory', action='store_true', help='not supported by pyvm')
    return parser
