#!/usr/bin/env python3
"""Memory per object, pyvm beside CPython (issue 13).

    python3 benchmarks/memory/measure.py --pyvm PATH [--label NAME] [--pyvm PATH2 ...]
        [--python PATH ...] [-n N] [--repeat R] [--kinds K,K,...] [--cycles] [--json FILE]

For each interpreter and kind it runs `INTERP objects.py KIND N` and `INTERP objects.py empty N`
as child processes, takes each child's peak RSS from the kernel (wait4's ru_maxrss, KiB on
Linux), keeps the minimum over R repeats, and reports

    bytes/object = (peak(KIND) - peak(empty)) * 1024 / N

with the ratio of each pyvm to the reference CPython (the first --python; by default the CPython
3.14 of ../shared/tools/cpython314.sh, or python3 if that is unavailable). The checksums printed
by the children must agree between interpreters. --cycles also runs cycles.py at N=1e5 and 1e6 and
reports each interpreter's peak RSS. `--label NAME` names the interpreter given just before it
(default: the file's name). Everything runs one process at a time.

Why a spawner: Linux records the parent's peak RSS into a child's ru_maxrss when the child calls
exec (the old address space's high-water mark), so a child started directly by this driver would
report at least the driver's own RSS. Each child is therefore started by a small separate Python
process (`python3 -I -S`) that forks and execs it; the floor that leaves (the spawner's RSS) is
measured with /bin/true and must lie well below every `empty` peak, or the driver says so.
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OBJECTS = os.path.join(HERE, "objects.py")
CYCLES = os.path.join(HERE, "cycles.py")
CPYTHON314_SH = os.path.join(HERE, "..", "..", "..", "shared", "tools", "cpython314.sh")

KINDS = ["str", "bigint", "bound_method", "tuple2", "list1", "dict1", "instance2", "float",
         "tuple2_int", "list1_int", "dict1_int", "instance2_int"]

DESCRIPTION = {
    "str": "short ASCII str (`str(i)`)",
    "bigint": "big int just past 2**64",
    "bound_method": "bound method",
    "tuple2": "2-tuple of small ints",
    "list1": "1-item list (small int)",
    "dict1": "1-key dict (small ints)",
    "instance2": "instance with 2 attributes (small ints)",
    "float": "float",
    "tuple2_int": "2-tuple `(i, i + 1)`",
    "list1_int": "1-item list `[i]`",
    "dict1_int": "1-key dict `{i: i}`",
    "instance2_int": "instance `Pair(i, i + 1)`",
}

# Runs argv[1:] as a child (fork + exec, so the child's address space starts as a copy of this
# small process, not of the driver), waits for it, and prints its peak RSS and exit status as
# the last line of stdout, after whatever the child printed.
SPAWNER = r"""
import os, sys
pid = os.fork()
if pid == 0:
    try:
        os.execv(sys.argv[1], sys.argv[1:])
    finally:
        os._exit(127)
_, status, ru = os.wait4(pid, 0)
sys.stdout.write("\nPEAK_RSS_KIB %d %d\n" % (ru.ru_maxrss, os.waitstatus_to_exitcode(status)))
"""


class Interp:
    def __init__(self, path, is_pyvm):
        self.path = path
        self.is_pyvm = is_pyvm
        self.label = None


class AddInterp(argparse.Action):
    def __call__(self, parser, ns, value, option_string=None):
        ns.interps.append(Interp(value, option_string == "--pyvm"))


class SetLabel(argparse.Action):
    def __call__(self, parser, ns, value, option_string=None):
        if not ns.interps:
            parser.error("--label names the --pyvm or --python given before it")
        ns.interps[-1].label = value


def fail(msg):
    sys.stderr.write("measure.py: " + msg + "\n")
    sys.exit(1)


def reference_cpython():
    """The CPython 3.14 of ../shared/tools/cpython314.sh (its last line), else python3."""
    if os.path.exists(CPYTHON314_SH):
        try:
            out = subprocess.run(["bash", CPYTHON314_SH], capture_output=True, text=True,
                                 check=True).stdout.strip().splitlines()
            if out and os.access(out[-1], os.X_OK):
                return out[-1]
        except (subprocess.CalledProcessError, OSError):
            pass
    sys.stderr.write("measure.py: no CPython 3.14 from %s; using python3\n" % CPYTHON314_SH)
    return "python3"


def resolve(path):
    if os.sep not in path:
        found = subprocess.run(["bash", "-c", 'command -v "$1"', "-", path],
                               capture_output=True, text=True).stdout.strip()
        if found:
            return found
    return os.path.abspath(path)


def run(argv):
    """Runs argv through the spawner; returns (child's stdout, peak RSS in KiB)."""
    proc = subprocess.run([sys.executable, "-I", "-S", "-c", SPAWNER] + argv,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        fail("spawner failed for %s:\n%s" % (" ".join(argv), proc.stderr))
    out, _, last = proc.stdout.rstrip("\n").rpartition("\n")
    tag, kib, status = last.split()
    if tag != "PEAK_RSS_KIB":
        fail("no peak RSS from the spawner for " + " ".join(argv))
    if int(status) != 0:
        fail("%s exited with %s:\n%s%s" % (" ".join(argv), status, out, proc.stderr))
    return out.strip(), int(kib)


def label_interps(interps):
    for it in interps:
        if it.label is None:
            it.label = os.path.basename(it.path)
    # Two interpreters with the same name: prefix the directory's name.
    seen = {}
    for it in interps:
        seen.setdefault(it.label, []).append(it)
    for group in seen.values():
        if len(group) > 1:
            for it in group:
                it.label = os.path.basename(os.path.dirname(it.path)) + "/" + it.label


def table(header, rows):
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    line = lambda r: "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |"
    out = [line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    return "\n".join(out + [line(r) for r in rows])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.set_defaults(interps=[])
    ap.add_argument("--pyvm", action=AddInterp, metavar="PATH", help="a pyvm binary (repeatable)")
    ap.add_argument("--python", action=AddInterp, metavar="PATH",
                    help="a CPython (repeatable; the first is the reference for ratios)")
    ap.add_argument("--label", action=SetLabel, metavar="NAME",
                    help="column name for the interpreter given just before")
    ap.add_argument("-n", type=int, default=1_000_000, help="objects per run (default 1000000)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per figure, minimum kept")
    ap.add_argument("--kinds", default=",".join(KINDS), help="comma-separated kinds")
    ap.add_argument("--cycles", action="store_true",
                    help="also report the peak RSS of cycles.py at N=1e5 and 1e6")
    ap.add_argument("--json", metavar="FILE", help="write the results as JSON too")
    args = ap.parse_args()

    kinds = [k for k in args.kinds.split(",") if k]
    for k in kinds:
        if k not in KINDS:
            fail("unknown kind %r (kinds: %s)" % (k, ", ".join(KINDS)))
    interps = args.interps
    if not any(not it.is_pyvm for it in interps):
        ref = Interp(reference_cpython(), False)
        interps.append(ref)
    for it in interps:
        it.path = resolve(it.path)
        if not os.access(it.path, os.X_OK):
            fail("not an executable: " + it.path)
    label_interps(interps)
    ref = next(it for it in interps if not it.is_pyvm)

    floor = run(["/bin/true"])[1]
    n = args.n
    peaks = {it.label: {} for it in interps}    # label -> kind -> min peak KiB
    sums = {}                                   # kind -> {label: checksum}
    for r in range(args.repeat):
        for it in interps:
            for kind in ["empty"] + kinds:
                out, kib = run([it.path, OBJECTS, kind, str(n)])
                sums.setdefault(kind, {})[it.label] = out
                prev = peaks[it.label].get(kind)
                peaks[it.label][kind] = kib if prev is None else min(prev, kib)
                sys.stderr.write("\r[%d/%d] %-14s %-14s %8d KiB   " % (
                    r + 1, args.repeat, it.label[-14:], kind, kib))
                sys.stderr.flush()
    sys.stderr.write("\n")

    for kind, by in sums.items():
        if len(set(by.values())) != 1:
            fail("checksums of %s differ:\n%s" % (kind, "\n".join(
                "  %s: %s" % (label, out) for label, out in by.items())))
    for it in interps:
        if peaks[it.label]["empty"] < floor + 1024:
            sys.stderr.write("measure.py: warning: %s's empty peak (%d KiB) is near the "
                             "spawner's floor (%d KiB); its baseline may be too high\n"
                             % (it.label, peaks[it.label]["empty"], floor))

    per_obj = {it.label: {k: (peaks[it.label][k] - peaks[it.label]["empty"]) * 1024 / n
                          for k in kinds} for it in interps}
    pyvms = [it for it in interps if it.is_pyvm]
    header = ["object"] + [it.label for it in interps] + ["%s / %s" % (p.label, ref.label)
                                                          for p in pyvms]
    rows = []
    for k in kinds:
        row = ["%s (`%s`)" % (DESCRIPTION[k], k)]
        row += ["%.0f" % per_obj[it.label][k] for it in interps]
        c = per_obj[ref.label][k]
        row += ["%.2fx" % (per_obj[p.label][k] / c) if c > 0 else "-" for p in pyvms]
        rows.append(row)
    print("Bytes per object (peak RSS of N=%d objects minus `empty`, min of %d runs; "
          "includes the list slot):\n" % (n, args.repeat))
    print(table(header, rows))
    print("\n`empty` peak RSS: " + ", ".join(
        "%s %.1f MiB" % (it.label, peaks[it.label]["empty"] / 1024) for it in interps))
    print("\nInterpreters:")
    for it in interps:
        print("- %s: %s" % (it.label, it.path))

    results = {
        "n": n, "repeat": args.repeat, "spawner_floor_kib": floor,
        "interpreters": [{"label": it.label, "path": it.path, "pyvm": it.is_pyvm,
                          "peak_rss_kib": peaks[it.label],
                          "bytes_per_object": per_obj[it.label]} for it in interps],
        "reference": ref.label,
        "checksums": {k: next(iter(v.values())) for k, v in sums.items()},
    }

    if args.cycles:
        sizes = [100_000, 1_000_000]
        cyc = {it.label: {} for it in interps}
        csums = {}
        for r in range(args.repeat):
            for it in interps:
                for size in sizes:
                    out, kib = run([it.path, CYCLES, str(size)])
                    csums.setdefault(size, {})[it.label] = out
                    prev = cyc[it.label].get(size)
                    cyc[it.label][size] = kib if prev is None else min(prev, kib)
        for size, by in csums.items():
            if len(set(by.values())) != 1:
                fail("checksums of cycles.py %d differ: %s" % (size, by))
        rows = []
        for it in interps:
            a, b = cyc[it.label][sizes[0]], cyc[it.label][sizes[1]]
            rows.append([it.label, "%.1f" % (a / 1024), "%.1f" % (b / 1024),
                         "%.0f" % ((b - a) * 1024 / (sizes[1] - sizes[0]))])
        print("\nCycles (cycles.py: per iteration 2 instances pointing at each other and a dict "
              "holding itself, all dropped; peak RSS, min of %d runs):\n" % args.repeat)
        print(table(["interpreter", "N=1e5 MiB", "N=1e6 MiB", "growth bytes/iteration"], rows))
        results["cycles"] = {it.label: {str(s): cyc[it.label][s] for s in sizes}
                             for it in interps}

    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
