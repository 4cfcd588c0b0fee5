//! int and bool as Python types: constructors and methods.
//!
//! The methods take their receiver as `args.pos[0]` (an int, a bool, or an instance of an int
//! subclass) and check it and their arguments with CPython's messages. The argument helpers at
//! the end of this file are shared with float_type.rs and bytes.rs.

use crate::numeric;
use crate::objects::function::Args;
use crate::objects::int;
use crate::objects::type_type::new_instance;
use crate::value::{Object, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use pyvm_compiler::bytecode::{BinOp, CmpOp};
use std::cmp::Ordering;

pub fn init(vm: &mut Vm) {
    let t = vm.types.int.clone();
    vm.add_staticmethod(&t, "__new__", int_new);
    vm.add_method(&t, "bit_length", int_bit_length);
    vm.add_method(&t, "bit_count", int_bit_count);
    vm.add_method(&t, "to_bytes", int_to_bytes);
    vm.add_classmethod(&t, "from_bytes", int_from_bytes);
    vm.add_method(&t, "as_integer_ratio", int_as_integer_ratio);
    vm.add_method(&t, "conjugate", int_conjugate);
    vm.add_method(&t, "__getnewargs__", int_getnewargs);
    vm.add_method(&t, "__index__", int_index);
    vm.add_method(&t, "__int__", int_int);
    vm.add_method(&t, "__float__", int_float);
    vm.add_method(&t, "__bool__", int_bool);
    vm.add_method(&t, "__abs__", int_abs);
    vm.add_method(&t, "__neg__", int_neg);
    vm.add_method(&t, "__pos__", int_pos);
    vm.add_method(&t, "__invert__", int_invert);
    vm.add_method(&t, "__round__", int_round);
    vm.add_method(&t, "__trunc__", int_trunc);
    vm.add_method(&t, "__floor__", int_floor);
    vm.add_method(&t, "__ceil__", int_ceil);
    vm.add_method(&t, "__format__", int_format);
    vm.add_method(&t, "__repr__", int_repr);
    vm.add_method(&t, "__hash__", int_hash);
    vm.add_method(&t, "__add__", int_add);
    vm.add_method(&t, "__radd__", int_radd);
    vm.add_method(&t, "__sub__", int_sub);
    vm.add_method(&t, "__rsub__", int_rsub);
    vm.add_method(&t, "__mul__", int_mul);
    vm.add_method(&t, "__rmul__", int_rmul);
    vm.add_method(&t, "__floordiv__", int_floordiv);
    vm.add_method(&t, "__rfloordiv__", int_rfloordiv);
    vm.add_method(&t, "__truediv__", int_truediv);
    vm.add_method(&t, "__rtruediv__", int_rtruediv);
    vm.add_method(&t, "__mod__", int_mod);
    vm.add_method(&t, "__rmod__", int_rmod);
    vm.add_method(&t, "__divmod__", int_divmod);
    vm.add_method(&t, "__rdivmod__", int_rdivmod);
    vm.add_method(&t, "__pow__", int_pow);
    vm.add_method(&t, "__rpow__", int_rpow);
    vm.add_method(&t, "__lshift__", int_lshift);
    vm.add_method(&t, "__rlshift__", int_rlshift);
    vm.add_method(&t, "__rshift__", int_rshift);
    vm.add_method(&t, "__rrshift__", int_rrshift);
    vm.add_method(&t, "__and__", int_and);
    vm.add_method(&t, "__rand__", int_rand);
    vm.add_method(&t, "__or__", int_or);
    vm.add_method(&t, "__ror__", int_ror);
    vm.add_method(&t, "__xor__", int_xor);
    vm.add_method(&t, "__rxor__", int_rxor);
    vm.add_method(&t, "__eq__", int_eq);
    vm.add_method(&t, "__ne__", int_ne);
    vm.add_method(&t, "__lt__", int_lt);
    vm.add_method(&t, "__le__", int_le);
    vm.add_method(&t, "__gt__", int_gt);
    vm.add_method(&t, "__ge__", int_ge);
    for (name, getter) in [
        ("real", int_real as crate::objects::function::NativeFn),
        ("numerator", int_real),
        ("imag", int_imag),
        ("denominator", int_denominator),
    ] {
        crate::objects::float_type::add_property(vm, &t, name, getter);
    }

    let b = vm.types.bool_.clone();
    vm.add_staticmethod(&b, "__new__", bool_new);
    vm.add_method(&b, "__repr__", bool_repr);
    vm.add_method(&b, "__and__", bool_and);
    vm.add_method(&b, "__rand__", bool_rand);
    vm.add_method(&b, "__or__", bool_or);
    vm.add_method(&b, "__ror__", bool_ror);
    vm.add_method(&b, "__xor__", bool_xor);
    vm.add_method(&b, "__rxor__", bool_rxor);
}

/// int(x=0) / int(str, base).
fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or_default();
    let mut pos: Vec<Value> = args.pos.iter().skip(1).cloned().collect();
    let mut base: Option<Value> = None;
    for (k, v) in &args.kw {
        match k.as_str().map(|s| s.as_str()) {
            Some("base") => base = Some(v.clone()),
            Some("x") if pos.is_empty() => pos.push(v.clone()),
            Some(other) => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for int()"
                )))
            }
            None => {}
        }
    }
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    if pos.len() == 2 {
        base = Some(pos.pop().unwrap_or_default());
    }
    let value = match (pos.first(), base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), Some(b)) => {
            let Some(base) = int::as_i64(&b) else {
                let t = vm.type_name(&b);
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            };
            if !(base == 0 || (2..=36).contains(&base)) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            if let Some(s) = x.as_str() {
                let text = s.as_str().to_string();
                parse_int_value(vm, &text, base as u32)?
            } else if let Some(bytes) = vm.bytes_like(x) {
                parse_int_bytes(vm, &bytes, base as u32)?
            } else {
                return Err(vm.type_error("int() can't convert non-string with explicit base"));
            }
        }
        (Some(x), None) => int_from_value(vm, x)?,
    };
    finish(vm, &cls, value)
}

fn parse_int_value(vm: &mut Vm, text: &str, base: u32) -> PyResult<Value> {
    match numeric::parse_int(text, base) {
        Ok(numeric::IntValue::Small(i)) => Ok(Value::Int(i)),
        Ok(numeric::IntValue::Big(b)) => Ok(Value::from_bigint(b)),
        Err(m) => Err(vm.value_error(m)),
    }
}

/// int(x) for one argument (CPython's PyNumber_Long).
pub fn int_from_value(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) => return Ok(x.clone()),
        Value::BoolWord(b) => return Ok(Value::Int(*b as i64)),
        Value::FloatBits(f) => {
            let f = f64::from_bits(*f);
            return match numeric::float_to_bigint(f.trunc()) {
                Some(b) => Ok(Value::from_bigint(b)),
                None if f.is_nan() => Err(vm.value_error("cannot convert float NaN to integer")),
                None => Err(vm.overflow_error("cannot convert float infinity to integer")),
            };
        }
        _ => {}
    }
    if let Some(Object::BigInt(_)) = x.as_object() {
        return Ok(x.clone());
    }
    // User-defined conversions come first, also on subclasses of str, bytes, int and float.
    for name in ["__int__", "__index__"] {
        if let Some(r) = vm.call_special_opt(x, name, vec![])? {
            if let Some(v) = plain_int(&r) {
                return Ok(v);
            }
            let t = vm.type_name(&r);
            return Err(vm.type_error(format!("{name} returned non-int (type {t})")));
        }
    }
    if let Some(r) = vm.call_special_opt(x, "__trunc__", vec![])? {
        if let Some(v) = plain_int(&r) {
            return Ok(v);
        }
        if let Some(i) = vm.call_special_opt(&r, "__index__", vec![])? {
            if let Some(v) = plain_int(&i) {
                return Ok(v);
            }
            let t = vm.type_name(&i);
            return Err(vm.type_error(format!("__index__ returned non-int (type {t})")));
        }
        let t = vm.type_name(&r);
        return Err(vm.type_error(format!("__trunc__ returned non-Integral (type {t})")));
    }
    if let Some(s) = x.as_str() {
        let text = s.as_str().to_string();
        return parse_int_value(vm, &text, 10);
    }
    if let Some(b) = vm.bytes_like(x) {
        return parse_int_bytes(vm, &b, 10);
    }
    if let Some(Object::Instance(i)) = x.as_object() {
        if let Some(b) = i.base_value().cloned() {
            return int_from_value(vm, &b);
        }
    }
    let t = vm.type_name(x);
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{t}'"
    )))
}

/// int(b, base) for bytes: errors show the bytes' repr.
fn parse_int_bytes(vm: &mut Vm, data: &[u8], base: u32) -> PyResult<Value> {
    let text = String::from_utf8_lossy(data).into_owned();
    parse_int_value(vm, &text, base).map_err(|e| {
        let msg = vm.exception_message(&e);
        if msg.starts_with("invalid literal for int()") {
            let r = crate::objects::bytes::bytes_repr(data);
            vm.value_error(format!("invalid literal for int() with base {base}: {r}"))
        } else {
            e
        }
    })
}

/// Wraps the value for subclasses of int.
fn finish(vm: &mut Vm, cls: &Value, value: Value) -> PyResult<Value> {
    match cls.as_obj() {
        Some(c) if !crate::value::ObjRef::ptr_eq(c, &vm.types.int) => {
            Ok(new_instance(vm, c, value))
        }
        _ => Ok(value),
    }
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    match args.pos.len() {
        1 => Ok(Value::Bool(false)),
        2 => {
            let v = args.pos[1].clone();
            Ok(Value::Bool(vm.is_true(&v)?))
        }
        n => Err(vm.type_error(format!("bool expected at most 1 argument, got {}", n - 1))),
    }
}

// ----- receivers and conversions -----

/// The exact int behind an int, bool or int subclass instance (a bool becomes 0 or 1).
pub(crate) fn plain_int(v: &Value) -> Option<Value> {
    match v {
        Value::Int(_) => Some(v.clone()),
        Value::BoolWord(b) => Some(Value::Int(*b as i64)),
        Value::Obj(o) => match o.view() {
            Object::BigInt(_) => Some(v.clone()),
            Object::Instance(i) => i.base_value().and_then(plain_int),
            _ => None,
        },
        _ => None,
    }
}

/// The receiver of an int method, as an exact int.
fn int_self(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    match args.pos.first().and_then(plain_int) {
        Some(v) => Ok(v),
        None => Err(bad_self(vm, args, "int", name)),
    }
}

fn big(v: &Value) -> BigInt {
    int::as_bigint(v)
        .map(|b| b.into_owned())
        .unwrap_or_default()
}

/// The full integer value of an int or an object with `__index__`.
pub(crate) fn index_bigint(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = int::as_bigint(v) {
        return Ok(b.into_owned());
    }
    if let Some(r) = vm.call_special_opt(v, "__index__", vec![])? {
        if int::is_int(&r) {
            return Ok(big(&r));
        }
        let t = vm.type_name(&r);
        return Err(vm.type_error(format!("__index__ returned non-int (type {t})")));
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
}

/// A `Py_ssize_t` argument (OverflowError when it does not fit).
pub(crate) fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = int::as_i64(v) {
        return Ok(i);
    }
    let b = index_bigint(vm, v)?;
    b.to_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// A C `int` argument (OverflowError when it does not fit).
pub(crate) fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let b = index_bigint(vm, v)?;
    match b.to_i32() {
        Some(i) => Ok(i as i64),
        None => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

/// The error of a failed format(): CPython raises ValueError except for a few cases.
pub(crate) fn format_error(vm: &Vm, msg: String) -> PyErr {
    if msg == crate::format::MEMORY_ERROR {
        return vm.new_exception_args(&vm.types.exc.memory_error, vec![]);
    }
    if msg.starts_with("%c arg not in range")
        || msg.starts_with("Python int too large")
        || msg.starts_with("int too large to convert")
    {
        return vm.overflow_error(msg);
    }
    vm.value_error(msg)
}

// ----- int methods -----

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_self(vm, &args, "bit_length")?;
    check_shape(vm, &args, "int", "bit_length", Shape::NoArgs)?;
    Ok(match v {
        Value::Int(i) => Value::Int(64 - i.unsigned_abs().leading_zeros() as i64),
        _ => Value::from_bigint(BigInt::from(big(&v).bits())),
    })
}

fn int_bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_self(vm, &args, "bit_count")?;
    check_shape(vm, &args, "int", "bit_count", Shape::NoArgs)?;
    Ok(match v {
        Value::Int(i) => Value::Int(i.unsigned_abs().count_ones() as i64),
        _ => {
            let n: u64 = big(&v)
                .magnitude()
                .iter_u64_digits()
                .map(|d| d.count_ones() as u64)
                .sum();
            Value::from_bigint(BigInt::from(n))
        }
    })
}

/// A `byteorder` argument: true for big-endian.
fn byteorder_arg(vm: &Vm, fname: &str, v: Option<&Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(true) };
    match v.as_str().map(|s| s.as_str()) {
        Some("big") => Ok(true),
        Some("little") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "{fname}() argument 'byteorder' must be str, not {t}"
            )))
        }
    }
}

/// The largest result to_bytes will build (CPython would fail to allocate beyond this).
const MAX_BYTES: i64 = 1 << 32;

fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_self(vm, &args, "to_bytes")?;
    let p = parse_kw(
        vm,
        &args,
        "to_bytes",
        &["length", "byteorder", "signed"],
        0,
        2,
    )?;
    let length = match &p[0] {
        Some(l) => ssize_arg(vm, l)?,
        None => 1,
    };
    let big_endian = byteorder_arg(vm, "to_bytes", p[1].as_ref())?;
    let signed = match &p[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    if length > MAX_BYTES {
        return Err(vm.new_exception_args(&vm.types.exc.memory_error, vec![]));
    }
    let n = big(&v);
    if !signed && n.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    // Minimal big-endian representation (empty for zero).
    let mut digits = if n.is_zero() {
        Vec::new()
    } else if signed {
        n.to_signed_bytes_be()
    } else {
        n.magnitude().to_bytes_be()
    };
    if digits.len() as i64 > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    let mut out = vec![fill; length as usize - digits.len()];
    out.append(&mut digits);
    if !big_endian {
        out.reverse();
    }
    Ok(Value::obj(Payload::Bytes(out.into())))
}

fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or_default();
    let p = parse_kw(
        vm,
        &args,
        "from_bytes",
        &["bytes", "byteorder", "signed"],
        1,
        2,
    )?;
    let big_endian = byteorder_arg(vm, "from_bytes", p[1].as_ref())?;
    let signed = match &p[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let data = crate::objects::bytes::bytes_from_object(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let n = match (signed, big_endian) {
        (true, true) => BigInt::from_signed_bytes_be(&data),
        (true, false) => BigInt::from_signed_bytes_le(&data),
        (false, true) => BigInt::from_bytes_be(Sign::Plus, &data),
        (false, false) => BigInt::from_bytes_le(Sign::Plus, &data),
    };
    let value = Value::from_bigint(n);
    match cls.as_obj() {
        Some(c) if !crate::value::ObjRef::ptr_eq(c, &vm.types.int) => {
            vm.call(&cls, Args::new([value]))
        }
        _ => Ok(value),
    }
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_self(vm, &args, "as_integer_ratio")?;
    check_shape(vm, &args, "int", "as_integer_ratio", Shape::NoArgs)?;
    Ok(vm.new_tuple(vec![v, Value::Int(1)]))
}

fn int_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_self(vm, &args, "__getnewargs__")?;
    check_shape(vm, &args, "int", "__getnewargs__", Shape::NoArgs)?;
    Ok(vm.new_tuple(vec![v]))
}

/// A method that returns the exact int value of the receiver.
fn int_identity(vm: &mut Vm, args: &Args, name: &str, shape: Shape) -> PyResult<Value> {
    let v = int_self(vm, args, name)?;
    check_shape(vm, args, "int", name, shape)?;
    Ok(v)
}

fn int_real(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_self(vm, &args, "real")
}
fn int_imag(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_self(vm, &args, "imag").map(|_| Value::Int(0))
}
fn int_denominator(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_self(vm, &args, "denominator").map(|_| Value::Int(1))
}

fn int_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_identity(vm, &args, "conjugate", Shape::NoArgs)
}
fn int_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_identity(vm, &args, "__index__", Shape::Slot(0))
}
fn int_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_identity(vm, &args, "__int__", Shape::Slot(0))
}
fn int_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_identity(vm, &args, "__pos__", Shape::Slot(0))
}
fn int_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_identity(vm, &args, "__trunc__", Shape::NoArgs)
}
fn int_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_identity(vm, &args, "__floor__", Shape::NoArgs)
}
fn int_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_identity(vm, &args, "__ceil__", Shape::NoArgs)
}

fn int_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_self(vm, &args, "__float__")?;
    check_shape(vm, &args, "int", "__float__", Shape::Slot(0))?;
    int::int_to_f64(vm, &v).map(Value::Float)
}

fn int_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_self(vm, &args, "__bool__")?;
    check_shape(vm, &args, "int", "__bool__", Shape::Slot(0))?;
    Ok(Value::Bool(match v {
        Value::Int(i) => i != 0,
        _ => !big(&v).is_zero(),
    }))
}

fn int_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_self(vm, &args, "__abs__")?;
    check_shape(vm, &args, "int", "__abs__", Shape::Slot(0))?;
    Ok(int::int_abs(&v).unwrap_or(v))
}

fn int_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_self(vm, &args, "__neg__")?;
    check_shape(vm, &args, "int", "__neg__", Shape::Slot(0))?;
    Ok(int::int_neg(&v).unwrap_or(v))
}

fn int_invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_self(vm, &args, "__invert__")?;
    check_shape(vm, &args, "int", "__invert__", Shape::Slot(0))?;
    Ok(int::int_invert(&v).unwrap_or(v))
}

fn int_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_self(vm, &args, "__round__")?;
    check_shape(vm, &args, "int", "__round__", Shape::Clinic(0, 1))?;
    let Some(nd) = args.pos.get(1) else {
        return Ok(v);
    };
    let nd = index_bigint(vm, nd)?;
    if !nd.is_negative() {
        return Ok(v);
    }
    let x = big(&v);
    // 10**k exceeds twice |x| once k is past its digit count: the result is 0.
    let digits = (x.bits() as f64 * std::f64::consts::LOG10_2) as u64 + 2;
    let k = match (-nd).to_u64() {
        Some(k) if k <= digits => k,
        _ => return Ok(Value::Int(0)),
    };
    let p = num_traits::pow(BigInt::from(10), k as usize);
    let (q, r) = x.div_mod_floor(&p);
    let twice: BigInt = r * 2;
    let q = match twice.cmp(&p) {
        Ordering::Greater => q + 1,
        Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    Ok(Value::from_bigint(q * p))
}

fn int_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_self(vm, &args, "__format__")?;
    check_shape(vm, &args, "int", "__format__", Shape::One)?;
    let Some(spec) = args.pos[1].as_str().map(|s| s.as_str().to_string()) else {
        let t = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("__format__() argument must be str, not {t}")));
    };
    if spec.is_empty() {
        return vm.str(&args.pos[0]);
    }
    let tn = vm.type_name(&args.pos[0]);
    let s = crate::format::format_int_with_type(&big(&v), &spec, &tn)
        .map_err(|m| format_error(vm, m))?;
    Ok(vm.new_str(s))
}

fn int_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_self(vm, &args, "__repr__")?;
    check_shape(vm, &args, "int", "__repr__", Shape::Slot(0))?;
    let s = match &v {
        Value::Int(i) => i.to_string(),
        _ => vm.bigint_to_string(&big(&v))?,
    };
    Ok(vm.new_str(s))
}

fn int_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_self(vm, &args, "__hash__")?;
    check_shape(vm, &args, "int", "__hash__", Shape::Slot(0))?;
    Ok(Value::Int(match &v {
        Value::Int(i) => numeric::hash_int_i64(*i),
        _ => numeric::hash_bigint(&big(&v)),
    }))
}

/// `int.__op__(self, other)` / `int.__rop__(self, other)`: NotImplemented unless other is an int.
fn int_binary(vm: &mut Vm, args: &Args, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let a = int_self(vm, args, name)?;
    check_shape(vm, args, "int", name, Shape::Slot(1))?;
    let Some(b) = plain_int(&args.pos[1]) else {
        return Ok(vm.not_implemented.clone());
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    match int::int_binop(vm, &x, &y, op) {
        Some(r) => r,
        None => Ok(vm.not_implemented.clone()),
    }
}

macro_rules! int_binops {
    ($($f:ident, $name:literal, $op:ident, $refl:expr;)*) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            int_binary(vm, &args, $name, BinOp::$op, $refl)
        })*
    };
}

int_binops! {
    int_add, "__add__", Add, false;
    int_radd, "__radd__", Add, true;
    int_sub, "__sub__", Subtract, false;
    int_rsub, "__rsub__", Subtract, true;
    int_mul, "__mul__", Multiply, false;
    int_rmul, "__rmul__", Multiply, true;
    int_floordiv, "__floordiv__", FloorDivide, false;
    int_rfloordiv, "__rfloordiv__", FloorDivide, true;
    int_truediv, "__truediv__", TrueDivide, false;
    int_rtruediv, "__rtruediv__", TrueDivide, true;
    int_mod, "__mod__", Remainder, false;
    int_rmod, "__rmod__", Remainder, true;
    int_lshift, "__lshift__", Lshift, false;
    int_rlshift, "__rlshift__", Lshift, true;
    int_rshift, "__rshift__", Rshift, false;
    int_rrshift, "__rrshift__", Rshift, true;
    int_and, "__and__", And, false;
    int_rand, "__rand__", And, true;
    int_or, "__or__", Or, false;
    int_ror, "__ror__", Or, true;
    int_xor, "__xor__", Xor, false;
    int_rxor, "__rxor__", Xor, true;
}

fn int_divmod_values(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<Value> {
    let q = int::int_binop(vm, x, y, BinOp::FloorDivide).unwrap_or(Ok(Value::None))?;
    let r = int::int_binop(vm, x, y, BinOp::Remainder).unwrap_or(Ok(Value::None))?;
    Ok(vm.new_tuple(vec![q, r]))
}

fn int_divmod_impl(vm: &mut Vm, args: &Args, name: &str, reflected: bool) -> PyResult<Value> {
    let a = int_self(vm, args, name)?;
    check_shape(vm, args, "int", name, Shape::Slot(1))?;
    let Some(b) = plain_int(&args.pos[1]) else {
        return Ok(vm.not_implemented.clone());
    };
    if reflected {
        int_divmod_values(vm, &b, &a)
    } else {
        int_divmod_values(vm, &a, &b)
    }
}

fn int_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_divmod_impl(vm, &args, "__divmod__", false)
}
fn int_rdivmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_divmod_impl(vm, &args, "__rdivmod__", true)
}

fn int_pow_impl(vm: &mut Vm, args: &Args, name: &str, reflected: bool) -> PyResult<Value> {
    let a = int_self(vm, args, name)?;
    check_shape(vm, args, "int", name, Shape::SlotRange(1, 2))?;
    let Some(b) = plain_int(&args.pos[1]) else {
        return Ok(vm.not_implemented.clone());
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    match args.pos.get(2) {
        None | Some(Value::None) => match int::int_binop(vm, &x, &y, BinOp::Power) {
            Some(r) => r,
            None => Ok(vm.not_implemented.clone()),
        },
        Some(m) => match plain_int(m) {
            Some(m) => int::int_pow_mod(vm, &big(&x), &big(&y), &big(&m)),
            None => Ok(vm.not_implemented.clone()),
        },
    }
}

fn int_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_pow_impl(vm, &args, "__pow__", false)
}
fn int_rpow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_pow_impl(vm, &args, "__rpow__", true)
}

/// Whether an ordering satisfies a comparison operator.
pub(crate) fn ordering_matches(o: Ordering, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

fn int_compare(vm: &mut Vm, args: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let a = int_self(vm, args, name)?;
    check_shape(vm, args, "int", name, Shape::Slot(1))?;
    let Some(b) = plain_int(&args.pos[1]) else {
        return Ok(vm.not_implemented.clone());
    };
    let o = match (&a, &b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        _ => big(&a).cmp(&big(&b)),
    };
    Ok(Value::Bool(ordering_matches(o, op)))
}

macro_rules! int_compares {
    ($($f:ident, $name:literal, $op:ident;)*) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            int_compare(vm, &args, $name, CmpOp::$op)
        })*
    };
}

int_compares! {
    int_eq, "__eq__", Eq;
    int_ne, "__ne__", Ne;
    int_lt, "__lt__", Lt;
    int_le, "__le__", Le;
    int_gt, "__gt__", Gt;
    int_ge, "__ge__", Ge;
}

// ----- bool methods -----

fn bool_self(vm: &Vm, args: &Args, name: &str) -> PyResult<bool> {
    match args.pos.first() {
        Some(Value::BoolWord(b)) => Ok(*b != 0),
        _ => Err(bad_self(vm, args, "bool", name)),
    }
}

fn bool_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = bool_self(vm, &args, "__repr__")?;
    check_shape(vm, &args, "bool", "__repr__", Shape::Slot(0))?;
    Ok(vm.new_str(if b { "True" } else { "False" }))
}

/// `&`, `|` and `^` of a bool: a bool with a bool, an int with an int.
fn bool_bitop(vm: &mut Vm, args: &Args, name: &str, op: BinOp) -> PyResult<Value> {
    let a = bool_self(vm, args, name)?;
    check_shape(vm, args, "bool", name, Shape::Slot(1))?;
    match &args.pos[1] {
        &Value::BoolWord(b) => {
            let b = b != 0;
            Ok(Value::Bool(match op {
                BinOp::And => a & b,
                BinOp::Or => a | b,
                _ => a ^ b,
            }))
        }
        other => match plain_int(other) {
            Some(y) => int::int_binop(vm, &Value::Int(a as i64), &y, op).unwrap_or(Ok(Value::None)),
            None => Ok(vm.not_implemented.clone()),
        },
    }
}

fn bool_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, &args, "__and__", BinOp::And)
}
fn bool_rand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, &args, "__rand__", BinOp::And)
}
fn bool_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, &args, "__or__", BinOp::Or)
}
fn bool_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, &args, "__ror__", BinOp::Or)
}
fn bool_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, &args, "__xor__", BinOp::Xor)
}
fn bool_rxor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, &args, "__rxor__", BinOp::Xor)
}

// ----- argument checking shared by the int, float and bytes methods -----

pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The arguments after the receiver.
pub(crate) fn rest(args: &Args) -> &[Value] {
    args.pos.get(1..).unwrap_or(&[])
}

/// Whether a method is a slot wrapper in CPython (its messages differ from method descriptors').
fn is_slot(name: &str) -> bool {
    name.len() > 4
        && name.starts_with("__")
        && name.ends_with("__")
        && !matches!(
            name,
            "__round__"
                | "__trunc__"
                | "__floor__"
                | "__ceil__"
                | "__format__"
                | "__getnewargs__"
                | "__sizeof__"
                | "__bytes__"
                | "__alloc__"
                | "__reduce__"
                | "__reduce_ex__"
                | "__getformat__"
        )
}

/// The error for a missing receiver or one of the wrong type.
pub(crate) fn bad_self(vm: &Vm, args: &Args, owner: &str, name: &str) -> PyErr {
    let slot = is_slot(name);
    let msg = match args.pos.first() {
        None if slot => format!("descriptor '{name}' of '{owner}' object needs an argument"),
        None => format!("unbound method {owner}.{name}() needs an argument"),
        Some(v) => {
            let t = vm.type_name(v);
            if slot {
                format!("descriptor '{name}' requires a '{owner}' object but received a '{t}'")
            } else {
                format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{t}' object")
            }
        }
    };
    vm.type_error(msg)
}

/// How a builtin method takes its arguments (each kind has its own CPython messages).
#[derive(Clone, Copy)]
pub(crate) enum Shape {
    /// METH_NOARGS.
    NoArgs,
    /// METH_O.
    One,
    /// Argument Clinic, positional-only: min and max.
    Clinic(usize, usize),
    /// PyArg_ParseTuple style: min and max.
    Old(usize, usize),
    /// A slot wrapper taking exactly n arguments.
    Slot(usize),
    /// A slot wrapper unpacking min..=max arguments (`__pow__`, `__setitem__`).
    SlotRange(usize, usize),
}

/// Checks the arguments after the receiver against a shape.
pub(crate) fn check_shape(
    vm: &Vm,
    args: &Args,
    owner: &str,
    name: &str,
    shape: Shape,
) -> PyResult<()> {
    let n = rest(args).len();
    if !args.kw.is_empty() {
        let msg = match shape {
            Shape::Slot(_) | Shape::SlotRange(..) => {
                format!("wrapper {name}() takes no keyword arguments")
            }
            _ => format!("{owner}.{name}() takes no keyword arguments"),
        };
        return Err(vm.type_error(msg));
    }
    let msg = match shape {
        Shape::NoArgs if n != 0 => format!("{owner}.{name}() takes no arguments ({n} given)"),
        Shape::One if n != 1 => format!("{owner}.{name}() takes exactly one argument ({n} given)"),
        Shape::Clinic(min, max) if min == max && n != min => {
            format!("{name} expected {min} arguments, got {n}")
        }
        Shape::Clinic(min, _) if n < min => format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        ),
        Shape::Clinic(_, max) if n > max => format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        ),
        Shape::Old(min, _) if n < min => format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        ),
        Shape::Old(_, max) if n > max => format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        ),
        Shape::Slot(k) if n != k => format!("expected {k} argument{}, got {n}", plural(k)),
        Shape::SlotRange(min, max) if min == max && n != min => {
            format!(" expected {min} argument{}, got {n}", plural(min))
        }
        Shape::SlotRange(min, _) if n < min => {
            format!(" expected at least {min} argument{}, got {n}", plural(min))
        }
        Shape::SlotRange(_, max) if n > max => {
            format!(" expected at most {max} argument{}, got {n}", plural(max))
        }
        _ => return Ok(()),
    };
    Err(vm.type_error(msg))
}

/// Argument Clinic arguments that may be given by keyword: one slot per parameter, positional
/// parameters first (`required` of them), then keyword-only ones after `max_pos`.
pub(crate) fn parse_kw(
    vm: &Vm,
    args: &Args,
    fname: &str,
    params: &[&str],
    required: usize,
    max_pos: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = rest(args);
    let max = params.len();
    let total = pos.len() + args.kw.len();
    if total > max {
        let kwd = if pos.is_empty() { "keyword " } else { "" };
        return Err(vm.type_error(format!(
            "{fname}() takes at most {max} {kwd}argument{} ({total} given)",
            plural(max)
        )));
    }
    if pos.len() > max_pos {
        let n = pos.len();
        return Err(vm.type_error(if max_pos == 0 {
            format!("{fname}() takes no positional arguments")
        } else {
            let how = if required < max_pos {
                "at most"
            } else {
                "exactly"
            };
            format!(
                "{fname}() takes {how} {max_pos} positional argument{} ({n} given)",
                plural(max_pos)
            )
        }));
    }
    let mut out: Vec<Option<Value>> = vec![None; max];
    for (slot, v) in out.iter_mut().zip(pos.iter()) {
        *slot = Some(v.clone());
    }
    for (k, v) in &args.kw {
        let key = k.as_str().map_or("", |k| k.as_str());
        match params.iter().position(|p| *p == key) {
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {fname}()"
                )))
            }
            Some(i) if i < pos.len() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v.clone()),
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                params[i],
                i + 1
            )));
        }
    }
    Ok(out)
}
