//! `pyvm-bench run`: finds (or builds) the interpreters, runs the benchmark programs on each,
//! alternating, checks their checksums against the reference and reports.

use crate::cli::Options;
use crate::measure::{self, Outcome};
use crate::programs::{self, checksum_mismatch};
use crate::report::{Cell, Interp, Kind, Results, Row, RunData, Samples};
use crate::{pyperf_json, pyperformance, svg};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// The workspace root (the benchmarks crate's parent).
pub fn root() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    dir.canonicalize().unwrap_or(dir)
}

/// A status line on stderr: rewritten in place on a terminal, one line per update elsewhere
/// (CI logs), where only the coarse updates are printed.
pub struct Progress {
    tty: bool,
    width: usize,
}

impl Progress {
    pub fn new() -> Self {
        Progress {
            tty: std::io::stderr().is_terminal(),
            width: 0,
        }
    }

    /// `coarse` updates (a new benchmark) are shown everywhere, fine ones only on a terminal.
    pub fn show(&mut self, text: &str, coarse: bool) {
        let mut err = std::io::stderr();
        if self.tty {
            let pad = self.width.saturating_sub(text.chars().count());
            let _ = write!(err, "\r{text}{:pad$}", "");
            self.width = text.chars().count();
        } else if coarse {
            let _ = writeln!(err, "{text}");
        }
        let _ = err.flush();
    }

    pub fn clear(&mut self) {
        if self.tty && self.width > 0 {
            let _ = write!(std::io::stderr(), "\r{:w$}\r", "", w = self.width);
            self.width = 0;
        }
    }
}

impl Default for Progress {
    fn default() -> Self {
        Self::new()
    }
}

fn first_line(out: &Outcome) -> String {
    out.stdout.lines().next().unwrap_or("").trim().to_string()
}

/// A CPython given by path: named `cpython-X.Y.Z` after the version it reports, run through
/// its real executable (`sys.executable`): a launcher such as pyenv's shim script would add
/// its own start-up to every timed run.
fn python_interp(path: &Path, timeout: std::time::Duration) -> Result<Interp, String> {
    let probe = "import platform, sys; print(platform.python_implementation().lower() + '-' + \
                 platform.python_version()); print(sys.executable)";
    let out = measure::run(Command::new(path).args(["-c", probe]), timeout)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    if !out.success() {
        return Err(format!("{}: {}", path.display(), out.failure_reason()));
    }
    let name = first_line(&out);
    let exe = out.stdout.lines().nth(1).map(str::trim).unwrap_or("");
    Ok(Interp {
        version: name.split('-').nth(1).unwrap_or("").to_string(),
        name,
        path: if exe.is_empty() {
            path.to_path_buf()
        } else {
            PathBuf::from(exe)
        },
        kind: Kind::Python,
    })
}

/// The reference CPython 3.14 of shared/tools/cpython314.sh (beside the repository or one
/// level further up, as for worktrees), else python3.
fn default_python() -> PathBuf {
    let root = root();
    for dir in root.ancestors().skip(1).take(3) {
        let script = dir.join("shared/tools/cpython314.sh");
        if !script.is_file() {
            continue;
        }
        let out = Command::new("bash").arg(&script).output();
        match out {
            Ok(o) if o.status.success() => {
                let text = String::from_utf8_lossy(&o.stdout);
                if let Some(line) = text.lines().rev().find(|l| !l.trim().is_empty()) {
                    return PathBuf::from(line.trim());
                }
            }
            _ => eprintln!("{}: failed; using python3", script.display()),
        }
    }
    PathBuf::from("python3")
}

fn build(args: &[&str]) -> Result<(), String> {
    eprintln!("building: cargo {}", args.join(" "));
    let status = Command::new("cargo")
        .args(args)
        .current_dir(root())
        .stdout(std::process::Stdio::inherit())
        .status()
        .map_err(|e| format!("cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("cargo {} failed", args.join(" ")))
    }
}

/// The pyvm binary of `core`: the one given, else the release build (built unless --no-build).
fn pyvm_interp(core: &str, opts: &Options) -> Result<Interp, String> {
    let given = if core == "match" {
        &opts.pyvm_match
    } else {
        &opts.pyvm_tail
    };
    let path = match given {
        Some(p) => p.clone(),
        None => {
            let (rel, args): (&str, &[&str]) = if core == "match" {
                (
                    "target/release/pyvm",
                    &["build", "--release", "--bin", "pyvm"],
                )
            } else {
                (
                    "target/tail/release/pyvm",
                    &[
                        "+nightly",
                        "build",
                        "--release",
                        "--bin",
                        "pyvm",
                        "--features",
                        "tail-call",
                        "--target-dir",
                        "target/tail",
                    ],
                )
            };
            if !opts.no_build {
                build(args)?;
            }
            root().join(rel)
        }
    };
    let path = path
        .canonicalize()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let out = measure::run(Command::new(&path).arg("--version"), opts.timeout)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    if !out.success() {
        return Err(format!(
            "{} --version: {}",
            path.display(),
            out.failure_reason()
        ));
    }
    Ok(Interp {
        name: core.to_string(),
        path,
        kind: Kind::Pyvm(core.to_string()),
        version: first_line(&out),
    })
}

/// Every interpreter of the session, the reference (first CPython) first.
pub fn interpreters(opts: &Options) -> Result<Vec<Interp>, String> {
    let pythons = if opts.pythons.is_empty() {
        vec![default_python()]
    } else {
        opts.pythons.clone()
    };
    let mut interps: Vec<Interp> = Vec::new();
    for p in &pythons {
        let mut i = python_interp(p, opts.timeout)?;
        // Two CPythons of one version (e.g. two builds) get distinct names.
        let base = i.name.clone();
        let mut n = 2;
        while interps.iter().any(|j| j.name == i.name) {
            i.name = format!("{base}-{n}");
            n += 1;
        }
        interps.push(i);
    }
    for core in &opts.cores {
        interps.push(pyvm_interp(core, opts)?);
    }
    Ok(interps)
}

/// The local date and time now, as pyperf records it (ISO 8601, UTC here: no time zone
/// database is needed).
pub fn now_iso() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    iso_from_unix(secs)
}

fn iso_from_unix(secs: u64) -> String {
    let days = (secs / 86400) as i64;
    let rem = secs % 86400;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// The programs mode: warm-up runs (whose reference output is the checksum every other run
/// must print), then `runs` rounds, each running every interpreter once.
fn run_programs(opts: &Options, interps: &[Interp]) -> Result<Vec<Row>, String> {
    let dir = opts
        .programs
        .clone()
        .unwrap_or_else(|| root().join("benchmarks/programs"));
    let programs = programs::discover(&dir, opts.filter.as_ref())?;
    if programs.is_empty() {
        return Err(format!("no benchmark programs (*.py) in {}", dir.display()));
    }
    let mut progress = Progress::new();
    let mut rows = Vec::new();
    let total = programs.len();
    for (pi, prog) in programs.iter().enumerate() {
        let args = prog.args(opts.quick);
        let label = format!("[{}/{total}] {}", pi + 1, prog.name);
        progress.show(&label, true);
        let mut cells: Vec<Option<Cell>> = vec![None; interps.len()];
        let mut samples: Vec<Samples> = vec![Samples::default(); interps.len()];
        let mut expected: Option<String> = None;
        let rounds = opts.warmups + opts.runs;
        for round in 0..rounds {
            let warm = round < opts.warmups;
            for (i, interp) in interps.iter().enumerate() {
                if cells[i].is_some() {
                    continue;
                }
                let what = if warm {
                    "warm-up".to_string()
                } else {
                    format!("run {}/{}", round - opts.warmups + 1, opts.runs)
                };
                progress.show(&format!("{label}: {} {what}", interp.name), false);
                let mut cmd = Command::new(&interp.path);
                cmd.arg(&prog.path).args(&args);
                let date = now_iso();
                let out = match measure::run(&mut cmd, opts.timeout) {
                    Ok(o) => o,
                    Err(e) => {
                        cells[i] = Some(Cell::Failed(format!("cannot run: {e}")));
                        continue;
                    }
                };
                if !out.success() {
                    cells[i] = Some(Cell::Failed(out.failure_reason()));
                    continue;
                }
                // The reference runs first in each round, so its first output is known
                // before anyone else's is checked.
                if i == 0 && expected.is_none() {
                    expected = Some(out.stdout.clone());
                }
                let Some(want) = &expected else {
                    cells[i] = Some(Cell::Failed("the reference interpreter failed".into()));
                    continue;
                };
                if let Some(why) = checksum_mismatch(want, &out.stdout) {
                    cells[i] = Some(Cell::Failed(why));
                    continue;
                }
                samples[i].runs.push(RunData {
                    warmups: if warm {
                        vec![(1, out.wall)]
                    } else {
                        Vec::new()
                    },
                    values: if warm { Vec::new() } else { vec![out.wall] },
                    max_rss: Some(out.max_rss),
                    date: Some(date),
                });
            }
        }
        let cells = cells
            .into_iter()
            .zip(samples)
            .map(|(c, s)| c.unwrap_or(Cell::Ok(s)))
            .collect();
        rows.push(Row {
            name: prog.name.clone(),
            cells,
        });
    }
    progress.clear();
    Ok(rows)
}

/// `pyvm-bench run`: the table on stdout, JSON and SVG where asked; exit 1 when any
/// benchmark failed or printed a wrong checksum.
pub fn main(opts: &Options) -> ExitCode {
    match session(opts) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("pyvm-bench: {e}");
            ExitCode::from(2)
        }
    }
}

fn session(opts: &Options) -> Result<bool, String> {
    let interps = interpreters(opts)?;
    for i in &interps {
        eprintln!("{:16} {} ({})", i.name, i.path.display(), i.version);
    }
    let rows = if opts.pyperformance {
        pyperformance::run(opts, &interps)?
    } else {
        run_programs(opts, &interps)?
    };
    let results = Results {
        interps,
        reference: 0,
        rows,
    };
    print!("{}", results.render_table());
    if let Some(dir) = &opts.json {
        for path in pyperf_json::write_all(&results, dir)? {
            eprintln!("wrote {}", path.display());
        }
    }
    if let Some(path) = &opts.svg {
        let title = if opts.pyperformance {
            "pyperformance core benchmarks"
        } else {
            "pyvm benchmark programs"
        };
        std::fs::write(path, svg::render(&results, title))
            .map_err(|e| format!("{}: {e}", path.display()))?;
        eprintln!("wrote {}", path.display());
    }
    let failures = results.failures();
    if !failures.is_empty() {
        println!("{} failed:", failures.len());
        for (bench, interp, why) in &failures {
            println!("  {bench} on {interp}: {why}");
        }
    }
    Ok(failures.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates() {
        assert_eq!(iso_from_unix(0), "1970-01-01T00:00:00");
        assert_eq!(iso_from_unix(951_782_400), "2000-02-29T00:00:00");
        assert_eq!(iso_from_unix(1_798_761_599), "2026-12-31T23:59:59");
    }
}
