#!/usr/bin/env python3
"""Writes expected/<name>.stdout for the benchmark programs: each program's output under
CPython (the python3 running this script, 3.11) at its small size from sizes.txt. The CI
check (benchmarks/tests/programs.rs) compares pyvm's output with these files.

Usage: python3 benchmarks/programs/expected/regen.py [NAME ...]   (default: every program)
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def small_sizes():
    sizes = {}
    with open(os.path.join(HERE, "sizes.txt")) as f:
        for line in f:
            line = line.split("#", 1)[0].split()
            if line:
                sizes[line[0]] = line[1]
    return sizes


def main():
    sizes = small_sizes()
    programs = sorted(n[:-3] for n in os.listdir(HERE) if n.endswith(".py"))
    missing = [p for p in programs if p not in sizes]
    if missing:
        sys.exit("no small size in sizes.txt for: " + ", ".join(missing))
    names = sys.argv[1:] or programs
    env = dict(os.environ, PYTHONHASHSEED="0")
    os.makedirs(os.path.join(HERE, "expected"), exist_ok=True)
    for name in names:
        if name not in sizes:
            sys.exit("unknown program %r" % name)
        run = subprocess.run([sys.executable, name + ".py", sizes[name]], cwd=HERE, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if run.returncode != 0:
            sys.exit("%s failed under CPython:\n%s" % (name, run.stderr.decode()))
        with open(os.path.join(HERE, "expected", name + ".stdout"), "wb") as f:
            f.write(run.stdout)
        print("wrote expected/%s.stdout (size %s)" % (name, sizes[name]))


main()
