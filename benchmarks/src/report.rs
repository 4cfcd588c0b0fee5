//! The results of a benchmark session (both modes: programs and pyperformance) and the
//! terminal table made from them.
//!
//! Ratios are time ratios against the reference interpreter: median / reference median, so
//! 2.00 means twice as slow and 0.50 twice as fast. The chart shows their inverse (speed-up).

use crate::stats::{geometric_mean, Summary};
use std::fmt::Write;
use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// A pyvm binary with the named core ("match" or "tail").
    Pyvm(String),
    /// A CPython interpreter.
    Python,
}

#[derive(Debug, Clone)]
pub struct Interp {
    /// Unique short name: the core for pyvm, `cpython-X.Y.Z` for a CPython.
    pub name: String,
    pub path: PathBuf,
    pub kind: Kind,
    /// The version string it reports (`sys.version` for CPython, `--version` for pyvm).
    pub version: String,
}

/// One process of one interpreter on one benchmark.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunData {
    /// (loops, seconds per loop) of the values not counted.
    pub warmups: Vec<(u64, f64)>,
    /// Seconds (per loop, for pyperf benchmarks).
    pub values: Vec<f64>,
    /// Peak resident set of the process, in bytes.
    pub max_rss: Option<u64>,
    /// ISO 8601 local date of the run.
    pub date: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Samples {
    pub runs: Vec<RunData>,
    /// The benchmark's metadata as pyperf records it (loops, inner_loops, unit, ...).
    pub metadata: serde_json::Map<String, serde_json::Value>,
}

impl Samples {
    pub fn values(&self) -> Vec<f64> {
        self.runs
            .iter()
            .flat_map(|r| r.values.iter().copied())
            .collect()
    }

    pub fn summary(&self) -> Option<Summary> {
        Summary::of(&self.values())
    }

    pub fn peak_rss(&self) -> Option<u64> {
        self.runs.iter().filter_map(|r| r.max_rss).max()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Ok(Samples),
    /// Why this interpreter has no result (the last line of its stderr, a checksum mismatch).
    Failed(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub name: String,
    /// One cell per interpreter, in the order of `Results::interps`.
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone)]
pub struct Results {
    pub interps: Vec<Interp>,
    /// Index in `interps` of the interpreter ratios are taken against.
    pub reference: usize,
    pub rows: Vec<Row>,
}

impl Results {
    /// Median time of `interp` over the reference's on `row`, when both ran.
    pub fn ratio(&self, row: &Row, interp: usize) -> Option<f64> {
        let median = |i: usize| match &row.cells[i] {
            Cell::Ok(s) => s.summary().map(|s| s.median),
            Cell::Failed(_) => None,
        };
        let (t, r) = (median(interp)?, median(self.reference)?);
        (r > 0.0).then(|| t / r)
    }

    /// The geometric mean of `interp`'s ratios and how many benchmarks it covers.
    pub fn geomean(&self, interp: usize) -> (Option<f64>, usize) {
        let ratios: Vec<f64> = self
            .rows
            .iter()
            .filter_map(|r| self.ratio(r, interp))
            .collect();
        (geometric_mean(&ratios), ratios.len())
    }

    pub fn failures(&self) -> Vec<(&str, &str, &str)> {
        let mut out = Vec::new();
        for row in &self.rows {
            for (i, cell) in row.cells.iter().enumerate() {
                if let Cell::Failed(why) = cell {
                    out.push((
                        row.name.as_str(),
                        self.interps[i].name.as_str(),
                        why.as_str(),
                    ));
                }
            }
        }
        out
    }

    /// The table: one line per benchmark and interpreter, then the geometric means and the
    /// list of failures with their reasons.
    pub fn render_table(&self) -> String {
        let name_w = self
            .rows
            .iter()
            .map(|r| r.name.len())
            .chain(["geometric mean".len()])
            .max()
            .unwrap_or(0);
        let interp_w = self
            .interps
            .iter()
            .map(|i| i.name.len())
            .max()
            .unwrap_or(0)
            .max("interpreter".len());
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:name_w$}  {:interp_w$}  {:>10}  {:>21}  {:>6}  {:>7}  {:>8}",
            "benchmark", "interpreter", "median", "min - max", "stdev", "vs ref", "peak MiB"
        );
        for row in &self.rows {
            for (i, cell) in row.cells.iter().enumerate() {
                let name = if i == 0 { row.name.as_str() } else { "" };
                let interp = &self.interps[i].name;
                match cell {
                    Cell::Ok(s) => {
                        let Some(sum) = s.summary() else {
                            let _ = writeln!(out, "{name:name_w$}  {interp:interp_w$}  no values");
                            continue;
                        };
                        let ratio = match self.ratio(row, i) {
                            Some(_) if i == self.reference => "ref".to_string(),
                            Some(r) => format!("{r:.2}"),
                            None => "-".to_string(),
                        };
                        let rss = s
                            .peak_rss()
                            .map_or("-".to_string(), |b| format!("{:.1}", b as f64 / 1048576.0));
                        let _ = writeln!(
                            out,
                            "{name:name_w$}  {interp:interp_w$}  {:>10}  {:>21}  {:>5.1}%  {ratio:>7}  {rss:>8}",
                            format_seconds(sum.median),
                            format!("{} - {}", format_seconds(sum.min), format_seconds(sum.max)),
                            sum.stdev_percent(),
                        );
                    }
                    Cell::Failed(why) => {
                        let _ = writeln!(out, "{name:name_w$}  {interp:interp_w$}  FAILED: {why}");
                    }
                }
            }
        }
        for (i, interp) in self.interps.iter().enumerate() {
            if i == self.reference {
                continue;
            }
            let label = if i == usize::from(self.reference == 0) {
                "geometric mean"
            } else {
                ""
            };
            let (g, n) = self.geomean(i);
            let text = match g {
                Some(g) => format!(
                    "{g:.2} x ref time ({:.2}x speed-up) over {n} of {} benchmarks",
                    1.0 / g,
                    self.rows.len()
                ),
                None => "no benchmark ran on both".to_string(),
            };
            let _ = writeln!(out, "{label:name_w$}  {:interp_w$}  {text}", interp.name);
        }
        let ref_name = &self.interps[self.reference].name;
        let _ = writeln!(
            out,
            "(reference: {ref_name}; vs ref = median / reference median, lower is faster)"
        );
        out
    }
}

/// Seconds in the unit that keeps 3-4 significant digits readable: "1.25 s", "120 ms".
pub fn format_seconds(s: f64) -> String {
    let (x, unit) = if s >= 1.0 {
        (s, "s")
    } else if s >= 1e-3 {
        (s * 1e3, "ms")
    } else if s >= 1e-6 {
        (s * 1e6, "us")
    } else {
        (s * 1e9, "ns")
    };
    if x >= 100.0 {
        format!("{x:.0} {unit}")
    } else if x >= 10.0 {
        format!("{x:.1} {unit}")
    } else {
        format!("{x:.2} {unit}")
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn samples(values: &[f64], rss: u64) -> Cell {
        Cell::Ok(Samples {
            runs: values
                .iter()
                .map(|v| RunData {
                    values: vec![*v],
                    max_rss: Some(rss),
                    ..Default::default()
                })
                .collect(),
            metadata: Default::default(),
        })
    }

    pub(crate) fn interp(name: &str, kind: Kind) -> Interp {
        Interp {
            name: name.into(),
            path: PathBuf::from("/bin").join(name),
            kind,
            version: "1".into(),
        }
    }

    pub(crate) fn example() -> Results {
        Results {
            interps: vec![
                interp("cpython-3.14.7", Kind::Python),
                interp("match", Kind::Pyvm("match".into())),
                interp("tail", Kind::Pyvm("tail".into())),
            ],
            reference: 0,
            rows: vec![
                Row {
                    name: "nbody".into(),
                    cells: vec![
                        samples(&[0.1, 0.12, 0.11], 10 << 20),
                        samples(&[0.2, 0.21, 0.22], 20 << 20),
                        samples(&[0.4, 0.4, 0.4], 30 << 20),
                    ],
                },
                Row {
                    name: "fannkuch".into(),
                    cells: vec![
                        samples(&[1.0, 1.0, 1.0], 10 << 20),
                        samples(&[0.5, 0.5, 0.5], 20 << 20),
                        Cell::Failed("checksum differs at line 1".into()),
                    ],
                },
            ],
        }
    }

    #[test]
    fn ratios_and_geometric_means() {
        let r = example();
        assert!((r.ratio(&r.rows[0], 1).unwrap() - 0.21 / 0.11).abs() < 1e-12);
        assert_eq!(r.ratio(&r.rows[0], 0), Some(1.0));
        assert_eq!(r.ratio(&r.rows[1], 2), None);
        let (g, n) = r.geomean(1);
        assert_eq!(n, 2);
        assert!((g.unwrap() - (0.21 / 0.11 * 0.5f64).sqrt()).abs() < 1e-12);
        let (g, n) = r.geomean(2);
        assert_eq!(n, 1);
        assert!((g.unwrap() - 0.4 / 0.11).abs() < 1e-12);
    }

    #[test]
    fn table_lists_times_ratios_memory_and_failures() {
        let t = example().render_table();
        let lines: Vec<&str> = t.lines().collect();
        assert!(lines[0].starts_with("benchmark"), "{t}");
        assert!(
            lines[1].starts_with("nbody           cpython-3.14.7"),
            "{t}"
        );
        assert!(
            lines[1].contains(" 110 ms") && lines[1].contains("100 ms - 120 ms"),
            "{t}"
        );
        assert!(
            lines[1].contains(" ref ") && lines[1].ends_with("10.0"),
            "{t}"
        );
        assert!(
            lines[2].contains("1.91") && lines[2].ends_with("20.0"),
            "{t}"
        );
        assert!(
            t.contains("tail            FAILED: checksum differs at line 1"),
            "{t}"
        );
        assert!(
            t.contains("geometric mean  match           0.98 x ref time"),
            "{t}"
        );
        assert!(t.contains("over 1 of 2 benchmarks"), "{t}");
        assert_eq!(
            example().failures(),
            [("fannkuch", "tail", "checksum differs at line 1")]
        );
    }

    #[test]
    fn seconds_are_formatted_in_a_readable_unit() {
        assert_eq!(format_seconds(1.234), "1.23 s");
        assert_eq!(format_seconds(0.1204), "120 ms");
        assert_eq!(format_seconds(0.01234), "12.3 ms");
        assert_eq!(format_seconds(2.5e-5), "25.0 us");
        assert_eq!(format_seconds(3e-9), "3.00 ns");
        assert_eq!(format_seconds(150.0), "150 s");
    }
}
