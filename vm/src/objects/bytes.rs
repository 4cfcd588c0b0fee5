//! bytes and bytearray: constructors, repr and methods.

use crate::objects::function::Args;
use crate::objects::int;
use crate::value::{Object, PyCell, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.bytes.clone();
    vm.add_staticmethod(&t, "__new__", bytes_new);
    let t = vm.types.bytearray.clone();
    vm.add_staticmethod(&t, "__new__", bytearray_new);
}

/// CPython's repr of bytes: b'...' with escapes, choosing quotes like str.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote as u8 => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// The bytes a bytes()/bytearray() constructor argument stands for.
fn bytes_from_args(vm: &mut Vm, args: &Args, what: &str) -> PyResult<Vec<u8>> {
    let src = args.pos.get(1).cloned();
    let encoding = args.pos.get(2).cloned().or_else(|| {
        args.kw.iter().find(|(k, _)| k.as_str().is_some_and(|s| s.as_str() == "encoding")).map(|(_, v)| v.clone())
    });
    let Some(src) = src else { return Ok(Vec::new()) };
    if let Some(s) = src.as_str() {
        if encoding.is_none() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        return Ok(s.as_str().as_bytes().to_vec());
    }
    if let Some(b) = vm.bytes_like(&src) {
        return Ok(b);
    }
    if int::is_int(&src) {
        return match int::as_i64(&src) {
            Some(n) if n >= 0 => Ok(vec![0; n as usize]),
            Some(_) => Err(vm.value_error("negative count")),
            None => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        };
    }
    if !vm.is_iterable(&src) {
        let t = vm.type_name(&src);
        return Err(vm.type_error(format!("cannot convert '{t}' object to {what}")));
    }
    let mut out = Vec::new();
    for item in vm.collect(&src)? {
        match int::as_i64(&item) {
            Some(n) if (0..256).contains(&n) => out.push(n as u8),
            Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
            None => {
                let t = vm.type_name(&item);
                return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
            }
        }
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = bytes_from_args(vm, &args, "bytes")?;
    Ok(Value::obj(Object::Bytes(data.into())))
}

fn bytearray_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = bytes_from_args(vm, &args, "bytearray")?;
    Ok(Value::obj(Object::ByteArray(PyCell::new(data))))
}
