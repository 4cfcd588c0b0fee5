#!/usr/bin/env bash
# The two interpreter cores side by side (and CPython 3.14 PGO+LTO as the reference), on every
# program in benchmarks/: best of N wall times, runs interleaved so that machine noise hits all
# alike, and instructions executed under callgrind at scale 1 (stable where time is noisy).
# Usage: benchmarks/cores.sh [N]   (needs both release builds: see README)
set -euo pipefail
cd "$(dirname "$0")"
N=${1:-5}
MATCH=${MATCH:-../target/release/pyvm}
TAIL=${TAIL:-../target/tail/release/pyvm}
PY=${PY:-$(bash ../../shared/tools/cpython314.sh 2>/dev/null | tail -1)}
now() { date +%s%N; }
instructions() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
        sed -n 's/.*refs: *//p' | tr -d ,
}
printf "%-15s %9s %9s %9s %7s %7s | %13s %13s %7s\n" program "match ms" "tail ms" "cpy ms" \
    "m/t" "t/cpy" "match insns" "tail insns" "m/t"
for f in *.py; do
    want=$("$PY" "$f")
    for b in "$MATCH" "$TAIL"; do
        [ "$("$b" "$f")" == "$want" ] || { echo "$f: $b differs from CPython"; exit 1; }
    done
    bm=999999; bt=999999; bc=999999
    for _ in $(seq "$N"); do
        s=$(now); "$MATCH" "$f" >/dev/null; e=$(now); t=$(((e - s) / 1000000)); ((t < bm)) && bm=$t
        s=$(now); "$TAIL" "$f" >/dev/null; e=$(now); t=$(((e - s) / 1000000)); ((t < bt)) && bt=$t
        s=$(now); "$PY" "$f" >/dev/null; e=$(now); t=$(((e - s) / 1000000)); ((t < bc)) && bc=$t
    done
    im=$(instructions "$MATCH" "$f" 1)
    it=$(instructions "$TAIL" "$f" 1)
    printf "%-15s %9d %9d %9d %7s %7s | %13d %13d %7s\n" "$f" "$bm" "$bt" "$bc" \
        "$(python3 -c "print(f'{$bm/$bt:.2f}')")" "$(python3 -c "print(f'{$bt/$bc:.2f}')")" \
        "$im" "$it" "$(python3 -c "print(f'{$im/$it:.2f}')")"
done
