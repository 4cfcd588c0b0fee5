#!/usr/bin/env python3
"""Runs pyperformance's core-tier benchmark files, unmodified, under pyvm (with pyvm's own
`pyperf` from its embedded stdlib) and reports which run to completion.

The files come from the pinned pyperformance sdist, downloaded with pip into a cache directory
(never committed: they are pyperformance's code, used as published).

Usage: python3 benchmarks/pyperformance/run_core.py [--pyvm PATH] [--cache DIR] [--out DIR]
           [--show PYTHON] [NAME ...] [-- BENCHMARK ARGS ...]

Each file runs as `PATH run_benchmark.py --fast` plus the arguments after `--`. With --out, each
writes its results to DIR/NAME.json (pyperf's JSON format; an old file is replaced). With --show,
each written file is read back with `PYTHON -m pyperf show` (a Python with CPython's pyperf
installed), to check that pyperf reads it. --pyvm may name any interpreter: a CPython with
pyperf installed gives the reference results to compare with `python -m pyperf compare_to`.
"""

import argparse
import os
import subprocess
import sys
import time
import zipfile

VERSION = "1.14.0"
CORE = [
    "barnes_hut", "chaos", "coroutines", "deltablue", "fannkuch", "float", "generators", "go",
    "hexiom", "meteor_contest", "nbody", "nqueens", "pidigits", "raytrace", "richards",
    "richards_super", "scimark", "spectral_norm", "unpack_sequence",
]
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def fetch(cache):
    """The directory holding bm_<name>/ of the pinned pyperformance, downloading it once."""
    bench_dir = os.path.join(cache, "pyperformance", "data-files", "benchmarks")
    if os.path.isdir(bench_dir):
        return bench_dir
    os.makedirs(cache, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", f"pyperformance=={VERSION}", "--no-deps",
         "--only-binary", ":all:", "-q", "-d", cache],
        check=True,
    )
    wheel = os.path.join(cache, f"pyperformance-{VERSION}-py3-none-any.whl")
    with zipfile.ZipFile(wheel) as z:
        z.extractall(cache)
    return bench_dir


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyvm", default=os.path.join(ROOT, "target", "release", "pyvm"))
    ap.add_argument("--cache", default=os.path.join(ROOT, "target", "pyperformance"))
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("--out", help="directory for one JSON result file per benchmark")
    ap.add_argument("--show", metavar="PYTHON", help="check results with PYTHON -m pyperf show")
    ap.add_argument("names", nargs="*")
    argv = sys.argv[1:]
    extra = argv[argv.index("--") + 1:] if "--" in argv else []
    args = ap.parse_args(argv[:len(argv) - len(extra) - (1 if "--" in argv else 0)])
    if args.out:
        args.out = os.path.abspath(args.out)
        os.makedirs(args.out, exist_ok=True)
    args.pyvm = os.path.abspath(args.pyvm)
    bench_dir = fetch(args.cache)
    failed = 0
    for name in args.names or CORE:
        d = os.path.join(bench_dir, f"bm_{name}")
        cmd = [args.pyvm, "run_benchmark.py", "--fast"] + extra
        out = None
        if args.out:
            out = os.path.join(args.out, name + ".json")
            if os.path.exists(out):
                os.remove(out)
            cmd += ["-o", out]
        start = time.perf_counter()
        try:
            proc = subprocess.run(
                cmd, cwd=d, capture_output=True, text=True, timeout=args.timeout,
            )
            ok = proc.returncode == 0
            if ok and out and args.show:
                shown = subprocess.run([args.show, "-m", "pyperf", "show", out],
                                       capture_output=True, text=True)
                if shown.returncode != 0:
                    ok = False
                    proc = shown
            detail = (proc.stdout.strip().splitlines() or [""])[-1] if ok else \
                (proc.stderr.strip().splitlines() or ["exit %d" % proc.returncode])[-1]
        except subprocess.TimeoutExpired:
            ok, detail = False, "timeout"
        took = time.perf_counter() - start
        failed += not ok
        print(f"{name:16} {'ok  ' if ok else 'FAIL'} {took:6.1f}s  {detail}", flush=True)
    print(f"{len(args.names or CORE) - failed} of {len(args.names or CORE)} ran to completion")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
