#!/usr/bin/env bash
# pyvm on aarch64, by hand (not in CI: see README): cross-builds both cores with
# ../shared/tools/aarch64.sh (the match core with its default toolchain, the tail-call core with
# TOOLCHAIN=nightly), runs the whole conformance suite with each binary under qemu-user and
# reports every difference from CPython's expected output, then checks the tail-call core's
# dispatch in the aarch64 disassembly (every handler ends in its own `br xN`).
# The first run sets up the chroots (about 10 minutes); later runs take a few minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
ARM="bash ../shared/tools/aarch64.sh"
TARGET=aarch64-unknown-linux-gnu
$ARM setup >/dev/null
TOOLCHAIN=nightly $ARM setup >/dev/null
$ARM cargo build --release
TOOLCHAIN=nightly $ARM cargo build --release --features tail-call
MATCH_BIN="$PWD/target/arm-bookworm/$TARGET/release/pyvm"
TAIL_BIN="$PWD/target/arm-nightly/$TARGET/release/pyvm"
status=0
for bin in "$MATCH_BIN" "$TAIL_BIN"; do
    echo "== conformance under qemu: $bin ($($ARM run "$bin" --version))"
    PYVM_ARM_BIN="$bin" PYVM_BIN="$PWD/tests/aarch64/pyvm-qemu" \
        cargo test --profile fasttest --test conformance -- --nocapture 2>&1 |
        grep -E "^(FAIL|conformance:)|^    " || status=1
done
echo "== dispatch check of the aarch64 tail-call core"
PYVM_DISPATCH_BIN="$TAIL_BIN" cargo test --profile fasttest -p pyvm-bench --test dispatch \
    -- --ignored --nocapture || status=1
cargo run -q --profile fasttest -p pyvm-bench -- dispatch "$MATCH_BIN" "$TAIL_BIN" || status=1
exit $status
