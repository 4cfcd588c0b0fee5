//! `pyvm-bench run --pyperformance`: pyperformance's core benchmark files, unmodified, under
//! pyvm (with the pyperf of pyvm's embedded stdlib) and under CPython (with the real pyperf,
//! installed in a venv made in the cache directory).
//!
//! The files come from the pinned pyperformance wheel, downloaded with pip into
//! target/pyperformance (never committed: they are pyperformance's code, used as published).
//! Each file runs once per interpreter with `--fast` (`--debug-single-value` with --quick) and
//! `-o FILE.json`; the JSON's values are the results. A pyperf that writes no JSON is read
//! from its summary lines instead ("name: Mean +- std dev: 12.3 ms +- 0.4 ms").

use crate::cli::Options;
use crate::measure;
use crate::pyperf_json;
use crate::report::{Cell, Interp, Kind, Row, RunData, Samples};
use crate::run::{now_iso, root, Progress};
use regex::Regex;
use std::path::{Path, PathBuf};
use std::process::Command;

pub const VERSION: &str = "1.14.0";
pub const CORE: [&str; 19] = [
    "barnes_hut",
    "chaos",
    "coroutines",
    "deltablue",
    "fannkuch",
    "float",
    "generators",
    "go",
    "hexiom",
    "meteor_contest",
    "nbody",
    "nqueens",
    "pidigits",
    "raytrace",
    "richards",
    "richards_super",
    "scimark",
    "spectral_norm",
    "unpack_sequence",
];

fn cache_dir() -> PathBuf {
    root().join("target/pyperformance")
}

fn run_checked(cmd: &mut Command, what: &str) -> Result<(), String> {
    let out = cmd.output().map_err(|e| format!("{what}: {e}"))?;
    if out.status.success() {
        return Ok(());
    }
    let err = String::from_utf8_lossy(&out.stderr);
    let last = err
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    Err(format!("{what} failed: {last}"))
}

/// A venv of `python` with pyperf installed, made once: its python.
fn venv_python(interp: &Interp) -> Result<PathBuf, String> {
    let dir = cache_dir().join(format!("venv-{}", pyperf_json::file_stem(interp)));
    let py = dir.join("bin/python");
    if py.is_file()
        && Command::new(&py)
            .args(["-c", "import pyperf"])
            .output()
            .is_ok_and(|o| o.status.success())
    {
        return Ok(py);
    }
    eprintln!("creating {} with pyperf", dir.display());
    // A CPython without ensurepip (the relocatable reference 3.14 has none) gets a venv
    // without pip, filled by python3's pip through `pip --python`.
    let with_pip = Command::new(&interp.path)
        .args(["-m", "venv", "--clear"])
        .arg(&dir)
        .output()
        .is_ok_and(|o| o.status.success());
    if with_pip {
        run_checked(
            Command::new(&py).args(["-m", "pip", "install", "-q", "pyperf"]),
            "pip install pyperf",
        )?;
    } else {
        run_checked(
            Command::new(&interp.path)
                .args(["-m", "venv", "--clear", "--without-pip"])
                .arg(&dir),
            &format!("{} -m venv", interp.path.display()),
        )?;
        run_checked(
            Command::new("python3")
                .args(["-m", "pip", "--python"])
                .arg(&py)
                .args(["install", "-q", "pyperf"]),
            "python3 -m pip --python VENV install pyperf",
        )?;
    }
    Ok(py)
}

/// The directory holding bm_<name>/ of the pinned pyperformance, downloading it once with
/// python3's pip.
fn fetch() -> Result<PathBuf, String> {
    let python = Path::new("python3");
    let cache = cache_dir();
    let bench_dir = cache.join("pyperformance/data-files/benchmarks");
    if bench_dir.is_dir() {
        return Ok(bench_dir);
    }
    std::fs::create_dir_all(&cache).map_err(|e| format!("{}: {e}", cache.display()))?;
    eprintln!(
        "downloading pyperformance {VERSION} into {}",
        cache.display()
    );
    run_checked(
        Command::new(python)
            .args([
                "-m",
                "pip",
                "download",
                &format!("pyperformance=={VERSION}"),
            ])
            .args(["--no-deps", "--only-binary", ":all:", "-q", "-d"])
            .arg(&cache),
        "pip download pyperformance",
    )?;
    let wheel = cache.join(format!("pyperformance-{VERSION}-py3-none-any.whl"));
    run_checked(
        Command::new(python)
            .args([
                "-c",
                "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])",
            ])
            .arg(&wheel)
            .arg(&cache),
        "unpacking the pyperformance wheel",
    )?;
    if bench_dir.is_dir() {
        Ok(bench_dir)
    } else {
        Err(format!("{} missing after unpacking", bench_dir.display()))
    }
}

/// Benchmarks from pyperf's summary lines, for a pyperf that writes no JSON: one value each
/// (the mean).
pub fn parse_summary(stdout: &str) -> Vec<(String, Samples)> {
    let re = Regex::new(
        r"^(\S+): (?:Mean \+- std dev: )?([0-9.]+) (sec|ms|us|ns)(?: \+- [0-9.]+ \w+)?\s*$",
    )
    .expect("summary regex");
    stdout
        .lines()
        .filter_map(|l| {
            let c = re.captures(l.trim())?;
            let v: f64 = c[2].parse().ok()?;
            let scale = match &c[3] {
                "sec" => 1.0,
                "ms" => 1e-3,
                "us" => 1e-6,
                _ => 1e-9,
            };
            let samples = Samples {
                runs: vec![RunData {
                    values: vec![v * scale],
                    ..Default::default()
                }],
                metadata: Default::default(),
            };
            Some((c[1].to_string(), samples))
        })
        .collect()
}

/// Runs one benchmark file with one interpreter: its benchmarks, or why it failed.
fn run_one(
    opts: &Options,
    python: &Path,
    bm: &Path,
    out_json: &Path,
) -> Result<Vec<(String, Samples)>, String> {
    let _ = std::fs::remove_file(out_json);
    let mut cmd = Command::new(python);
    cmd.arg("run_benchmark.py")
        .arg(if opts.quick {
            "--debug-single-value"
        } else {
            "--fast"
        })
        .arg("-o")
        .arg(out_json)
        .current_dir(bm);
    let date = now_iso();
    let out = measure::run(&mut cmd, opts.timeout).map_err(|e| format!("cannot run: {e}"))?;
    if !out.success() {
        return Err(out.failure_reason());
    }
    let mut got = if out_json.is_file() {
        pyperf_json::read_file(out_json)?
    } else {
        parse_summary(&out.stdout)
    };
    if got.is_empty() {
        return Err("no benchmark result in its output".into());
    }
    // Peak memory of the whole process tree (pyperf's workers included), for every
    // interpreter alike.
    for (_, s) in &mut got {
        for r in &mut s.runs {
            r.max_rss = Some(out.max_rss);
            r.date.get_or_insert_with(|| date.clone());
        }
    }
    Ok(got)
}

/// The table's rows: one per benchmark any interpreter produced (a file may hold several,
/// as scimark does), or one named after the file when none ran it.
pub fn rows_of(file: &str, per_interp: Vec<Result<Vec<(String, Samples)>, String>>) -> Vec<Row> {
    let mut names: Vec<String> = Vec::new();
    for r in per_interp.iter().flatten() {
        for (n, _) in r {
            if !names.contains(n) {
                names.push(n.clone());
            }
        }
    }
    if names.is_empty() {
        names.push(file.to_string());
    }
    names
        .iter()
        .map(|name| Row {
            name: name.clone(),
            cells: per_interp
                .iter()
                .map(|r| match r {
                    Ok(list) => list.iter().find(|(n, _)| n == name).map_or_else(
                        || Cell::Failed(format!("{file} did not run {name}")),
                        |(_, s)| Cell::Ok(s.clone()),
                    ),
                    Err(why) => Cell::Failed(why.clone()),
                })
                .collect(),
        })
        .collect()
}

pub fn run(opts: &Options, interps: &[Interp]) -> Result<Vec<Row>, String> {
    let mut pythons = Vec::new();
    for i in interps {
        pythons.push(match i.kind {
            Kind::Python => venv_python(i)?,
            Kind::Pyvm(_) => i.path.clone(),
        });
    }
    let bench_dir = fetch()?;
    let names: Vec<&str> = CORE
        .iter()
        .copied()
        .filter(|n| opts.filter.as_ref().is_none_or(|f| f.is_match(n)))
        .collect();
    if names.is_empty() {
        return Err("no pyperformance benchmark matches --filter".into());
    }
    let out_dir = cache_dir().join("results");
    std::fs::create_dir_all(&out_dir).map_err(|e| format!("{}: {e}", out_dir.display()))?;
    let mut progress = Progress::new();
    let mut rows = Vec::new();
    for (k, name) in names.iter().enumerate() {
        let label = format!("[{}/{}] {name}", k + 1, names.len());
        progress.show(&label, true);
        let bm = bench_dir.join(format!("bm_{name}"));
        let mut per_interp = Vec::new();
        for (i, interp) in interps.iter().enumerate() {
            progress.show(&format!("{label}: {}", interp.name), false);
            let out_json = out_dir.join(format!("{name}-{}.json", pyperf_json::file_stem(interp)));
            per_interp.push(run_one(opts, &pythons[i], &bm, &out_json));
        }
        rows.extend(rows_of(name, per_interp));
    }
    progress.clear();
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_lines_of_pyvms_pyperf() {
        let got = parse_summary(
            "scimark_sor: Mean +- std dev: 12.5 ms +- 0.3 ms\nnoise\nchaos: 850 us\nx: 1.50 sec\n",
        );
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["scimark_sor", "chaos", "x"]);
        assert!((got[0].1.values()[0] - 0.0125).abs() < 1e-15);
        assert!((got[1].1.values()[0] - 0.00085).abs() < 1e-15);
        assert_eq!(got[2].1.values(), vec![1.5]);
        assert!(parse_summary("WARNING: the benchmark result may be unstable\n").is_empty());
    }

    #[test]
    fn rows_cover_every_benchmark_and_explain_failures() {
        let s = |v: f64| Samples {
            runs: vec![RunData {
                values: vec![v],
                ..Default::default()
            }],
            metadata: Default::default(),
        };
        let rows = rows_of(
            "scimark",
            vec![
                Ok(vec![
                    ("scimark_sor".into(), s(1.0)),
                    ("scimark_lu".into(), s(2.0)),
                ]),
                Err("NotImplementedError: x".into()),
                Ok(vec![("scimark_lu".into(), s(3.0))]),
            ],
        );
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].name, "scimark_sor");
        assert_eq!(
            rows[0].cells[1],
            Cell::Failed("NotImplementedError: x".into())
        );
        assert_eq!(
            rows[0].cells[2],
            Cell::Failed("scimark did not run scimark_sor".into())
        );
        assert_eq!(rows[1].cells[2], Cell::Ok(s(3.0)));
        let rows = rows_of("go", vec![Err("a".into()), Err("b".into())]);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].name, "go");
        assert_eq!(rows[0].cells[1], Cell::Failed("b".into()));
    }
}
