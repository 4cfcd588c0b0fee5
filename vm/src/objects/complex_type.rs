//! complex: two IEEE doubles on the heap; CPython 3.11's arithmetic (Smith's division, integer
//! powers by repeated squaring), comparisons, hash, repr, format and constructor.

use crate::objects::float_type::{add_property, float_of};
use crate::objects::function::Args;
use crate::objects::int;
use crate::objects::int_type::{bad_self, check_shape, format_error, plain_int, Shape};
use crate::objects::type_type::new_instance;
use crate::value::{ObjRef, Object, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};
use pyvm_compiler::bytecode::{BinOp, CmpOp};

/// The payload of a complex object.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ComplexObj {
    pub re: f64,
    pub im: f64,
}

/// A new exact complex value.
pub fn new_complex(re: f64, im: f64) -> Value {
    Value::obj(Payload::Complex(ComplexObj { re, im }))
}

/// The parts of a complex or complex subclass instance.
pub fn complex_of(v: &Value) -> Option<(f64, f64)> {
    let Value::Obj(o) = v else {
        return None;
    };
    match o.view() {
        Object::Complex(c) => Some((c.re, c.im)),
        Object::Instance(i) => match i.base_value()?.as_object()? {
            Object::Complex(c) => Some((c.re, c.im)),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` is an exact complex (not a subclass instance).
pub fn is_exact_complex(v: &Value) -> bool {
    matches!(v.as_object(), Some(Object::Complex(_)))
}

/// The operand of a complex operator: complex, float or int (CPython's TO_COMPLEX); None when
/// the operator must return NotImplemented. Ints beyond float range raise OverflowError.
pub fn complex_operand(vm: &Vm, v: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(c) = complex_of(v) {
        return Ok(Some(c));
    }
    if let Some(f) = float_of(v) {
        return Ok(Some((f, 0.0)));
    }
    match plain_int(v) {
        Some(i) => Ok(Some((int::int_to_f64(vm, &i)?, 0.0))),
        None => Ok(None),
    }
}

// ----- the arithmetic of CPython's complexobject.c -----

pub type C = (f64, f64);

/// What `errno` would say after a complex operation.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum CErr {
    /// Division by zero, or 0 to a negative or complex power (EDOM).
    Domain,
    /// An infinite result from finite operands (ERANGE).
    Range,
}

pub fn c_sum(a: C, b: C) -> C {
    (a.0 + b.0, a.1 + b.1)
}

pub fn c_diff(a: C, b: C) -> C {
    (a.0 - b.0, a.1 - b.1)
}

pub fn c_prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Smith's algorithm: scales by the larger part of the divisor, so that intermediate results
/// overflow only when the quotient does.
pub fn c_quot(a: C, b: C) -> Result<C, CErr> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(CErr::Domain);
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // A NaN in the divisor.
        Ok((f64::NAN, f64::NAN))
    }
}

/// The general power through polar form.
fn c_pow_polar(a: C, b: C) -> Result<C, CErr> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(CErr::Domain);
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    // libm's cos and sin of an infinity report a domain error through errno.
    if phase.is_infinite() {
        return Err(CErr::Domain);
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

fn c_powu(x: C, n: u64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

fn c_powi(x: C, n: i64) -> Result<C, CErr> {
    if n > 0 {
        Ok(c_powu(x, n as u64))
    } else {
        c_quot((1.0, 0.0), c_powu(x, n.unsigned_abs()))
    }
}

/// `a ** b` as CPython's complex_pow: small integral exponents by repeated multiplication.
pub fn c_pow(a: C, b: C) -> Result<C, CErr> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        c_powi(a, b.0 as i64)?
    } else {
        c_pow_polar(a, b)?
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(CErr::Range);
    }
    Ok(r)
}

/// abs(z): hypot, with infinities winning over NaNs.
pub fn c_abs(z: C) -> Result<f64, CErr> {
    if !z.0.is_finite() || !z.1.is_finite() {
        if z.0.is_infinite() {
            return Ok(z.0.abs());
        }
        if z.1.is_infinite() {
            return Ok(z.1.abs());
        }
        return Ok(f64::NAN);
    }
    let r = z.0.hypot(z.1);
    if r.is_finite() {
        Ok(r)
    } else {
        Err(CErr::Range)
    }
}

fn pow_error(vm: &Vm, e: CErr) -> PyErr {
    match e {
        CErr::Domain => vm.zero_division_error("0.0 to a negative or complex power"),
        CErr::Range => vm.overflow_error("complex exponentiation"),
    }
}

/// A binary operator on two complex operands; None for operators complex does not have.
pub fn complex_binop(vm: &Vm, a: C, b: C, op: BinOp) -> Option<PyResult<Value>> {
    let r = match op {
        BinOp::Add => Ok(c_sum(a, b)),
        BinOp::Subtract => Ok(c_diff(a, b)),
        BinOp::Multiply => Ok(c_prod(a, b)),
        BinOp::TrueDivide => {
            c_quot(a, b).map_err(|_| vm.zero_division_error("complex division by zero"))
        }
        BinOp::Power => c_pow(a, b).map_err(|e| pow_error(vm, e)),
        _ => return None,
    };
    Some(r.map(|(re, im)| new_complex(re, im)))
}

/// `abs(z)` as a Python value.
pub fn complex_abs_value(vm: &Vm, z: C) -> PyResult<Value> {
    c_abs(z)
        .map(Value::Float)
        .map_err(|_| vm.overflow_error("absolute value too large"))
}

/// `z == other` for a number `other`; None when `other` is not a number (NotImplemented).
pub fn complex_eq(z: C, other: &Value) -> Option<bool> {
    if let Some(w) = complex_of(other) {
        return Some(z == w);
    }
    if let Some(f) = float_of(other) {
        return Some(z.0 == f && z.1 == 0.0);
    }
    let i = plain_int(other)?;
    if z.1 != 0.0 {
        return Some(false);
    }
    // Exact, as float == int.
    Some(
        crate::protocols::compare::compare_numbers(&Value::Float(z.0), &i)
            == Some(std::cmp::Ordering::Equal),
    )
}

/// CPython's complex hash: hash(real) + 1000003 * hash(imag), so that hash(complex(x, 0)) ==
/// hash(x).
pub fn complex_hash(z: C) -> i64 {
    let hr = crate::numeric::hash_float(z.0);
    let hi = crate::numeric::hash_float(z.1);
    let h = hr.wrapping_add(hi.wrapping_mul(1000003));
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A part of a complex repr: float repr digits without the `.0` that float's repr adds.
fn repr_part(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    let s = crate::numeric::float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

/// repr(z): `2j` when the real part is +0.0, else `(re±imj)`.
pub fn complex_repr(z: C) -> String {
    let im = repr_part(z.1);
    if z.0 == 0.0 && z.0.is_sign_positive() {
        return format!("{im}j");
    }
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im}j)", repr_part(z.0))
}

// ----- parsing -----

/// The longest prefix of `s` that is a float literal (as C's strtod for Python's syntax:
/// digits with an optional point and exponent, or inf, infinity, nan), and its length.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let neg = s.first() == Some(&b'-');
    let rest = &s[i..];
    let lower: Vec<u8> = rest
        .iter()
        .take(8)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let signed = |v: f64| if neg { -v } else { v };
    if lower.starts_with(b"infinity") {
        return Some((signed(f64::INFINITY), i + 8));
    }
    if lower.starts_with(b"inf") {
        return Some((signed(f64::INFINITY), i + 3));
    }
    if lower.starts_with(b"nan") {
        return Some((signed(f64::NAN), i + 3));
    }
    let start = i;
    let digits = |s: &[u8], mut j: usize| {
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    let int_end = digits(s, i);
    let mut end = int_end;
    let mut frac_digits = 0;
    if s.get(end) == Some(&b'.') {
        let f_end = digits(s, end + 1);
        frac_digits = f_end - end - 1;
        end = f_end;
    }
    if int_end == start && frac_digits == 0 {
        return None;
    }
    if matches!(s.get(end), Some(b'e' | b'E')) {
        let mut j = end + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let e_end = digits(s, j);
        if e_end > j {
            end = e_end;
        }
    }
    let text = std::str::from_utf8(&s[..end]).ok()?;
    text.parse::<f64>().ok().map(|v| (v, end))
}

/// Parses complex()'s string forms: `<float>`, `<float>j`, `<float><signed float>j`, `j`,
/// `<sign>j`, `<float><sign>j`, optionally in parentheses, with surrounding whitespace.
pub fn parse_complex(text: &[u8]) -> Option<C> {
    let space =
        |c: Option<&u8>| matches!(c, Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c'));
    let mut s = 0;
    while space(text.get(s)) {
        s += 1;
    }
    let bracket = text.get(s) == Some(&b'(');
    if bracket {
        s += 1;
        while space(text.get(s)) {
            s += 1;
        }
    }
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let (mut x, mut y) = (0.0, 0.0);
    match float_prefix(&text[s..]) {
        Some((z, n)) => {
            s += n;
            match text.get(s) {
                Some(b'+' | b'-') => {
                    x = z;
                    match float_prefix(&text[s..]) {
                        Some((w, m)) => {
                            y = w;
                            s += m;
                        }
                        None => {
                            y = if text[s] == b'+' { 1.0 } else { -1.0 };
                            s += 1;
                        }
                    }
                    if !is_j(text.get(s)) {
                        return None;
                    }
                    s += 1;
                }
                c if is_j(c) => {
                    s += 1;
                    y = z;
                }
                _ => x = z,
            }
        }
        None => {
            match text.get(s) {
                Some(b'+') => {
                    y = 1.0;
                    s += 1;
                }
                Some(b'-') => {
                    y = -1.0;
                    s += 1;
                }
                _ => y = 1.0,
            }
            if !is_j(text.get(s)) {
                return None;
            }
            s += 1;
        }
    }
    while space(text.get(s)) {
        s += 1;
    }
    if bracket {
        if text.get(s) != Some(&b')') {
            return None;
        }
        s += 1;
        while space(text.get(s)) {
            s += 1;
        }
    }
    (s == text.len()).then_some((x, y))
}

/// Removes underscores placed between digits (as in numeric literals); None when one is
/// misplaced.
fn strip_underscores(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    for (i, &c) in s.iter().enumerate() {
        if c == b'_' {
            let before = i > 0 && s[i - 1].is_ascii_digit();
            let after = s.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !before || !after {
                return None;
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// complex(str).
fn complex_from_str(vm: &mut Vm, v: &Value, text: &str) -> PyResult<C> {
    // Unicode digits and spaces count as their ASCII forms; anything else non-ASCII is an error.
    let mut ascii = Vec::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            ascii.push(c as u8);
        } else if let Some(d) = crate::numeric::char_decimal_value(c) {
            ascii.push(b'0' + d as u8);
        } else if crate::numeric::char_is_space(c) {
            ascii.push(b' ');
        } else {
            ascii.push(0);
        }
    }
    let malformed = || "complex() arg is a malformed string";
    if ascii.contains(&b'_') {
        match strip_underscores(&ascii) {
            Some(s) => ascii = s,
            None => {
                let r = vm.repr(v)?;
                return Err(vm.value_error(format!("could not convert string to complex: {r}")));
            }
        }
    }
    parse_complex(&ascii).ok_or_else(|| vm.value_error(malformed()))
}

// ----- the constructor -----

/// `x.__complex__()` if x's class defines it: CPython's try_complex_special_method.
fn call_dunder_complex(vm: &mut Vm, x: &Value) -> PyResult<Option<C>> {
    if is_exact_complex(x) {
        return Ok(None);
    }
    let r = match vm.call_special_opt(x, "__complex__", vec![])? {
        Some(r) => r,
        None => return Ok(None),
    };
    match complex_of(&r) {
        Some(c) => Ok(Some(c)),
        None => {
            let t = vm.type_name(&r);
            Err(vm.type_error(format!("__complex__ returned non-complex (type {t})")))
        }
    }
}

/// Whether a class has a numeric conversion (CPython: nb_float or nb_index is set).
fn is_number(vm: &mut Vm, x: &Value) -> bool {
    if complex_of(x).is_some() || float_of(x).is_some() || plain_int(x).is_some() {
        return true;
    }
    let class = vm.type_of(x);
    vm.class_lookup_str(&class, "__float__").is_some()
        || vm.class_lookup_str(&class, "__index__").is_some()
}

/// The argument `(real, imag)` of complex(), by position or keyword.
fn new_args(vm: &Vm, args: &Args) -> PyResult<(Option<Value>, Option<Value>)> {
    let pos = &args.pos[1..];
    let total = pos.len() + args.kw.len();
    if total > 2 {
        let kw = if pos.is_empty() { "keyword " } else { "" };
        return Err(vm.type_error(format!(
            "complex() takes at most 2 {kw}arguments ({total} given)"
        )));
    }
    let mut slots = [pos.first().cloned(), pos.get(1).cloned()];
    for (k, v) in &args.kw {
        let key = k.as_str().map_or("", |s| s.as_str());
        let i = match key {
            "real" => 0,
            "imag" => 1,
            _ => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for complex()"
                )))
            }
        };
        if slots[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for complex() given by name ('{key}') and position ({})",
                i + 1
            )));
        }
        slots[i] = Some(v.clone());
    }
    let [r, i] = slots;
    Ok((r, i))
}

fn complex_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args.pos.first().and_then(|c| c.as_obj().cloned()) else {
        return Err(vm.type_error("complex.__new__(): not enough arguments"));
    };
    let exact = ObjRef::ptr_eq(&cls, &vm.types.complex);
    if !exact && !crate::vm::is_subclass(&cls, &vm.types.complex) {
        let n = crate::vm::class_name(&cls);
        return Err(vm.type_error(format!(
            "complex.__new__({n}): {n} is not a subtype of complex"
        )));
    }
    let (r, i) = new_args(vm, &args)?;
    let z = complex_from_args(vm, r, i, exact)?;
    let z = match z {
        Ok(v) => return Ok(v),
        Err(z) => z,
    };
    let v = new_complex(z.0, z.1);
    if exact {
        Ok(v)
    } else {
        Ok(new_instance(vm, &cls, v))
    }
}

/// complex(r, i): Ok(value) when the argument itself is the answer, else Err(parts).
fn complex_from_args(
    vm: &mut Vm,
    r: Option<Value>,
    i: Option<Value>,
    exact: bool,
) -> PyResult<Result<Value, C>> {
    let r = r.unwrap_or(Value::Int(0));
    if exact && i.is_none() && is_exact_complex(&r) {
        return Ok(Ok(r));
    }
    if let Some(s) = r.as_str() {
        if i.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        let text = s.as_str().to_string();
        return complex_from_str(vm, &r, &text).map(Err);
    }
    if i.as_ref().is_some_and(|i| i.as_str().is_some()) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let special = call_dunder_complex(vm, &r)?;
    if special.is_none() && !is_number(vm, &r) {
        let t = vm.type_name(&r);
        return Err(vm.type_error(format!(
            "complex() first argument must be a string or a number, not '{t}'"
        )));
    }
    if let Some(iv) = &i {
        if !is_number(vm, iv) {
            let t = vm.type_name(iv);
            return Err(vm.type_error(format!(
                "complex() second argument must be a number, not '{t}'"
            )));
        }
    }
    let (cr, cr_complex) = match special.or_else(|| complex_of(&r)) {
        Some(c) => (c, true),
        None => (
            (crate::objects::float_type::float_from_value(vm, &r)?, 0.0),
            false,
        ),
    };
    let mut re = cr.0;
    let im = match &i {
        None => cr.1,
        Some(iv) => {
            let mut im = match complex_of(iv) {
                Some(ci) => {
                    re -= ci.1;
                    ci.0
                }
                None => crate::objects::float_type::float_from_value(vm, iv)?,
            };
            if cr_complex {
                im += cr.1;
            }
            im
        }
    };
    Ok(Err((re, im)))
}

/// The parts of any value complex() accepts as a number (CPython's PyComplex_AsCComplex): a
/// complex, `__complex__`, else a real number (`__float__`, `__index__`); TypeError otherwise.
pub fn complex_from_value(vm: &mut Vm, x: &Value) -> PyResult<C> {
    if let Some(c) = complex_of(x) {
        if is_exact_complex(x) {
            return Ok(c);
        }
    }
    if let Some(c) = call_dunder_complex(vm, x)? {
        return Ok(c);
    }
    if let Some(c) = complex_of(x) {
        return Ok(c);
    }
    Ok((crate::objects::float_type::as_double(vm, x)?, 0.0))
}

// ----- methods -----

pub fn init(vm: &mut Vm) {
    let t = vm.types.complex.clone();
    vm.add_staticmethod(&t, "__new__", complex_new);
    vm.add_method(&t, "conjugate", complex_conjugate);
    vm.add_method(&t, "__complex__", complex_complex);
    vm.add_method(&t, "__getnewargs__", complex_getnewargs);
    vm.add_method(&t, "__format__", complex_format);
    vm.add_method(&t, "__repr__", complex_repr_method);
    vm.add_method(&t, "__hash__", complex_hash_method);
    vm.add_method(&t, "__bool__", complex_bool);
    vm.add_method(&t, "__neg__", complex_neg);
    vm.add_method(&t, "__pos__", complex_pos);
    vm.add_method(&t, "__abs__", complex_abs);
    vm.add_method(&t, "__add__", complex_add);
    vm.add_method(&t, "__radd__", complex_radd);
    vm.add_method(&t, "__sub__", complex_sub);
    vm.add_method(&t, "__rsub__", complex_rsub);
    vm.add_method(&t, "__mul__", complex_mul);
    vm.add_method(&t, "__rmul__", complex_rmul);
    vm.add_method(&t, "__truediv__", complex_truediv);
    vm.add_method(&t, "__rtruediv__", complex_rtruediv);
    vm.add_method(&t, "__pow__", complex_pow);
    vm.add_method(&t, "__rpow__", complex_rpow);
    vm.add_method(&t, "__eq__", complex_eq_method);
    vm.add_method(&t, "__ne__", complex_ne_method);
    vm.add_method(&t, "__lt__", complex_lt);
    vm.add_method(&t, "__le__", complex_le);
    vm.add_method(&t, "__gt__", complex_gt);
    vm.add_method(&t, "__ge__", complex_ge);
    add_property(vm, &t, "real", complex_real);
    add_property(vm, &t, "imag", complex_imag);
}

fn complex_self(vm: &Vm, args: &Args, name: &str) -> PyResult<C> {
    match args.pos.first().and_then(complex_of) {
        Some(z) => Ok(z),
        None => Err(bad_self(vm, args, "complex", name)),
    }
}

fn unary(vm: &Vm, args: &Args, name: &str) -> PyResult<C> {
    let z = complex_self(vm, args, name)?;
    check_shape(vm, args, "complex", name, Shape::Slot(0))?;
    Ok(z)
}

fn complex_real(vm: &mut Vm, args: Args) -> PyResult<Value> {
    complex_self(vm, &args, "real").map(|z| Value::Float(z.0))
}

fn complex_imag(vm: &mut Vm, args: Args) -> PyResult<Value> {
    complex_self(vm, &args, "imag").map(|z| Value::Float(z.1))
}

fn complex_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = complex_self(vm, &args, "conjugate")?;
    check_shape(vm, &args, "complex", "conjugate", Shape::NoArgs)?;
    Ok(new_complex(z.0, -z.1))
}

fn complex_complex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = complex_self(vm, &args, "__complex__")?;
    check_shape(vm, &args, "complex", "__complex__", Shape::NoArgs)?;
    if is_exact_complex(&args.pos[0]) {
        return Ok(args.pos[0].clone());
    }
    Ok(new_complex(z.0, z.1))
}

fn complex_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = complex_self(vm, &args, "__getnewargs__")?;
    check_shape(vm, &args, "complex", "__getnewargs__", Shape::NoArgs)?;
    Ok(vm.new_tuple(vec![Value::Float(z.0), Value::Float(z.1)]))
}

fn complex_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = complex_self(vm, &args, "__format__")?;
    check_shape(vm, &args, "complex", "__format__", Shape::One)?;
    let Some(spec) = args.pos[1].as_str().map(|s| s.as_str().to_string()) else {
        let t = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("__format__() argument must be str, not {t}")));
    };
    if spec.is_empty() {
        return vm.str(&args.pos[0]);
    }
    let tn = vm.type_name(&args.pos[0]);
    let s = crate::format::format_complex_with_type(z.0, z.1, &spec, &tn)
        .map_err(|m| format_error(vm, m))?;
    Ok(vm.new_str(s))
}

fn complex_repr_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = unary(vm, &args, "__repr__")?;
    Ok(vm.new_str(complex_repr(z)))
}

fn complex_hash_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = unary(vm, &args, "__hash__")?;
    Ok(Value::Int(complex_hash(z)))
}

fn complex_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = unary(vm, &args, "__bool__")?;
    Ok(Value::Bool(z.0 != 0.0 || z.1 != 0.0))
}

fn complex_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = unary(vm, &args, "__neg__")?;
    Ok(new_complex(-z.0, -z.1))
}

fn complex_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = unary(vm, &args, "__pos__")?;
    Ok(new_complex(z.0, z.1))
}

fn complex_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = unary(vm, &args, "__abs__")?;
    complex_abs_value(vm, z)
}

/// `complex.__op__(self, other)` / `__rop__`: NotImplemented unless other is a number.
fn binary(vm: &mut Vm, args: &Args, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let a = complex_self(vm, args, name)?;
    let shape = if op == BinOp::Power {
        Shape::SlotRange(1, 2)
    } else {
        Shape::Slot(1)
    };
    check_shape(vm, args, "complex", name, shape)?;
    if args.pos.get(2).is_some_and(|m| !m.is_none()) {
        return Err(vm.value_error("complex modulo"));
    }
    let Some(b) = complex_operand(vm, &args.pos[1])? else {
        return Ok(vm.not_implemented.clone());
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    match complex_binop(vm, x, y, op) {
        Some(r) => r,
        None => Ok(vm.not_implemented.clone()),
    }
}

macro_rules! complex_binops {
    ($($f:ident, $name:literal, $op:ident, $refl:expr;)*) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            binary(vm, &args, $name, BinOp::$op, $refl)
        })*
    };
}

complex_binops! {
    complex_add, "__add__", Add, false;
    complex_radd, "__radd__", Add, true;
    complex_sub, "__sub__", Subtract, false;
    complex_rsub, "__rsub__", Subtract, true;
    complex_mul, "__mul__", Multiply, false;
    complex_rmul, "__rmul__", Multiply, true;
    complex_truediv, "__truediv__", TrueDivide, false;
    complex_rtruediv, "__rtruediv__", TrueDivide, true;
    complex_pow, "__pow__", Power, false;
    complex_rpow, "__rpow__", Power, true;
}

fn compare(vm: &mut Vm, args: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let z = complex_self(vm, args, name)?;
    check_shape(vm, args, "complex", name, Shape::Slot(1))?;
    match (op, complex_eq(z, &args.pos[1])) {
        (CmpOp::Eq, Some(e)) => Ok(Value::Bool(e)),
        (CmpOp::Ne, Some(e)) => Ok(Value::Bool(!e)),
        _ => Ok(vm.not_implemented.clone()),
    }
}

macro_rules! complex_compares {
    ($($f:ident, $name:literal, $op:ident;)*) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            compare(vm, &args, $name, CmpOp::$op)
        })*
    };
}

complex_compares! {
    complex_eq_method, "__eq__", Eq;
    complex_ne_method, "__ne__", Ne;
    complex_lt, "__lt__", Lt;
    complex_le, "__le__", Le;
    complex_gt, "__gt__", Gt;
    complex_ge, "__ge__", Ge;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_cpythons_forms() {
        let p = |s: &str| parse_complex(s.as_bytes());
        assert_eq!(p("1+2j"), Some((1.0, 2.0)));
        assert_eq!(p("  (3-4j) "), Some((3.0, -4.0)));
        assert_eq!(p("j"), Some((0.0, 1.0)));
        assert_eq!(p("-J"), Some((0.0, -1.0)));
        assert_eq!(p("1-j"), Some((1.0, -1.0)));
        assert_eq!(p("1e5j"), Some((0.0, 1e5)));
        assert_eq!(p("-infinityj"), Some((0.0, f64::NEG_INFINITY)));
        for bad in ["", "()", "1e", "(1+2j", "1+", "j+1", "1 +2j", "--1", "0x1"] {
            assert_eq!(p(bad), None, "{bad}");
        }
    }

    #[test]
    fn reprs() {
        assert_eq!(complex_repr((1.0, 2.0)), "(1+2j)");
        assert_eq!(complex_repr((0.0, 2.0)), "2j");
        assert_eq!(complex_repr((-0.0, -0.0)), "(-0-0j)");
        assert_eq!(complex_repr((0.0, -0.0)), "-0j");
        assert_eq!(complex_repr((f64::NAN, f64::INFINITY)), "(nan+infj)");
        assert_eq!(complex_repr((1.0, -f64::NAN)), "(1+nanj)");
        assert_eq!(complex_repr((1e300, 1e-300)), "(1e+300+1e-300j)");
    }

    #[test]
    fn powers_and_division() {
        assert_eq!(c_pow((1.0, 2.0), (3.0, 0.0)), Ok((-11.0, -2.0)));
        assert_eq!(c_pow((0.0, 0.0), (-1.0, 0.0)), Err(CErr::Domain));
        assert_eq!(c_pow((0.0, 0.0), (0.0, 0.0)), Ok((1.0, 0.0)));
        assert_eq!(c_quot((1.0, 1.0), (0.0, 0.0)), Err(CErr::Domain));
        assert_eq!(complex_hash((1.0, 2.0)), 2000007);
        assert_eq!(complex_hash((-1.0, 0.0)), -2);
    }
}
