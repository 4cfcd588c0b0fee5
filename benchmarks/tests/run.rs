//! `pyvm-bench run` end to end, with python3 as the reference and shell scripts standing in
//! for the pyvm binaries (so the test needs no pyvm build): the table, the exit status on a
//! wrong checksum, the pyperf JSON and the chart.

use std::path::{Path, PathBuf};
use std::process::Command;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyvm-bench-run-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("programs")).unwrap();
    std::fs::write(
        dir.join("programs/squares.py"),
        "# bench: default=100000 quick=1000\nimport sys\nn = int(sys.argv[1])\nprint(sum(i * i for i in range(n)))\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("programs/strings.py"),
        "# bench: default=1000 quick=10\nimport sys\nprint(len('ab' * int(sys.argv[1])))\n",
    )
    .unwrap();
    dir
}

/// A fake pyvm: answers --version, else runs python3, altering the output when `wrong`.
fn fake_pyvm(dir: &Path, wrong: bool) -> PathBuf {
    let path = dir.join(if wrong { "wrong-pyvm" } else { "fake-pyvm" });
    let filter = if wrong { " | sed 's/0/9/'" } else { "" };
    std::fs::write(
        &path,
        format!(
            "#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'pyvm 0 (fake)'; exit 0; fi\npython3 \"$@\"{filter}\n"
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

fn bench(dir: &Path, pyvm: &Path, extra: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_pyvm-bench"))
        .args([
            "run",
            "--quick",
            "--no-build",
            "--python",
            "python3",
            "--cores",
            "match",
        ])
        .arg("--pyvm-match")
        .arg(pyvm)
        .arg("--programs")
        .arg(dir.join("programs"))
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn quick_run_reports_and_writes_pyperf_json_and_svg() {
    let dir = scratch("ok");
    let pyvm = fake_pyvm(&dir, false);
    let json = dir.join("json");
    let svg = dir.join("chart.svg");
    let out = bench(
        &dir,
        &pyvm,
        &[
            "--json",
            json.to_str().unwrap(),
            "--svg",
            svg.to_str().unwrap(),
        ],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("squares ") && stdout.contains("strings "),
        "{stdout}"
    );
    assert!(stdout.contains("geometric mean  match"), "{stdout}");
    assert!(!stdout.contains("FAILED"), "{stdout}");

    let files: Vec<PathBuf> = std::fs::read_dir(&json)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 2, "{files:?}");
    let m: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(json.join("match.json")).unwrap()).unwrap();
    assert_eq!(m["version"], "1.0");
    let benches = m["benchmarks"].as_array().unwrap();
    assert_eq!(benches[0]["metadata"]["name"], "squares");
    // The warm-up run, then 3 timed runs of one value each.
    let runs = benches[0]["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 4);
    assert!(runs[0]["warmups"].is_array() && runs[0].get("values").is_none());
    assert!(runs[1..]
        .iter()
        .all(|r| r["values"].as_array().unwrap().len() == 1));
    assert!(runs[1]["metadata"]["mem_max_rss"].as_u64().unwrap() > 1_000_000);
    let chart = std::fs::read_to_string(&svg).unwrap();
    assert!(chart.starts_with("<svg") && chart.contains(">squares</text>"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_wrong_checksum_fails_the_run() {
    let dir = scratch("wrong");
    let pyvm = fake_pyvm(&dir, true);
    let out = bench(&dir, &pyvm, &["--filter", "^squares$"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("FAILED: checksum differs at line 1"),
        "{stdout}"
    );
    assert!(
        stdout.contains("squares on match: checksum differs"),
        "{stdout}"
    );
    assert!(!stdout.contains("strings"), "{stdout}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bad_arguments_and_no_programs_are_errors() {
    let out = Command::new(env!("CARGO_BIN_EXE_pyvm-bench"))
        .args(["--runs", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--runs needs a positive integer"));
    let dir = scratch("none");
    let pyvm = fake_pyvm(&dir, false);
    let out = bench(&dir, &pyvm, &["--filter", "nothing-matches"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no benchmark programs"));
    std::fs::remove_dir_all(&dir).unwrap();
}
