//! `pyvm-bench dispatch [-v] [BINARY...]`: the dispatch report of pyvm binaries (default: the
//! release builds of both cores, target/release/pyvm and target/tail/release/pyvm). Exits 1 when
//! a tail-call core has lost the per-handler dispatch.

use pyvm_bench::dispatch::report_for;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: pyvm-bench dispatch [-v] [BINARY...]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("dispatch") => dispatch(&args[1..]),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn dispatch(args: &[String]) -> ExitCode {
    let verbose = args.iter().any(|a| a == "-v");
    let mut bins: Vec<PathBuf> = args
        .iter()
        .filter(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .collect();
    if bins.is_empty() {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
        bins = vec![
            root.join("target/release/pyvm"),
            root.join("target/tail/release/pyvm"),
        ];
    }
    let mut ok = true;
    for bin in &bins {
        println!("== {}", bin.display());
        match report_for(bin) {
            Ok(report) => {
                print!("{}", report.render(verbose));
                ok &= report.merged_handlers().is_empty();
            }
            Err(e) => {
                println!("error: {e}");
                ok = false;
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
