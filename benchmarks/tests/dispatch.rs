//! The dispatch check on a release build of the tail-call core: fails when any opcode handler
//! has lost its own indirect jump (the silent regression that merged dispatch costs).
//!
//! It needs the LTO release binary, so it is ignored by a plain `cargo test`; tests/all.sh
//! builds the binary and runs it with `--ignored`. PYVM_DISPATCH_BIN names the binary
//! (default: target/tail/release/pyvm), so the same test reads an aarch64 build.

use pyvm_bench::dispatch::report_for;
use std::path::PathBuf;

#[test]
#[ignore = "needs the release tail-call binary; run by tests/all.sh"]
fn every_tail_call_handler_has_its_own_indirect_jump() {
    let bin = std::env::var_os("PYVM_DISPATCH_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/tail/release/pyvm")
        });
    let report = report_for(&bin).unwrap_or_else(|e| panic!("{}: {e}", bin.display()));
    println!("{}", report.render(false));
    assert!(
        report.is_tail_call_core(),
        "{} has no tail-call handlers",
        bin.display()
    );
    let merged = report.merged_handlers();
    assert!(
        merged.is_empty(),
        "dispatch merged in {} handlers: {merged:?}",
        merged.len()
    );
}
