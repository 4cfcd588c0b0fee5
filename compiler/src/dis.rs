//! A CPython-`dis`-like listing of a code object.
//!
//! Offsets are shown as `index * 2`, so that they read like CPython's byte offsets; jump
//! targets (`to N`) and the exception table use the same scale.

use crate::bytecode::{is_jump, BinOp, CmpOp, CodeObject, Constant, Instr, Opcode};
use std::fmt::Write;

/// Disassembles `code` and, recursively, the code objects among its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    for c in code.constants.iter() {
        if let Constant::Code(inner) = c {
            let _ = writeln!(out);
            let _ = writeln!(out, "Disassembly of {}:", code_repr(inner));
            out.push_str(&disassemble(inner));
        }
    }
    out
}

fn code_repr(code: &CodeObject) -> String {
    format!(
        "<code object {}, file \"{}\", line {}>",
        code.name, code.filename, code.first_line
    )
}

fn dis_one(code: &CodeObject, out: &mut String) {
    let mut targets = vec![false; code.instructions.len() + 1];
    for ins in &code.instructions {
        if is_jump(ins.opcode()) {
            if let Some(t) = targets.get_mut(ins.arg() as usize) {
                *t = true;
            }
        }
    }
    for e in &code.exception_table {
        if let Some(t) = targets.get_mut(e.target as usize) {
            *t = true;
        }
    }
    let mut last_line = 0;
    for (i, ins) in code.instructions.iter().enumerate() {
        let line = code.line_of(i);
        if line != last_line {
            if i > 0 {
                out.push('\n');
            }
            let _ = write!(out, "{line:>4}");
            last_line = line;
        } else {
            out.push_str("    ");
        }
        let marker = if targets[i] { ">>" } else { "  " };
        let op = ins.opcode();
        let _ = write!(out, "    {marker} {:>4} {:<24}", i * 2, op.name());
        if op.has_arg() {
            let _ = write!(out, " {:>4}", ins.arg());
            if let Some(desc) = describe(code, *ins) {
                let _ = write!(out, " ({desc})");
            }
        }
        let trimmed = out.trim_end_matches(' ').len();
        out.truncate(trimmed);
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start * 2,
                e.end.saturating_sub(1) * 2,
                e.target * 2,
                e.depth,
                if e.push_lasti { " lasti" } else { "" }
            );
        }
    }
}

fn local_name(code: &CodeObject, i: usize) -> Option<String> {
    code.varnames.get(i).map(|s| s.to_string())
}

fn deref_name(code: &CodeObject, i: usize) -> Option<String> {
    code.cellvars
        .iter()
        .chain(code.freevars.iter())
        .nth(i)
        .map(|s| s.to_string())
}

fn describe(code: &CodeObject, ins: Instr) -> Option<String> {
    let arg = ins.arg();
    let a = arg as usize;
    use Opcode::*;
    match ins.opcode() {
        LoadConst | ReturnConst => code.constants.get(a).map(const_repr),
        LoadFast | StoreFast | DeleteFast => local_name(code, a),
        LoadDeref | StoreDeref | DeleteDeref | LoadClosure | LoadClassDeref => deref_name(code, a),
        LoadGlobal => code.names.get(a >> 1).map(|n| {
            if arg & 1 != 0 {
                format!("NULL + {n}")
            } else {
                n.to_string()
            }
        }),
        LoadAttr => code.names.get(a >> 1).map(|n| {
            if arg & 1 != 0 {
                format!("NULL|self + {n}")
            } else {
                n.to_string()
            }
        }),
        StoreGlobal | DeleteGlobal | LoadName | StoreName | DeleteName | StoreAttr | DeleteAttr
        | ImportName | ImportFrom => code.names.get(a).map(|n| n.to_string()),
        BinaryOp => BinOp::decode(arg).map(|(op, inplace)| {
            if inplace {
                format!("{}=", op.symbol())
            } else {
                op.symbol().to_string()
            }
        }),
        CompareOp => CmpOp::from_arg(arg).map(|c| c.symbol().to_string()),
        IsOp => Some(if arg != 0 { "is not" } else { "is" }.to_string()),
        ContainsOp => Some(if arg != 0 { "not in" } else { "in" }.to_string()),
        FormatValue => {
            let conv = match arg & 3 {
                1 => Some("str"),
                2 => Some("repr"),
                3 => Some("ascii"),
                _ => None,
            };
            let spec = arg & 4 != 0;
            match (conv, spec) {
                (Some(c), true) => Some(format!("{c}, with format")),
                (Some(c), false) => Some(c.to_string()),
                (None, true) => Some("with format".to_string()),
                (None, false) => None,
            }
        }
        UnpackEx => Some(format!("{} before, {} after", arg & 0xff, arg >> 8)),
        MakeFunction => {
            let mut parts = Vec::new();
            if arg & crate::bytecode::make_function::DEFAULTS != 0 {
                parts.push("defaults");
            }
            if arg & crate::bytecode::make_function::KWDEFAULTS != 0 {
                parts.push("kwdefaults");
            }
            if arg & crate::bytecode::make_function::ANNOTATIONS != 0 {
                parts.push("annotations");
            }
            if arg & crate::bytecode::make_function::CLOSURE != 0 {
                parts.push("closure");
            }
            if parts.is_empty() {
                None
            } else {
                Some(parts.join(", "))
            }
        }
        op if is_jump(op) => Some(format!("to {}", a * 2)),
        _ => None,
    }
}

/// Python's `repr` of a constant.
pub fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(b) => b.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex(r, i) => {
            let imag = float_repr_noint(*i);
            if *r == 0.0 && r.is_sign_positive() {
                format!("{imag}j")
            } else {
                let sign = if *i >= 0.0 || i.is_nan() { "+" } else { "" };
                format!("({}{sign}{imag}j)", float_repr_noint(*r))
            }
        }
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Tuple(t) => {
            let items: Vec<String> = t.iter().map(const_repr).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        Constant::FrozenSet(t) => {
            let items: Vec<String> = t.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", items.join(", "))
        }
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Code(code) => code_repr(code),
    }
}

/// Float repr without a trailing `.0` for integral values (as inside complex reprs).
fn float_repr_noint(f: f64) -> String {
    let s = float_repr(f);
    s.strip_suffix(".0").map(|x| x.to_string()).unwrap_or(s)
}

/// Python's float repr: shortest round-trip digits, scientific outside 1e-4 <= |x| < 1e16.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0" } else { "0.0" }.into();
    }
    // Shortest digits and exponent from Rust's formatting.
    let e = format!("{:e}", f);
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if neg { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let n = digits.len() as i32;
        if exp >= 0 {
            let int_len = exp + 1;
            if n <= int_len {
                let zeros = "0".repeat((int_len - n) as usize);
                format!("{sign}{digits}{zeros}.0")
            } else {
                let (a, b) = digits.split_at(int_len as usize);
                format!("{sign}{a}.{b}")
            }
        } else {
            let zeros = "0".repeat((-exp - 1) as usize);
            format!("{sign}0.{zeros}{digits}")
        }
    } else {
        let (a, b) = digits.split_at(1);
        let mant = if b.is_empty() {
            a.to_string()
        } else {
            format!("{a}.{b}")
        };
        let esign = if exp < 0 { "-" } else { "+" };
        format!("{sign}{mant}e{esign}{:02}", exp.abs())
    }
}

/// Python's str repr.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if (0x80..0xa0).contains(&(c as u32)) => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}
