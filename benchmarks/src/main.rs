//! `pyvm-bench [run] [OPTIONS]`: the benchmark runner (see cli::RUN_USAGE): both pyvm cores
//! against CPython on benchmarks/programs/*.py or pyperformance's core benchmarks.
//!
//! `pyvm-bench dispatch [-v] [BINARY...]`: the dispatch report of pyvm binaries (default: the
//! release builds of both cores, target/release/pyvm and target/tail/release/pyvm). Exits 1 when
//! a tail-call core has lost the per-handler dispatch.

use pyvm_bench::cli::{self, RUN_USAGE};
use pyvm_bench::dispatch::report_for;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("dispatch") => dispatch(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{RUN_USAGE}");
            ExitCode::SUCCESS
        }
        Some("run") => run(&args[1..]),
        _ => run(&args),
    }
}

fn run(args: &[String]) -> ExitCode {
    match cli::parse(args) {
        Ok(opts) => pyvm_bench::run::main(&opts),
        Err(e) => {
            eprintln!("pyvm-bench: {e}\n{RUN_USAGE}");
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
