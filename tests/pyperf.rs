//! pyvm's `pyperf` (stdlib/lib/pyperf/): a benchmark script's command line, printed results and
//! JSON result file. Timings vary, so the scripts time functions that report fixed durations
//! (`bench_time_func` returning `seconds * loops`), and otherwise only counts, names and the
//! JSON's structure are checked. The expected result lines are what CPython's pyperf 2.11 prints
//! for the same scripts.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A JSON value, parsed by the small reader below (the workspace has no JSON crate).
#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(BTreeMap<String, Json>),
}

impl Json {
    fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(map) => map.get(key),
            _ => None,
        }
    }
    fn at(&self, key: &str) -> &Json {
        self.get(key)
            .unwrap_or_else(|| panic!("no key {key:?} in {self:?}"))
    }
    fn arr(&self) -> &[Json] {
        match self {
            Json::Arr(items) => items,
            other => panic!("not an array: {other:?}"),
        }
    }
    fn num(&self) -> f64 {
        match self {
            Json::Num(n) => *n,
            other => panic!("not a number: {other:?}"),
        }
    }
    fn str(&self) -> &str {
        match self {
            Json::Str(s) => s,
            other => panic!("not a string: {other:?}"),
        }
    }
    fn keys(&self) -> Vec<&str> {
        match self {
            Json::Obj(map) => map.keys().map(String::as_str).collect(),
            other => panic!("not an object: {other:?}"),
        }
    }
}

struct Reader<'a> {
    text: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn skip(&mut self) {
        while self.pos < self.text.len() && self.text[self.pos].is_ascii_whitespace() {
            self.pos += 1;
        }
    }
    fn eat(&mut self, byte: u8) {
        self.skip();
        assert_eq!(self.text.get(self.pos), Some(&byte), "at {}", self.pos);
        self.pos += 1;
    }
    fn peek(&mut self) -> u8 {
        self.skip();
        self.text[self.pos]
    }
    fn value(&mut self) -> Json {
        match self.peek() {
            b'{' => {
                self.pos += 1;
                let mut map = BTreeMap::new();
                if self.peek() == b'}' {
                    self.pos += 1;
                    return Json::Obj(map);
                }
                loop {
                    let Json::Str(key) = self.value() else {
                        panic!("object key is not a string at {}", self.pos)
                    };
                    self.eat(b':');
                    map.insert(key, self.value());
                    match self.peek() {
                        b',' => self.pos += 1,
                        b'}' => {
                            self.pos += 1;
                            return Json::Obj(map);
                        }
                        other => panic!("unexpected {:?} at {}", other as char, self.pos),
                    }
                }
            }
            b'[' => {
                self.pos += 1;
                let mut items = Vec::new();
                if self.peek() == b']' {
                    self.pos += 1;
                    return Json::Arr(items);
                }
                loop {
                    items.push(self.value());
                    match self.peek() {
                        b',' => self.pos += 1,
                        b']' => {
                            self.pos += 1;
                            return Json::Arr(items);
                        }
                        other => panic!("unexpected {:?} at {}", other as char, self.pos),
                    }
                }
            }
            b'"' => {
                self.pos += 1;
                let mut out = String::new();
                loop {
                    let byte = self.text[self.pos];
                    self.pos += 1;
                    match byte {
                        b'"' => return Json::Str(out),
                        b'\\' => {
                            let esc = self.text[self.pos];
                            self.pos += 1;
                            match esc {
                                b'u' => {
                                    let hex = std::str::from_utf8(&self.text[self.pos..][..4])
                                        .expect("hex digits");
                                    let code = u32::from_str_radix(hex, 16).expect("hex");
                                    self.pos += 4;
                                    out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                                }
                                b'n' => out.push('\n'),
                                b't' => out.push('\t'),
                                b'r' => out.push('\r'),
                                other => out.push(other as char),
                            }
                        }
                        _ => {
                            assert!(byte.is_ascii(), "pyperf JSON is ASCII");
                            out.push(byte as char);
                        }
                    }
                }
            }
            _ => {
                for (word, value) in [
                    ("null", Json::Null),
                    ("true", Json::Bool(true)),
                    ("false", Json::Bool(false)),
                ] {
                    if self.text[self.pos..].starts_with(word.as_bytes()) {
                        self.pos += word.len();
                        return value;
                    }
                }
                let start = self.pos;
                while self.pos < self.text.len()
                    && matches!(
                        self.text[self.pos],
                        b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'
                    )
                {
                    self.pos += 1;
                }
                let word = std::str::from_utf8(&self.text[start..self.pos]).expect("ascii");
                Json::Num(
                    word.parse()
                        .unwrap_or_else(|_| panic!("bad number {word:?}")),
                )
            }
        }
    }
}

fn parse_json(text: &str) -> Json {
    let mut reader = Reader {
        text: text.as_bytes(),
        pos: 0,
    };
    let value = reader.value();
    reader.skip();
    assert_eq!(
        reader.pos,
        text.len(),
        "trailing text after the JSON document"
    );
    value
}

/// A fresh directory holding `bench.py` with `script` in it.
fn setup(tag: &str, script: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyvm-pyperf-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("bench.py"), script).expect("write script");
    dir
}

/// (exit status, stdout, stderr) of `pyvm bench.py args...` run in `dir`.
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_pyvm"))
        .arg("bench.py")
        .args(args)
        .current_dir(dir)
        .env("COLUMNS", "80")
        .output()
        .expect("pyvm ran");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn read_json(path: &Path) -> Json {
    let text = std::fs::read_to_string(path).expect("result file written");
    assert!(text.ends_with("}\n"), "one line of JSON and a newline");
    assert_eq!(text.lines().count(), 1, "compact JSON, as pyperf writes it");
    parse_json(&text)
}

/// Metadata `key` of a run, looked up as pyperf does: run, then benchmark, then suite.
fn metadata<'a>(suite: &'a Json, bench: &'a Json, run: &'a Json, key: &str) -> Option<&'a Json> {
    [run, bench, suite]
        .into_iter()
        .find_map(|level| level.get("metadata").and_then(|m| m.get(key)))
}

const FIXED: &str = r#"
import pyperf

def fixed(seconds):
    return lambda loops: seconds * loops

def alternating(a, b):
    state = [0]
    def time_func(loops):
        state[0] += 1
        return (a if state[0] % 2 else b) * loops
    return time_func

runner = pyperf.Runner()
runner.metadata['description'] = 'fixed timings'
for name, per_loop in (('s12', 12.3), ('s1', 1.5), ('ms123', 0.123), ('ms12', 0.0123),
                       ('ms1', 0.00123), ('us456', 4.56e-6), ('ns789', 7.89e-9)):
    runner.bench_time_func(name, fixed(per_loop))
runner.bench_time_func('alt', alternating(1.0e-3, 1.2e-3))
runner.bench_time_func('alt2', alternating(0.5, 0.25), inner_loops=10)
"#;

#[test]
fn result_lines_are_pyperfs() {
    let dir = setup("lines", FIXED);
    let (code, out, err) = run(&dir, &["-p", "2", "-n", "2", "-w", "1", "-l", "1"]);
    assert_eq!(code, 0, "{err}");
    let results: Vec<&str> = out.lines().filter(|l| l.contains(": Mean")).collect();
    assert_eq!(
        results,
        [
            "s12: Mean +- std dev: 12.3 sec +- 0.0 sec",
            "s1: Mean +- std dev: 1.50 sec +- 0.00 sec",
            "ms123: Mean +- std dev: 123 ms +- 0 ms",
            "ms12: Mean +- std dev: 12.3 ms +- 0.0 ms",
            "ms1: Mean +- std dev: 1.23 ms +- 0.00 ms",
            "us456: Mean +- std dev: 4.56 us +- 0.00 us",
            "ns789: Mean +- std dev: 7.89 ns +- 0.00 ns",
            "alt: Mean +- std dev: 1.10 ms +- 0.12 ms",
            "alt2: Mean +- std dev: 37.5 ms +- 14.4 ms",
        ]
    );
    // One progress dot per run (no calibration run with --loops), then the result.
    assert!(out.starts_with("..\ns12: Mean"), "{out}");
    // pyperf's warnings: a raw value under 1 ms, a std dev of 10% or more of the mean.
    assert!(
        out.contains("* the shortest raw value is only 4.56 us\n"),
        "{out}"
    );
    assert!(
        out.contains("* the standard deviation (14.4 ms) is 38% of the mean (37.5 ms)\n"),
        "{out}"
    );
    assert!(out.contains("\nWARNING: the benchmark result may be unstable\n"));
    assert!(
        !out.contains("pyvm's pyperf"),
        "the in-process note is for --verbose only"
    );

    let (code, quiet, err) = run(&dir, &["-p", "2", "-n", "2", "-l", "1", "-q"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        quiet.lines().count(),
        9,
        "--quiet: only the results\n{quiet}"
    );
    assert!(quiet.lines().all(|l| l.contains(": Mean +- std dev: ")));
}

#[test]
fn json_result_file_has_pyperfs_layout() {
    let dir = setup("json", FIXED);
    let (code, _, err) = run(
        &dir,
        &[
            "-p", "3", "-n", "4", "-w", "2", "-l", "8", "-q", "-o", "out.json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let suite = read_json(&dir.join("out.json"));
    assert_eq!(suite.keys(), ["benchmarks", "metadata", "version"]);
    assert_eq!(suite.at("version").str(), "1.0");
    let benchmarks = suite.at("benchmarks").arr();
    assert_eq!(benchmarks.len(), 9);
    let common = suite.at("metadata");
    assert_eq!(common.at("python_implementation").str(), "pyvm");
    assert_eq!(common.at("unit").str(), "second");
    assert_eq!(common.at("description").str(), "fixed timings");
    assert_eq!(common.at("loops").num(), 8.0);
    assert!(common.at("python_version").str().starts_with("3."));
    assert!(common.get("perf_version").is_some());
    assert!(common.at("pyvm_in_process").str().contains("one process"));
    let names: Vec<&str> = benchmarks
        .iter()
        .map(|b| b.at("metadata").at("name").str())
        .collect();
    assert_eq!(
        names,
        ["s12", "s1", "ms123", "ms12", "ms1", "us456", "ns789", "alt", "alt2"]
    );
    for bench in benchmarks {
        let runs = bench.at("runs").arr();
        assert_eq!(
            runs.len(),
            3,
            "--processes runs, no calibration run with --loops"
        );
        for run in runs {
            assert_eq!(run.keys(), ["metadata", "values", "warmups"]);
            assert_eq!(run.at("values").arr().len(), 4);
            let warmups = run.at("warmups").arr();
            assert_eq!(warmups.len(), 2);
            for warmup in warmups {
                assert_eq!(warmup.arr()[0].num(), 8.0, "warmups are [loops, value]");
            }
            let md = run.at("metadata");
            assert!(md.at("date").str().len() >= 19);
            assert!(md.at("duration").num() >= 0.0);
        }
    }
    // Values are seconds per loop (and per inner loop).
    let ms1 = &benchmarks[4].at("runs").arr()[0];
    assert_eq!(ms1.at("values").arr()[0].num(), 0.00123);
    let alt2 = &benchmarks[8];
    assert_eq!(alt2.at("metadata").at("inner_loops").num(), 10.0);
    let values: Vec<f64> = alt2.at("runs").arr()[0]
        .at("values")
        .arr()
        .iter()
        .map(Json::num)
        .collect();
    assert!(
        values.iter().all(|v| *v == 0.05 || *v == 0.025),
        "{values:?}"
    );
}

#[test]
fn loops_are_calibrated_in_a_first_run() {
    let script = r#"
import pyperf
runner = pyperf.Runner()
runner.bench_time_func('grow', lambda loops: 0.0003 * loops)
"#;
    let dir = setup("calibrate", script);
    let (code, out, err) = run(&dir, &["-p", "2", "-n", "3", "-o", "out.json"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("...\ngrow: Mean +- std dev: 300 us +- 0 us"),
        "{out}"
    );
    let suite = read_json(&dir.join("out.json"));
    let bench = &suite.at("benchmarks").arr()[0];
    let runs = bench.at("runs").arr();
    assert_eq!(runs.len(), 3);
    // 0.3 ms per loop reaches the 100 ms minimum at 512 loops: 1, 2, ... 512 loops, then
    // more values at 512 until warmups + values (1 + 3) values reach the minimum.
    let calibration = &runs[0];
    assert!(calibration.get("values").is_none());
    let loops: Vec<f64> = calibration
        .at("warmups")
        .arr()
        .iter()
        .map(|w| w.arr()[0].num())
        .collect();
    assert_eq!(
        loops,
        [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0, 512.0, 512.0, 512.0]
    );
    assert_eq!(
        metadata(&suite, bench, calibration, "calibrate_loops").map(Json::num),
        Some(512.0)
    );
    for run in &runs[1..] {
        assert_eq!(
            metadata(&suite, bench, run, "loops").map(Json::num),
            Some(512.0)
        );
        assert_eq!(run.at("values").arr().len(), 3);
        assert_eq!(run.at("warmups").arr().len(), 1);
    }
}

#[test]
fn debug_single_value_and_the_other_runners_api() {
    let script = r#"
import pyperf

async def coro(n):
    return n + 1

def work(n):
    return sum(range(n))

runner = pyperf.Runner()
runner.argparser.add_argument('--size', type=int, default=10)
args = runner.parse_args()
b = runner.bench_func('func', work, args.size, metadata={'size': args.size})
print('func', type(b).__name__, b.get_name(), len(b.get_values()), b.get_nrun())
runner.bench_time_func('time_func', lambda loops, k: 0.002 * loops * k, 2)
runner.bench_async_func('async_func', coro, 1)
runner.timeit('timeit', 'y = x * 2', setup='x = 21', duplicate=3)
try:
    runner.bench_func('func', work, 1)
except ValueError as exc:
    print('ValueError', exc)
try:
    runner.bench_command('cmd', ['true'])
except NotImplementedError as exc:
    print('NotImplementedError', exc)
try:
    pyperf.Runner()
except RuntimeError as exc:
    print('RuntimeError', exc)
"#;
    let dir = setup("single", script);
    let (code, out, err) = run(
        &dir,
        &["--debug-single-value", "--size", "50", "-o", "out.json"],
    );
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines.contains(&"func Benchmark func 1 1"), "{out}");
    assert!(lines.contains(&"time_func: 4.00 ms"), "{out}");
    assert!(lines.iter().any(|l| l.starts_with("async_func: ")));
    assert!(lines.iter().any(|l| l.starts_with("timeit: ")));
    assert!(lines.contains(&"ValueError duplicated benchmark name: 'func'"));
    assert!(lines.contains(&"NotImplementedError pyvm's pyperf runs benchmarks in-process"));
    assert!(lines.contains(
        &"RuntimeError only one Runner instance must be created per process: use the same \
          instance to run all benchmarks"
    ));
    let suite = read_json(&dir.join("out.json"));
    let benchmarks = suite.at("benchmarks").arr();
    assert_eq!(benchmarks.len(), 4);
    for bench in benchmarks {
        let runs = bench.at("runs").arr();
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].at("values").arr().len(), 1);
        assert!(runs[0].get("warmups").is_none());
        assert_eq!(
            metadata(&suite, bench, &runs[0], "loops").map(Json::num),
            Some(1.0)
        );
    }
    let func = &benchmarks[0];
    assert_eq!(
        metadata(&suite, func, &func.at("runs").arr()[0], "size").map(Json::num),
        Some(50.0)
    );
    let timeit = &benchmarks[3];
    let run = &timeit.at("runs").arr()[0];
    assert_eq!(
        metadata(&suite, timeit, run, "inner_loops").map(Json::num),
        Some(3.0),
        "duplicate=3 repeats the statement: three inner loops"
    );
    assert_eq!(
        metadata(&suite, timeit, run, "timeit_stmt").map(Json::str),
        Some("'y = x * 2'")
    );
    assert_eq!(
        metadata(&suite, timeit, run, "timeit_setup").map(Json::str),
        Some("'x = 21'")
    );
}

#[test]
fn append_merges_runs_and_output_refuses_an_existing_file() {
    let script = r#"
import pyperf
runner = pyperf.Runner()
args = runner.parse_args()
runner.bench_time_func('one', lambda loops: 0.01 * loops)
"#;
    let dir = setup("append", script);
    for _ in 0..2 {
        let (code, _, err) = run(
            &dir,
            &["-p", "2", "-n", "2", "-l", "1", "--append", "a.json"],
        );
        assert_eq!(code, 0, "{err}");
    }
    let suite = read_json(&dir.join("a.json"));
    let benchmarks = suite.at("benchmarks").arr();
    assert_eq!(benchmarks.len(), 1);
    assert_eq!(benchmarks[0].at("runs").arr().len(), 4);

    let (code, out, _) = run(&dir, &["-o", "a.json"]);
    assert_eq!(code, 1);
    assert_eq!(out, "ERROR: The JSON file 'a.json' already exists\n");
}

#[test]
fn command_line_errors() {
    let script = r#"
import pyperf
runner = pyperf.Runner()
runner.argparser.add_argument('benchmark', nargs='?', choices=['a', 'b'])
args = runner.parse_args()
print('parsed', args.benchmark, args.processes, args.values, args.inherit_environ)
"#;
    let dir = setup("errors", script);
    let (code, out, err) = run(
        &dir,
        &["--fast", "b", "--inherit-environ", "A,B", "-p", "7"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out, "parsed b 10 2 ['A', 'B']\n",
        "--fast: half the runs, 2 values"
    );

    let (code, out, err) = run(&dir, &["--rigorous"]);
    assert_eq!(
        (code, out.as_str()),
        (0, "parsed None 40 3 None\n"),
        "{err}"
    );

    let (code, out, err) = run(&dir, &["c"]);
    assert_eq!(code, 2, "{out}");
    assert!(
        err.starts_with("usage: bench.py [-h] [--rigorous] [--fast]"),
        "{err}"
    );
    assert!(err.ends_with(
        "bench.py: error: argument benchmark: invalid choice: 'c' (choose from 'a', 'b')\n"
    ));

    let (code, _, err) = run(&dir, &["--loops", "-1"]);
    assert_eq!(code, 2);
    assert!(
        err.ends_with("error: argument -l/--loops: invalid positive_or_nul value: '-1'\n"),
        "{err}"
    );

    let (code, _, err) = run(&dir, &["--values"]);
    assert_eq!(code, 2);
    assert!(err.ends_with("error: argument -n/--values: expected one argument\n"));

    let (code, out, _) = run(&dir, &["--pipe", "3"]);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        "ERROR: --pipe is not supported: pyvm's pyperf runs benchmarks in-process\n"
    );

    let (code, out, _) = run(&dir, &["--worker"]);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        "ERROR: --worker requires --loops=N or --calibrate-loops\n"
    );

    let (code, out, err) = run(&dir, &["-h"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("\nBenchmark\n\npositional arguments:\n  {a,b}\n"),
        "{out}"
    );
    assert!(out.contains("\n  --fast                Get rough answers quickly\n"));
}

#[test]
fn verbose_says_runs_are_in_process() {
    let script = r#"
import pyperf
runner = pyperf.Runner()
runner.bench_time_func('v', lambda loops: 0.2 * loops)
"#;
    let dir = setup("verbose", script);
    let (code, out, err) = run(&dir, &["-p", "2", "-n", "2", "-v"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "pyvm's pyperf: 2 runs, all in this process (no worker processes)",
            "Run 1: calibrate the number of loops: 1",
            "- calibrate 1: 200 ms (loops: 1, raw: 200 ms)",
            "- calibrate 2: 200 ms (loops: 1, raw: 200 ms)",
            "- calibrate 3: 200 ms (loops: 1, raw: 200 ms)",
            "Run 2: 1 warmup, 2 values, 1 loop",
            "- warmup 1: 200 ms",
            "- value 1: 200 ms",
            "- value 2: 200 ms",
            "Run 3: 1 warmup, 2 values, 1 loop",
            "- warmup 1: 200 ms",
            "- value 1: 200 ms",
            "- value 2: 200 ms",
            "",
            "v: Mean +- std dev: 200 ms +- 0 ms",
        ]
    );
}

#[test]
fn json_reader_reads_what_it_should() {
    let value = parse_json(r#"{"a": [1, -2.5e-3, "x\"y\u00e9"], "b": {"c": null, "d": true}}"#);
    assert_eq!(value.at("a").arr()[1].num(), -0.0025);
    assert_eq!(value.at("a").arr()[2].str(), "x\"yé");
    assert_eq!(value.at("b").keys(), ["c", "d"]);
}
