//! Unit tests of the compiler: emitted code, errors, and the conformance corpus.

use crate::bytecode::{CodeObject, Constant, Opcode};
use crate::dis::disassemble;
use crate::{compile, Mode};
use std::rc::Rc;

fn comp(src: &str) -> Rc<CodeObject> {
    match compile(src, "<test>", Mode::Exec) {
        Ok(c) => c,
        Err(e) => panic!("compile failed: {e:?}\n{src}"),
    }
}

fn ops(code: &CodeObject) -> Vec<Opcode> {
    code.instructions.iter().map(|i| i.opcode()).collect()
}

fn dis(src: &str) -> String {
    disassemble(&comp(src))
}

fn inner(code: &CodeObject, name: &str) -> Rc<CodeObject> {
    for c in code.constants.iter() {
        if let Constant::Code(k) = c {
            if &*k.name == name {
                return k.clone();
            }
            if let Some(x) = find_inner(k, name) {
                return x;
            }
        }
    }
    panic!("no code object {name}");
}

fn find_inner(code: &CodeObject, name: &str) -> Option<Rc<CodeObject>> {
    for c in code.constants.iter() {
        if let Constant::Code(k) = c {
            if &*k.name == name {
                return Some(k.clone());
            }
            if let Some(x) = find_inner(k, name) {
                return Some(x);
            }
        }
    }
    None
}

fn err(src: &str) -> crate::CompileError {
    match compile(src, "<test>", Mode::Exec) {
        Ok(_) => panic!("expected an error for {src:?}"),
        Err(e) => e,
    }
}

fn has_seq(code: &CodeObject, seq: &[Opcode]) -> bool {
    let o = ops(code);
    o.windows(seq.len()).any(|w| w == seq)
}

#[test]
fn dis_listing() {
    let d = dis("def f(x):\n    try:\n        return x[1:2]\n    except E:\n        pass\n");
    assert!(d.contains("Disassembly of <code object f"), "{d}");
    assert!(d.contains("BINARY_SLICE"), "{d}");
    assert!(d.contains("CHECK_EXC_MATCH"), "{d}");
    assert!(d.contains("ExceptionTable:"), "{d}");
    assert!(d.contains("LOAD_FAST                   0 (x)"), "{d}");
}

#[test]
fn annotations() {
    let m = comp("x: int = 1\ndef f():\n    y: Undefined = 2\n");
    assert_eq!(ops(&m)[0], Opcode::SetupAnnotations);
    let f = inner(&m, "f");
    assert!(!f.names.iter().any(|n| &**n == "Undefined"));
    let m = comp("from __future__ import annotations\nx: List[int]\n");
    assert!(m
        .constants
        .iter()
        .any(|c| matches!(c, Constant::Str(s) if &**s == "List[int]")));
}

#[test]
fn module_and_eval_endings() {
    let m = comp("x = 1\n");
    assert_eq!(ops(&m).last(), Some(&Opcode::ReturnConst));
    let e = compile("1 + x", "<eval>", Mode::Eval).unwrap();
    assert_eq!(ops(&e).last(), Some(&Opcode::ReturnValue));
    assert_eq!(e.first_line, 1);
}

#[test]
fn call_layouts() {
    let m = comp("f(a, b)\n");
    assert!(has_seq(
        &m,
        &[
            Opcode::LoadName,
            Opcode::PushNull,
            Opcode::LoadName,
            Opcode::LoadName,
            Opcode::Call
        ]
    ));
    let m = comp("def g():\n    return f(1, k=2)\n");
    let g = inner(&m, "g");
    let first = g.instructions[0];
    assert_eq!(first.opcode(), Opcode::LoadGlobal);
    assert_eq!(first.arg() & 1, 1);
    assert!(has_seq(&g, &[Opcode::LoadConst, Opcode::CallKw]));
    let kw = g
        .instructions
        .iter()
        .find(|i| i.opcode() == Opcode::CallKw)
        .unwrap();
    assert_eq!(kw.arg(), 2);
    let m = comp("o.m(1)\n");
    let la = m
        .instructions
        .iter()
        .find(|i| i.opcode() == Opcode::LoadAttr)
        .unwrap();
    assert_eq!(la.arg() & 1, 1);
    let m = comp("f(*a, **k)\n");
    assert!(has_seq(&m, &[Opcode::DictMerge, Opcode::CallFunctionEx]));
}

#[test]
fn exception_table_and_depths() {
    let m = comp("try:\n    x = 1\nexcept E as e:\n    pass\nfinally:\n    y = 2\n");
    assert!(!m.exception_table.is_empty());
    assert!(m.max_stack >= 3);
    for e in &m.exception_table {
        assert!(e.start < e.end && (e.end as usize) <= m.instructions.len());
        assert!((e.target as usize) < m.instructions.len());
    }
    let w = comp("with a as b:\n    pass\n");
    let entry = w.exception_table[0];
    assert!(entry.push_lasti);
    assert_eq!(entry.depth, 1);
}

#[test]
fn jumps_are_forward_or_jump_backward() {
    let m = comp(
        "def f(xs):\n    while xs:\n        for x in xs:\n            if x: continue\n    return [y for y in xs if y]\n",
    );
    fn check(code: &CodeObject) {
        for (i, ins) in code.instructions.iter().enumerate() {
            if crate::bytecode::is_jump(ins.opcode()) {
                if ins.opcode() == Opcode::JumpBackward {
                    assert!(ins.arg() as usize <= i);
                } else {
                    assert!(ins.arg() as usize > i, "{:?} at {i}", ins);
                }
            }
        }
        for c in code.constants.iter() {
            if let Constant::Code(k) = c {
                check(k);
            }
        }
    }
    check(&m);
}

#[test]
fn closures_and_cells() {
    let m = comp("def f(a, b):\n    def g():\n        return a\n    return g\n");
    let f = inner(&m, "f");
    assert_eq!(&*f.cellvars[0], "a");
    assert_eq!(f.cell_args, vec![(0, 0)]);
    let g = inner(&m, "g");
    assert_eq!(&*g.freevars[0], "a");
    assert_eq!(&*g.qualname, "f.<locals>.g");
    assert!(g.flags & crate::bytecode::code_flags::NESTED != 0);
}

#[test]
fn comprehensions_and_generators() {
    let m = comp("def f(xs):\n    yield [x for x in xs]\n    return (x for x in xs)\n");
    let f = inner(&m, "f");
    assert!(f.is_generator());
    let lc = inner(&m, "<listcomp>");
    assert_eq!(&*lc.varnames[0], ".0");
    assert_eq!(lc.arg_count, 1);
    assert_eq!(&*lc.qualname, "f.<locals>.<listcomp>");
    let ge = inner(&m, "<genexpr>");
    assert!(ge.is_generator());
    assert!(has_seq(&ge, &[Opcode::YieldValue, Opcode::PopTop]));
}

#[test]
fn async_functions_and_comprehensions() {
    use crate::bytecode::code_flags;
    let m = comp("async def f(xs):\n    return [await x async for x in xs]\nasync def g():\n    yield 1\ndef h(xs):\n    return (x async for x in xs)\n");
    let f = inner(&m, "f");
    assert_eq!(f.flags & code_flags::SUSPENDABLE, code_flags::COROUTINE);
    let lc = inner(&f, "<listcomp>");
    assert_eq!(lc.flags & code_flags::SUSPENDABLE, code_flags::COROUTINE);
    assert!(has_seq(
        &lc,
        &[Opcode::GetAnext, Opcode::LoadConst, Opcode::Send]
    ));
    assert!(has_seq(
        &f,
        &[Opcode::GetAiter, Opcode::Call, Opcode::GetAwaitable]
    ));
    let g = inner(&m, "g");
    assert_eq!(
        g.flags & code_flags::SUSPENDABLE,
        code_flags::ASYNC_GENERATOR
    );
    let h = inner(&m, "h");
    assert_eq!(h.flags & code_flags::SUSPENDABLE, 0);
    let ge = inner(&h, "<genexpr>");
    assert_eq!(
        ge.flags & code_flags::SUSPENDABLE,
        code_flags::ASYNC_GENERATOR
    );
}

#[test]
fn classes() {
    let m = comp("class C(B):\n    'doc'\n    def m(self):\n        return super().m()\n");
    assert!(has_seq(&m, &[Opcode::LoadBuildClass, Opcode::PushNull]));
    let c = inner(&m, "C");
    assert_eq!(&*c.cellvars[0], "__class__");
    assert_eq!(c.docstring.as_deref(), Some("doc"));
    assert!(has_seq(
        &c,
        &[
            Opcode::LoadClosure,
            Opcode::Copy,
            Opcode::StoreName,
            Opcode::ReturnValue
        ]
    ));
    let meth = inner(&m, "m");
    assert_eq!(&*meth.freevars[0], "__class__");
    assert_eq!(&*meth.qualname, "C.m");
}

#[test]
fn constant_folding() {
    let m = comp("x = (1, 2 ** 10, -3, 'a' + 'b', 2 * 3.5, 1 + 2j)\n");
    let t = m
        .constants
        .iter()
        .find(|c| matches!(c, Constant::Tuple(_)))
        .unwrap();
    let Constant::Tuple(items) = t else {
        unreachable!()
    };
    assert!(matches!(items[1], Constant::Int(1024)));
    assert!(matches!(items[2], Constant::Int(-3)));
    assert!(matches!(&items[3], Constant::Str(s) if &**s == "ab"));
    assert!(matches!(items[4], Constant::Float(f) if f == 7.0));
    assert!(matches!(items[5], Constant::Complex(r, i) if r == 1.0 && i == 2.0));
    // Never fold what raises or explodes.
    let m = comp("x = 1 / 0\ny = 2 ** 100000\nz = 1 << -1\n");
    assert_eq!(
        m.instructions
            .iter()
            .filter(|i| i.opcode() == Opcode::BinaryOp)
            .count(),
        3
    );
}

#[test]
fn compile_errors() {
    let cases: &[(&str, &str, &str)] = &[
        ("return 1", "SyntaxError", "'return' outside function"),
        ("yield 1", "SyntaxError", "'yield' outside function"),
        ("break", "SyntaxError", "'break' outside loop"),
        ("continue", "SyntaxError", "'continue' not properly in loop"),
        (
            "nonlocal x",
            "SyntaxError",
            "nonlocal declaration not allowed at module level",
        ),
        (
            "def f():\n nonlocal x",
            "SyntaxError",
            "no binding for nonlocal 'x' found",
        ),
        (
            "def f(x):\n global x",
            "SyntaxError",
            "name 'x' is parameter and global",
        ),
        (
            "def f():\n print(x)\n global x",
            "SyntaxError",
            "name 'x' is used prior to global declaration",
        ),
        (
            "1 = x",
            "SyntaxError",
            "cannot assign to literal here. Maybe you meant '==' instead of '='?",
        ),
        ("(a, 1) = 2", "SyntaxError", "cannot assign to literal"),
        (
            "f() += 1",
            "SyntaxError",
            "'function call' is an illegal expression for augmented assignment",
        ),
        (
            "a, *b, *c = d",
            "SyntaxError",
            "multiple starred expressions in assignment",
        ),
        (
            "def f():\n from m import *",
            "SyntaxError",
            "import * only allowed at module level",
        ),
        (
            "[(yield) for x in y]",
            "SyntaxError",
            "'yield' inside list comprehension",
        ),
        ("f(", "SyntaxError", "'(' was never closed"),
        (" x=1", "IndentationError", "unexpected indent"),
        (
            "if 1:\n  x\n y",
            "IndentationError",
            "unindent does not match any outer indentation level",
        ),
        (
            "def f():\nreturn",
            "IndentationError",
            "expected an indented block after function definition on line 1",
        ),
        (
            "'abc",
            "SyntaxError",
            "unterminated string literal (detected at line 1)",
        ),
        (
            "x = [1, 2)",
            "SyntaxError",
            "closing parenthesis ')' does not match opening parenthesis '['",
        ),
        ("for i in x\n    pass", "SyntaxError", "expected ':'"),
        (
            "match x:\n case y: pass\n case 1: pass",
            "SyntaxError",
            "name capture 'y' makes remaining patterns unreachable",
        ),
        (
            "match x:\n case [a] | [b]: pass",
            "SyntaxError",
            "alternative patterns bind different names",
        ),
        (
            "match x:\n case {1: a, 1.0: b}: pass",
            "SyntaxError",
            "mapping pattern checks duplicate key (1.0)",
        ),
        (
            "def f():\n try: pass\n except* E: return",
            "SyntaxError",
            "'break', 'continue' and 'return' cannot appear in an except* block",
        ),
        ("await x", "SyntaxError", "'await' outside function"),
        (
            "def f():\n    await x",
            "SyntaxError",
            "'await' outside async function",
        ),
        (
            "async def f():\n    lambda: await x",
            "SyntaxError",
            "'await' outside async function",
        ),
        (
            "def f():\n    async for i in x: pass",
            "SyntaxError",
            "'async for' outside async function",
        ),
        (
            "async with x: pass",
            "SyntaxError",
            "'async with' outside async function",
        ),
        (
            "async def f():\n    yield from x",
            "SyntaxError",
            "'yield from' inside async function",
        ),
        (
            "async def f():\n    yield 1\n    return 2",
            "SyntaxError",
            "'return' with value in async generator",
        ),
        (
            "def f(): [[x async for x in y] for z in w]",
            "SyntaxError",
            "asynchronous comprehension outside of an asynchronous function",
        ),
        (
            "[(x := 1) for x in z]",
            "SyntaxError",
            "assignment expression cannot rebind comprehension iteration variable 'x'",
        ),
    ];
    for (src, kind, msg) in cases {
        let e = err(src);
        assert_eq!((e.kind, e.message.as_str()), (*kind, *msg), "for {src:?}");
        assert!(e.line >= 1 && e.column >= 1);
    }
    let e = err("x = 1\ny = 2\nreturn 3\n");
    assert_eq!((e.line, e.column), (3, 1));
    assert_eq!(e.text.as_deref(), Some("return 3\n"));
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let src = format!("x = {}1{}\n", "[-".repeat(3000), "]".repeat(3000));
    let h = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || compile(&src, "<t>", Mode::Exec).is_err())
        .unwrap();
    assert!(h.join().unwrap());
    let mut src = String::new();
    for i in 0..30 {
        src.push_str(&" ".repeat(i));
        src.push_str("while x:\n");
    }
    src.push_str(&" ".repeat(30));
    src.push_str("pass\n");
    assert_eq!(err(&src).message, "too many statically nested blocks");
}

#[test]
fn mangled_junk_never_panics() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance");
    let mut files = Vec::new();
    conformance_files(&root, &mut files);
    files.sort();
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let pieces = [
        "(", ")", ":", "\n", "    ", "yield", "return", "*", "=", "'", "lambda", ",", "else", "\t",
    ];
    for f in files.iter().take(60) {
        let src = std::fs::read_to_string(f).unwrap_or_default();
        for _ in 0..8 {
            let mut s = src.clone();
            for _ in 0..3 {
                let mut at = (next() as usize) % (s.len() + 1);
                while !s.is_char_boundary(at) {
                    at -= 1;
                }
                if next() % 2 == 0 {
                    s.insert_str(at, pieces[(next() as usize) % pieces.len()]);
                } else {
                    let mut end = (at + (next() as usize) % 8).min(s.len());
                    while !s.is_char_boundary(end) {
                        end -= 1;
                    }
                    s.replace_range(at..end, "");
                }
            }
            if let Err(e) = compile(&s, "<junk>", Mode::Exec) {
                assert!(!e.message.starts_with("internal"), "{e:?}\n{s}");
            }
        }
    }
}

/// Developer aid: `PYVM_DIS=file.py cargo test -p pyvm-compiler dis_file -- --nocapture`.
#[test]
fn dis_file() {
    if let Ok(path) = std::env::var("PYVM_DIS") {
        let src = std::fs::read_to_string(&path).unwrap_or_default();
        match compile(&src, &path, Mode::Exec) {
            Ok(c) => println!("{}", disassemble(&c)),
            Err(e) => println!("{e:?}"),
        }
    }
}

fn conformance_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in rd.flatten() {
        let p = entry.path();
        if p.is_dir() {
            conformance_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

#[test]
fn conformance_corpus_compiles() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance");
    let mut files = Vec::new();
    conformance_files(&root, &mut files);
    files.sort();
    let mut failures = Vec::new();
    for f in &files {
        let bytes = std::fs::read(f).unwrap_or_default();
        // Programs under syntax/ must fail to compile; those under source/ must fail to
        // decode or compile exactly when CPython reported an error for them.
        let in_dir = |d: &str| f.components().any(|c| c.as_os_str() == d);
        // For programs that must fail to compile, `.exit` line 2 is CPython's error line.
        let expected = std::fs::read_to_string(f.with_extension("exit"))
            .ok()
            .and_then(|t| t.lines().nth(1).map(|l| l.to_string()))
            .filter(|l| l.contains("Error: "));
        let in_syntax = in_dir("syntax") || (in_dir("source") && expected.is_some());
        let name = f.to_string_lossy();
        match crate::source::decode(&bytes, &name).and_then(|src| compile(&src, &name, Mode::Exec))
        {
            Ok(_) => {
                if in_syntax {
                    failures.push(format!("{}: compiled but should not", f.display()));
                }
            }
            Err(e) => {
                let got = format!("{}: {}", e.kind, e.message);
                if !in_syntax || e.message.starts_with("internal") {
                    failures.push(format!("{}: {e:?}", f.display()));
                } else if let Some(exp) = expected {
                    if exp != got {
                        failures.push(format!("{}: expected {exp:?}, got {got:?}", f.display()));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Developer aid: `PYVM_ERRS=file` with snippets separated by lines `----`.
#[test]
fn errs_file() {
    if let Ok(path) = std::env::var("PYVM_ERRS") {
        let all = std::fs::read_to_string(&path).unwrap_or_default();
        for snippet in all.split("\n----\n") {
            match compile(snippet, "f", Mode::Exec) {
                Ok(_) => println!("OK"),
                Err(e) => println!("{} {:?} {} {}", e.kind, e.message, e.line, e.column),
            }
        }
    }
}

#[test]
fn nesting_at_the_limit_fits_a_small_stack() {
    // 2 MiB, like a test thread; debug build frames are the largest.
    let h = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(|| {
            let src = format!("x = {}1{}\n", "[-f(".repeat(60), ")]".repeat(60));
            let a = compile(&src, "<t>", Mode::Exec).is_ok();
            let chain = format!("x = 1{}\n", " + y * 2".repeat(3000));
            let b = compile(&chain, "<t>", Mode::Exec).is_ok();
            a && b
        })
        .unwrap();
    assert!(h.join().unwrap());
}

/// Developer aid: `PROBE=list|chain PROBE_KB=n PROBE_PARSE=1 cargo test stack_probe`.
#[test]
fn stack_probe() {
    let (Ok(label), Ok(kb)) = (std::env::var("PROBE"), std::env::var("PROBE_KB")) else {
        return;
    };
    let kb: usize = kb.parse().unwrap_or(2048);
    let n: usize = std::env::var("PROBE_N")
        .ok()
        .and_then(|x| x.parse().ok())
        .unwrap_or(60);
    let parse_only = std::env::var("PROBE_PARSE").is_ok();
    let src = if label == "list" {
        format!("x = {}1{}\n", "[-f(".repeat(n), ")]".repeat(n))
    } else {
        format!("x = 1{}\n", " + y".repeat(n))
    };
    let ok = std::thread::Builder::new()
        .stack_size(kb << 10)
        .spawn(move || {
            if parse_only {
                rustpython_parser::parse(&src, rustpython_parser::Mode::Module, "t").is_ok()
            } else {
                compile(&src, "<t>", Mode::Exec).is_ok()
            }
        })
        .unwrap()
        .join()
        .unwrap_or(false);
    println!("PROBE {label} {kb}KB ok={ok}");
}

/// Developer aid: `PYVM_CORPUS=dir` compiles every .py file under dir and reports internal
/// errors (and counts other errors).
#[test]
fn corpus_dir() {
    let Ok(dir) = std::env::var("PYVM_CORPUS") else {
        return;
    };
    let mut files = Vec::new();
    conformance_files(std::path::Path::new(&dir), &mut files);
    let (mut ok, mut errs) = (0, 0);
    let mut kinds = std::collections::BTreeMap::new();
    for f in &files {
        let bytes = std::fs::read(f).unwrap_or_default();
        let name = f.to_string_lossy();
        match crate::source::decode(&bytes, &name).and_then(|src| compile(&src, &name, Mode::Exec))
        {
            Ok(_) => ok += 1,
            Err(e) => {
                errs += 1;
                if e.message.starts_with("internal") || !e.message.contains("pyvm") {
                    println!("ERR {}: {e:?}", f.display());
                }
                *kinds.entry(e.message.clone()).or_insert(0) += 1;
            }
        }
    }
    println!("ok {ok} errors {errs}: {kinds:#?}");
}

#[test]
fn long_decimal_int_literal() {
    let e = err(&format!("x = 1\nif 0:\n    y = {}\n", "1".repeat(4301)));
    assert_eq!(e.kind, "SyntaxError");
    assert_eq!(e.line, 3);
    assert!(
        e.message.starts_with(
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits"
        ),
        "{}",
        e.message
    );
    comp(&format!("x = {}\n", "1".repeat(4300)));
    comp(&format!("x = 1_{}\n", "0".repeat(4299)));
    comp(&format!("x = 0x{}\n", "f".repeat(5000)));
    comp(&format!("x = {}\n", "0".repeat(5000)));
    comp(&format!("x = {}.5\n", "1".repeat(5000)));
    comp(&format!("x = '{}'\n", "1".repeat(5000)));
    let e = err(&format!("x = 1_{}\n", "0".repeat(4300)));
    assert!(e.message.contains("value has 4301 digits"), "{}", e.message);
}

#[test]
fn single_mode_prints_top_level_expressions_only() {
    let c = crate::compile("x = 1; x\ndef f():\n    x\n", "<s>", crate::Mode::Single);
    assert!(c.is_err(), "two lines are two statements");
    let c = crate::compile("x = 1; x\n", "<s>", crate::Mode::Single).expect("compiles");
    assert!(ops(&c).contains(&Opcode::PrintExpr));
    let c = crate::compile("def f():\n    x\n", "<s>", crate::Mode::Single).expect("compiles");
    assert!(!ops(&c).contains(&Opcode::PrintExpr));
    assert!(!ops(&inner(&c, "f")).contains(&Opcode::PrintExpr));
}

#[test]
fn string_sources_give_cpython_syntax_error_text() {
    let e = crate::compile_string("x = (", "f", crate::Mode::Exec).expect_err("error");
    assert_eq!(e.text.as_deref(), Some("x = (\n"));
    let e = crate::compile_string("return 1", "f", crate::Mode::Exec).expect_err("error");
    assert_eq!(e.text, None);
    let e = crate::compile("x = (", "f", crate::Mode::Exec).expect_err("error");
    assert_eq!(e.text.as_deref(), Some("x = ("));
}

#[test]
fn match_statements() {
    let code =
        comp("match x:\n case [a, *b]: pass\n case {1: c, **d}: pass\n case C(e, f=g): pass");
    for op in [
        Opcode::MatchSequence,
        Opcode::GetLen,
        Opcode::UnpackEx,
        Opcode::MatchMapping,
        Opcode::MatchKeys,
        Opcode::MatchClass,
    ] {
        assert!(ops(&code).contains(&op), "{op:?} missing");
    }
    // A trailing wildcard needs no copy of the subject: one COPY for two tested cases.
    let code = comp("match x:\n case 1: pass\n case 2: pass\n case _: pass");
    assert_eq!(ops(&code).iter().filter(|o| **o == Opcode::Copy).count(), 1);
    // `[a, *_, b]` indexes instead of unpacking.
    let code = comp("match x:\n case [a, *_, b]: pass");
    assert!(!ops(&code).contains(&Opcode::UnpackEx));
    assert!(ops(&code).contains(&Opcode::BinarySubscr));
    // Soft keywords stay names.
    comp("match = case = 1\nmatch(case)\nmatch[case]");
}

#[test]
fn except_star() {
    let code = comp("try:\n f()\nexcept* ValueError as e:\n g(e)\nexcept* TypeError:\n pass");
    assert!(has_seq(
        &code,
        &[Opcode::CheckEgMatch, Opcode::Copy, Opcode::PopJumpIfNone]
    ));
    assert!(ops(&code).contains(&Opcode::CallIntrinsic2));
    // A loop inside a handler may break; a return in a nested function is fine.
    comp("try:\n pass\nexcept* E:\n for i in x: break\n def f(): return 1");
}
