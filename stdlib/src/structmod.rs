//! The _struct module (imported as `struct`): pack and unpack binary records as CPython does on
//! 64-bit Linux: the native sizes and alignments of x86-64/aarch64 (`@`), the standard sizes
//! (`=`, `<`, `>`, `!`), half floats, and CPython's struct.error messages.

use crate::buffer;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use pyvm_vm::objects::class::Layout;
use pyvm_vm::objects::int;
use pyvm_vm::objects::native::NativeData;
use pyvm_vm::value::{Payload, PropertyObj};
use pyvm_vm::{Args, ObjRef, Object, PyErr, PyResult, Value, Vm};
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Order {
    /// `@`: native byte order, sizes and alignment.
    Native,
    /// `=`: native byte order, standard sizes, no alignment.
    NativeStd,
    Little,
    Big,
}

#[derive(Clone, Copy, Debug)]
struct Item {
    code: u8,
    /// The repeat count; for `s` and `p` the field's length (one value).
    count: usize,
    offset: usize,
    /// The size of one element (of the whole field for `s` and `p`).
    size: usize,
}

/// A compiled format.
#[derive(Debug)]
pub struct Format {
    order: Order,
    items: Vec<Item>,
    pub size: usize,
    pub nvalues: usize,
}

/// Size and alignment of a format character in a byte order mode; None: a bad char.
fn code_layout(c: u8, order: Order) -> Option<(usize, usize)> {
    let native = order == Order::Native;
    let size = match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    };
    Some((size, if native { size } else { 1 }))
}

const TOO_LONG: &str = "total struct size too long";

/// Parses a format; Err holds a struct.error message.
pub fn parse(fmt: &[u8]) -> Result<Format, &'static str> {
    if fmt.contains(&0) {
        return Err("embedded null character");
    }
    let (order, body) = match fmt.first() {
        Some(b'@') => (Order::Native, &fmt[1..]),
        Some(b'=') => (Order::NativeStd, &fmt[1..]),
        Some(b'<') => (Order::Little, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Order::Big, &fmt[1..]),
        _ => (Order::Native, fmt),
    };
    let mut items = Vec::new();
    let (mut size, mut nvalues) = (0usize, 0usize);
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            let mut n = (c - b'0') as usize;
            loop {
                match body.get(i) {
                    Some(d) if d.is_ascii_digit() => {
                        n = n
                            .checked_mul(10)
                            .and_then(|n| n.checked_add((d - b'0') as usize))
                            .filter(|&n| n <= isize::MAX as usize)
                            .ok_or(TOO_LONG)?;
                        i += 1;
                    }
                    Some(&d) => {
                        c = d;
                        i += 1;
                        break;
                    }
                    None => return Err("repeat count given without format specifier"),
                }
            }
            count = n;
        }
        let (esize, align) = code_layout(c, order).ok_or("bad char in struct format")?;
        if align > 1 && size > 0 {
            size = size.div_ceil(align).checked_mul(align).ok_or(TOO_LONG)?;
        }
        let total = match c {
            b's' | b'p' => count,
            _ => count.checked_mul(esize).ok_or(TOO_LONG)?,
        };
        let item = match c {
            b's' | b'p' => {
                nvalues += 1;
                Item {
                    code: c,
                    count: 1,
                    offset: size,
                    size: count,
                }
            }
            _ => {
                if c != b'x' {
                    nvalues += count;
                }
                Item {
                    code: c,
                    count,
                    offset: size,
                    size: esize,
                }
            }
        };
        if c != b'x' && (count > 0 || matches!(c, b's' | b'p')) {
            items.push(item);
        }
        size = size
            .checked_add(total)
            .filter(|&s| s <= isize::MAX as usize)
            .ok_or(TOO_LONG)?;
    }
    Ok(Format {
        order,
        items,
        size,
        nvalues,
    })
}

fn little(order: Order) -> bool {
    match order {
        Order::Native | Order::NativeStd => cfg!(target_endian = "little"),
        Order::Little => true,
        Order::Big => false,
    }
}

fn put_uint(out: &mut [u8], v: u64, le: bool) {
    let n = out.len();
    for (i, b) in out.iter_mut().enumerate() {
        let shift = if le { i } else { n - 1 - i } * 8;
        *b = if shift < 64 { (v >> shift) as u8 } else { 0 };
    }
}

fn get_uint(data: &[u8], le: bool) -> u64 {
    let mut v = 0u64;
    let n = data.len();
    for i in 0..n {
        let b = if le { data[n - 1 - i] } else { data[i] };
        v = (v << 8) | b as u64;
    }
    v
}

/// A float as IEEE half precision, rounding half to even; None when it overflows.
pub fn f64_to_f16(x: f64) -> Option<u16> {
    let sign = if x.is_sign_negative() { 0x8000u16 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a >= 65520.0 {
        return None;
    }
    if a < 6.103515625e-05 {
        // Subnormal (or zero): a multiple of 2**-24; 1024 rounds into the smallest normal.
        return Some(sign | (a * 16_777_216.0).round_ties_even() as u16);
    }
    let bits = a.to_bits();
    let mut e = ((bits >> 52) & 0x7ff) as i32 - 1023;
    let m = f64::from_bits((bits & ((1u64 << 52) - 1)) | (1023u64 << 52));
    let mut r = ((m - 1.0) * 1024.0).round_ties_even() as u16;
    if r == 1024 {
        r = 0;
        e += 1;
    }
    Some(sign | (((e + 15) as u16) << 10) | r)
}

pub fn f16_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    let mag = match e {
        0 => m * 5.960464477539063e-08,
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    };
    sign * mag
}

/// The module's struct.error class, made once per VM.
fn struct_error_class(vm: &mut Vm) -> ObjRef {
    if let Some(Value::Obj(c)) = vm.module_state.get("struct.error") {
        return c.clone();
    }
    let base = vm.types.exc.exception.clone();
    let class = pyvm_vm::vm::make_class("error", &[base], Layout::Exception, true);
    if let Object::Class(c) = class.view() {
        c.module.replace(vm.new_str("struct"));
    }
    vm.module_state
        .insert("struct.error".into(), Value::Obj(class.clone()));
    class
}

pub fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let class = struct_error_class(vm);
    vm.new_exception(&class, msg)
}

/// An int argument for packing (ints and objects with __index__).
fn int_value(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = int::as_bigint(v) {
        return Ok(b.into_owned());
    }
    let cls = vm.type_of(v);
    if vm.class_lookup_str(&cls, "__index__").is_some() {
        let r = vm.call_method(v, "__index__", vec![])?;
        if let Some(b) = int::as_bigint(&r) {
            return Ok(b.into_owned());
        }
        let t = vm.type_name(&r);
        return Err(vm.type_error(format!("__index__ returned non-int (type {t})")));
    }
    Err(error(vm, "required argument is not an integer"))
}

fn float_value(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = v.as_f64() {
        return Ok(f);
    }
    let convertible = int::is_int(v) || {
        let cls = vm.type_of(v);
        vm.class_lookup_str(&cls, "__float__").is_some()
            || vm.class_lookup_str(&cls, "__index__").is_some()
    };
    if convertible {
        if let Ok(f) = pyvm_vm::objects::float_type::float_from_value(vm, v) {
            return Ok(f);
        }
    }
    Err(error(vm, "required argument is not a float"))
}

fn range_message(code: u8, size: usize, order: Order, value: &BigInt) -> String {
    let signed = code.is_ascii_lowercase();
    let c = code as char;
    let bits = size * 8;
    let bounds = |signed: bool| {
        if signed {
            format!(
                "'{c}' format requires {} <= number <= {}",
                -(1i128 << (bits - 1)),
                (1i128 << (bits - 1)) - 1
            )
        } else {
            format!(
                "'{c}' format requires 0 <= number <= {}",
                (1u128 << bits) - 1
            )
        }
    };
    if order == Order::Big && !matches!(code, b'b' | b'B') {
        // The big-endian table has generic packers: a C long (unsigned long) first, then the
        // size's bounds; 8-byte fields go through _PyLong_AsByteArray.
        if size == 8 {
            return "int too large to convert".into();
        }
        let converts = if signed {
            value.to_i64().is_some()
        } else {
            value.to_u64().is_some()
        };
        return if converts {
            bounds(signed)
        } else {
            "argument out of range".into()
        };
    }
    // The other tables convert to a C long (unsigned long for I and L) before the range check.
    let converts =
        value.to_i64().is_some() || (matches!(code, b'I' | b'L') && value.to_u64().is_some());
    if !converts || size == 8 {
        return "argument out of range".into();
    }
    match code {
        b'b' => "byte format requires -128 <= number <= 127".into(),
        b'B' => "ubyte format requires 0 <= number <= 255".into(),
        b'h' => "short format requires -32768 <= number <= 32767".into(),
        b'H' => "ushort format requires 0 <= number <= 65535".into(),
        _ if signed => bounds(true),
        _ if !value.is_negative() => bounds(false),
        _ => "argument out of range".into(),
    }
}

fn pack_one(vm: &mut Vm, item: &Item, order: Order, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let le = little(order);
    match item.code {
        b'c' => match v.as_object() {
            Some(Object::Bytes(b)) if b.len() == 1 => out[0] = b[0],
            _ => return Err(error(vm, "char format requires a bytes object of length 1")),
        },
        b'?' => out[0] = vm.is_true(v)? as u8,
        b's' | b'p' => {
            let data = match v.builtin_payload() {
                Some(Object::Bytes(b)) => b.to_vec(),
                Some(Object::ByteArray(b)) => b.get(),
                _ => {
                    let msg = format!(
                        "argument for '{}' must be a bytes object",
                        item.code as char
                    );
                    return Err(error(vm, msg));
                }
            };
            if item.code == b's' {
                let n = data.len().min(out.len());
                out[..n].copy_from_slice(&data[..n]);
            } else if !out.is_empty() {
                let n = data.len().min(out.len() - 1);
                out[1..=n].copy_from_slice(&data[..n]);
                out[0] = n.min(255) as u8;
            }
        }
        b'e' => {
            let f = float_value(vm, v)?;
            match f64_to_f16(f) {
                Some(h) => put_uint(out, h as u64, le),
                None => {
                    return Err(vm.overflow_error("float too large to pack with e format"));
                }
            }
        }
        b'f' => {
            let f = float_value(vm, v)?;
            let x = f as f32;
            if x.is_infinite() && f.is_finite() && order != Order::Native {
                return Err(vm.overflow_error("float too large to pack with f format"));
            }
            put_uint(out, x.to_bits() as u64, le);
        }
        b'd' => {
            let f = float_value(vm, v)?;
            put_uint(out, f.to_bits(), le);
        }
        b'P' => {
            let b = int_value(vm, v)?;
            let bits = match (b.to_u64(), b.to_i64()) {
                (Some(u), _) => u,
                (None, Some(i)) => i as u64,
                _ => return Err(error(vm, "int too large to convert")),
            };
            put_uint(out, bits, le);
        }
        code => {
            let b = int_value(vm, v)?;
            let size = out.len();
            let signed = code.is_ascii_lowercase();
            let fits = if signed {
                let lim = BigInt::from(1) << (size * 8 - 1);
                b >= -lim.clone() && b < lim
            } else {
                !b.is_negative() && b.bits() <= (size * 8) as u64
            };
            if !fits {
                let msg = range_message(code, size, order, &b);
                return Err(error(vm, msg));
            }
            let bits = if signed {
                b.to_i64().unwrap_or(0) as u64
            } else {
                b.to_u64().unwrap_or(0)
            };
            put_uint(out, bits, le);
        }
    }
    Ok(())
}

fn unpack_one(vm: &Vm, item: &Item, order: Order, data: &[u8]) -> Value {
    let le = little(order);
    match item.code {
        b'c' => Value::obj(Payload::Bytes(Box::new([data[0]]))),
        b'?' => Value::from_bool(data[0] != 0),
        b's' => Value::obj(Payload::Bytes(data.into())),
        b'p' => {
            if data.is_empty() {
                return Value::obj(Payload::Bytes(Box::new([])));
            }
            let n = (data[0] as usize).min(data.len() - 1);
            Value::obj(Payload::Bytes(data[1..=n].into()))
        }
        b'e' => Value::Float(f16_to_f64(get_uint(data, le) as u16)),
        b'f' => Value::Float(f32::from_bits(get_uint(data, le) as u32) as f64),
        b'd' => Value::Float(f64::from_bits(get_uint(data, le))),
        code => {
            let raw = get_uint(data, le);
            if code.is_ascii_lowercase() {
                let shift = 64 - data.len() * 8;
                Value::Int(((raw << shift) as i64) >> shift)
            } else if raw <= i64::MAX as u64 {
                Value::Int(raw as i64)
            } else {
                let _ = vm;
                Value::from_bigint(BigInt::from(raw))
            }
        }
    }
}

/// Packs `values` into `out` (of exactly fmt.size bytes).
fn pack_values(
    vm: &mut Vm,
    fmt: &Format,
    values: &[Value],
    out: &mut [u8],
    fname: &str,
) -> PyResult<()> {
    if values.len() != fmt.nvalues {
        let msg = format!(
            "{fname} expected {} items for packing (got {})",
            fmt.nvalues,
            values.len()
        );
        return Err(error(vm, msg));
    }
    let mut vi = 0;
    for item in &fmt.items {
        for k in 0..item.count {
            let start = item.offset + k * item.size;
            let slot = &mut out[start..start + item.size];
            pack_one(vm, item, fmt.order, &values[vi], slot)?;
            vi += 1;
        }
    }
    Ok(())
}

fn unpack_values(vm: &Vm, fmt: &Format, data: &[u8]) -> Value {
    let mut out = Vec::with_capacity(fmt.nvalues);
    for item in &fmt.items {
        for k in 0..item.count {
            let start = item.offset + k * item.size;
            out.push(unpack_one(
                vm,
                item,
                fmt.order,
                &data[start..start + item.size],
            ));
        }
    }
    vm.new_tuple(out)
}

fn format_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = v.as_str() {
        return Ok(s.as_str().as_bytes().to_vec());
    }
    if let Some(Object::Bytes(b)) = v.builtin_payload() {
        return Ok(b.to_vec());
    }
    Err(vm.type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        vm.type_name(v)
    )))
}

fn compile(vm: &mut Vm, v: &Value) -> PyResult<Rc<Format>> {
    let text = format_bytes(vm, v)?;
    parse(&text).map(Rc::new).map_err(|m| error(vm, m))
}

fn read_buffer(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    buffer::read(vm, v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

fn offset_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<isize> {
    match v {
        None => Ok(0),
        Some(v) => match vm.to_index(v)? {
            Some(i) => Ok(i as isize),
            None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        },
    }
}

fn do_unpack(vm: &mut Vm, fmt: &Format, buf: &Value) -> PyResult<Value> {
    let data = read_buffer(vm, buf)?;
    if data.len() != fmt.size {
        let msg = format!("unpack requires a buffer of {} bytes", fmt.size);
        return Err(error(vm, msg));
    }
    Ok(unpack_values(vm, fmt, &data))
}

fn do_unpack_from(vm: &mut Vm, fmt: &Format, buf: &Value, offset: isize) -> PyResult<Value> {
    let data = read_buffer(vm, buf)?;
    let len = data.len() as isize;
    let size = fmt.size as isize;
    let mut at = offset;
    if offset < 0 {
        if offset + len < 0 {
            let msg = format!("offset {offset} out of range for {len}-byte buffer");
            return Err(error(vm, msg));
        }
        at += len;
        if len - at < size {
            let msg = format!("not enough data to unpack {size} bytes at offset {offset}");
            return Err(error(vm, msg));
        }
    }
    if len - at < size {
        let msg = format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at \
             offset {at} (actual buffer size is {len})",
            size + at
        );
        return Err(error(vm, msg));
    }
    let at = at as usize;
    Ok(unpack_values(vm, fmt, &data[at..at + fmt.size]))
}

fn do_pack(vm: &mut Vm, fmt: &Format, values: &[Value]) -> PyResult<Value> {
    let mut out = vec![0u8; fmt.size];
    pack_values(vm, fmt, values, &mut out, "pack")?;
    Ok(Value::obj(Payload::Bytes(out.into_boxed_slice())))
}

fn do_pack_into(vm: &mut Vm, fmt: &Format, rest: &[Value]) -> PyResult<Value> {
    let Some(target) = rest.first() else {
        return Err(vm.type_error("pack_into expected buffer argument"));
    };
    let Some(offset) = rest.get(1) else {
        return Err(vm.type_error("pack_into expected offset argument"));
    };
    let values = &rest[2..];
    if values.len() != fmt.nvalues {
        let msg = format!(
            "pack_into expected {} items for packing (got {})",
            fmt.nvalues,
            values.len()
        );
        return Err(error(vm, msg));
    }
    let Some(len) = buffer::writable_len(vm, target) else {
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            vm.type_name(target)
        )));
    };
    let offset = offset_arg(vm, Some(offset))?;
    let (len, size) = (len as isize, fmt.size as isize);
    let mut at = offset;
    if offset < 0 {
        if offset + size > 0 {
            let msg = format!("no space to pack {size} bytes at offset {offset}");
            return Err(error(vm, msg));
        }
        if offset + len < 0 {
            let msg = format!("offset {offset} out of range for {len}-byte buffer");
            return Err(error(vm, msg));
        }
        at += len;
    }
    if len - at < size {
        let msg = format!(
            "pack_into requires a buffer of at least {} bytes for packing {size} bytes at \
             offset {at} (actual buffer size is {len})",
            size + at
        );
        return Err(error(vm, msg));
    }
    let mut out = vec![0u8; fmt.size];
    pack_values(vm, fmt, values, &mut out, "pack_into")?;
    buffer::write_at(vm, target, at as usize, &out);
    Ok(Value::None)
}

/// The data of a Struct object.
struct StructData {
    fmt: Rc<Format>,
    text: Value,
}

impl NativeData for StructData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.text);
    }
    fn clear(&mut self) {
        self.text = Value::None;
    }
}

/// The iterator of iter_unpack.
struct UnpackIter {
    fmt: Rc<Format>,
    data: Vec<u8>,
    pos: usize,
}

impl NativeData for UnpackIter {}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("_struct");
    let funcs: &[(&'static str, pyvm_vm::NativeFn)] = &[
        ("pack", struct_pack),
        ("pack_into", struct_pack_into),
        ("unpack", struct_unpack),
        ("unpack_from", struct_unpack_from),
        ("iter_unpack", struct_iter_unpack),
        ("calcsize", struct_calcsize),
        ("_clearcache", struct_clearcache),
    ];
    for (name, f) in funcs {
        let v = vm.new_native(name, *f);
        vm.module_set(&m, name, v);
    }
    let err = struct_error_class(vm);
    vm.module_set(&m, "error", Value::Obj(err));

    let cls = vm.new_native_type("_struct", "Struct", true);
    vm.add_staticmethod(&cls, "__new__", s_new);
    let methods: &[(&'static str, pyvm_vm::NativeFn)] = &[
        ("__init__", s_init),
        ("pack", s_pack),
        ("pack_into", s_pack_into),
        ("unpack", s_unpack),
        ("unpack_from", s_unpack_from),
        ("iter_unpack", s_iter_unpack),
        ("__sizeof__", s_sizeof),
    ];
    for (name, f) in methods {
        vm.add_method(&cls, name, *f);
    }
    for (name, getter) in [("format", s_format as pyvm_vm::NativeFn), ("size", s_size)] {
        let fget = vm.new_native(name, getter);
        let prop = Value::obj(Payload::Property(PropertyObj {
            fget,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        }));
        let key = vm.intern(name);
        vm.class_set_attr(&cls, key, prop);
    }
    vm.module_state
        .insert("struct.Struct".into(), Value::Obj(cls.clone()));
    vm.module_set(&m, "Struct", Value::Obj(cls));

    let it = vm.new_native_type("_struct", "unpack_iterator", false);
    vm.add_method(&it, "__iter__", it_iter);
    vm.add_method(&it, "__next__", it_next);
    vm.add_method(&it, "__length_hint__", it_length_hint);
    vm.module_state
        .insert("struct.unpack_iterator".into(), Value::Obj(it));
    Ok(m)
}

fn no_kw(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn fmt_arg(vm: &mut Vm, args: &Args, name: &str, min: usize) -> PyResult<Rc<Format>> {
    if args.pos.len() < min {
        return Err(vm.type_error(format!(
            "{name}() missing required argument 'format' (pos 1)"
        )));
    }
    compile(vm, &args.pos[0])
}

fn struct_pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kw(vm, &args, "pack")?;
    let fmt = fmt_arg(vm, &args, "pack", 1)?;
    do_pack(vm, &fmt, &args.pos[1..])
}

fn struct_pack_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kw(vm, &args, "pack_into")?;
    let fmt = fmt_arg(vm, &args, "pack_into", 1)?;
    do_pack_into(vm, &fmt, &args.pos[1..])
}

fn struct_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kw(vm, &args, "unpack")?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "unpack expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let fmt = compile(vm, &args.pos[0])?;
    do_unpack(vm, &fmt, &args.pos[1])
}

/// (buffer, offset) of unpack_from, by position or keyword, after `skip` leading positionals.
fn buffer_offset(vm: &mut Vm, args: &Args, skip: usize) -> PyResult<(Value, isize)> {
    let mut buf = args.pos.get(skip).cloned();
    let mut off = args.pos.get(skip + 1).cloned();
    for (k, v) in &args.kw {
        match k.as_str().map(|s| s.as_str()) {
            Some("buffer") if buf.is_none() => buf = Some(v.clone()),
            Some("offset") if off.is_none() => off = Some(v.clone()),
            Some(name) => {
                return Err(vm.type_error(format!(
                    "unpack_from() got an unexpected keyword argument '{name}'"
                )))
            }
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    if args.pos.len() > skip + 2 {
        return Err(vm.type_error(format!(
            "unpack_from() takes at most {} arguments ({} given)",
            skip + 2,
            args.pos.len() + args.kw.len()
        )));
    }
    let Some(buf) = buf else {
        return Err(vm.type_error("unpack_from() missing required argument 'buffer' (pos 2)"));
    };
    let off = offset_arg(vm, off.as_ref())?;
    Ok((buf, off))
}

fn struct_unpack_from(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fmt = fmt_arg(vm, &args, "unpack_from", 1)?;
    let (buf, off) = buffer_offset(vm, &args, 1)?;
    do_unpack_from(vm, &fmt, &buf, off)
}

fn make_iter(vm: &mut Vm, fmt: Rc<Format>, buf: &Value) -> PyResult<Value> {
    if fmt.size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    let data = read_buffer(vm, buf)?;
    if data.len() % fmt.size != 0 {
        let msg = format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            fmt.size
        );
        return Err(error(vm, msg));
    }
    let Some(Value::Obj(cls)) = vm.module_state.get("struct.unpack_iterator").cloned() else {
        return Err(vm.runtime_error("_struct is not initialised"));
    };
    Ok(vm.new_native_object(&cls, Box::new(UnpackIter { fmt, data, pos: 0 })))
}

fn struct_iter_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kw(vm, &args, "iter_unpack")?;
    vm.check_args("iter_unpack", &args, 2, 2)?;
    let fmt = compile(vm, &args.pos[0])?;
    make_iter(vm, fmt, &args.pos[1])
}

fn struct_calcsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kw(vm, &args, "calcsize")?;
    vm.check_args("calcsize", &args, 1, 1)?;
    let fmt = compile(vm, &args.pos[0])?;
    Ok(Value::Int(fmt.size as i64))
}

fn struct_clearcache(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("_clearcache", &args, 0, 0)?;
    Ok(Value::None)
}

// ----- Struct objects -----

fn s_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Obj(c)) if args.pos[0].as_class().is_some() => c.clone(),
        _ => return Err(vm.type_error("Struct.__new__(X): X is not a type object")),
    };
    let empty = Rc::new(parse(b"").unwrap_or(Format {
        order: Order::Native,
        items: Vec::new(),
        size: 0,
        nvalues: 0,
    }));
    let text = vm.new_str("");
    Ok(vm.new_native_object(&cls, Box::new(StructData { fmt: empty, text })))
}

fn s_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = s_self(vm, &args, "__init__")?;
    let mut format = args.pos.get(1).cloned();
    for (k, v) in &args.kw {
        match k.as_str().map(|s| s.as_str()) {
            Some("format") if format.is_none() => format = Some(v.clone()),
            _ => {
                let k = vm.str_of(k)?;
                return Err(
                    vm.type_error(format!("Struct() got an unexpected keyword argument '{k}'"))
                );
            }
        }
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "Struct() takes at most 1 argument ({} given)",
            args.pos.len() - 1
        )));
    }
    let Some(format) = format else {
        return Err(vm.type_error("Struct() missing required argument 'format' (pos 1)"));
    };
    let fmt = compile(vm, &format)?;
    let text = match format.as_str() {
        Some(_) => format.clone(),
        None => {
            let b = format_bytes(vm, &format)?;
            vm.new_str(String::from_utf8_lossy(&b).into_owned())
        }
    };
    let old = vm.native_with_mut(&me, |s: &mut StructData| {
        s.fmt = fmt;
        std::mem::replace(&mut s.text, text)
    });
    drop(old);
    Ok(Value::None)
}

fn s_self(vm: &Vm, args: &Args, method: &str) -> PyResult<Value> {
    match args.pos.first() {
        Some(v) if vm.is_native::<StructData>(v) => Ok(v.clone()),
        Some(v) => Err(vm.type_error(format!(
            "descriptor '{method}' for '_struct.Struct' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error(format!(
            "unbound method Struct.{method}() needs an argument"
        ))),
    }
}

fn s_fmt(vm: &Vm, args: &Args, method: &str) -> PyResult<Rc<Format>> {
    let me = s_self(vm, args, method)?;
    vm.native_self(&me, "_struct.Struct", method, |s: &StructData| {
        s.fmt.clone()
    })
}

fn s_pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fmt = s_fmt(vm, &args, "pack")?;
    no_kw(vm, &args, "pack")?;
    do_pack(vm, &fmt, &args.pos[1..])
}

fn s_pack_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fmt = s_fmt(vm, &args, "pack_into")?;
    no_kw(vm, &args, "pack_into")?;
    do_pack_into(vm, &fmt, &args.pos[1..])
}

fn s_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fmt = s_fmt(vm, &args, "unpack")?;
    no_kw(vm, &args, "unpack")?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "Struct.unpack() takes exactly one argument ({} given)",
            args.pos.len() - 1
        )));
    }
    do_unpack(vm, &fmt, &args.pos[1])
}

fn s_unpack_from(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fmt = s_fmt(vm, &args, "unpack_from")?;
    let (buf, off) = buffer_offset(vm, &args, 1)?;
    do_unpack_from(vm, &fmt, &buf, off)
}

fn s_iter_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fmt = s_fmt(vm, &args, "iter_unpack")?;
    no_kw(vm, &args, "iter_unpack")?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "Struct.iter_unpack() takes exactly one argument ({} given)",
            args.pos.len() - 1
        )));
    }
    make_iter(vm, fmt, &args.pos[1])
}

fn s_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fmt = s_fmt(vm, &args, "__sizeof__")?;
    Ok(Value::Int(
        (48 + fmt.items.len() * std::mem::size_of::<Item>()) as i64,
    ))
}

fn s_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = s_self(vm, &args, "format")?;
    vm.native_self(&me, "_struct.Struct", "format", |s: &StructData| {
        s.text.clone()
    })
}

fn s_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fmt = s_fmt(vm, &args, "size")?;
    Ok(Value::Int(fmt.size as i64))
}

// ----- iter_unpack's iterator -----

fn it_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

fn it_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos.first().cloned().unwrap_or(Value::None);
    let next = vm.native_self_mut(
        &me,
        "_struct.unpack_iterator",
        "__next__",
        |it: &mut UnpackIter| {
            if it.pos + it.fmt.size > it.data.len() {
                return None;
            }
            let chunk = it.data[it.pos..it.pos + it.fmt.size].to_vec();
            it.pos += it.fmt.size;
            Some((it.fmt.clone(), chunk))
        },
    )?;
    match next {
        Some((fmt, chunk)) => Ok(unpack_values(vm, &fmt, &chunk)),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn it_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos.first().cloned().unwrap_or(Value::None);
    let n = vm.native_self(
        &me,
        "_struct.unpack_iterator",
        "__length_hint__",
        |it: &UnpackIter| (it.data.len() - it.pos) / it.fmt.size.max(1),
    )?;
    Ok(Value::Int(n as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn native_alignment_and_sizes() {
        assert_eq!(parse(b"ci").map(|f| f.size), Ok(8));
        assert_eq!(parse(b"bhilqd").map(|f| f.size), Ok(32));
        assert_eq!(parse(b"=bhilqd").map(|f| f.size), Ok(27));
        assert_eq!(parse(b"b0i").map(|f| f.size), Ok(4));
        assert_eq!(
            parse(b"<P").map(|f| f.size),
            Err("bad char in struct format")
        );
        assert_eq!(
            parse(b"4000000000000000000q").map(|f| f.size),
            Err("total struct size too long")
        );
    }

    #[test]
    fn half_floats_round_half_even() {
        assert_eq!(f64_to_f16(65504.0), Some(0x7bff));
        assert_eq!(f64_to_f16(65519.0), Some(0x7bff));
        assert_eq!(f64_to_f16(65520.0), None);
        assert_eq!(f64_to_f16(2.9802322387695312e-08), Some(0));
        assert_eq!(f64_to_f16(5.960464477539063e-08), Some(1));
        assert_eq!(f16_to_f64(0x3c00), 1.0);
        assert_eq!(f16_to_f64(1), 5.960464477539063e-08);
    }
}
