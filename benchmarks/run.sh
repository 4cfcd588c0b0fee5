#!/usr/bin/env bash
# Runs each benchmark program under pyvm and a reference CPython, side by side, and prints the
# best of N wall times and their ratio. Usage: benchmarks/run.sh [PYTHON] [N]
# Default PYTHON: the CPython 3.14 PGO+LTO build from ../shared/tools/cpython314.sh.
set -euo pipefail
cd "$(dirname "$0")"
PY=${1:-$(bash ../../shared/tools/cpython314.sh 2>/dev/null | tail -1)}
N=${2:-5}
PYVM=${PYVM:-../target/release/pyvm}
best() {
    local b=999999
    for _ in $(seq "$N"); do
        local s e
        s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N)
        local t=$(( (e - s) / 1000000 ))
        (( t < b )) && b=$t
    done
    echo "$b"
}
printf "%-16s %10s %10s %8s\n" program "cpython ms" "pyvm ms" ratio
for f in *.py; do
    want=$("$PY" "$f")
    got=$("$PYVM" "$f")
    [ "$want" == "$got" ] || { echo "$f: output differs from CPython"; exit 1; }
    c=$(best "$PY" "$f"); p=$(best "$PYVM" "$f")
    printf "%-16s %10d %10d %8s\n" "$f" "$c" "$p" "$(python3 -c "print(f'{$p/$c:.2f}x')")"
done
