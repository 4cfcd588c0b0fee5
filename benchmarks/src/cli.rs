//! The options of `pyvm-bench run`.

use regex::Regex;
use std::path::PathBuf;
use std::time::Duration;

pub const RUN_USAGE: &str = "\
usage: pyvm-bench [run] [OPTIONS]
Runs each benchmark program (benchmarks/programs/*.py) on both pyvm cores and on CPython,
alternating interpreters after a warm-up run, checks every output against the reference
CPython's, and prints median time, spread, ratio to the reference and peak memory.

  --runs N             timed runs per program and interpreter (default 5)
  --quick              1 warm-up, 3 runs, each program's quick size (for CI)
  --programs DIR       the programs (default benchmarks/programs)
  --filter REGEX       only benchmarks whose name matches
  --cores LIST         pyvm cores to run, of match,tail (default both)
  --pyvm-match PATH    the match-core binary (default target/release/pyvm, built)
  --pyvm-tail PATH     the tail-call core binary (default target/tail/release/pyvm, built)
  --no-build           use the default binaries as they are
  --python PATH        a CPython to compare with (repeatable; the first is the reference;
                       default: ../shared/tools/cpython314.sh's CPython 3.14, else python3)
  --json DIR           write DIR/<interpreter>.json in pyperf's format
  --svg FILE           write a bar chart of speed-ups against the reference
  --timeout SECS       limit of one process (default 600)
  --pyperformance      run pyperformance 1.14.0's core benchmarks instead of the programs
                       (pyvm with its own pyperf, CPython with pyperf in a venv; --fast, or
                       --debug-single-value with --quick)

A program states its sizes in a line `# bench: default=N quick=M`; N (or M with --quick) is
passed as argv[1].

usage: pyvm-bench dispatch [-v] [BINARY...]";

#[derive(Debug, Clone)]
pub struct Options {
    pub runs: usize,
    pub warmups: usize,
    pub quick: bool,
    pub programs: Option<PathBuf>,
    pub filter: Option<Regex>,
    pub cores: Vec<String>,
    pub pyvm_match: Option<PathBuf>,
    pub pyvm_tail: Option<PathBuf>,
    pub no_build: bool,
    pub pythons: Vec<PathBuf>,
    pub json: Option<PathBuf>,
    pub svg: Option<PathBuf>,
    pub timeout: Duration,
    pub pyperformance: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            runs: 5,
            warmups: 1,
            quick: false,
            programs: None,
            filter: None,
            cores: vec!["match".into(), "tail".into()],
            pyvm_match: None,
            pyvm_tail: None,
            no_build: false,
            pythons: Vec::new(),
            json: None,
            svg: None,
            timeout: Duration::from_secs(600),
            pyperformance: false,
        }
    }
}

/// Parses the arguments after `run` (or all of them, `run` being the default).
pub fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut runs = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline
                .clone()
                .or_else(|| it.next().cloned())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag {
            "--runs" => {
                let n: usize = value(flag)?
                    .parse()
                    .map_err(|_| "--runs needs a positive integer".to_string())?;
                if n == 0 {
                    return Err("--runs needs a positive integer".into());
                }
                runs = Some(n);
            }
            "--quick" => o.quick = true,
            "--programs" => o.programs = Some(value(flag)?.into()),
            "--filter" => {
                let re = value(flag)?;
                o.filter = Some(Regex::new(&re).map_err(|e| format!("--filter: {e}"))?);
            }
            "--cores" => {
                let list = value(flag)?;
                o.cores = Vec::new();
                for core in list.split(',').filter(|c| !c.is_empty()) {
                    if core != "match" && core != "tail" {
                        return Err(format!("--cores: unknown core {core:?} (match, tail)"));
                    }
                    if !o.cores.iter().any(|c| c == core) {
                        o.cores.push(core.to_string());
                    }
                }
            }
            "--pyvm-match" => o.pyvm_match = Some(value(flag)?.into()),
            "--pyvm-tail" => o.pyvm_tail = Some(value(flag)?.into()),
            "--no-build" => o.no_build = true,
            "--python" => o.pythons.push(value(flag)?.into()),
            "--json" => o.json = Some(value(flag)?.into()),
            "--svg" => o.svg = Some(value(flag)?.into()),
            "--timeout" => {
                let secs: f64 = value(flag)?
                    .parse()
                    .ok()
                    .filter(|s: &f64| *s > 0.0 && s.is_finite())
                    .ok_or("--timeout needs a positive number of seconds")?;
                o.timeout = Duration::from_secs_f64(secs);
            }
            "--pyperformance" => o.pyperformance = true,
            _ => return Err(format!("unknown argument {arg:?}")),
        }
    }
    if o.quick {
        o.runs = runs.unwrap_or(3);
    } else if let Some(n) = runs {
        o.runs = n;
    }
    Ok(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Options, String> {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn defaults() {
        let o = p(&[]).unwrap();
        assert_eq!((o.runs, o.warmups, o.quick), (5, 1, false));
        assert_eq!(o.cores, ["match", "tail"]);
        assert!(o.pythons.is_empty() && !o.no_build && !o.pyperformance);
    }

    #[test]
    fn quick_means_three_runs_unless_told() {
        assert_eq!(p(&["--quick"]).unwrap().runs, 3);
        assert_eq!(p(&["--quick", "--runs", "2"]).unwrap().runs, 2);
        assert_eq!(p(&["--runs=7"]).unwrap().runs, 7);
    }

    #[test]
    fn values_and_repeats() {
        let o = p(&[
            "--python",
            "/a",
            "--python=/b",
            "--cores",
            "tail",
            "--filter",
            "^n",
            "--pyvm-match",
            "m",
            "--json",
            "out",
            "--svg",
            "c.svg",
            "--timeout",
            "1.5",
        ])
        .unwrap();
        assert_eq!(o.pythons, [PathBuf::from("/a"), PathBuf::from("/b")]);
        assert_eq!(o.cores, ["tail"]);
        assert!(o.filter.unwrap().is_match("nbody"));
        assert_eq!(o.pyvm_match.unwrap(), PathBuf::from("m"));
        assert_eq!(o.timeout, Duration::from_millis(1500));
        assert_eq!(o.json.unwrap(), PathBuf::from("out"));
    }

    #[test]
    fn errors_are_explained() {
        assert_eq!(
            p(&["--runs", "0"]).unwrap_err(),
            "--runs needs a positive integer"
        );
        assert_eq!(p(&["--runs"]).unwrap_err(), "--runs needs a value");
        assert!(p(&["--cores", "match,jit"])
            .unwrap_err()
            .contains("\"jit\""));
        assert!(p(&["--filter", "("]).unwrap_err().starts_with("--filter:"));
        assert_eq!(p(&["--bogus"]).unwrap_err(), "unknown argument \"--bogus\"");
        assert!(p(&["--timeout", "-1"]).is_err());
    }
}
