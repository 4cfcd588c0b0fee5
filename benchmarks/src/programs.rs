//! The benchmark programs of `pyvm-bench run`: benchmarks/programs/*.py, each taking its size
//! in argv[1] and printing a checksum that every interpreter must print alike.
//!
//! A program states its sizes in a comment line `# bench: default=N quick=M` (anywhere in the
//! file; the first such line counts): `default` is the size of a normal run, `quick` the size
//! of a `--quick` run (CI). Without the line the program runs with no argument.

use regex::Regex;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    /// The file name without `.py`: the benchmark's name in tables and JSON.
    pub name: String,
    pub path: PathBuf,
    pub default_size: Option<String>,
    pub quick_size: Option<String>,
}

impl Program {
    /// The argument list of one run: the size for the mode, when the program states one.
    pub fn args(&self, quick: bool) -> Vec<String> {
        let size = if quick {
            self.quick_size.as_ref().or(self.default_size.as_ref())
        } else {
            self.default_size.as_ref()
        };
        size.into_iter().cloned().collect()
    }
}

/// The sizes of a `# bench:` line in `source`: (default, quick).
pub fn parse_sizes(source: &str) -> (Option<String>, Option<String>) {
    let mut default = None;
    let mut quick = None;
    if let Some(line) = source
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with('#') && l[1..].trim_start().starts_with("bench:"))
    {
        let rest = line[1..].trim_start()["bench:".len()..].trim();
        for item in rest.split_whitespace() {
            match item.split_once('=') {
                Some(("default", v)) if !v.is_empty() => default = Some(v.to_string()),
                Some(("quick", v)) if !v.is_empty() => quick = Some(v.to_string()),
                _ => {}
            }
        }
    }
    (default, quick)
}

/// Every `*.py` in `dir` whose name matches `filter`, sorted by name.
pub fn discover(dir: &Path, filter: Option<&Regex>) -> Result<Vec<Program>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut programs = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".py"))
        else {
            continue;
        };
        if !path.is_file() || filter.is_some_and(|f| !f.is_match(name)) {
            continue;
        }
        let source =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let (default_size, quick_size) = parse_sizes(&source);
        programs.push(Program {
            name: name.to_string(),
            path,
            default_size,
            quick_size,
        });
    }
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(programs)
}

/// Compares a run's output with the reference interpreter's: None when they agree (line
/// endings and trailing blank space aside), else what differs, short enough for a table.
pub fn checksum_mismatch(reference: &str, got: &str) -> Option<String> {
    let norm = |s: &str| -> Vec<String> {
        let mut lines: Vec<String> = s.lines().map(|l| l.trim_end().to_string()).collect();
        while lines.last().is_some_and(|l| l.is_empty()) {
            lines.pop();
        }
        lines
    };
    let (want, have) = (norm(reference), norm(got));
    if want == have {
        return None;
    }
    let short = |s: &str| {
        let mut t: String = s.chars().take(60).collect();
        if s.chars().count() > 60 {
            t.push_str("...");
        }
        t
    };
    let i = want
        .iter()
        .zip(&have)
        .position(|(a, b)| a != b)
        .unwrap_or(want.len().min(have.len()));
    let line = |v: &[String]| v.get(i).map_or("<end of output>".to_string(), |l| short(l));
    Some(format!(
        "checksum differs at line {}: expected {:?}, got {:?}",
        i + 1,
        line(&want),
        line(&have)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_come_from_the_bench_comment() {
        let src = "#!/usr/bin/env python3\n# bench: default=200000 quick=500\nimport sys\n";
        assert_eq!(
            parse_sizes(src),
            (Some("200000".into()), Some("500".into()))
        );
        assert_eq!(parse_sizes("#bench:  quick=7\n"), (None, Some("7".into())));
        assert_eq!(parse_sizes("x = 1  # bench: default=3\n"), (None, None));
        assert_eq!(parse_sizes("print(1)\n"), (None, None));
        // Unknown keys and empty values are ignored, the first line counts.
        assert_eq!(
            parse_sizes("# bench: default= quick=2 other=9\n# bench: default=5\n"),
            (None, Some("2".into()))
        );
    }

    #[test]
    fn args_fall_back_from_quick_to_default_to_none() {
        let mut p = Program {
            name: "x".into(),
            path: "x.py".into(),
            default_size: Some("100".into()),
            quick_size: Some("5".into()),
        };
        assert_eq!(p.args(false), vec!["100".to_string()]);
        assert_eq!(p.args(true), vec!["5".to_string()]);
        p.quick_size = None;
        assert_eq!(p.args(true), vec!["100".to_string()]);
        p.default_size = None;
        assert!(p.args(true).is_empty());
    }

    #[test]
    fn checksums_compare_modulo_line_endings_and_trailing_space() {
        assert_eq!(checksum_mismatch("123\n", "123"), None);
        assert_eq!(checksum_mismatch("a\r\nb \n\n", "a\nb\n"), None);
        assert_eq!(
            checksum_mismatch("1\n2\n", "1\n3\n").unwrap(),
            "checksum differs at line 2: expected \"2\", got \"3\""
        );
        assert_eq!(
            checksum_mismatch("1\n2\n", "1\n").unwrap(),
            "checksum differs at line 2: expected \"2\", got \"<end of output>\""
        );
        assert!(checksum_mismatch("", "x").is_some());
        let long = "9".repeat(100);
        let msg = checksum_mismatch(&long, "0").unwrap();
        assert!(msg.contains("..."), "{msg}");
        assert!(msg.len() < 120, "{msg}");
    }

    #[test]
    fn discovery_sorts_filters_and_reads_sizes() {
        let dir = std::env::temp_dir().join(format!("pyvm-bench-disc-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("b.py"), "# bench: default=10 quick=1\n").unwrap();
        std::fs::write(dir.join("a.py"), "print(1)\n").unwrap();
        std::fs::write(dir.join("notes.txt"), "").unwrap();
        let all = discover(&dir, None).unwrap();
        assert_eq!(
            all.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
            ["a", "b"]
        );
        assert_eq!(all[1].quick_size.as_deref(), Some("1"));
        let re = Regex::new("^b").unwrap();
        assert_eq!(discover(&dir, Some(&re)).unwrap().len(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(discover(&dir, None).is_err());
    }
}
