//! Micro-benchmarks of the interpreter's core operations: each case is a Python function
//! `bench(n)` whose loop does the operation `n` times (or `UNROLL` times per iteration), so one
//! call's time divided by the throughput reads as the cost of one operation, loop included.
//! Sources are compiled and `bench` is looked up once, outside the measured loop: criterion
//! times only the call. Which core runs is decided by the `tail-call` feature (see README.md).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pyvm::{Interpreter, Io, Value};
use std::hint::black_box;

#[path = "core_ops/cases.rs"]
mod cases;

use cases::{Body, Case, CASES};

// The allocator the `pyvm` binary uses, so the figures match what programs see.
#[global_allocator]
static GLOBAL: pyvm_vm::heap::allocator::Allocator = pyvm_vm::heap::allocator::Allocator;

/// Loop iterations per measured call: large enough that the call into Python and the
/// function's set-up are a small share of the time.
const N: i64 = 10_000;

/// How many times an `Op` case repeats its statement per loop iteration: the `for` loop's own
/// cost is then shared by several operations.
const UNROLL: u64 = 4;

/// The Python source of a case: its module-level set-up and the `bench(n)` function.
fn source(case: &Case) -> String {
    let mut src = String::from(case.setup);
    src.push('\n');
    match case.body {
        Body::Op { init, op } => {
            src.push_str("def bench(n):\n");
            for line in init.lines() {
                src.push_str(&format!("    {line}\n"));
            }
            src.push_str("    for _ in range(n):\n");
            for _ in 0..UNROLL {
                for line in op.lines() {
                    src.push_str(&format!("        {line}\n"));
                }
            }
        }
        Body::Loop(body) => src.push_str(body),
    }
    src
}

/// Operations one call of `bench(N)` performs.
fn ops_per_call(case: &Case) -> u64 {
    match case.body {
        Body::Op { .. } => N as u64 * UNROLL,
        Body::Loop(_) => N as u64,
    }
}

/// Runs a case's source as `__main__` and returns its `bench` function, after one small call
/// that checks it runs. An exception here is a broken case: the traceback is the message.
fn load(interp: &mut Interpreter, case: &Case) -> Value {
    let filename = format!("<bench {}/{}>", case.group, case.name);
    let checked = interp
        .exec_main(&source(case), &filename)
        .and_then(|()| {
            let vm = interp.vm();
            let main = vm.import_absolute("__main__")?;
            vm.get_attr_str(&main, "bench")
        })
        .and_then(|f| interp.vm().call_args(&f, vec![Value::Int(10)]).map(|_| f));
    match checked {
        Ok(f) => f,
        Err(e) => {
            let text = interp.vm().format_exception(&e);
            panic!("benchmark {filename} raised:\n{text}");
        }
    }
}

fn core_ops(c: &mut Criterion) {
    eprintln!("{}", pyvm::version());
    let (io, _out, _err) = Io::capture();
    let mut interp = Interpreter::new(io, vec!["core_ops".into()]);
    let mut groups: Vec<&str> = CASES.iter().map(|case| case.group).collect();
    groups.dedup();
    for group_name in groups {
        let mut group = c.benchmark_group(group_name);
        for case in CASES.iter().filter(|case| case.group == group_name) {
            let f = load(&mut interp, case);
            group.throughput(Throughput::Elements(ops_per_call(case)));
            group.bench_function(case.name, |b| {
                b.iter(|| {
                    let vm = interp.vm();
                    let result = vm.call_args(&f, vec![Value::Int(black_box(N))]);
                    vm.maybe_finalize();
                    assert!(result.is_ok(), "{group_name}/{} raised", case.name);
                })
            });
        }
        group.finish();
    }
}

criterion_group!(benches, core_ops);
criterion_main!(benches);
