#!/usr/bin/env bash
# Every test: unit tests of each crate and the conformance suite on the match core (stable),
# then the VM's unit tests and the conformance suite on the tail-call core (nightly), both in a
# fast profile (no LTO); the suite once more with the `extra-checks` feature (every unchecked
# access of the cores and every PyCell borrow checked); then the dispatch check on the LTO
# release build of the tail-call core (the property it checks belongs to the optimised binary),
# and the benchmark programs at their quick sizes on both cores, checksums checked against python3
# (not CPython 3.14: CI has python3).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --profile fasttest --workspace
cargo +nightly test --profile fasttest -p pyvm-vm --features tail-call --target-dir target/tail
cargo test --profile fasttest -p pyvm-vm --features extra-checks --target-dir target/checks
cargo +nightly build --profile fasttest --features tail-call --target-dir target/tail
PYVM_BIN="$PWD/target/tail/fasttest/pyvm" cargo test --profile fasttest --test conformance
cargo build --profile fasttest --features extra-checks --target-dir target/checks
PYVM_BIN="$PWD/target/checks/fasttest/pyvm" cargo test --profile fasttest --test conformance
cargo +nightly build --release --features tail-call --target-dir target/tail
# The dispatch check disassembles with objdump (binutils).
command -v objdump >/dev/null || { apt-get update -q && apt-get install -y -q binutils; }
cargo test --profile fasttest -p pyvm-bench --test dispatch -- --ignored --nocapture
# The benchmark programs (when there are any) at their quick sizes: each prints CPython's checksum.
if compgen -G "benchmarks/programs/*.py" >/dev/null; then
  cargo run -q --profile fasttest -p pyvm-bench -- run --quick --no-build --python python3 \
    --pyvm-match target/fasttest/pyvm --pyvm-tail target/tail/release/pyvm --timeout 120
fi
