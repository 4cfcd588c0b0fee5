#!/usr/bin/env python3
"""Runs benchmarks/*.py under several interpreters side by side, alternating runs, and prints
the best wall time of each and its ratio to the first interpreter; with --callgrind, the
instruction counts (valgrind --tool=callgrind) instead. Every interpreter must print the same
output as the first.

Usage:
  python3 benchmarks/compare.py [--runs N] [--callgrind] [--arg X] NAME=PATH [NAME=PATH ...]

Example (pyvm before and after a change, against CPython 3.14):
  python3 benchmarks/compare.py cpython=$(bash ../shared/tools/cpython314.sh | tail -1) \\
      before=/tmp/pyvm-before after=target/release/pyvm
"""

import argparse
import glob
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd):
    t = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, check=True).stdout
    return time.perf_counter() - t, out


def instructions(cmd):
    r = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + cmd,
        capture_output=True,
        text=True,
        check=True,
    )
    m = re.search(r"Collected : (\d+)", r.stderr)
    return int(m.group(1)) if m else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--callgrind", action="store_true")
    ap.add_argument("--arg", action="append", default=[], help="argument for every program")
    ap.add_argument("--filter", default="")
    ap.add_argument("interpreters", nargs="+", help="NAME=PATH")
    a = ap.parse_args()
    interps = [i.split("=", 1) for i in a.interpreters]
    programs = [p for p in sorted(glob.glob(os.path.join(HERE, "*.py"))) if a.filter in p]
    programs = [p for p in programs if os.path.basename(p) != "compare.py"]
    names = [n for n, _ in interps]
    print(f"{'program':<16}" + "".join(f"{n:>14}" for n in names) + "".join(
        f"{n + '/' + names[0]:>16}" for n in names[1:]))
    for prog in programs:
        outs = {}
        best = {n: float("inf") for n in names}
        if a.callgrind:
            for n, path in interps:
                best[n] = instructions([path, prog] + a.arg)
                outs[n] = run([path, prog] + a.arg)[1]
        else:
            for _ in range(a.runs):
                for n, path in interps:
                    t, out = run([path, prog] + a.arg)
                    best[n] = min(best[n], t)
                    outs[n] = out
        for n in names[1:]:
            if outs[n] != outs[names[0]]:
                sys.exit(f"{prog}: {n} printed something else than {names[0]}")
        unit = (lambda v: f"{v / 1e6:,.0f}M") if a.callgrind else (lambda v: f"{v * 1000:.0f}ms")
        row = f"{os.path.basename(prog):<16}" + "".join(f"{unit(best[n]):>14}" for n in names)
        row += "".join(f"{best[n] / best[names[0]]:>15.2f}x" for n in names[1:])
        print(row, flush=True)


if __name__ == "__main__":
    main()
