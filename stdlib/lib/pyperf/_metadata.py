# pyperf._metadata: facts about the machine and the interpreter recorded with every run, under
# pyperf's metadata names (those pyvm can find; a missing fact is left out, as pyperf does).

import sys
import time


def _now():
    # datetime.datetime.now().isoformat(' '): microseconds only when not zero.
    now = time.time()
    whole = int(now)
    micro = int(round((now - whole) * 1e6))
    if micro >= 1000000:
        whole += 1
        micro -= 1000000
    text = time.strftime('%Y-%m-%d %H:%M:%S', time.localtime(whole))
    return text + ('.%06d' % micro if micro else '')


def _read_lines(path):
    try:
        with open(path) as fp:
            return fp.read().splitlines()
    except OSError:
        return []


def _python_version():
    import platform
    version = platform.python_version()
    bits = '64-bit' if sys.maxsize > 2 ** 32 else '32-bit'
    return '%s (%s)' % (version, bits)


def collect_metadata(process=True):
    from pyperf import __version__
    import os
    md = {'perf_version': __version__, 'date': _now()}
    try:
        import platform
        md['platform'] = platform.platform(True, False)
        node = platform.node()
        if node:
            md['hostname'] = node
    except (ImportError, OSError, NotImplementedError):
        pass
    for line in _read_lines('/proc/sys/kernel/randomize_va_space')[:1]:
        aslr = {'0': 'No randomization', '1': 'Conservative randomization',
                '2': 'Full randomization'}.get(line)
        if aslr:
            md['aslr'] = aslr
    for line in _read_lines('/proc/loadavg')[:1]:
        fields = line.split()
        if fields:
            md['load_avg_1min'] = float(fields[0])
        if len(fields) >= 4 and '/' in fields[3]:
            md['runnable_threads'] = int(fields[3].split('/', 1)[0])
    for line in _read_lines('/proc/cpuinfo'):
        if line.startswith('model name'):
            name = line.split(':', 1)[1].strip()
            if name:
                md['cpu_model_name'] = name
            break
    count = getattr(os, 'cpu_count', lambda: None)()
    if count:
        md['cpu_count'] = count
    if process:
        md['python_implementation'] = sys.implementation.name.lower()
        md['python_version'] = _python_version()
        if sys.executable:
            md['python_executable'] = sys.executable
        try:
            info = time.get_clock_info('perf_counter')
        except (AttributeError, ValueError):
            pass
        else:
            from pyperf._bench import format_timedeltas
            md['timer'] = '%s, resolution: %s' % (info.implementation,
                                                  format_timedeltas((info.resolution,))[0])
        seed = os.environ.get('PYTHONHASHSEED')
        if seed:
            if seed == 'random':
                md['python_hash_seed'] = seed
            elif seed.isdigit():
                md['python_hash_seed'] = int(seed)
        try:
            import gc
            if not gc.isenabled():
                md['python_gc'] = 'disabled'
        except ImportError:
            pass
        for line in _read_lines('/proc/self/status'):
            if line.startswith('VmHWM:'):
                # Peak resident set size, as resource.getrusage's ru_maxrss (in bytes).
                md['mem_max_rss'] = int(line.split()[1]) * 1024
                break
    return md
