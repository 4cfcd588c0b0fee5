#!/usr/bin/env bash
# The ARM table: pyvm-aarch64 (both cores) and arm64 CPython side by side on every program in
# benchmarks/, by instructions executed under qemu-user (its TCG `insn` plugin, built from
# Debian's qemu source package), never by time: emulated time says nothing about ARM speed.
# Every program's output is checked against the arm64 CPython's first.
# Usage: benchmarks/aarch64_insns.sh [SCALE]   (default 1; needs the builds named below)
# PY314=1 compares with the sid chroot's CPython 3.14 instead of trixie's 3.13.
set -euo pipefail
cd "$(dirname "$0")"
SCALE=${1:-1}
ARM_ROOT=${ARM_ROOT:-/var/tmp/pyvm-arm}
TARGET=aarch64-unknown-linux-gnu
# The match core built by the same nightly as the tail-call core, so that only the core differs:
#   TOOLCHAIN=nightly CARGO_TARGET_DIR_ARM=$PWD/target/arm-nightly-match aarch64.sh cargo build --release
MATCH=${MATCH:-../target/arm-nightly-match/$TARGET/release/pyvm}
TAIL=${TAIL:-../target/arm-nightly/$TARGET/release/pyvm}
if [ "${PY314:-}" = 1 ]; then ROOT=$ARM_ROOT/sid-arm64; PYBIN=/usr/bin/python3.14
else ROOT=$ARM_ROOT/trixie-arm64; PYBIN=/usr/bin/python3.13; fi
PLUGIN=${INSN_PLUGIN:-/var/tmp/pyvm-qemu-insn/libinsn.so}

# The plugin must match the host's qemu-user (dynamic: the static build cannot load plugins).
build_plugin() {
    command -v qemu-aarch64 >/dev/null || apt-get install -y -q qemu-user >/dev/null
    [ -f "$PLUGIN" ] && return
    local dir; dir=$(dirname "$PLUGIN"); mkdir -p "$dir"
    apt-get install -y -q libglib2.0-dev gcc xz-utils >/dev/null
    if ! grep -rqs "deb-src" /etc/apt/sources.list /etc/apt/sources.list.d/; then
        printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
            > /etc/apt/sources.list.d/pyvm-qemu-src.sources
        apt-get update -q >/dev/null
    fi
    (cd "$dir" && apt-get source --download-only -q qemu >/dev/null 2>&1)
    local src; src=$(ls "$dir"/qemu_*.orig.tar.xz | head -1)
    tar -xf "$src" -C "$dir" --wildcards '*/tests/plugin/insn.c' '*/include/qemu/qemu-plugin.h'
    local top; top=$(ls -d "$dir"/qemu-*/ | head -1)
    gcc -shared -fPIC -O2 -I "$top/include/qemu" $(pkg-config --cflags glib-2.0) \
        -o "$PLUGIN" "$top/tests/plugin/insn.c" $(pkg-config --libs glib-2.0)
}

# Instructions executed by an aarch64 program (qemu -L maps the arm64 root's files).
insns() {
    qemu-aarch64 -L "$ROOT" -plugin "$PLUGIN",inline=on -d plugin "$@" 2>&1 >/dev/null |
        sed -n 's/^insns: //p'
}
output() { qemu-aarch64 -L "$ROOT" "$@"; }

build_plugin
echo "instructions under emulation (qemu-user $(qemu-aarch64 --version | head -1 | awk '{print $3}'), scale $SCALE"
echo "CPython: $(output "$ROOT$PYBIN" --version) from $(basename "$ROOT")"
# Start-up (an empty program) is counted once per interpreter and subtracted, so that the
# ratios compare the programs' own work (CPython's start-up is ~30M instructions, pyvm's ~2M).
empty=$(mktemp --suffix .py); trap 'rm -f "$empty"' EXIT
s_m=$(insns "$MATCH" "$empty"); s_t=$(insns "$TAIL" "$empty"); s_c=$(insns "$ROOT$PYBIN" "$empty")
echo "start-up instructions: match $s_m, tail $s_t, cpython $s_c (subtracted below)"
printf "%-15s %14s %14s %14s %7s %7s %7s\n" program "match insns" "tail insns" "cpython insns" \
    "m/t" "t/cpy" "m/cpy"
for f in *.py; do
    want=$(output "$ROOT$PYBIN" "$f" "$SCALE")
    for b in "$MATCH" "$TAIL"; do
        [ "$(output "$b" "$f" "$SCALE")" == "$want" ] || { echo "$f: $b differs from CPython"; exit 1; }
    done
    m=$(($(insns "$MATCH" "$f" "$SCALE") - s_m)); t=$(($(insns "$TAIL" "$f" "$SCALE") - s_t))
    c=$(($(insns "$ROOT$PYBIN" "$f" "$SCALE") - s_c))
    printf "%-15s %14d %14d %14d %7s %7s %7s\n" "$f" "$m" "$t" "$c" \
        "$(python3 -c "print(f'{$m/$t:.2f}')")" "$(python3 -c "print(f'{$t/$c:.2f}')")" \
        "$(python3 -c "print(f'{$m/$c:.2f}')")"
done
