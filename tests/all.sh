#!/usr/bin/env bash
# Every test: unit tests of each crate and the conformance suite on the match core (stable),
# then the conformance suite on the tail-call core (nightly). Fast profile, no LTO.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --profile fasttest --workspace
cargo +nightly build --profile fasttest --features tail-call --target-dir target/tail
PYVM_BIN="$PWD/target/tail/fasttest/pyvm" cargo test --profile fasttest --test conformance
