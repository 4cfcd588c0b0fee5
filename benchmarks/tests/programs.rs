//! Keeps the benchmark programs (benchmarks/programs/*.py) honest: runs each under pyvm at its
//! small size (benchmarks/programs/sizes.txt) and compares stdout with CPython's, committed in
//! benchmarks/programs/expected/<name>.stdout by benchmarks/programs/expected/regen.py.
//!
//! The binary is PYVM_BIN, else the `pyvm` built beside this test (target/<profile>/pyvm):
//! `cargo test --workspace` builds it, since the root package's own integration tests need it;
//! alone, `cargo test -p pyvm-bench` needs `cargo build` (same profile) first.
//! PYVM_FILTER restricts the run to program names containing the given text.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn pyvm_binary() -> PathBuf {
    if let Some(bin) = std::env::var_os("PYVM_BIN") {
        return PathBuf::from(bin);
    }
    // This test runs from target/<profile>/deps/; the binary is target/<profile>/pyvm.
    let exe = std::env::current_exe().expect("test executable path");
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("test executable under target/<profile>/deps");
    profile_dir.join(format!("pyvm{}", std::env::consts::EXE_SUFFIX))
}

/// (name, small size) from sizes.txt, in file order.
fn small_sizes(dir: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(dir.join("sizes.txt")).expect("read sizes.txt");
    text.lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .filter_map(|l| {
            let mut words = l.split_whitespace();
            Some((words.next()?.to_string(), words.next()?.to_string()))
        })
        .collect()
}

/// Runs `bin name.py size` in dir, killed after `limit`; its stdout, or why it failed.
fn run(bin: &Path, dir: &Path, name: &str, size: &str, limit: Duration) -> Result<Vec<u8>, String> {
    let mut child = Command::new(bin)
        .arg(format!("{name}.py"))
        .arg(size)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not run {}: {e}", bin.display()))?;
    let mut out_pipe = child.stdout.take().ok_or("no stdout")?;
    let mut err_pipe = child.stderr.take().ok_or("no stderr")?;
    let out = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("timed out after {} s", limit.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(e.to_string()),
        }
    };
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    if !status.success() {
        let stderr = String::from_utf8_lossy(&stderr);
        let last = stderr.lines().rev().find(|l| !l.trim().is_empty());
        return Err(format!("exit status {status}: {}", last.unwrap_or("")));
    }
    Ok(stdout)
}

fn first_difference(got: &[u8], want: &[u8]) -> String {
    let got = String::from_utf8_lossy(got);
    let want = String::from_utf8_lossy(want);
    let line = got
        .lines()
        .zip(want.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| got.lines().count().min(want.lines().count()));
    format!(
        "stdout differs at line {}:\n      got:  {:?}\n      want: {:?}",
        line + 1,
        got.lines().nth(line).unwrap_or("<end>"),
        want.lines().nth(line).unwrap_or("<end>")
    )
}

#[test]
fn every_program_has_a_small_size_and_expected_output() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
    let sizes = small_sizes(&dir);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("read benchmarks/programs")
        .flatten()
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter_map(|n| n.strip_suffix(".py").map(str::to_string))
        .collect();
    names.sort();
    let mut listed: Vec<String> = sizes.iter().map(|(n, _)| n.clone()).collect();
    listed.sort();
    assert_eq!(names, listed, "sizes.txt must list exactly the programs");
    // pyvm-bench's --quick reads the size from the program's `# bench:` line: it must agree.
    for (name, size) in &sizes {
        let text = std::fs::read_to_string(dir.join(format!("{name}.py"))).expect("read program");
        let bench_line = text.lines().find(|l| l.starts_with("# bench:"));
        assert!(
            bench_line.is_some_and(|l| l.split_whitespace().any(|w| w == format!("quick={size}"))),
            "{name}.py: its `# bench:` line must say quick={size}, as sizes.txt does"
        );
    }
    for name in &names {
        assert!(
            dir.join("expected")
                .join(format!("{name}.stdout"))
                .is_file(),
            "no expected/{name}.stdout: run python3 benchmarks/programs/expected/regen.py {name}"
        );
    }
}

#[test]
fn programs_match_cpython_at_small_sizes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
    let bin = pyvm_binary();
    assert!(
        bin.is_file(),
        "{} not found: build it first (cargo build --profile <same profile>) or set PYVM_BIN",
        bin.display()
    );
    let filter = std::env::var("PYVM_FILTER").unwrap_or_default();
    let mut failures = Vec::new();
    let mut ran = 0;
    for (name, size) in small_sizes(&dir) {
        if !name.contains(&filter) {
            continue;
        }
        ran += 1;
        let want = std::fs::read(dir.join("expected").join(format!("{name}.stdout")))
            .unwrap_or_else(|e| panic!("expected/{name}.stdout: {e}"));
        match run(&bin, &dir, &name, &size, Duration::from_secs(60)) {
            Ok(got) if got == want => {}
            Ok(got) => failures.push(format!("{name} {size}: {}", first_difference(&got, &want))),
            Err(e) => failures.push(format!("{name} {size}: {e}")),
        }
    }
    for f in &failures {
        eprintln!("FAIL {f}");
    }
    eprintln!(
        "benchmark programs: {} of {ran} match CPython ({})",
        ran - failures.len(),
        bin.display()
    );
    assert!(failures.is_empty(), "{} programs differ", failures.len());
}
