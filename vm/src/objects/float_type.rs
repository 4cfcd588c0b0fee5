//! float as a Python type: constructor and methods.

use crate::numeric;
use crate::objects::function::Args;
use crate::objects::int;
use crate::objects::int_type::{
    bad_self, check_shape, format_error, index_bigint, ordering_matches, plain_int, Shape,
};
use crate::objects::type_type::new_instance;
use crate::value::{Object, Payload, PropertyObj, Value};
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use pyvm_compiler::bytecode::{BinOp, CmpOp};

pub fn init(vm: &mut Vm) {
    let t = vm.types.float.clone();
    vm.add_staticmethod(&t, "__new__", float_new);
    vm.add_method(&t, "is_integer", float_is_integer);
    vm.add_method(&t, "as_integer_ratio", float_as_integer_ratio);
    vm.add_method(&t, "hex", float_hex);
    vm.add_classmethod(&t, "fromhex", float_fromhex);
    vm.add_classmethod(&t, "__getformat__", float_getformat);
    vm.add_method(&t, "conjugate", float_conjugate);
    vm.add_method(&t, "__getnewargs__", float_getnewargs);
    vm.add_method(&t, "__int__", float_int);
    vm.add_method(&t, "__float__", float_float);
    vm.add_method(&t, "__round__", float_round);
    vm.add_method(&t, "__trunc__", float_trunc);
    vm.add_method(&t, "__floor__", float_floor);
    vm.add_method(&t, "__ceil__", float_ceil);
    vm.add_method(&t, "__abs__", float_abs);
    vm.add_method(&t, "__neg__", float_neg);
    vm.add_method(&t, "__pos__", float_pos);
    vm.add_method(&t, "__bool__", float_bool);
    vm.add_method(&t, "__format__", float_format);
    vm.add_method(&t, "__repr__", float_repr);
    vm.add_method(&t, "__hash__", float_hash);
    vm.add_method(&t, "__add__", float_add);
    vm.add_method(&t, "__radd__", float_radd);
    vm.add_method(&t, "__sub__", float_sub);
    vm.add_method(&t, "__rsub__", float_rsub);
    vm.add_method(&t, "__mul__", float_mul);
    vm.add_method(&t, "__rmul__", float_rmul);
    vm.add_method(&t, "__truediv__", float_truediv);
    vm.add_method(&t, "__rtruediv__", float_rtruediv);
    vm.add_method(&t, "__floordiv__", float_floordiv);
    vm.add_method(&t, "__rfloordiv__", float_rfloordiv);
    vm.add_method(&t, "__mod__", float_mod);
    vm.add_method(&t, "__rmod__", float_rmod);
    vm.add_method(&t, "__divmod__", float_divmod);
    vm.add_method(&t, "__rdivmod__", float_rdivmod);
    vm.add_method(&t, "__pow__", float_pow);
    vm.add_method(&t, "__rpow__", float_rpow);
    vm.add_method(&t, "__eq__", float_eq);
    vm.add_method(&t, "__ne__", float_ne);
    vm.add_method(&t, "__lt__", float_lt);
    vm.add_method(&t, "__le__", float_le);
    vm.add_method(&t, "__gt__", float_gt);
    vm.add_method(&t, "__ge__", float_ge);
    add_property(vm, &t, "real", float_real);
    add_property(vm, &t, "imag", float_imag);
}

/// A read-only attribute computed by a native getter (CPython's getset descriptors).
pub(crate) fn add_property(
    vm: &mut Vm,
    class: &crate::value::ObjRef,
    name: &'static str,
    getter: crate::objects::function::NativeFn,
) {
    let mut f = crate::objects::function::native(name, getter);
    f.owner = Value::Obj(class.clone());
    let prop = PropertyObj {
        fget: Value::obj(Payload::NativeFunction(f)),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    };
    let key = vm.intern(name);
    vm.class_set_attr(class, key, Value::obj(Payload::Property(prop)));
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    let cls = args.pos.first().cloned().unwrap_or_default();
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "float expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let value = match args.pos.get(1) {
        None => Value::Float(0.0),
        Some(x) => Value::Float(float_from_value(vm, x)?),
    };
    match cls.as_obj() {
        Some(c) if !crate::value::ObjRef::ptr_eq(c, &vm.types.float) => {
            Ok(new_instance(vm, c, value))
        }
        _ => Ok(value),
    }
}

/// float(x) (CPython's PyNumber_Float).
pub fn float_from_value(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::FloatBits(f) => return Ok(f64::from_bits(*f)),
        Value::Int(i) => return Ok(*i as f64),
        Value::BoolWord(b) => return Ok(*b as f64),
        _ => {}
    }
    if let Some(Object::BigInt(_)) = x.as_object() {
        return int::int_to_f64(vm, x);
    }
    // User-defined conversions come first, also on subclasses of str, bytes, int and float.
    if let Some(r) = vm.call_special_opt(x, "__float__", vec![])? {
        return match float_of(&r) {
            Some(f) => Ok(f),
            None => {
                let (t, rt) = (vm.type_name(x), vm.type_name(&r));
                Err(vm.type_error(format!("{t}.__float__ returned non-float (type {rt})")))
            }
        };
    }
    if let Some(r) = vm.call_special_opt(x, "__index__", vec![])? {
        return match plain_int(&r) {
            Some(i) => int::int_to_f64(vm, &i),
            None => {
                let t = vm.type_name(&r);
                Err(vm.type_error(format!("__index__ returned non-int (type {t})")))
            }
        };
    }
    if let Some(f) = float_of(x) {
        return Ok(f);
    }
    if let Some(i) = plain_int(x) {
        return int::int_to_f64(vm, &i);
    }
    if let Some(s) = x.as_str() {
        let text = s.as_str().to_string();
        return numeric::parse_float(&text).map_err(|m| vm.value_error(m));
    }
    if let Some(b) = vm.bytes_like(x) {
        let parsed = std::str::from_utf8(&b).ok().map(numeric::parse_float);
        return match parsed {
            Some(Ok(f)) => Ok(f),
            _ => {
                let r = vm.repr(x)?;
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        };
    }
    let t = vm.type_name(x);
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{t}'"
    )))
}

/// A real number's value as a double (CPython's PyFloat_AsDouble): floats, ints, `__float__`,
/// `__index__`; no strings. TypeError "must be real number, not T" otherwise.
pub fn as_double(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::FloatBits(f) => return Ok(f64::from_bits(*f)),
        Value::Int(i) => return Ok(*i as f64),
        Value::BoolWord(b) => return Ok(*b as f64),
        _ => {}
    }
    if let Some(Object::BigInt(_)) = x.as_object() {
        return int::int_to_f64(vm, x);
    }
    let class = vm.type_of(x);
    if vm.class_lookup_str(&class, "__float__").is_some() {
        return float_from_value(vm, x);
    }
    if let Some(f) = float_of(x) {
        return Ok(f);
    }
    if let Some(i) = plain_int(x) {
        return int::int_to_f64(vm, &i);
    }
    if vm.class_lookup_str(&class, "__index__").is_some() {
        return float_from_value(vm, x);
    }
    let t = vm.type_name(x);
    Err(vm.type_error(format!("must be real number, not {t}")))
}

// ----- receivers and operands -----

/// The float value of a float or float subclass instance.
pub fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::FloatBits(f) => Some(f64::from_bits(*f)),
        Value::Obj(o) => match o.view() {
            Object::Instance(i) => match i.base_value() {
                Some(v @ Value::FloatBits(_)) => v.as_f64(),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

fn float_self(vm: &Vm, args: &Args, name: &str) -> PyResult<f64> {
    match args.pos.first().and_then(float_of) {
        Some(f) => Ok(f),
        None => Err(bad_self(vm, args, "float", name)),
    }
}

/// The other operand of a float operator: a float or an int; None for NotImplemented.
fn float_operand(vm: &Vm, v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = float_of(v) {
        return Ok(Some(f));
    }
    match plain_int(v) {
        Some(i) => int::int_to_f64(vm, &i).map(Some),
        None => Ok(None),
    }
}

/// int(x) for a finite float; CPython's errors for NaN and infinities.
fn float_to_int(vm: &Vm, x: f64) -> PyResult<Value> {
    match numeric::float_to_bigint(x) {
        Some(b) => Ok(Value::from_bigint(b)),
        None if x.is_nan() => Err(vm.value_error("cannot convert float NaN to integer")),
        None => Err(vm.overflow_error("cannot convert float infinity to integer")),
    }
}

// ----- methods -----

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float_self(vm, &args, "is_integer")?;
    check_shape(vm, &args, "float", "is_integer", Shape::NoArgs)?;
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

/// `(m, e)` with `|x| == m * 2**e` and m odd (or zero), for a finite x.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.abs().to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    if m != 0 {
        let tz = m.trailing_zeros();
        m >>= tz;
        e += tz as i64;
    }
    (m, e)
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float_self(vm, &args, "as_integer_ratio")?;
    check_shape(vm, &args, "float", "as_integer_ratio", Shape::NoArgs)?;
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (m, e) = decompose(x);
    if m == 0 {
        return Ok(vm.new_tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    let mut num = BigInt::from(m);
    if x < 0.0 {
        num = -num;
    }
    let (num, den) = if e >= 0 {
        (num << e as usize, BigInt::from(1))
    } else {
        (num, BigInt::from(1) << (-e) as usize)
    };
    Ok(vm.new_tuple(vec![Value::from_bigint(num), Value::from_bigint(den)]))
}

/// CPython's float.hex(): `[-]0x1.<13 hex digits>p<exp>`, `0x0.<digits>p-1022` when subnormal.
pub(crate) fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.abs().to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    let esign = if exp < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", exp.unsigned_abs())
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float_self(vm, &args, "hex")?;
    check_shape(vm, &args, "float", "hex", Shape::NoArgs)?;
    Ok(vm.new_str(float_to_hex(x)))
}

/// `x * 2**k`, exact whenever the result is representable.
fn ldexp(mut x: f64, mut k: i64) -> f64 {
    let step = f64::from_bits(((1000 + 1023) as u64) << 52);
    let step_down = f64::from_bits(((-1000i64 + 1023) as u64) << 52);
    while k > 1000 {
        x *= step;
        k -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while k < -1000 {
        x *= step_down;
        k += 1000;
        if x == 0.0 {
            return x;
        }
    }
    x * f64::from_bits(((k + 1023) as u64) << 52)
}

/// Parses CPython's hexadecimal float syntax. Err(true) for overflow, Err(false) when invalid.
pub(crate) fn parse_hex_float(text: &str) -> Result<f64, bool> {
    let s = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = s.to_ascii_lowercase();
    let signed = |v: f64| if neg { -v } else { v };
    if lower == "inf" || lower == "infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(signed(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa, exponent) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match mantissa.find('.') {
        Some(i) => (&mantissa[..i], &mantissa[i + 1..]),
        None => (mantissa, ""),
    };
    let is_hex = |p: &str| p.bytes().all(|c| c.is_ascii_hexdigit());
    if int_part.len() + frac_part.len() == 0 || !is_hex(int_part) || !is_hex(frac_part) {
        return Err(false);
    }
    let mut exp: i64 = 0;
    if let Some(e) = exponent {
        let (eneg, digits) = match e.as_bytes().first() {
            Some(b'-') => (true, &e[1..]),
            Some(b'+') => (false, &e[1..]),
            _ => (false, e),
        };
        if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
            return Err(false);
        }
        for c in digits.bytes() {
            exp = exp.saturating_mul(10).saturating_add((c - b'0') as i64);
        }
        exp = exp.min(1 << 40);
        if eneg {
            exp = -exp;
        }
    }
    let digits: String = format!("{int_part}{frac_part}");
    let digits = digits.trim_start_matches('0');
    if digits.is_empty() {
        return Ok(signed(0.0));
    }
    let m = num_bigint::BigUint::parse_bytes(digits.as_bytes(), 16).ok_or(false)?;
    // value = m * 2**k
    let k = exp - 4 * frac_part.len() as i64;
    let nbits = m.bits() as i64;
    let top = nbits - 1 + k;
    if top > 1024 {
        return Err(true);
    }
    if top < -1080 {
        return Ok(signed(0.0));
    }
    let prec = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let shift = nbits - prec;
    let (q, scale) = if shift > 0 {
        let shift = shift as u64;
        let high = &m >> shift;
        let mut q = high.to_u64().unwrap_or(0);
        let rem = &m - (high << shift);
        let half = num_bigint::BigUint::from(1u8) << (shift - 1);
        if rem > half || (rem == half && q & 1 == 1) {
            q += 1;
        }
        (q, k + shift as i64)
    } else {
        (m.to_u64().unwrap_or(0), k)
    };
    let r = ldexp(q as f64, scale);
    if r.is_infinite() {
        return Err(true);
    }
    Ok(signed(r))
}

fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or_default();
    check_shape(vm, &args, "float", "fromhex", Shape::One)?;
    let Some(text) = args.pos[1].as_str().map(|s| s.as_str().to_string()) else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let x = match parse_hex_float(&text) {
        Ok(x) => x,
        Err(true) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"))
        }
        Err(false) => return Err(vm.value_error("invalid hexadecimal floating-point string")),
    };
    match cls.as_obj() {
        Some(c) if !crate::value::ObjRef::ptr_eq(c, &vm.types.float) => {
            vm.call(&cls, Args::new([Value::Float(x)]))
        }
        _ => Ok(Value::Float(x)),
    }
}

fn float_getformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_shape(vm, &args, "float", "__getformat__", Shape::One)?;
    match args.pos[1].as_str().map(|s| s.as_str()) {
        Some("double" | "float") => Ok(vm.new_str("IEEE, little-endian")),
        Some(_) => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => {
            let t = vm.type_name(&args.pos[1]);
            Err(vm.type_error(format!("__getformat__() argument must be str, not {t}")))
        }
    }
}

fn float_real(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_self(vm, &args, "real").map(Value::Float)
}

fn float_imag(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_self(vm, &args, "imag")?;
    Ok(Value::Float(0.0))
}

/// A method that returns the receiver as an exact float.
fn float_identity(vm: &mut Vm, args: &Args, name: &str, shape: Shape) -> PyResult<Value> {
    let x = float_self(vm, args, name)?;
    check_shape(vm, args, "float", name, shape)?;
    Ok(Value::Float(x))
}

fn float_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_identity(vm, &args, "conjugate", Shape::NoArgs)
}
fn float_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_identity(vm, &args, "__float__", Shape::Slot(0))
}
fn float_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_identity(vm, &args, "__pos__", Shape::Slot(0))
}

fn float_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float_self(vm, &args, "__getnewargs__")?;
    check_shape(vm, &args, "float", "__getnewargs__", Shape::NoArgs)?;
    Ok(vm.new_tuple(vec![Value::Float(x)]))
}

fn float_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float_self(vm, &args, "__neg__")?;
    check_shape(vm, &args, "float", "__neg__", Shape::Slot(0))?;
    Ok(Value::Float(-x))
}

fn float_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float_self(vm, &args, "__abs__")?;
    check_shape(vm, &args, "float", "__abs__", Shape::Slot(0))?;
    Ok(Value::Float(x.abs()))
}

fn float_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float_self(vm, &args, "__bool__")?;
    check_shape(vm, &args, "float", "__bool__", Shape::Slot(0))?;
    Ok(Value::Bool(x != 0.0))
}

fn float_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float_self(vm, &args, "__int__")?;
    check_shape(vm, &args, "float", "__int__", Shape::Slot(0))?;
    float_to_int(vm, x)
}

fn float_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float_self(vm, &args, "__trunc__")?;
    check_shape(vm, &args, "float", "__trunc__", Shape::NoArgs)?;
    float_to_int(vm, x)
}

fn float_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float_self(vm, &args, "__floor__")?;
    check_shape(vm, &args, "float", "__floor__", Shape::NoArgs)?;
    float_to_int(vm, x.floor())
}

fn float_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float_self(vm, &args, "__ceil__")?;
    check_shape(vm, &args, "float", "__ceil__", Shape::NoArgs)?;
    float_to_int(vm, x.ceil())
}

fn float_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float_self(vm, &args, "__round__")?;
    check_shape(vm, &args, "float", "__round__", Shape::Clinic(0, 1))?;
    match args.pos.get(1) {
        None | Some(Value::None) => numeric::float_round_to_int(x)
            .map(Value::from_bigint)
            .map_err(|m| {
                if x.is_nan() {
                    vm.value_error(m)
                } else {
                    vm.overflow_error(m)
                }
            }),
        Some(nd) => {
            let nd = index_bigint(vm, nd)?;
            let n = nd
                .to_i64()
                .unwrap_or(if nd.is_negative() { i64::MIN } else { i64::MAX });
            let r = numeric::float_round(x, n);
            if r.is_infinite() && x.is_finite() {
                return Err(vm.overflow_error("rounded value too large to represent"));
            }
            Ok(Value::Float(r))
        }
    }
}

fn float_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float_self(vm, &args, "__format__")?;
    check_shape(vm, &args, "float", "__format__", Shape::One)?;
    let Some(spec) = args.pos[1].as_str().map(|s| s.as_str().to_string()) else {
        let t = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("__format__() argument must be str, not {t}")));
    };
    if spec.is_empty() {
        return vm.str(&args.pos[0]);
    }
    let tn = vm.type_name(&args.pos[0]);
    let s =
        crate::format::format_float_with_type(x, &spec, &tn).map_err(|m| format_error(vm, m))?;
    Ok(vm.new_str(s))
}

fn float_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float_self(vm, &args, "__repr__")?;
    check_shape(vm, &args, "float", "__repr__", Shape::Slot(0))?;
    Ok(vm.new_str(numeric::float_repr(x)))
}

fn float_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float_self(vm, &args, "__hash__")?;
    check_shape(vm, &args, "float", "__hash__", Shape::Slot(0))?;
    Ok(Value::Int(numeric::hash_float(x)))
}

/// `float.__op__(self, other)` / `float.__rop__`: NotImplemented unless other is a float or int.
fn float_binary(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let a = float_self(vm, args, name)?;
    check_shape(vm, args, "float", name, Shape::Slot(1))?;
    let Some(b) = float_operand(vm, &args.pos[1])? else {
        return Ok(vm.not_implemented.clone());
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    match crate::objects::float::float_binop(vm, x, y, op) {
        Some(r) => r,
        None => Ok(vm.not_implemented.clone()),
    }
}

macro_rules! float_binops {
    ($($f:ident, $name:literal, $op:ident, $refl:expr;)*) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            float_binary(vm, &args, $name, BinOp::$op, $refl)
        })*
    };
}

float_binops! {
    float_add, "__add__", Add, false;
    float_radd, "__radd__", Add, true;
    float_sub, "__sub__", Subtract, false;
    float_rsub, "__rsub__", Subtract, true;
    float_mul, "__mul__", Multiply, false;
    float_rmul, "__rmul__", Multiply, true;
    float_truediv, "__truediv__", TrueDivide, false;
    float_rtruediv, "__rtruediv__", TrueDivide, true;
    float_floordiv, "__floordiv__", FloorDivide, false;
    float_rfloordiv, "__rfloordiv__", FloorDivide, true;
    float_mod, "__mod__", Remainder, false;
    float_rmod, "__rmod__", Remainder, true;
}

fn float_divmod_impl(vm: &mut Vm, args: &Args, name: &str, reflected: bool) -> PyResult<Value> {
    let a = float_self(vm, args, name)?;
    check_shape(vm, args, "float", name, Shape::Slot(1))?;
    let Some(b) = float_operand(vm, &args.pos[1])? else {
        return Ok(vm.not_implemented.clone());
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    if y == 0.0 {
        return Err(vm.zero_division_error("float divmod()"));
    }
    let (q, r) = numeric::float_floor_div_mod(x, y);
    Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]))
}

fn float_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_divmod_impl(vm, &args, "__divmod__", false)
}
fn float_rdivmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_divmod_impl(vm, &args, "__rdivmod__", true)
}

fn float_pow_impl(vm: &mut Vm, args: &Args, name: &str, reflected: bool) -> PyResult<Value> {
    let a = float_self(vm, args, name)?;
    check_shape(vm, args, "float", name, Shape::SlotRange(1, 2))?;
    if args.pos.get(2).is_some_and(|m| !m.is_none()) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let Some(b) = float_operand(vm, &args.pos[1])? else {
        return Ok(vm.not_implemented.clone());
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    crate::objects::float::float_pow_value(vm, x, y)
}

fn float_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_pow_impl(vm, &args, "__pow__", false)
}
fn float_rpow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_pow_impl(vm, &args, "__rpow__", true)
}

fn float_compare(vm: &mut Vm, args: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let a = float_self(vm, args, name)?;
    check_shape(vm, args, "float", name, Shape::Slot(1))?;
    let other = &args.pos[1];
    let b = match float_of(other) {
        Some(f) => Value::Float(f),
        None => match plain_int(other) {
            Some(i) => i,
            None => return Ok(vm.not_implemented.clone()),
        },
    };
    Ok(Value::Bool(
        match crate::protocols::compare::compare_numbers(&Value::Float(a), &b) {
            Some(o) => ordering_matches(o, op),
            None => op == CmpOp::Ne,
        },
    ))
}

macro_rules! float_compares {
    ($($f:ident, $name:literal, $op:ident;)*) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            float_compare(vm, &args, $name, CmpOp::$op)
        })*
    };
}

float_compares! {
    float_eq, "__eq__", Eq;
    float_ne, "__ne__", Ne;
    float_lt, "__lt__", Lt;
    float_le, "__le__", Le;
    float_gt, "__gt__", Gt;
    float_ge, "__ge__", Ge;
}
