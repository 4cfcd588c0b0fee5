# pyperf._measure: running one benchmark in this process the way pyperf's manager and its
# workers do between them: a loop-calibration run (loops doubled until one value takes at least
# --min-time), then --processes runs of --warmups warmups and --values values; progress dots
# (or, with --verbose, each run), warnings about unstable results, the result line, JSON.

import sys
import time

from pyperf._bench import (Benchmark, Run, add_runs, format_checks, format_number,
                           format_result, format_values, print_lines)

_MAX_LOOPS = 2 ** 32
_IN_PROCESS_NOTE = 'all runs in one process (no worker processes)'


class _Timeout(Exception):
    pass


def _values(task, loops, inner, count, sink, warmup, calibrate, args, unit, deadline):
    index = 1
    while index <= count:
        raw = float(task(loops))
        value = raw / (loops * inner)
        if not value and not calibrate:
            raise ValueError('benchmark function returned zero')
        sink.append((loops, value) if warmup else value)
        if args.verbose and args.worker:
            text = format_values(unit, (value,))[0]
            if warmup:
                text = '%s (loops: %s, raw: %s)' % (text, format_number(loops),
                                                    format_values(unit, (raw,))[0])
            print('%s %s: %s' % ('Warmup' if warmup else 'Value', index, text))
        if deadline is not None and time.monotonic() > deadline:
            raise _Timeout()
        if calibrate and raw < args.min_time:
            if loops * 2 > _MAX_LOOPS:
                print('ERROR: failed to calibrate the number of loops')
                print('Raw timing %s with %s is still smaller than the minimum time of %s'
                      % (format_values(unit, (raw,))[0], format_number(loops, 'loop'),
                         format_values('second', (args.min_time,))[0]))
                sys.exit(1)
            loops *= 2
            count += 1
        index += 1
    return loops


def _run(runner, task, metadata, loops, calibrate, deadline):
    from pyperf._metadata import collect_metadata
    args = runner.args
    start = time.monotonic()
    inner = metadata.get('inner_loops') or 1
    unit = metadata.get('unit')
    warmups = []
    values = []
    md = dict(metadata)
    if calibrate:
        loops = _values(task, 1, inner, args.warmups + args.values, warmups, True, True, args,
                        unit, deadline)
        md['calibrate_loops'] = loops
    else:
        if args.warmups:
            _values(task, loops, inner, args.warmups, warmups, True, False, args, unit,
                    deadline)
        _values(task, loops, inner, args.values, values, False, False, args, unit, deadline)
    collected = collect_metadata()
    collected.update(md)
    collected['loops'] = loops
    collected['duration'] = time.monotonic() - start
    return Run(values, warmups=warmups, metadata=collected, collect_metadata=False), loops


def _with_diff(bench, value):
    # A value more than 5% away from the mean so far shows by how much, as pyperf does.
    text = bench.format_value(value)
    mean = bench.mean()
    if abs(value - mean) > mean * 0.05:
        text += ' (%+.0f%%)' % ((value - mean) * 100 / mean)
    return text


def _show_run(args, bench, run):
    if args.quiet:
        return
    if not args.verbose:
        print('.', end='')
        sys.stdout.flush()
        return
    index = bench.get_nrun()
    if run._is_calibration():
        lines = ['Run %s: calibrate the number of loops: %s'
                 % (index, format_number(run._metadata['calibrate_loops']))]
        for number, (loops, value) in enumerate(run.warmups, 1):
            lines.append('- calibrate %s: %s (loops: %s, raw: %s)'
                         % (number, bench.format_value(value), format_number(loops),
                            bench.format_value(value * loops * run.get_inner_loops())))
    else:
        lines = ['Run %s: %s, %s, %s' % (index, format_number(len(run.warmups), 'warmup'),
                                         format_number(len(run.values), 'value'),
                                         format_number(run.get_loops(), 'loop'))]
        lines.extend('- warmup %s: %s' % (n, _with_diff(bench, v))
                     for n, (_, v) in enumerate(run.warmups, 1))
        lines.extend('- value %s: %s' % (n, _with_diff(bench, v))
                     for n, v in enumerate(run.values, 1))
    print_lines(lines)


def run_benchmark(runner, name, task, inner_loops, func_metadata):
    args = runner.parse_args()
    name = name.strip()
    if not name:
        raise ValueError('benchmark name must be a non-empty string')
    if name in runner._bench_names:
        raise ValueError('duplicated benchmark name: %r' % name)
    runner._bench_names.add(name)
    metadata = dict(runner.metadata)
    if func_metadata:
        metadata.update(func_metadata)
    metadata.setdefault('unit', 'second')
    metadata['name'] = name
    if inner_loops is not None:
        metadata['inner_loops'] = inner_loops
    metadata['pyvm_in_process'] = _IN_PROCESS_NOTE
    deadline = None if args.timeout is None else time.monotonic() + args.timeout
    if args.verbose and not args.worker:
        if runner._worker_task > 0:
            print()
        print("pyvm's pyperf: %s, all in this process (no worker processes)"
              % format_number(args.processes, 'run'))
    bench = None
    loops = args.loops
    try:
        if args.worker:
            run, _ = _run(runner, task, metadata, loops, args.calibrate_loops, deadline)
            bench = Benchmark([run])
        else:
            if not loops:
                run, loops = _run(runner, task, metadata, 1, True, deadline)
                bench = Benchmark([run])
                _show_run(args, bench, run)
            done = 0
            while done < args.processes:
                run, _ = _run(runner, task, metadata, loops, False, deadline)
                if bench is None:
                    bench = Benchmark([run])
                else:
                    bench.add_run(run)
                _show_run(args, bench, run)
                done += 1
            if not args.quiet:
                print()
    except _Timeout:
        print('Benchmark %r timed out after %s seconds' % (name, args.timeout))
        sys.stdout.flush()
        sys.exit(124)
    _display(runner, bench)
    return bench


def _display(runner, bench):
    args = runner.args
    lines = []
    if args.metadata:
        lines.append('Metadata:')
        for key, value in sorted(bench.get_metadata().items()):
            lines.append('- %s: %s' % (key, value))
    if not args.quiet and not args.worker:
        checks = format_checks(bench)
        if checks:
            if lines:
                lines.append('')
            lines.extend(checks)
    if lines:
        lines.append('')
    text = format_result(bench)
    if runner._show_name:
        text = '%s: %s' % (bench.get_name(), text)
    lines.append(text)
    print_lines(lines)
    if args.append:
        add_runs(args.append, bench)
    if args.output:
        if runner._worker_task >= 1:
            add_runs(args.output, bench)
        else:
            bench.dump(args.output)
