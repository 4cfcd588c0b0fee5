#!/usr/bin/env bash
# The two interpreter cores side by side (and CPython 3.14 PGO+LTO as the reference), on every
# program in benchmarks/: best of N wall times, runs interleaved so that machine noise hits all
# alike, and instructions executed and indirect-branch mispredictions under callgrind at scale 1
# (stable where time is noisy).
# Usage: benchmarks/cores.sh [N]   (needs both release builds: see README)
set -euo pipefail
cd "$(dirname "$0")"
N=${1:-5}
MATCH=${MATCH:-../target/release/pyvm}
TAIL=${TAIL:-../target/tail/release/pyvm}
PY=${PY:-$(bash ../../shared/tools/cpython314.sh 2>/dev/null | tail -1)}
now() { date +%s%N; }
# "instructions indirect-mispredicts": callgrind's branch simulator predicts each indirect
# branch by its last target (a plain BTB, no history): a stable, noise-free proxy for what
# per-handler dispatch buys; real CPUs with history-based predictors narrow the gap.
profile() {
    valgrind --tool=callgrind --branch-sim=yes --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
        tr -d , | awk '/refs:/ {i=$NF} /Mispredicts:/ {gsub(/[()]/, ""); m=$(NF-1)} END {print i, m}'
}
printf "%-15s %9s %9s %9s %6s %6s | %12s %12s %6s | %11s %11s\n" program "match ms" "tail ms" \
    "cpy ms" "m/t" "t/cpy" "match insns" "tail insns" "m/t" "match ind.m" "tail ind.m"
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
    read -r im mm <<<"$(profile "$MATCH" "$f" 1)"
    read -r it mt <<<"$(profile "$TAIL" "$f" 1)"
    printf "%-15s %9d %9d %9d %6s %6s | %12d %12d %6s | %11d %11d\n" "$f" "$bm" "$bt" "$bc" \
        "$(python3 -c "print(f'{$bm/$bt:.2f}')")" "$(python3 -c "print(f'{$bt/$bc:.2f}')")" \
        "$im" "$it" "$(python3 -c "print(f'{$im/$it:.2f}')")" "$mm" "$mt"
done
