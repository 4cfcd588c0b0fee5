//! The array module: array.array, a native type holding machine values (the typecodes b B u h H
//! i I l L q Q f d with the sizes of 64-bit Linux) in one byte vector, with CPython's
//! conversions and error messages. Items are decoded and encoded in place, so `a[i]` and
//! `a[i] = x` cost one native call each (scimark and raytrace lean on array('d')).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use pyvm_compiler::bytecode::CmpOp;
use pyvm_vm::objects::int;
use pyvm_vm::objects::native::NativeData;
use pyvm_vm::value::{Payload, PropertyObj};
use pyvm_vm::{Args, ObjRef, Object, PyResult, Value, Vm};

pub const TYPECODES: &str = "bBuhHiIlLqQfd";
const TYPE_NAME: &str = "array.array";

/// The data of an array.array: the typecode and the items' bytes in native order.
pub struct ArrayData {
    pub code: u8,
    pub data: Vec<u8>,
}

impl NativeData for ArrayData {}

/// The iterator over an array.
struct ArrayIter {
    array: Value,
    index: usize,
}

impl NativeData for ArrayIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.array);
    }
    fn clear(&mut self) {
        self.array = Value::None;
    }
}

pub fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

fn item_value(code: u8, b: &[u8]) -> Value {
    match code {
        b'b' => Value::Int(b[0] as i8 as i64),
        b'B' => Value::Int(b[0] as i64),
        b'h' => Value::Int(i16::from_ne_bytes([b[0], b[1]]) as i64),
        b'H' => Value::Int(u16::from_ne_bytes([b[0], b[1]]) as i64),
        b'i' => Value::Int(i32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'I' => Value::Int(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'f' => Value::Float(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64),
        b'u' => {
            let c = u32::from_ne_bytes([b[0], b[1], b[2], b[3]]);
            Value::str(&char::from_u32(c).unwrap_or('\u{fffd}').to_string())
        }
        b'd' => Value::Float(f64::from_ne_bytes(b8(b))),
        b'l' | b'q' => Value::Int(i64::from_ne_bytes(b8(b))),
        _ => {
            let u = u64::from_ne_bytes(b8(b));
            match i64::try_from(u) {
                Ok(i) => Value::Int(i),
                Err(_) => Value::from_bigint(BigInt::from(u)),
            }
        }
    }
}

fn b8(b: &[u8]) -> [u8; 8] {
    let mut out = [0u8; 8];
    out.copy_from_slice(&b[..8]);
    out
}

/// An item to store: its bytes (the first itemsize are used).
type Encoded = [u8; 8];

fn put<const N: usize>(bytes: [u8; N]) -> Encoded {
    let mut out = [0u8; 8];
    out[..N].copy_from_slice(&bytes);
    out
}

fn index_int(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
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
    let t = vm.type_name(v);
    Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
}

fn range_check(vm: &Vm, v: i64, lo: i64, hi: i64, what: &str) -> PyResult<()> {
    if v > hi {
        return Err(vm.overflow_error(format!("{what} is greater than maximum")));
    }
    if v < lo {
        return Err(vm.overflow_error(format!("{what} is less than minimum")));
    }
    Ok(())
}

/// Converts `v` for storage in an array of `code`, with CPython's errors.
fn encode(vm: &mut Vm, code: u8, v: &Value) -> PyResult<Encoded> {
    match code {
        b'd' | b'f' => {
            let x = match v {
                Value::FloatBits(b) => f64::from_bits(*b),
                _ => float_arg(vm, v)?,
            };
            Ok(if code == b'd' {
                put(x.to_ne_bytes())
            } else {
                put((x as f32).to_ne_bytes())
            })
        }
        b'u' => match v.as_str() {
            Some(s) if s.as_str().chars().count() == 1 => {
                let c = s.as_str().chars().next().unwrap_or('\0');
                Ok(put((c as u32).to_ne_bytes()))
            }
            _ => Err(vm.type_error("array item must be unicode character")),
        },
        _ => {
            if let Value::Int(i) = v {
                if let Some(e) = encode_small(code, *i) {
                    return Ok(e);
                }
            }
            let b = index_int(vm, v)?;
            encode_int(vm, code, &b)
        }
    }
}

/// The common case: an i64 that fits the type.
#[inline]
fn encode_small(code: u8, i: i64) -> Option<Encoded> {
    Some(match code {
        b'b' => put(i8::try_from(i).ok()?.to_ne_bytes()),
        b'B' => put(u8::try_from(i).ok()?.to_ne_bytes()),
        b'h' => put(i16::try_from(i).ok()?.to_ne_bytes()),
        b'H' => put(u16::try_from(i).ok()?.to_ne_bytes()),
        b'i' => put(i32::try_from(i).ok()?.to_ne_bytes()),
        b'I' => put(u32::try_from(i).ok()?.to_ne_bytes()),
        b'l' | b'q' => put(i.to_ne_bytes()),
        _ => put(u64::try_from(i).ok()?.to_ne_bytes()),
    })
}

fn encode_int(vm: &Vm, code: u8, b: &BigInt) -> PyResult<Encoded> {
    let long = || {
        b.to_i64()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))
    };
    match code {
        b'b' => {
            let v = long()?;
            range_check(vm, v, -32768, 32767, "signed short integer")?;
            range_check(vm, v, -128, 127, "signed char")?;
            Ok(put((v as i8).to_ne_bytes()))
        }
        b'B' => {
            let v = long()?;
            range_check(vm, v, 0, 255, "unsigned byte integer")?;
            Ok(put((v as u8).to_ne_bytes()))
        }
        b'h' => {
            let v = long()?;
            range_check(vm, v, -32768, 32767, "signed short integer")?;
            Ok(put((v as i16).to_ne_bytes()))
        }
        b'H' => {
            let v = long()?;
            range_check(vm, v, i32::MIN as i64, i32::MAX as i64, "signed integer")?;
            range_check(vm, v, 0, 65535, "unsigned short")?;
            Ok(put((v as u16).to_ne_bytes()))
        }
        b'i' => {
            let v = long()?;
            range_check(vm, v, i32::MIN as i64, i32::MAX as i64, "signed integer")?;
            Ok(put((v as i32).to_ne_bytes()))
        }
        b'l' => Ok(put(long()?.to_ne_bytes())),
        b'I' | b'L' => {
            if b.is_negative() {
                return Err(vm.overflow_error("can't convert negative value to unsigned int"));
            }
            let Some(u) = b.to_u64() else {
                return Err(vm.overflow_error("Python int too large to convert to C unsigned long"));
            };
            if code == b'I' {
                if u > u32::MAX as u64 {
                    return Err(vm.overflow_error("unsigned int is greater than maximum"));
                }
                return Ok(put((u as u32).to_ne_bytes()));
            }
            Ok(put(u.to_ne_bytes()))
        }
        b'q' => match b.to_i64() {
            Some(v) => Ok(put(v.to_ne_bytes())),
            None => Err(vm.overflow_error("int too big to convert")),
        },
        _ => {
            if b.is_negative() {
                return Err(vm.overflow_error("can't convert negative int to unsigned"));
            }
            match b.to_u64() {
                Some(u) => Ok(put(u.to_ne_bytes())),
                None => Err(vm.overflow_error("int too big to convert")),
            }
        }
    }
}

fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if int::is_int(v) {
        return int::int_to_f64(vm, v);
    }
    let cls = vm.type_of(v);
    if vm.class_lookup_str(&cls, "__float__").is_some()
        || vm.class_lookup_str(&cls, "__index__").is_some()
    {
        return pyvm_vm::objects::float_type::float_from_value(vm, v);
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("must be real number, not {t}")))
}

// ----- access helpers -----

fn me(vm: &Vm, args: &Args, method: &str) -> PyResult<Value> {
    match args.pos.first() {
        Some(v) if vm.is_native::<ArrayData>(v) => Ok(v.clone()),
        Some(v) => Err(vm.type_error(format!(
            "descriptor '{method}' for '{TYPE_NAME}' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error(format!("unbound method array.{method}() needs an argument"))),
    }
}

fn with<R>(vm: &Vm, a: &Value, f: impl FnOnce(&ArrayData) -> R) -> R {
    match vm.native_with(a, f) {
        Some(r) => r,
        None => unreachable_array(),
    }
}

fn with_mut<R>(vm: &Vm, a: &Value, f: impl FnOnce(&mut ArrayData) -> R) -> R {
    match vm.native_with_mut(a, f) {
        Some(r) => r,
        None => unreachable_array(),
    }
}

#[cold]
fn unreachable_array() -> ! {
    // Every caller checked the value with `me` or `is_native` first.
    panic!("array data expected")
}

fn code_and_len(vm: &Vm, a: &Value) -> (u8, usize) {
    with(vm, a, |d| (d.code, d.data.len() / itemsize(d.code)))
}

fn array_class(vm: &Vm) -> ObjRef {
    match vm.module_state.get("array.array") {
        Some(Value::Obj(c)) => c.clone(),
        _ => unreachable_array(),
    }
}

/// A new array.array (the base type, as CPython's slices, sums and copies are).
fn new_array(vm: &mut Vm, code: u8, data: Vec<u8>) -> Value {
    let cls = array_class(vm);
    vm.new_native_object(&cls, Box::new(ArrayData { code, data }))
}

fn bytes_value(data: Vec<u8>) -> Value {
    Value::obj(Payload::Bytes(data.into_boxed_slice()))
}

fn items(vm: &Vm, a: &Value) -> Vec<Value> {
    with(vm, a, |d| {
        let n = itemsize(d.code);
        d.data
            .chunks_exact(n)
            .map(|c| item_value(d.code, c))
            .collect()
    })
}

fn arg<'a>(vm: &Vm, args: &'a Args, i: usize, name: &str, n: usize) -> PyResult<&'a Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("array.{name}() takes no keyword arguments")));
    }
    if args.pos.len() != n + 1 {
        let given = args.pos.len().saturating_sub(1);
        return Err(vm.type_error(match n {
            0 => format!("array.{name}() takes no arguments ({given} given)"),
            1 => format!("array.{name}() takes exactly one argument ({given} given)"),
            _ => format!("{name} expected {n} arguments, got {given}"),
        }));
    }
    Ok(&args.pos[i])
}

// ----- the module -----

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("array");
    let cls = vm.new_native_type("array", "array", true);
    // A sequence for `match`, as CPython's type flags make it.
    vm.set_patma_kind(&cls, pyvm_vm::objects::class::PATMA_SEQUENCE);
    vm.add_staticmethod(&cls, "__new__", array_new);
    let methods: &[(&'static str, pyvm_vm::NativeFn)] = &[
        ("__len__", array_len),
        ("__getitem__", array_getitem),
        ("__setitem__", array_setitem),
        ("__delitem__", array_delitem),
        ("__iter__", array_iter),
        ("__contains__", array_contains),
        ("__repr__", array_repr),
        ("__add__", array_add),
        ("__iadd__", array_iadd),
        ("__mul__", array_mul),
        ("__rmul__", array_mul),
        ("__imul__", array_imul),
        ("__eq__", array_eq),
        ("__ne__", array_ne),
        ("__lt__", array_lt),
        ("__le__", array_le),
        ("__gt__", array_gt),
        ("__ge__", array_ge),
        ("__copy__", array_copy),
        ("__deepcopy__", array_deepcopy),
        ("__reduce_ex__", array_reduce_ex),
        ("__sizeof__", array_sizeof),
        ("append", array_append),
        ("extend", array_extend),
        ("insert", array_insert),
        ("pop", array_pop),
        ("remove", array_remove),
        ("index", array_index),
        ("count", array_count),
        ("reverse", array_reverse),
        ("byteswap", array_byteswap),
        ("buffer_info", array_buffer_info),
        ("tobytes", array_tobytes),
        ("frombytes", array_frombytes),
        ("tolist", array_tolist),
        ("fromlist", array_fromlist),
        ("tofile", array_tofile),
        ("fromfile", array_fromfile),
        ("tounicode", array_tounicode),
        ("fromunicode", array_fromunicode),
    ];
    for (name, f) in methods {
        vm.add_method(&cls, name, *f);
    }
    let key = vm.intern("__hash__");
    vm.class_set_attr(&cls, key, Value::None);
    for (name, getter) in [
        ("itemsize", array_itemsize as pyvm_vm::NativeFn),
        ("typecode", array_typecode),
    ] {
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
        .insert("array.array".into(), Value::Obj(cls.clone()));
    vm.module_set(&m, "array", Value::Obj(cls.clone()));
    vm.module_set(&m, "ArrayType", Value::Obj(cls));
    let codes = vm.new_str(TYPECODES);
    vm.module_set(&m, "typecodes", codes);

    let it = vm.new_native_type("array", "arrayiterator", false);
    vm.add_method(&it, "__iter__", iter_iter);
    vm.add_method(&it, "__next__", iter_next);
    vm.module_state
        .insert("array.arrayiterator".into(), Value::Obj(it));
    Ok(m)
}

fn array_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Obj(c)) if args.pos[0].as_class().is_some() => c.clone(),
        _ => return Err(vm.type_error("array.__new__(X): X is not a type object")),
    };
    if !args.kw.is_empty() && ObjRef::ptr_eq(&cls, &array_class(vm)) {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    let n = args.pos.len() - 1;
    if n == 0 || n > 2 {
        return Err(vm.type_error(if n == 0 {
            "array() takes at least 1 argument (0 given)".to_string()
        } else {
            format!("array() takes at most 2 arguments ({n} given)")
        }));
    }
    let tc = &args.pos[1];
    let code = match tc.as_str() {
        Some(s) if s.as_str().chars().count() == 1 => s.as_str().chars().next().unwrap_or('\0'),
        _ => {
            return Err(vm.type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                vm.type_name(tc)
            )))
        }
    };
    if !code.is_ascii() || !TYPECODES.as_bytes().contains(&(code as u8)) {
        return Err(
            vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        );
    }
    let code = code as u8;
    let obj = vm.new_native_object(
        &cls,
        Box::new(ArrayData {
            code,
            data: Vec::new(),
        }),
    );
    let Some(init) = args.pos.get(2) else {
        return Ok(obj);
    };
    if init.as_str().is_some() {
        if code != b'u' {
            return Err(vm.type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                code as char
            )));
        }
        from_unicode(vm, &obj, init);
    } else if vm.is_native::<ArrayData>(init) {
        let (other, _) = code_and_len(vm, init);
        if other == b'u' && code != b'u' {
            return Err(vm.type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                code as char
            )));
        }
        if other == code {
            let data = with(vm, init, |d| d.data.clone());
            with_mut(vm, &obj, |d| d.data = data);
        } else {
            let values = items(vm, init);
            append_values(vm, &obj, code, &values)?;
        }
    } else if let Some(b) = vm.bytes_like(init) {
        from_bytes(vm, &obj, &b)?;
    } else {
        extend_iterable(vm, &obj, code, init)?;
    }
    Ok(obj)
}

fn append_values(vm: &mut Vm, a: &Value, code: u8, values: &[Value]) -> PyResult<()> {
    let size = itemsize(code);
    let mut buf = Vec::with_capacity(values.len() * size);
    for v in values {
        buf.extend_from_slice(&encode(vm, code, v)?[..size]);
    }
    with_mut(vm, a, |d| d.data.extend_from_slice(&buf));
    Ok(())
}

fn extend_iterable(vm: &mut Vm, a: &Value, code: u8, it: &Value) -> PyResult<()> {
    let size = itemsize(code);
    let iter = vm.get_iter(it)?;
    while let Some(v) = vm.iter_next(&iter)? {
        let e = encode(vm, code, &v)?;
        with_mut(vm, a, |d| d.data.extend_from_slice(&e[..size]));
    }
    Ok(())
}

fn from_bytes(vm: &Vm, a: &Value, b: &[u8]) -> PyResult<()> {
    let (code, _) = code_and_len(vm, a);
    if !b.len().is_multiple_of(itemsize(code)) {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    with_mut(vm, a, |d| d.data.extend_from_slice(b));
    Ok(())
}

fn from_unicode(vm: &Vm, a: &Value, s: &Value) {
    let text = s
        .as_str()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    with_mut(vm, a, |d| {
        for c in text.chars() {
            d.data.extend_from_slice(&(c as u32).to_ne_bytes());
        }
    });
}

fn array_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "__len__")?;
    Ok(Value::Int(code_and_len(vm, &a).1 as i64))
}

/// Normalises an item index; Err(()) when out of range.
fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&j).then_some(j as usize)
}

fn key_index(vm: &mut Vm, key: &Value) -> PyResult<Option<i64>> {
    if let Value::Int(i) = key {
        return Ok(Some(*i));
    }
    if matches!(key.as_object(), Some(Object::Slice(_))) {
        return Ok(None);
    }
    if !int::is_int(key) {
        let cls = vm.type_of(key);
        if vm.class_lookup_str(&cls, "__index__").is_none() {
            return Err(vm.type_error("array indices must be integers"));
        }
    }
    match vm.to_index(key)? {
        Some(i) => Ok(Some(i)),
        None => Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
    }
}

fn slice_of(vm: &mut Vm, key: &Value, len: usize) -> PyResult<(i64, i64, i64)> {
    let Some(Object::Slice(s)) = key.as_object() else {
        return Err(vm.type_error("array indices must be integers"));
    };
    let r = vm.slice_range(s, len)?;
    Ok((r.start, r.step, r.count))
}

fn array_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "__getitem__")?;
    let key = arg(vm, &args, 1, "__getitem__", 1)?;
    if let Some(i) = key_index(vm, key)? {
        let got = with(vm, &a, |d| {
            let n = itemsize(d.code);
            norm_index(i, d.data.len() / n).map(|j| item_value(d.code, &d.data[j * n..j * n + n]))
        });
        return got.ok_or_else(|| vm.index_error("array index out of range"));
    }
    let (code, len) = code_and_len(vm, &a);
    let (start, step, count) = slice_of(vm, key, len)?;
    let n = itemsize(code);
    let data = with(vm, &a, |d| {
        let mut out = Vec::with_capacity(count as usize * n);
        for k in 0..count {
            let j = (start + k * step) as usize;
            out.extend_from_slice(&d.data[j * n..j * n + n]);
        }
        out
    });
    Ok(new_array(vm, code, data))
}

fn array_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "__setitem__")?;
    let key = arg(vm, &args, 1, "__setitem__", 2)?.clone();
    let value = args.pos[2].clone();
    let (code, len) = code_and_len(vm, &a);
    if let Some(i) = key_index(vm, &key)? {
        let e = encode(vm, code, &value)?;
        let Some(j) = norm_index(i, len) else {
            return Err(vm.index_error("array assignment index out of range"));
        };
        let n = itemsize(code);
        with_mut(vm, &a, |d| {
            d.data[j * n..j * n + n].copy_from_slice(&e[..n])
        });
        return Ok(Value::None);
    }
    if !vm.is_native::<ArrayData>(&value) {
        return Err(vm.type_error(format!(
            "can only assign array (not \"{}\") to array slice",
            vm.type_name(&value)
        )));
    }
    let (vcode, _) = code_and_len(vm, &value);
    if vcode != code {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let src = with(vm, &value, |d| d.data.clone());
    let (start, step, count) = slice_of(vm, &key, len)?;
    let n = itemsize(code);
    if step == 1 {
        let (s, e) = (start as usize * n, (start + count) as usize * n);
        with_mut(vm, &a, |d| {
            d.data.splice(s..e, src);
        });
        return Ok(Value::None);
    }
    let src_len = src.len() / n;
    if src_len != count as usize {
        return Err(vm.value_error(format!(
            "attempt to assign array of size {src_len} to extended slice of size {count}"
        )));
    }
    with_mut(vm, &a, |d| {
        for k in 0..count as usize {
            let j = (start + k as i64 * step) as usize;
            d.data[j * n..j * n + n].copy_from_slice(&src[k * n..k * n + n]);
        }
    });
    Ok(Value::None)
}

fn array_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "__delitem__")?;
    let key = arg(vm, &args, 1, "__delitem__", 1)?.clone();
    let (code, len) = code_and_len(vm, &a);
    let n = itemsize(code);
    if let Some(i) = key_index(vm, &key)? {
        let Some(j) = norm_index(i, len) else {
            return Err(vm.index_error("array assignment index out of range"));
        };
        with_mut(vm, &a, |d| {
            d.data.drain(j * n..j * n + n);
        });
        return Ok(Value::None);
    }
    let (start, step, count) = slice_of(vm, &key, len)?;
    let mut doomed = vec![false; len];
    for k in 0..count {
        doomed[(start + k * step) as usize] = true;
    }
    with_mut(vm, &a, |d| {
        let mut k = 0;
        d.data.retain(|_| {
            let keep = !doomed[k / n];
            k += 1;
            keep
        });
    });
    Ok(Value::None)
}

fn array_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "__iter__")?;
    let Some(Value::Obj(cls)) = vm.module_state.get("array.arrayiterator").cloned() else {
        return Err(vm.runtime_error("array module is not initialised"));
    };
    Ok(vm.new_native_object(&cls, Box::new(ArrayIter { array: a, index: 0 })))
}

fn iter_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = args.pos.first().cloned().unwrap_or(Value::None);
    let (array, index) = vm.native_self(&it, "arrayiterator", "__next__", |s: &ArrayIter| {
        (s.array.clone(), s.index)
    })?;
    let got = vm
        .native_with(&array, |d: &ArrayData| {
            let n = itemsize(d.code);
            (index * n < d.data.len())
                .then(|| item_value(d.code, &d.data[index * n..index * n + n]))
        })
        .flatten();
    match got {
        Some(v) => {
            vm.native_with_mut(&it, |s: &mut ArrayIter| s.index += 1);
            Ok(v)
        }
        None => {
            let old = vm.native_with_mut(&it, |s: &mut ArrayIter| {
                std::mem::replace(&mut s.array, Value::None)
            });
            drop(old);
            Err(vm.stop_iteration(Value::None))
        }
    }
}

fn find(vm: &mut Vm, a: &Value, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let got = with(vm, a, |d| {
            let n = itemsize(d.code);
            (i < stop && i * n < d.data.len())
                .then(|| item_value(d.code, &d.data[i * n..i * n + n]))
        });
        let Some(v) = got else {
            return Ok(None);
        };
        if vm.eq(&v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn array_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "__contains__")?;
    let x = arg(vm, &args, 1, "__contains__", 1)?.clone();
    Ok(Value::from_bool(find(vm, &a, &x, 0, usize::MAX)?.is_some()))
}

fn array_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "__repr__")?;
    let (code, len) = code_and_len(vm, &a);
    let name = vm.type_short_name(&a);
    if len == 0 {
        return Ok(vm.new_str(format!("{name}('{}')", code as char)));
    }
    let inner = if code == b'u' {
        let s = unicode_of(vm, &a);
        vm.repr(&Value::str(&s))?
    } else {
        let list = vm.new_list(items(vm, &a));
        vm.repr(&list)?
    };
    Ok(vm.new_str(format!("{name}('{}', {inner})", code as char)))
}

fn unicode_of(vm: &Vm, a: &Value) -> String {
    with(vm, a, |d| {
        d.data
            .chunks_exact(4)
            .map(|c| {
                char::from_u32(u32::from_ne_bytes([c[0], c[1], c[2], c[3]])).unwrap_or('\u{fffd}')
            })
            .collect()
    })
}

fn array_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "__add__")?;
    let b = arg(vm, &args, 1, "__add__", 1)?.clone();
    if !vm.is_native::<ArrayData>(&b) {
        return Err(vm.type_error(format!(
            "can only append array (not \"{}\") to array",
            vm.type_name(&b)
        )));
    }
    let (ca, _) = code_and_len(vm, &a);
    let (cb, _) = code_and_len(vm, &b);
    if ca != cb {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let mut data = with(vm, &a, |d| d.data.clone());
    with(vm, &b, |d| data.extend_from_slice(&d.data));
    Ok(new_array(vm, ca, data))
}

fn array_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "__iadd__")?;
    let b = arg(vm, &args, 1, "__iadd__", 1)?.clone();
    if !vm.is_native::<ArrayData>(&b) {
        return Err(vm.type_error(format!(
            "can only extend array with array (not \"{}\")",
            vm.type_name(&b)
        )));
    }
    extend_with_array(vm, &a, &b)?;
    Ok(a)
}

fn extend_with_array(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<()> {
    let (ca, _) = code_and_len(vm, a);
    let (cb, _) = code_and_len(vm, b);
    if ca != cb {
        return Err(vm.type_error("can only extend with array of same kind"));
    }
    let src = with(vm, b, |d| d.data.clone());
    with_mut(vm, a, |d| d.data.extend_from_slice(&src));
    Ok(())
}

fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<usize>> {
    if !int::is_int(n) {
        let cls = vm.type_of(n);
        if vm.class_lookup_str(&cls, "__index__").is_none() {
            return Ok(None);
        }
    }
    match vm.to_index(n)? {
        Some(k) => Ok(Some(k.max(0) as usize)),
        None => {
            let big = int::as_bigint(n).map(|b| b.is_negative()).unwrap_or(false);
            if big {
                Ok(Some(0))
            } else {
                Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
        }
    }
}

fn repeated(vm: &Vm, data: &[u8], k: usize) -> PyResult<Vec<u8>> {
    let total = data
        .len()
        .checked_mul(k)
        .filter(|&t| t <= isize::MAX as usize);
    let Some(total) = total else {
        return Err(vm.new_exception(&vm.types.exc.memory_error.clone(), ""));
    };
    let mut out = Vec::new();
    if out.try_reserve_exact(total).is_err() {
        return Err(vm.new_exception(&vm.types.exc.memory_error.clone(), ""));
    }
    for _ in 0..k {
        out.extend_from_slice(data);
    }
    Ok(out)
}

fn array_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "__mul__")?;
    let n = arg(vm, &args, 1, "__mul__", 1)?.clone();
    let Some(k) = repeat_count(vm, &n)? else {
        return Ok(vm.not_implemented.clone());
    };
    let (code, data) = with(vm, &a, |d| (d.code, d.data.clone()));
    let out = repeated(vm, &data, k)?;
    Ok(new_array(vm, code, out))
}

fn array_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "__imul__")?;
    let n = arg(vm, &args, 1, "__imul__", 1)?.clone();
    let Some(k) = repeat_count(vm, &n)? else {
        return Ok(vm.not_implemented.clone());
    };
    let data = with(vm, &a, |d| d.data.clone());
    let out = repeated(vm, &data, k)?;
    with_mut(vm, &a, |d| d.data = out);
    Ok(a)
}

fn compare(vm: &mut Vm, args: &Args, op: CmpOp, name: &str) -> PyResult<Value> {
    let a = me(vm, args, name)?;
    let b = arg(vm, args, 1, name, 1)?.clone();
    if !vm.is_native::<ArrayData>(&b) {
        return Ok(vm.not_implemented.clone());
    }
    let (ca, la) = code_and_len(vm, &a);
    let (cb, lb) = code_and_len(vm, &b);
    if la != lb && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::from_bool(op == CmpOp::Ne));
    }
    if ca == cb && !matches!(ca, b'f' | b'd') && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        let x = with(vm, &a, |d| d.data.clone());
        let same = with(vm, &b, |d| d.data == x);
        return Ok(Value::from_bool(same == (op == CmpOp::Eq)));
    }
    let (xa, xb) = (items(vm, &a), items(vm, &b));
    for (x, y) in xa.iter().zip(&xb) {
        if !vm.eq(x, y)? {
            return match op {
                CmpOp::Eq => Ok(Value::from_bool(false)),
                CmpOp::Ne => Ok(Value::from_bool(true)),
                _ => vm.rich_compare(x, y, op),
            };
        }
    }
    let r = match op {
        CmpOp::Lt => la < lb,
        CmpOp::Le => la <= lb,
        CmpOp::Eq => la == lb,
        CmpOp::Ne => la != lb,
        CmpOp::Gt => la > lb,
        CmpOp::Ge => la >= lb,
    };
    Ok(Value::from_bool(r))
}

fn array_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::Eq, "__eq__")
}
fn array_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::Ne, "__ne__")
}
fn array_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::Lt, "__lt__")
}
fn array_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::Le, "__le__")
}
fn array_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::Gt, "__gt__")
}
fn array_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::Ge, "__ge__")
}

fn copy_of(vm: &mut Vm, a: &Value) -> Value {
    let (code, data) = with(vm, a, |d| (d.code, d.data.clone()));
    new_array(vm, code, data)
}

fn array_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "__copy__")?;
    arg(vm, &args, 0, "__copy__", 0)?;
    Ok(copy_of(vm, &a))
}

fn array_deepcopy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "__deepcopy__")?;
    arg(vm, &args, 1, "__deepcopy__", 1)?;
    Ok(copy_of(vm, &a))
}

/// (class, (typecode, list), dict): the protocol 0-2 form, which every protocol can load.
fn array_reduce_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "__reduce_ex__")?;
    let proto = arg(vm, &args, 1, "__reduce_ex__", 1)?;
    if !int::is_int(proto) {
        let t = vm.type_name(proto);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    }
    let cls = Value::Obj(vm.type_of(&a));
    let (code, _) = code_and_len(vm, &a);
    let list = vm.new_list(items(vm, &a));
    let tc = vm.new_str((code as char).to_string());
    let dict = match vm.get_attr_str(&a, "__dict__") {
        Ok(d) if vm.len(&d).unwrap_or(0) > 0 => d,
        _ => Value::None,
    };
    let inner = vm.new_tuple(vec![tc, list]);
    Ok(vm.new_tuple(vec![cls, inner, dict]))
}

fn array_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "__sizeof__")?;
    let n = with(vm, &a, |d| d.data.capacity());
    Ok(Value::Int(64 + n as i64))
}

fn array_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "append")?;
    let v = arg(vm, &args, 1, "append", 1)?.clone();
    let (code, _) = code_and_len(vm, &a);
    let e = encode(vm, code, &v)?;
    with_mut(vm, &a, |d| d.data.extend_from_slice(&e[..itemsize(code)]));
    Ok(Value::None)
}

fn array_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "extend")?;
    let it = arg(vm, &args, 1, "extend", 1)?.clone();
    if vm.is_native::<ArrayData>(&it) {
        extend_with_array(vm, &a, &it)?;
    } else {
        let (code, _) = code_and_len(vm, &a);
        extend_iterable(vm, &a, code, &it)?;
    }
    Ok(Value::None)
}

fn array_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "insert")?;
    let i = arg(vm, &args, 1, "insert", 2)?.clone();
    let v = args.pos[2].clone();
    let i = match vm.to_index(&i)? {
        Some(i) => i,
        None => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    };
    let (code, len) = code_and_len(vm, &a);
    let e = encode(vm, code, &v)?;
    let len = len as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let n = itemsize(code);
    with_mut(vm, &a, |d| {
        d.data.splice(at * n..at * n, e[..n].iter().copied());
    });
    Ok(Value::None)
}

fn array_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "pop")?;
    if args.pos.len() > 2 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "pop expected at most 1 argument, got {}",
            args.pos.len() - 1 + args.kw.len()
        )));
    }
    let i = match args.pos.get(1) {
        None => -1,
        Some(v) => match vm.to_index(v)? {
            Some(i) => i,
            None => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        },
    };
    let (code, len) = code_and_len(vm, &a);
    if len == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let Some(j) = norm_index(i, len) else {
        return Err(vm.index_error("pop index out of range"));
    };
    let n = itemsize(code);
    Ok(with_mut(vm, &a, |d| {
        let v = item_value(code, &d.data[j * n..j * n + n]);
        d.data.drain(j * n..j * n + n);
        v
    }))
}

fn array_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "remove")?;
    let x = arg(vm, &args, 1, "remove", 1)?.clone();
    match find(vm, &a, &x, 0, usize::MAX)? {
        Some(j) => {
            let (code, _) = code_and_len(vm, &a);
            let n = itemsize(code);
            with_mut(vm, &a, |d| {
                d.data.drain(j * n..j * n + n);
            });
            Ok(Value::None)
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

fn clamp_bound(vm: &mut Vm, v: Option<&Value>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else {
        return Ok(default);
    };
    let i = if int::is_int(v) || {
        let cls = vm.type_of(v);
        vm.class_lookup_str(&cls, "__index__").is_some()
    } {
        match vm.to_index(v)? {
            Some(i) => i,
            None => {
                if int::as_bigint(v).is_some_and(|b| b.is_negative()) {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                }
            }
        }
    } else {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    };
    let len = len as i64;
    Ok(if i < 0 { (i + len).max(0) } else { i.min(len) } as usize)
}

fn array_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "index")?;
    if !args.kw.is_empty() || args.pos.len() < 2 || args.pos.len() > 4 {
        return Err(vm.type_error(format!(
            "index expected at least 1 argument, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    let x = args.pos[1].clone();
    let (_, len) = code_and_len(vm, &a);
    let start = clamp_bound(vm, args.pos.get(2), len, 0)?;
    let stop = clamp_bound(vm, args.pos.get(3), len, len)?;
    match find(vm, &a, &x, start, stop)? {
        Some(j) => Ok(Value::Int(j as i64)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn array_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "count")?;
    let x = arg(vm, &args, 1, "count", 1)?.clone();
    let mut n = 0;
    for v in items(vm, &a) {
        if vm.eq(&v, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn array_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "reverse")?;
    arg(vm, &args, 0, "reverse", 0)?;
    with_mut(vm, &a, |d| {
        let n = itemsize(d.code);
        let rev: Vec<u8> = d.data.chunks_exact(n).rev().flatten().copied().collect();
        d.data = rev;
    });
    Ok(Value::None)
}

fn array_byteswap(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "byteswap")?;
    arg(vm, &args, 0, "byteswap", 0)?;
    with_mut(vm, &a, |d| {
        let n = itemsize(d.code);
        for c in d.data.chunks_exact_mut(n) {
            c.reverse();
        }
    });
    Ok(Value::None)
}

fn array_buffer_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "buffer_info")?;
    arg(vm, &args, 0, "buffer_info", 0)?;
    let (addr, len) = with(vm, &a, |d| {
        (d.data.as_ptr() as usize, d.data.len() / itemsize(d.code))
    });
    Ok(vm.new_tuple(vec![Value::Int(addr as i64), Value::Int(len as i64)]))
}

fn array_tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "tobytes")?;
    arg(vm, &args, 0, "tobytes", 0)?;
    Ok(bytes_value(with(vm, &a, |d| d.data.clone())))
}

fn array_frombytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "frombytes")?;
    let b = arg(vm, &args, 1, "frombytes", 1)?.clone();
    let Some(bytes) = crate::buffer::read(vm, &b) else {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(&b)
        )));
    };
    from_bytes(vm, &a, &bytes)?;
    Ok(Value::None)
}

fn array_tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "tolist")?;
    arg(vm, &args, 0, "tolist", 0)?;
    Ok(vm.new_list(items(vm, &a)))
}

fn array_fromlist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "fromlist")?;
    let l = arg(vm, &args, 1, "fromlist", 1)?.clone();
    let Some(Object::List(cell)) = l.builtin_payload() else {
        return Err(vm.type_error("arg must be list"));
    };
    let values = cell.get();
    let (code, _) = code_and_len(vm, &a);
    append_values(vm, &a, code, &values)?;
    Ok(Value::None)
}

fn array_tofile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "tofile")?;
    let f = arg(vm, &args, 1, "tofile", 1)?.clone();
    let data = with(vm, &a, |d| d.data.clone());
    // In blocks, as CPython writes them, so that a file sees the same write calls.
    for chunk in data.chunks(64 * 1024) {
        vm.call_method(&f, "write", vec![bytes_value(chunk.to_vec())])?;
    }
    Ok(Value::None)
}

fn array_fromfile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "fromfile")?;
    let f = arg(vm, &args, 1, "fromfile", 2)?.clone();
    let n = args.pos[2].clone();
    let n = match vm.to_index(&n)? {
        Some(n) => n,
        None => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    };
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    let (code, _) = code_and_len(vm, &a);
    let want = (n as usize).saturating_mul(itemsize(code));
    let got = vm.call_method(&f, "read", vec![Value::Int(want as i64)])?;
    let Some(Object::Bytes(b)) = got.builtin_payload() else {
        return Err(vm.type_error("read() didn't return bytes"));
    };
    let b = b.to_vec();
    let whole = b.len() - b.len() % itemsize(code);
    from_bytes(vm, &a, &b[..whole])?;
    if b.len() != want {
        return Err(vm.new_exception(
            &vm.types.exc.eof_error.clone(),
            "read() didn't return enough bytes",
        ));
    }
    Ok(Value::None)
}

fn array_tounicode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "tounicode")?;
    arg(vm, &args, 0, "tounicode", 0)?;
    if code_and_len(vm, &a).0 != b'u' {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    let s = unicode_of(vm, &a);
    Ok(vm.new_str(s))
}

fn array_fromunicode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "fromunicode")?;
    let s = arg(vm, &args, 1, "fromunicode", 1)?.clone();
    if s.as_str().is_none() {
        return Err(vm.type_error(format!(
            "fromunicode() argument must be str, not {}",
            vm.type_name(&s)
        )));
    }
    if code_and_len(vm, &a).0 != b'u' {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    from_unicode(vm, &a, &s);
    Ok(Value::None)
}

fn array_itemsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "itemsize")?;
    Ok(Value::Int(itemsize(code_and_len(vm, &a).0) as i64))
}

fn array_typecode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args, "typecode")?;
    let code = code_and_len(vm, &a).0;
    Ok(vm.new_str((code as char).to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_round_trip_through_bytes() {
        for (code, v) in [(b'b', -5i64), (b'H', 65535), (b'i', -7), (b'q', i64::MIN)] {
            let e = encode_small(code, v).expect("fits");
            assert_eq!(
                item_value(code, &e[..itemsize(code)]).as_f64(),
                None,
                "ints decode as ints"
            );
            match item_value(code, &e[..itemsize(code)]) {
                Value::Int(i) => assert_eq!(i, v),
                _ => panic!("not an int"),
            }
        }
        assert!(encode_small(b'B', 256).is_none());
        assert!(encode_small(b'Q', -1).is_none());
    }
}
