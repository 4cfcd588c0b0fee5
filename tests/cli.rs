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

/// Imaginary literals load as complex constants (folded ones too).
#[test]
fn imaginary_literals_are_complex_constants() {
    let out = Command::new(env!("CARGO_BIN_EXE_pyvm"))
        .args(["-c", "x = 1 if False else 2j\nprint(x, 1+2j, -(3j))\n"])
        .output()
        .expect("pyvm ran");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "2j (1+2j) (-0-3j)\n");
}

/// A script that is not UTF-8 and declares no encoding: CPython's SyntaxError, which names the
/// script by its absolute path (so it cannot live in the conformance suite, whose expected
/// output would hold the path of the machine that made it).
#[test]
fn undeclared_non_utf8_source_is_cpythons_syntax_error() {
    let dir = std::env::temp_dir().join(format!("pyvm-cli-non-utf8-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let name = "latin1_undeclared.py";
    std::fs::write(dir.join(name), b"x = 1\nprint('caf\xe9')\n").expect("write script");
    let last_line = |exe: &str| -> Option<(i32, String)> {
        let out = Command::new(exe)
            .arg(name)
            .current_dir(&dir)
            .output()
            .ok()?;
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        Some((out.status.code()?, err.lines().last()?.to_string()))
    };
    let (code, line) = last_line(env!("CARGO_BIN_EXE_pyvm")).expect("pyvm ran");
    assert_eq!(code, 1);
    let abs = format!("{}/{name}", dir.display().to_string().trim_end_matches('/'));
    assert_eq!(
        line,
        format!(
            "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file {abs} on line 2, but no \
             encoding declared; see https://peps.python.org/pep-0263/ for details"
        )
    );
    if let Some(py) = last_line("python3") {
        assert_eq!((code, line), py);
    }
    let _ = std::fs::remove_dir_all(&dir);
}
