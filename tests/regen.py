#!/usr/bin/env python3
"""Regenerate expected outputs for the conformance corpus.

For every tests/conformance/**/*.py (or only the files given on the command
line), run `python3 <name>.py` with cwd set to the file's directory, and write
beside it:

  <name>.stdout  exact stdout bytes
  <name>.exit    two lines: the exit code, then the last non-empty line of
                 stderr (an empty second line when stderr has none)

Environment: PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8; stdin is /dev/null;
each program has a 10 second timeout.

Usage:
  python3 tests/regen.py                 # all programs
  python3 tests/regen.py FILE.py [...]   # only these programs
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CONFORMANCE = os.path.join(HERE, "conformance")
TIMEOUT = 10
PYTHON = os.environ.get("REGEN_PYTHON", "python3")


def find_programs():
    found = []
    for dirpath, dirnames, filenames in os.walk(CONFORMANCE):
        # `support` directories hold modules and packages that programs import.
        dirnames[:] = sorted(d for d in dirnames if d not in ("support", "__pycache__"))
        for name in sorted(filenames):
            if name.endswith(".py"):
                found.append(os.path.join(dirpath, name))
    found.sort()
    return found


def last_nonempty_line(data):
    text = data.decode("utf-8", errors="replace")
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def write_if_changed(path, data):
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return False
    except FileNotFoundError:
        pass
    with open(path, "wb") as f:
        f.write(data)
    return True


def regen(path):
    path = os.path.abspath(path)
    directory, name = os.path.split(path)
    base = name[:-3] if name.endswith(".py") else name
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONPATH", None)
    try:
        proc = subprocess.run(
            [PYTHON, name],
            cwd=directory,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        print("TIMEOUT: %s" % os.path.relpath(path), file=sys.stderr)
        return None
    stdout = proc.stdout
    exit_text = "%d\n%s\n" % (proc.returncode, last_nonempty_line(proc.stderr))
    changed = write_if_changed(os.path.join(directory, base + ".stdout"), stdout)
    changed |= write_if_changed(
        os.path.join(directory, base + ".exit"), exit_text.encode("utf-8")
    )
    return changed


def main(argv):
    programs = [os.path.abspath(p) for p in argv] if argv else find_programs()
    failures = 0
    changed = 0
    for path in programs:
        if not os.path.isfile(path):
            print("missing: %s" % path, file=sys.stderr)
            failures += 1
            continue
        result = regen(path)
        if result is None:
            failures += 1
        elif result:
            changed += 1
            print("updated: %s" % os.path.relpath(path))
    print("%d programs, %d updated, %d failed" % (len(programs), changed, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
