#!/usr/bin/env bash
# Every test: unit tests of each crate and the conformance suite on the match core (stable),
# then the conformance suite on the tail-call core (nightly), both in a fast profile (no LTO);
# then the dispatch check on the LTO release build of the tail-call core (the property it checks
# belongs to the optimised binary that users run).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --profile fasttest --workspace
cargo +nightly test --profile fasttest -p pyvm-vm --features tail-call --target-dir target/tail
cargo +nightly build --profile fasttest --features tail-call --target-dir target/tail
PYVM_BIN="$PWD/target/tail/fasttest/pyvm" cargo test --profile fasttest --test conformance
cargo +nightly build --release --features tail-call --target-dir target/tail
cargo test --profile fasttest -p pyvm-bench --test dispatch -- --ignored --nocapture
