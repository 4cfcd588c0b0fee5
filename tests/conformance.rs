//! Runs every program under tests/conformance through the `pyvm` binary and compares its
//! stdout, exit status and last stderr line with CPython's (committed beside each program).
//!
//! PYVM_BIN overrides the binary (e.g. a tail-call or cross-compiled build); PYVM_FILTER
//! restricts the run to paths containing the given text.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            // `support` directories hold modules and packages that programs import.
            if p.file_name()
                .is_some_and(|n| n != "support" && n != "__pycache__")
            {
                programs(&p, out);
            }
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

/// The result of one program: None if it matches, else a description of the differences.
pub fn check(bin: &Path, program: &Path) -> Option<String> {
    let dir = program.parent()?;
    let name = program.file_name()?;
    let stem = program.with_extension("");
    let (Ok(expected_out), Ok(expected_exit)) = (
        std::fs::read(stem.with_extension("stdout")),
        std::fs::read_to_string(stem.with_extension("exit")),
    ) else {
        return Some("no expected output beside it (run python3 tests/regen.py)".into());
    };
    let mut lines = expected_exit.lines();
    let Some(want_code) = lines.next().and_then(|l| l.trim().parse::<i32>().ok()) else {
        return Some("malformed .exit file".into());
    };
    let want_err = lines.next().unwrap_or("").to_string();
    let output = match run_with_timeout(bin, name.as_ref(), dir) {
        Ok(o) => o,
        Err(e) => return Some(e),
    };
    let code = output.status.code().unwrap_or(-1);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let last_err = stderr
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_string();
    let mut diffs = Vec::new();
    if output.stdout != expected_out {
        let got = String::from_utf8_lossy(&output.stdout);
        let want = String::from_utf8_lossy(&expected_out);
        let first = got
            .lines()
            .zip(want.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| got.lines().count().min(want.lines().count()));
        diffs.push(format!(
            "stdout differs at line {}:\n      got:  {:?}\n      want: {:?}",
            first + 1,
            got.lines().nth(first).unwrap_or("<end>"),
            want.lines().nth(first).unwrap_or("<end>")
        ));
    }
    if code != want_code {
        diffs.push(format!("exit status {code}, want {want_code}"));
    }
    if last_err.trim() != want_err.trim() {
        diffs.push(format!(
            "last stderr line:\n      got:  {last_err:?}\n      want: {want_err:?}"
        ));
    }
    if diffs.is_empty() {
        None
    } else {
        Some(diffs.join("\n    "))
    }
}

/// Runs one program, killing it after 20 seconds.
fn run_with_timeout(bin: &Path, name: &Path, dir: &Path) -> Result<std::process::Output, String> {
    let mut child = Command::new(bin)
        .arg(name)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env("PYTHONHASHSEED", "0")
        .spawn()
        .map_err(|e| format!("could not run: {e}"))?;
    use std::io::Read;
    let mut out_pipe = child.stdout.take().ok_or("no stdout")?;
    let mut err_pipe = child.stderr.take().ok_or("no stderr")?;
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let start = std::time::Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                let stdout = out_reader.join().unwrap_or_default();
                let stderr = err_reader.join().unwrap_or_default();
                return Ok(std::process::Output {
                    status,
                    stdout,
                    stderr,
                });
            }
            Ok(None) if start.elapsed() > std::time::Duration::from_secs(20) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err("timed out after 20 s".into());
            }
            Ok(None) => std::thread::sleep(std::time::Duration::from_millis(5)),
            Err(e) => return Err(e.to_string()),
        }
    }
}

/// Programs listed in tests/conformance/known_failures.txt (one relative path per line, `#`
/// comments) are known to differ; they are still run and must not crash or hang.
fn known_failures(root: &Path) -> Vec<String> {
    std::fs::read_to_string(root.join("known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn conformance_suite() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance");
    let bin = std::env::var_os("PYVM_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_pyvm")));
    let filter = std::env::var("PYVM_FILTER").unwrap_or_default();
    let mut all = Vec::new();
    programs(&root, &mut all);
    all.retain(|p| p.display().to_string().contains(&filter));
    assert!(
        !all.is_empty(),
        "no conformance programs found under {}",
        root.display()
    );
    let known = known_failures(&root);
    let mut failures = Vec::new();
    let mut known_failing = 0;
    for p in &all {
        let rel = p.strip_prefix(&root).unwrap_or(p).display().to_string();
        let result = check(&bin, p);
        match (result, known.contains(&rel)) {
            (Some(d), false) => failures.push(format!("{rel}:\n    {d}")),
            (Some(d), true) => {
                known_failing += 1;
                // A known failure must still end in a Python-level result, never a crash.
                if d.contains("timed out")
                    || d.contains("exit status 101")
                    || d.contains("exit status 70")
                    || d.contains("exit status -1")
                {
                    failures.push(format!("{rel} (known failure) crashed or hung:\n    {d}"));
                }
            }
            (None, true) => eprintln!("note: {rel} is listed in known_failures.txt but now passes"),
            (None, false) => {}
        }
    }
    for f in &failures {
        eprintln!("FAIL {f}");
    }
    eprintln!(
        "conformance: {} of {} programs match CPython, {} known failures ({})",
        all.len() - failures.len() - known_failing,
        all.len(),
        known_failing,
        bin.display()
    );
    assert!(
        failures.is_empty(),
        "{} conformance programs differ from CPython",
        failures.len()
    );
}
