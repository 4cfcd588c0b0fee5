//! pyperf's JSON file format (version 1.0), written so that CPython's pyperf reads our results
//! (`python -m pyperf compare_to a.json b.json`) and read to take in pyperf's own output.
//!
//! Shape: {"version": "1.0", "metadata": {...}, "benchmarks": [{"metadata": {"name": ...},
//! "runs": [{"metadata": {...}, "warmups": [[loops, seconds], ...], "values": [seconds, ...]}]}]}.
//! Metadata is inherited downwards: pyperf moves what all benchmarks (or runs) share up a
//! level, so a one-benchmark file may carry the name in the suite's metadata.

use crate::report::{Cell, Interp, Kind, Results, RunData, Samples};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::path::Path;

type Metadata = Map<String, Value>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suite {
    pub version: String,
    pub benchmarks: Vec<Benchmark>,
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub metadata: Metadata,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Benchmark {
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub metadata: Metadata,
    pub runs: Vec<Run>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Run {
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub metadata: Metadata,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warmups: Vec<(u64, f64)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<f64>,
}

fn merged(outer: &Metadata, inner: &Metadata) -> Metadata {
    let mut m = outer.clone();
    m.extend(inner.iter().map(|(k, v)| (k.clone(), v.clone())));
    m
}

/// The suite of one interpreter's results; None when it has no result at all (pyperf refuses
/// a file without benchmarks).
pub fn suite_for(results: &Results, interp: usize) -> Option<Suite> {
    let who = &results.interps[interp];
    let mut metadata = Metadata::new();
    metadata.insert(
        "python_executable".into(),
        who.path.display().to_string().into(),
    );
    metadata.insert("python_version".into(), who.version.clone().into());
    let implementation = match &who.kind {
        Kind::Pyvm(core) => {
            metadata.insert("pyvm_core".into(), core.clone().into());
            "pyvm"
        }
        Kind::Python => "cpython",
    };
    metadata.insert("python_implementation".into(), implementation.into());
    let benchmarks: Vec<Benchmark> = results
        .rows
        .iter()
        .filter_map(|row| match &row.cells[interp] {
            Cell::Ok(s) if !s.values().is_empty() => Some(benchmark_of(&row.name, s)),
            _ => None,
        })
        .collect();
    (!benchmarks.is_empty()).then(|| Suite {
        version: "1.0".into(),
        benchmarks,
        metadata,
    })
}

fn benchmark_of(name: &str, s: &Samples) -> Benchmark {
    let mut metadata = s.metadata.clone();
    metadata.insert("name".into(), name.into());
    metadata.entry("unit").or_insert_with(|| "second".into());
    metadata.entry("loops").or_insert_with(|| 1.into());
    let runs = s
        .runs
        .iter()
        // pyperf rejects values <= 0: a run too fast for the clock cannot be recorded.
        .map(|r| Run {
            metadata: {
                let mut m = Metadata::new();
                if let Some(rss) = r.max_rss {
                    m.insert("mem_max_rss".into(), rss.into());
                }
                if let Some(d) = &r.date {
                    m.insert("date".into(), d.clone().into());
                }
                m
            },
            warmups: r.warmups.clone(),
            values: r.values.iter().copied().filter(|v| *v > 0.0).collect(),
        })
        .filter(|r| !r.values.is_empty() || !r.warmups.is_empty())
        .collect();
    Benchmark { metadata, runs }
}

/// Writes one file per interpreter with results, `DIR/<interpreter>.json`; returns the paths.
pub fn write_all(results: &Results, dir: &Path) -> Result<Vec<std::path::PathBuf>, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut written = Vec::new();
    for i in 0..results.interps.len() {
        let Some(suite) = suite_for(results, i) else {
            continue;
        };
        let path = dir.join(format!("{}.json", file_stem(&results.interps[i])));
        let text = serde_json::to_string(&suite).map_err(|e| e.to_string())?;
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}

/// Reads a pyperf JSON file into (benchmark name, samples) pairs, metadata inherited.
pub fn read_file(path: &Path) -> Result<Vec<(String, Samples)>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn parse(text: &str) -> Result<Vec<(String, Samples)>, String> {
    let suite: Suite = serde_json::from_str(text).map_err(|e| e.to_string())?;
    if suite.version != "1.0" {
        return Err(format!(
            "pyperf file format {:?} not supported",
            suite.version
        ));
    }
    let mut out = Vec::new();
    for b in &suite.benchmarks {
        let md = merged(&suite.metadata, &b.metadata);
        let runs: Vec<RunData> = b
            .runs
            .iter()
            .map(|r| {
                let rmd = merged(&md, &r.metadata);
                RunData {
                    warmups: r.warmups.clone(),
                    values: r.values.clone(),
                    max_rss: rmd.get("mem_max_rss").and_then(Value::as_u64),
                    date: rmd.get("date").and_then(Value::as_str).map(String::from),
                }
            })
            .collect();
        let name = md
            .get("name")
            .or_else(|| b.runs.first().and_then(|r| r.metadata.get("name")))
            .and_then(Value::as_str)
            .ok_or("a benchmark has no name")?
            .to_string();
        // Keep what describes the benchmark; the interpreter's own metadata is rewritten.
        let mut metadata = Metadata::new();
        for key in ["loops", "inner_loops", "unit", "description"] {
            if let Some(v) = md.get(key) {
                metadata.insert(key.into(), v.clone());
            }
        }
        out.push((name, Samples { runs, metadata }));
    }
    Ok(out)
}

/// The interpreter's name as a file name: the table's names are already plain ASCII, but a
/// CPython version string from elsewhere may not be.
pub fn file_stem(interp: &Interp) -> String {
    interp
        .name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::example;

    #[test]
    fn suite_has_pyperf_shape() {
        let r = example();
        let suite = suite_for(&r, 1).unwrap();
        let v: Value = serde_json::to_value(&suite).unwrap();
        assert_eq!(v["version"], "1.0");
        assert_eq!(v["metadata"]["python_implementation"], "pyvm");
        assert_eq!(v["metadata"]["pyvm_core"], "match");
        let b = &v["benchmarks"];
        assert_eq!(b.as_array().unwrap().len(), 2);
        assert_eq!(b[0]["metadata"]["name"], "nbody");
        assert_eq!(b[0]["metadata"]["unit"], "second");
        assert_eq!(b[0]["metadata"]["loops"], 1);
        assert_eq!(b[0]["runs"].as_array().unwrap().len(), 3);
        assert_eq!(b[0]["runs"][1]["values"], serde_json::json!([0.21]));
        assert_eq!(b[0]["runs"][1]["metadata"]["mem_max_rss"], 20 << 20);
        // No warmups key when there are none (pyperf writes none either).
        assert!(b[0]["runs"][0].get("warmups").is_none());
    }

    #[test]
    fn failed_benchmarks_are_left_out_and_an_empty_suite_is_not_written() {
        let mut r = example();
        let tail = suite_for(&r, 2).unwrap();
        assert_eq!(tail.benchmarks.len(), 1);
        assert_eq!(tail.benchmarks[0].metadata["name"], "nbody");
        r.rows[0].cells[2] = Cell::Failed("x".into());
        assert!(suite_for(&r, 2).is_none());
    }

    #[test]
    fn round_trip_through_parse() {
        let r = example();
        let text = serde_json::to_string(&suite_for(&r, 0).unwrap()).unwrap();
        let back = parse(&text).unwrap();
        assert_eq!(back.len(), 2);
        assert_eq!(back[0].0, "nbody");
        assert_eq!(back[0].1.values(), vec![0.1, 0.12, 0.11]);
        assert_eq!(back[0].1.peak_rss(), Some(10 << 20));
    }

    #[test]
    fn parse_inherits_name_and_memory_from_the_suite() {
        // The shape pyperf writes for a file holding one benchmark.
        let text = r#"{"version": "1.0", "metadata": {"name": "chaos", "loops": 8,
            "mem_max_rss": 1000, "unit": "second"}, "benchmarks": [{"runs": [
            {"metadata": {"date": "2026-01-01T00:00:00"}, "warmups": [[8, 0.5]]},
            {"warmups": [[8, 0.5]], "values": [0.25, 0.75]}]}]}"#;
        let got = parse(text).unwrap();
        assert_eq!(got.len(), 1);
        let (name, s) = &got[0];
        assert_eq!(name, "chaos");
        assert_eq!(s.values(), vec![0.25, 0.75]);
        assert_eq!(s.runs[0].warmups, vec![(8, 0.5)]);
        assert_eq!(s.runs[0].date.as_deref(), Some("2026-01-01T00:00:00"));
        assert_eq!(s.peak_rss(), Some(1000));
        assert_eq!(s.metadata["loops"], 8);
        assert!(parse(r#"{"version": "0.9", "benchmarks": []}"#).is_err());
        assert!(parse(r#"{"version": "1.0", "benchmarks": [{"runs": []}]}"#).is_err());
    }

    #[test]
    fn file_stems_are_plain() {
        let mut i = crate::report::tests::interp("cpython-3.14.7", Kind::Python);
        assert_eq!(file_stem(&i), "cpython-3.14.7");
        i.name = "a b/c".into();
        assert_eq!(file_stem(&i), "a_b_c");
    }
}
