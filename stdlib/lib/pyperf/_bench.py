# pyperf._bench: runs, benchmarks and suites, their statistics and text, and pyperf's JSON
# result format (version "1.0": a suite holds benchmarks, a benchmark holds runs, a run holds
# warmups as [loops, value] pairs and values in seconds per loop; metadata common to every run
# is stored once, at the highest level where it is common).

import sys

JSON_VERSION = '1.0'
_UNITS = ('second', 'byte', 'integer')
# Metadata that every run of one benchmark must agree on.
_CHECKED_METADATA = ('aslr', 'cpu_count', 'cpu_model_name', 'hostname', 'inner_loops', 'name',
                     'platform', 'python_executable', 'python_implementation',
                     'python_unicode', 'python_version', 'unit')
_COUNTS = ('loops', 'inner_loops', 'calibrate_loops', 'recalibrate_loops')
_NON_NEGATIVE = ('calibrate_warmups', 'recalibrate_warmups', 'duration', 'uptime',
                 'load_avg_1min', 'mem_max_rss')


def check_metadata(metadata):
    """Metadata as pyperf stores it: names are str; values int, float or stripped one-line str;
    the values pyperf gives a meaning to in range. Raises ValueError/TypeError otherwise."""
    result = {}
    for name, value in metadata.items():
        if not isinstance(name, str):
            raise TypeError('metadata name must be a string, got %s' % type(name).__name__)
        if isinstance(value, str):
            value = value.strip()
            if '\n' in value or '\r' in value:
                raise ValueError('newline characters are not allowed in metadata values: %r'
                                 % value)
            if not value:
                raise ValueError('metadata %r value is empty' % name)
        if name == 'tags':
            if not isinstance(value, list) or not all(
                    isinstance(t, str) and t not in ('all', '') for t in value):
                raise ValueError('invalid metadata %r value: %r' % (name, value))
        elif not isinstance(value, (int, str, float)):
            raise ValueError('invalid metadata %r value type: got %r'
                             % (name, type(value).__name__))
        if name in _COUNTS or name in _NON_NEGATIVE:
            if not isinstance(value, (float, int)) or (name in ('loops', 'inner_loops')
                                                       and not isinstance(value, int)):
                raise ValueError('invalid metadata %r value type: got %r'
                                 % (name, type(value).__name__))
            if value < (1 if name in _COUNTS else 0):
                raise ValueError('invalid metadata %r value: %r' % (name, value))
        if name == 'unit' and value not in _UNITS:
            raise ValueError('invalid metadata %r value: %r' % (name, value))
        result[name] = value
    return result


def _common(metadatas):
    if not metadatas:
        return {}
    common = dict(metadatas[0])
    for other in metadatas[1:]:
        for key in list(common):
            if common[key] != other.get(key):
                del common[key]
    return common


def _fsum(values):
    try:
        from math import fsum
    except ImportError:
        return sum(values)
    return fsum(values)


def mean(values):
    return _fsum(values) / len(values)


def stdev(values):
    m = mean(values)
    return (_fsum([(v - m) ** 2 for v in values]) / (len(values) - 1)) ** 0.5


class Run:
    __slots__ = ('_warmups', '_values', '_metadata')

    def __init__(self, values, warmups=None, metadata=None, collect_metadata=True):
        for value in values:
            if not (isinstance(value, (int, float)) and value > 0):
                raise ValueError('values must be a sequence of number > 0.0')
        if warmups:
            for item in warmups:
                if not (isinstance(item, tuple) and len(item) == 2
                        and isinstance(item[0], int) and item[0] >= 1
                        and isinstance(item[1], (int, float)) and item[1] >= 0):
                    raise ValueError('warmups must be a sequence of (loops, value) where loops '
                                     'is a int >= 1 and value is a float >= 0.0')
        self._warmups = tuple(warmups) if warmups else None
        self._values = tuple(values)
        if not self._values and not self._warmups:
            raise ValueError('values and warmups are empty sequence')
        metadata = dict(metadata or {})
        if collect_metadata:
            from pyperf._metadata import collect_metadata as collect
            collected = collect()
            collected.update(metadata)
            metadata = collected
        self._metadata = check_metadata(metadata)

    @property
    def values(self):
        return self._values

    @property
    def warmups(self):
        return self._warmups or ()

    def get_metadata(self):
        return dict(self._metadata)

    def get_loops(self):
        return self._metadata.get('loops', 1)

    def get_inner_loops(self):
        return self._metadata.get('inner_loops', 1)

    def get_total_loops(self):
        return self.get_loops() * self.get_inner_loops()

    def _is_calibration(self):
        return not self._values

    def _raw_values(self):
        total = self.get_total_loops()
        return [value * total for value in self._values]

    def _as_json(self, common):
        data = {}
        if self._warmups:
            data['warmups'] = [list(item) for item in self._warmups]
        if self._values:
            data['values'] = list(self._values)
        metadata = {k: v for k, v in self._metadata.items() if k not in common}
        if metadata:
            data['metadata'] = metadata
        return data


class Benchmark:
    def __init__(self, runs):
        if not runs:
            raise ValueError('runs must be a non-empty sequence of Run objects')
        if 'name' not in runs[0]._metadata:
            raise ValueError('A benchmark must have a name: the first run has no name metadata')
        self._runs = []
        for run in runs:
            self.add_run(run)

    def __repr__(self):
        return '<Benchmark %r with %s runs>' % (self.get_name(), len(self._runs))

    def get_name(self):
        return self._runs[0]._metadata.get('name')

    def get_metadata(self):
        return _common([run._metadata for run in self._runs])

    def get_unit(self):
        return self._runs[0]._metadata.get('unit', 'second')

    def add_run(self, run):
        if not isinstance(run, Run):
            raise TypeError('Run expected, got %s' % type(run).__name__)
        if self._runs:
            common = self.get_metadata()
            for key in _CHECKED_METADATA:
                if run._metadata.get(key) != common.get(key):
                    raise ValueError('incompatible benchmark, metadata %s is different: '
                                     'current=%s, run=%s'
                                     % (key, common.get(key), run._metadata.get(key)))
        self._runs.append(run)

    def add_runs(self, benchmark):
        if benchmark is self:
            raise ValueError('cannot add a benchmark to itself')
        for run in benchmark._runs:
            self.add_run(run)

    def get_runs(self):
        return list(self._runs)

    def get_nrun(self):
        return len(self._runs)

    def get_values(self):
        values = []
        for run in self._runs:
            values.extend(run._values)
        return tuple(values)

    def get_nvalue(self):
        return len(self.get_values())

    def _run_property(self, get):
        values = [get(run) for run in self._runs if not run._is_calibration()]
        if len(set(values)) == 1:
            return values[0]
        return _fsum(values) / len(values)

    def get_loops(self):
        return self._run_property(Run.get_loops)

    def get_inner_loops(self):
        return self._run_property(Run.get_inner_loops)

    def get_total_loops(self):
        return self._run_property(Run.get_total_loops)

    def mean(self):
        return mean(self.get_values())

    def stdev(self):
        return stdev(self.get_values())

    def median(self):
        values = sorted(self.get_values())
        n = len(values)
        if n % 2:
            return values[n // 2]
        return (values[n // 2 - 1] + values[n // 2]) / 2

    def get_total_duration(self):
        total = []
        for run in self._runs:
            duration = run._metadata.get('duration')
            if duration is None:
                inner = run.get_inner_loops()
                duration = _fsum([v * loops * inner for loops, v in run.warmups]
                                 + run._raw_values())
            total.append(duration)
        return _fsum(total)

    def format_values(self, values):
        return format_values(self.get_unit(), values)

    def format_value(self, value):
        return self.format_values((value,))[0]

    def _as_json(self, suite_common):
        common = self.get_metadata()
        every = dict(common)
        every.update(suite_common)
        data = {'runs': [run._as_json(every) for run in self._runs]}
        own = {k: v for k, v in common.items() if k not in suite_common}
        if own:
            data['metadata'] = own
        return data

    def dump(self, file, compact=True, replace=False):
        BenchmarkSuite([self]).dump(file, compact=compact, replace=replace)


class BenchmarkSuite:
    def __init__(self, benchmarks, filename=None):
        if not benchmarks:
            raise ValueError('benchmarks must be a non-empty sequence of Benchmark objects')
        self.filename = filename
        self._benchmarks = []
        for bench in benchmarks:
            self.add_benchmark(bench)

    def __len__(self):
        return len(self._benchmarks)

    def __iter__(self):
        return iter(self._benchmarks)

    def get_benchmarks(self):
        return list(self._benchmarks)

    def get_benchmark_names(self):
        return [bench.get_name() for bench in self._benchmarks]

    def get_benchmark(self, name):
        for bench in self._benchmarks:
            if bench.get_name() == name:
                return bench
        raise KeyError('there is no benchmark called %r' % name)

    def add_benchmark(self, bench):
        if bench in self._benchmarks:
            raise ValueError('benchmark already part of the suite')
        if bench.get_name() in self.get_benchmark_names():
            raise ValueError('the suite has already a benchmark called %r' % bench.get_name())
        self._benchmarks.append(bench)

    def add_runs(self, result):
        benchmarks = result._benchmarks if isinstance(result, BenchmarkSuite) else [result]
        for bench in benchmarks:
            try:
                existing = self.get_benchmark(bench.get_name())
            except KeyError:
                self.add_benchmark(bench)
            else:
                existing.add_runs(bench)

    def get_metadata(self):
        return _common([bench.get_metadata() for bench in self._benchmarks])

    def _as_json(self):
        common = self.get_metadata()
        data = {'version': JSON_VERSION,
                'benchmarks': [bench._as_json(common) for bench in self._benchmarks]}
        if common:
            data['metadata'] = common
        return data

    def dump(self, file, compact=True, replace=False):
        from pyperf._json import dumps
        text = dumps(self._as_json()) + '\n'
        if not compact:
            raise NotImplementedError("pyvm's pyperf writes compact JSON only")
        if isinstance(file, str):
            import os
            if not replace and os.path.exists(file):
                raise FileExistsError(17, 'File already exists')
            if file.endswith('.gz'):
                raise NotImplementedError("pyvm's pyperf cannot write gzip files yet")
            with open(file, 'w', encoding='utf-8') as fp:
                fp.write(text)
        else:
            file.write(text)
            file.flush()

    @classmethod
    def load(cls, file):
        if isinstance(file, str):
            if file.endswith('.gz'):
                raise NotImplementedError("pyvm's pyperf cannot read gzip files yet")
            with open(file, encoding='utf-8') as fp:
                text = fp.read()
            filename = file
        else:
            text = file.read()
            filename = getattr(file, 'name', None)
        return cls._from_json(filename, text)

    @classmethod
    def loads(cls, text):
        return cls._from_json(None, text)

    @classmethod
    def _from_json(cls, filename, text):
        from pyperf._json import loads
        data = loads(text)
        if data.get('version') != JSON_VERSION:
            raise ValueError('file format version %r not supported' % data.get('version'))
        suite_md = check_metadata(data.get('metadata') or {})
        benchmarks = []
        for bench_data in data['benchmarks']:
            bench_md = dict(suite_md)
            bench_md.update(check_metadata(bench_data.get('metadata', {})))
            runs = []
            for run_data in bench_data['runs']:
                md = dict(bench_md)
                md.update(run_data.get('metadata', {}))
                warmups = [tuple(item) for item in run_data.get('warmups') or ()]
                runs.append(Run(run_data.get('values', ()), warmups=warmups, metadata=md,
                                collect_metadata=False))
            benchmarks.append(Benchmark(runs))
        return cls(benchmarks, filename=filename)


def add_runs(filename, result):
    import os
    if os.path.exists(filename):
        suite = BenchmarkSuite.load(filename)
        suite.add_runs(result)
        suite.dump(filename, replace=True)
    else:
        result.dump(filename)


# -- text --

_TIME_UNITS = ('sec', 'ms', 'us', 'ns')


def format_timedeltas(values):
    # One unit and precision for all values, chosen by the first: three significant digits.
    ref = abs(values[0])
    exponent = -9
    for e in range(2, -9, -1):
        if ref >= 10.0 ** e:
            exponent = e
            break
    digits = 2 - exponent % 3
    k = -(exponent // 3) if exponent < 0 else 0
    factor = 10 ** (k * 3)
    fmt = '%%.%df %s' % (digits, _TIME_UNITS[k])
    return tuple(fmt % (v * factor) for v in values)


def format_number(number, unit=None):
    plural = not number or abs(number) > 1
    if number >= 10000:
        power = 0
        x = number
        while x >= 10:
            x, r = divmod(x, 10)
            power += 1
            if r:
                break
        if not r:
            number = '10^%s' % power
    if isinstance(number, int) and number > 8192 and number & (number - 1) == 0:
        number = '2^%s' % (number.bit_length() - 1)
    if not unit:
        return str(number)
    return '%s %s%s' % (number, unit, 's' if plural else '')


def format_values(unit, values):
    if unit in (None, 'second'):
        return format_timedeltas(values)
    if unit == 'integer':
        return tuple(format_number(v) for v in values)
    return tuple(_format_size(v) for v in values)


def _format_size(size):
    if size < 10 * 1024:
        return '%.0f byte%s' % (size, '' if size == 1 else 's')
    if size > 10 * 1024 * 1024:
        return '%.1f MiB' % (size / (1024.0 * 1024.0))
    return '%.1f KiB' % (size / 1024.0)


def format_result(bench):
    """'Mean +- std dev: 1.23 ms +- 0.04 ms' (or the one value), as pyperf prints a result."""
    values = bench.get_values()
    if not values:
        loops = [r._metadata.get('calibrate_loops') for r in bench._runs]
        return 'Calibration: %s' % format_number(loops[-1] or 1, 'loop')
    m = mean(values)
    if len(values) >= 2:
        return 'Mean +- std dev: %s +- %s' % bench.format_values((m, stdev(values)))
    return bench.format_value(m)


def format_checks(bench):
    """The warnings pyperf prints when a result looks unstable (empty list when none)."""
    values = bench.get_values()
    if not values:
        return []
    m = mean(values)
    warnings = []
    if len(values) >= 2:
        sd = stdev(values)
        percent = sd * 100.0 / m
        if percent >= 10.0:
            warnings.append('the standard deviation (%s) is %.0f%% of the mean (%s)'
                            % (bench.format_value(sd), percent, bench.format_value(m)))
        else:
            means = [mean(r._values) for r in bench._runs if r._values]
            if len(means) >= 2:
                sigma = stdev(means) / mean(means)
                needed = (4 * 1.96 ** 2 * sigma ** 2) / (0.01 ** 2)
                if needed > len(bench._runs):
                    warnings.append('Not enough samples to get a stable result '
                                    '(95% certainty of less than 1% variation)')
    for which, value in (('minimum', min(values)), ('maximum', max(values))):
        percent = (value - m) * 100.0 / m
        if abs(percent) >= 50:
            text = ('%.0f%% greater' % percent) if percent >= 0 else \
                ('%.0f%% smaller' % -percent)
            warnings.append('the %s (%s) is %s than the mean (%s)'
                            % (which, bench.format_value(value), text, bench.format_value(m)))
    if bench.get_unit() == 'second':
        raw = []
        for run in bench._runs:
            raw.extend(run._raw_values())
        shortest = min(raw)
        if shortest < 1e-3:
            warnings.append('the shortest raw value is only %s' % bench.format_value(shortest))
    if not warnings:
        return []
    lines = ['WARNING: the benchmark result may be unstable']
    lines.extend('* %s' % w for w in warnings)
    lines.append('')
    lines.append('Try to rerun the benchmark with more runs, values and/or loops.')
    lines.append('Use pyperf stats, pyperf dump and pyperf hist to analyze results.')
    lines.append('Use --quiet option to hide these warnings.')
    return lines


def print_lines(lines):
    for line in lines:
        print(line)
    sys.stdout.flush()
