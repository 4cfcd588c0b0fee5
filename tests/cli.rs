//! The `pyvm` command line where it reports without running a program, checked against
//! CPython (`python3`) when it is installed.

use std::path::Path;
use std::process::Command;

/// Exit status and stderr of `exe script` run in `dir`, with the program name (the first word,
/// which differs between the two interpreters) cut off.
fn run(exe: &str, script: &str, dir: &Path) -> Option<(i32, String)> {
    let out = Command::new(exe)
        .arg(script)
        .current_dir(dir)
        .output()
        .ok()?;
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    let rest = err.split_once(": ").map(|(_, r)| r.to_string())?;
    Some((out.status.code()?, rest))
}

#[test]
fn missing_script_is_reported_like_cpython() {
    let dir = std::env::temp_dir();
    let name = "pyvm-cli-test-no-such-script.py";
    assert!(!dir.join(name).exists());
    let (code, err) = run(env!("CARGO_BIN_EXE_pyvm"), name, &dir).expect("pyvm ran");
    assert_eq!(code, 2, "{err}");
    assert!(!err.contains("os error"), "{err}");
    assert!(err.contains(&format!(
        "{}/{name}",
        dir.display().to_string().trim_end_matches('/')
    )));
    if let Some((py_code, py_err)) = run("python3", name, &dir) {
        assert_eq!((code, err), (py_code, py_err));
    }
}

/// Constructs pyvm does not have yet are refused with an error that names them, never run with
/// a wrong value.
#[test]
fn imaginary_literals_are_refused_not_misread() {
    let out = Command::new(env!("CARGO_BIN_EXE_pyvm"))
        .args(["-c", "x = 1 if False else 2j\nprint(x)\n"])
        .output()
        .expect("pyvm ran");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(out.stdout.is_empty());
    assert!(
        err.contains("NotImplementedError: complex numbers"),
        "{err}"
    );
}
