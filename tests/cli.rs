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

/// stdout, exit status and the stderr text after the program name, of `exe args` run in `dir`
/// with extra environment variables.
fn run_full(
    exe: &str,
    args: &[&str],
    dir: &Path,
    env: &[(&str, &str)],
) -> Option<(String, i32, String)> {
    let mut cmd = Command::new(exe);
    cmd.args(args).current_dir(dir).env_remove("PYTHONPATH");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().ok()?;
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    let err = err
        .split_once(": ")
        .map_or(err.clone(), |(_, r)| r.to_string());
    Some((
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code()?,
        err,
    ))
}

/// A directory with a package (`app`, runnable through `app/__main__.py`) and a module.
fn module_tree(tag: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("pyvm-cli-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("app")).expect("temp dir");
    std::fs::create_dir_all(dir.join("lib")).expect("temp dir");
    let files = [
        ("app/__init__.py", "NAME = 'app'\n"),
        (
            "app/__main__.py",
            "import sys\nfrom . import NAME\nprint('main of', NAME, __name__, __spec__.name, __package__)\n\
             print(sys.argv[0].endswith('app/__main__.py'), sys.argv[1:], sys.path[0].startswith('/'))\n",
        ),
        (
            "tool.py",
            "import sys\nprint('tool', __name__, sys.argv[1:], sys.argv[0].endswith('/tool.py'), __file__ == sys.argv[0])\n\
             if __name__ == '__main__':\n    sys.exit(3)\n",
        ),
        ("lib/extra.py", "WHERE = 'lib'\n"),
        (
            "use_path.py",
            "import sys, extra\nprint(extra.WHERE, sys.path[1].endswith('/lib'), sys.path[1].startswith('/'))\n",
        ),
    ];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).expect("write");
    }
    dir
}

/// `pyvm -m`: a module and a package's `__main__` run as `__main__`, with sys.argv[0] the
/// module's file; runpy's errors for what cannot run. Compared with CPython when installed.
#[test]
fn dash_m_runs_modules_like_cpython() {
    let dir = module_tree("dash-m");
    let cases: &[&[&str]] = &[
        &["-m", "app", "x", "y"],
        &["-m", "tool", "--flag"],
        &["-m", "no_such_module"],
        &["-m", "tool.py"],
        &["-m", "lib"],
        &["-m", ".rel"],
    ];
    for args in cases {
        let got = run_full(env!("CARGO_BIN_EXE_pyvm"), args, &dir, &[]).expect("pyvm ran");
        match args[1] {
            "app" => assert_eq!(
                got.0,
                "main of app __main__ app.__main__ app\nTrue ['x', 'y'] True\n"
            ),
            "tool" => assert_eq!(got.1, 3, "{got:?}"),
            "no_such_module" => assert_eq!(got.2.trim(), "No module named no_such_module"),
            _ => assert_eq!(got.1, 1, "{got:?}"),
        }
        if let Some(want) = run_full("python3", args, &dir, &[]) {
            assert_eq!(got, want, "pyvm {args:?}");
        }
    }
}

/// PYTHONPATH entries follow the script's directory on sys.path, made absolute.
#[test]
fn pythonpath_entries_are_searched() {
    let dir = module_tree("pythonpath");
    let env = [("PYTHONPATH", "lib")];
    let got = run_full(env!("CARGO_BIN_EXE_pyvm"), &["use_path.py"], &dir, &env).expect("pyvm ran");
    assert_eq!(got, ("lib True True\n".to_string(), 0, String::new()));
    if let Some(want) = run_full("python3", &["use_path.py"], &dir, &env) {
        assert_eq!(got, want);
    }
    let got = run_full(env!("CARGO_BIN_EXE_pyvm"), &["use_path.py"], &dir, &[]).expect("pyvm ran");
    assert_eq!(got.1, 1);
    assert!(got.2.ends_with("No module named 'extra'\n"), "{got:?}");
}
