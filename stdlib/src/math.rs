//! The math module, as CPython 3.11's: the C library's functions (see `libm`) with CPython's
//! error rules ("math domain error" where the result is NaN from a non-NaN argument or a pole,
//! "math range error" on overflow), its own gamma, lgamma, hypot, fsum, and exact integer
//! functions (isqrt, factorial, comb, perm, gcd, lcm) on big ints.

use crate::libm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pyvm_vm::objects::float_type::{as_double, float_of};
use pyvm_vm::objects::int;
use pyvm_vm::{Args, NativeFn, PyErr, PyResult, Value, Vm};

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("math");
    let funcs: &[(&'static str, NativeFn)] = &[
        ("acos", m_acos),
        ("acosh", m_acosh),
        ("asin", m_asin),
        ("asinh", m_asinh),
        ("atan", m_atan),
        ("atan2", m_atan2),
        ("atanh", m_atanh),
        ("cbrt", m_cbrt),
        ("ceil", m_ceil),
        ("comb", m_comb),
        ("copysign", m_copysign),
        ("cos", m_cos),
        ("cosh", m_cosh),
        ("degrees", m_degrees),
        ("dist", m_dist),
        ("erf", m_erf),
        ("erfc", m_erfc),
        ("exp", m_exp),
        ("exp2", m_exp2),
        ("expm1", m_expm1),
        ("fabs", m_fabs),
        ("factorial", m_factorial),
        ("floor", m_floor),
        ("fmod", m_fmod),
        ("frexp", m_frexp),
        ("fsum", m_fsum),
        ("gamma", m_gamma),
        ("gcd", m_gcd),
        ("hypot", m_hypot),
        ("isclose", m_isclose),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("isqrt", m_isqrt),
        ("lcm", m_lcm),
        ("ldexp", m_ldexp),
        ("lgamma", m_lgamma),
        ("log", m_log),
        ("log10", m_log10),
        ("log1p", m_log1p),
        ("log2", m_log2),
        ("modf", m_modf),
        ("nextafter", m_nextafter),
        ("perm", m_perm),
        ("pow", m_pow),
        ("prod", m_prod),
        ("radians", m_radians),
        ("remainder", m_remainder),
        ("sin", m_sin),
        ("sinh", m_sinh),
        ("sqrt", m_sqrt),
        ("tan", m_tan),
        ("tanh", m_tanh),
        ("trunc", m_trunc),
        ("ulp", m_ulp),
    ];
    for (name, f) in funcs {
        let v = vm.new_native(name, *f);
        vm.module_set(&m, name, v);
    }
    for (name, x) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        vm.module_set(&m, name, Value::Float(x));
    }
    Ok(m)
}

// ----- arguments and errors -----

pub(crate) fn domain_error(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}

pub(crate) fn range_error(vm: &Vm) -> PyErr {
    vm.overflow_error("math range error")
}

fn no_kwargs(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// The one argument of a METH_O function.
fn one<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a Value> {
    no_kwargs(vm, args, &format!("math.{name}"))?;
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    Ok(&args.pos[0])
}

/// The arguments of a fixed-arity fastcall function (`atan2 expected 2 arguments, got 1`).
fn fixed<'a>(vm: &Vm, args: &'a Args, name: &str, n: usize) -> PyResult<&'a [Value]> {
    no_kwargs(vm, args, &format!("math.{name}"))?;
    if args.pos.len() != n {
        return Err(vm.type_error(format!(
            "{name} expected {n} arguments, got {}",
            args.pos.len()
        )));
    }
    Ok(&args.pos)
}

fn double(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    as_double(vm, v)
}

/// An integer argument through `__index__` (CPython's PyNumber_Index).
pub(crate) fn index(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = int::as_bigint(v) {
        return Ok(b.into_owned());
    }
    if let Some(r) = vm.call_special_opt(v, "__index__", vec![])? {
        if let Some(b) = int::as_bigint(&r) {
            return Ok(b.into_owned());
        }
        let t = vm.type_name(&r);
        return Err(vm.type_error(format!("__index__ returned non-int (type {t})")));
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
}

/// CPython's math_1: NaN from a non-NaN is a domain error, an infinity from a finite argument
/// an overflow (when the function can overflow) or a pole.
fn math_1(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = one(vm, args, name)?;
    let x = double(vm, x)?;
    let r = f(x);
    check_1(vm, x, r, can_overflow).map(Value::Float)
}

pub(crate) fn check_1(vm: &Vm, x: f64, r: f64, can_overflow: bool) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(r)
}

/// CPython's math_2 for two-argument functions.
fn math_2(vm: &mut Vm, args: &Args, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let a = fixed(vm, args, name, 2)?;
    let x = double(vm, &a[0])?;
    let y = double(vm, &a[1])?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($($fname:ident, $name:literal, $f:expr, $over:expr;)*) => {
        $(fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            math_1(vm, &args, $name, $f, $over)
        })*
    };
}

unary! {
    m_acos, "acos", f64::acos, false;
    m_acosh, "acosh", libm::acosh, false;
    m_asin, "asin", f64::asin, false;
    m_asinh, "asinh", libm::asinh, false;
    m_atan, "atan", f64::atan, false;
    m_atanh, "atanh", libm::atanh, false;
    m_cbrt, "cbrt", libm::cbrt, false;
    m_cos, "cos", f64::cos, false;
    m_cosh, "cosh", f64::cosh, true;
    m_erf, "erf", libm::erf, false;
    m_erfc, "erfc", libm::erfc, false;
    m_exp, "exp", f64::exp, true;
    m_exp2, "exp2", f64::exp2, true;
    m_expm1, "expm1", f64::exp_m1, true;
    m_fabs, "fabs", f64::abs, false;
    m_log1p, "log1p", log1p, false;
    m_sin, "sin", f64::sin, false;
    m_sinh, "sinh", f64::sinh, true;
    m_sqrt, "sqrt", f64::sqrt, false;
    m_tan, "tan", f64::tan, false;
    m_tanh, "tanh", f64::tanh, false;
}

/// log1p keeping the sign of a zero.
fn log1p(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else {
        x.ln_1p()
    }
}

fn m_atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_2(vm, &args, "atan2", f64::atan2)
}
fn m_copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_2(vm, &args, "copysign", f64::copysign)
}
fn m_remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_2(vm, &args, "remainder", libm::remainder)
}

fn m_fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = fixed(vm, &args, "fmod", 2)?;
    let x = double(vm, &a[0])?;
    let y = double(vm, &a[1])?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(r))
}

fn m_gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "gamma")?;
    let x = double(vm, x)?;
    special(vm, libm::gamma(x))
}

fn m_lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "lgamma")?;
    let x = double(vm, x)?;
    special(vm, libm::lgamma(x))
}

fn special(vm: &Vm, r: Result<f64, libm::MathErr>) -> PyResult<Value> {
    match r {
        Ok(r) => Ok(Value::Float(r)),
        Err(libm::MathErr::Domain) => Err(domain_error(vm)),
        Err(libm::MathErr::Range) => Err(range_error(vm)),
    }
}

fn m_degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "degrees")?;
    let x = double(vm, x)?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn m_radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "radians")?;
    let x = double(vm, x)?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

fn predicate(vm: &mut Vm, args: &Args, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    let x = one(vm, args, name)?;
    let x = double(vm, x)?;
    Ok(Value::Bool(f(x)))
}
fn m_isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isfinite", f64::is_finite)
}
fn m_isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isinf", f64::is_infinite)
}
fn m_isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isnan", f64::is_nan)
}

fn m_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = fixed(vm, &args, "pow", 2)?;
    let x = double(vm, &a[0])?;
    let y = double(vm, &a[1])?;
    // IEEE special values first, as C99 Annex F (some libms disagree; CPython decides itself).
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() || (r.is_infinite() && x == 0.0) {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            return Err(range_error(vm));
        }
        r
    };
    Ok(Value::Float(r))
}

fn m_ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = fixed(vm, &args, "ldexp", 2)?;
    let x = double(vm, &a[0])?;
    let Some(e) = int::as_bigint(&a[1]) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let r = libm::ldexp(x, e);
    if r.is_infinite() && x.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

fn m_frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "frexp")?;
    let x = double(vm, x)?;
    let (m, e) = libm::frexp(x);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn m_modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "modf")?;
    let x = double(vm, x)?;
    let (frac, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        ((x - x.trunc()).copysign(x), x.trunc())
    };
    Ok(vm.new_tuple(vec![Value::Float(frac), Value::Float(whole)]))
}

fn m_nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = fixed(vm, &args, "nextafter", 2)?;
    let x = double(vm, &a[0])?;
    let y = double(vm, &a[1])?;
    Ok(Value::Float(libm::nextafter(x, y)))
}

fn m_ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "ulp")?;
    let x = double(vm, x)?.abs();
    if !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let up = libm::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::Float(x - libm::nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(up - x))
}

// ----- rounding to ints -----

/// floor/ceil: `__floor__`/`__ceil__` of the argument's class, else through a float.
fn rounding(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    dunder: &'static str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let x = one(vm, args, name)?.clone();
    if let Value::FloatBits(b) = x {
        return float_to_int(vm, f(f64::from_bits(b)));
    }
    if let Some(r) = vm.call_special_opt(&x, dunder, vec![])? {
        return Ok(r);
    }
    if let Some(b) = int::as_bigint(&x) {
        return Ok(Value::from_bigint(b.into_owned()));
    }
    let v = double(vm, &x)?;
    float_to_int(vm, f(v))
}

fn float_to_int(vm: &Vm, x: f64) -> PyResult<Value> {
    match pyvm_vm::numeric::float_to_bigint(x) {
        Some(b) => Ok(Value::from_bigint(b)),
        None if x.is_nan() => Err(vm.value_error("cannot convert float NaN to integer")),
        None => Err(vm.overflow_error("cannot convert float infinity to integer")),
    }
}

fn m_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, &args, "floor", "__floor__", f64::floor)
}

fn m_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, &args, "ceil", "__ceil__", f64::ceil)
}

fn m_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "trunc")?.clone();
    if let Some(r) = vm.call_special_opt(&x, "__trunc__", vec![])? {
        return Ok(r);
    }
    if let Some(f) = float_of(&x) {
        return float_to_int(vm, f.trunc());
    }
    if let Some(b) = int::as_bigint(&x) {
        return Ok(Value::from_bigint(b.into_owned()));
    }
    let t = vm.type_name(&x);
    Err(vm.type_error(format!("type {t} doesn't define __trunc__ method")))
}

// ----- logarithms -----

/// CPython's loghelper: ints beyond float range go through their top bits and exponent.
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(b) = int::as_bigint(v) {
        if !b.is_positive() {
            return Err(domain_error(vm));
        }
        return Ok(match pyvm_vm::numeric::bigint_to_f64(&b) {
            Ok(x) => f(x),
            Err(_) => {
                let (m, e) = big_frexp(&b);
                f(m) + f(2.0) * e as f64
            }
        });
    }
    let x = double(vm, v)?;
    let r = if x.is_finite() {
        if x > 0.0 {
            f(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    };
    check_1(vm, x, r, false)
}

/// `(m, e)` with 0.5 <= m < 1 and b ≈ m * 2**e, m correctly rounded to 53 bits.
fn big_frexp(b: &BigInt) -> (f64, i64) {
    let mag = b.magnitude();
    let bits = mag.bits() as i64;
    let shift = (bits - 55).max(0);
    let mut top = (mag >> shift as u64).to_u64().unwrap_or(u64::MAX);
    if shift > 0 && mag.trailing_zeros().is_some_and(|tz| (tz as i64) < shift) {
        top |= 1;
    }
    let (m, e) = libm::frexp(top as f64);
    (m, e as i64 + shift)
}

fn m_log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "log")?;
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &args.pos[0], f64::ln)?;
    let Some(base) = args.pos.get(1) else {
        return Ok(Value::Float(num));
    };
    let den = log_of(vm, base, f64::ln)?;
    if den == 0.0 {
        return Err(vm.zero_division_error("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn m_log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "log2")?.clone();
    log_of(vm, &x, f64::log2).map(Value::Float)
}

fn m_log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "log10")?.clone();
    log_of(vm, &x, f64::log10).map(Value::Float)
}

// ----- sums, products, norms -----

fn m_fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let seq = one(vm, &args, "fsum")?.clone();
    let it = vm.get_iter(&seq)?;
    let mut acc = libm::FSum::default();
    let fsum_error = |vm: &Vm, e: libm::FSumErr| match e {
        libm::FSumErr::Overflow => vm.overflow_error("intermediate overflow in fsum"),
        libm::FSumErr::InfMinusInf => vm.value_error("-inf + inf in fsum"),
    };
    while let Some(item) = vm.iter_next(&it)? {
        let x = double(vm, &item)?;
        acc.add(x).map_err(|e| fsum_error(vm, e))?;
    }
    acc.result()
        .map(Value::Float)
        .map_err(|e| fsum_error(vm, e))
}

fn m_prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut start = Value::Int(1);
    for (k, v) in &args.kw {
        match k.as_str().map(|s| s.as_str()) {
            Some("start") => start = v.clone(),
            other => {
                let k = other.unwrap_or("");
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for prod()"))
                );
            }
        }
    }
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.pos.len()
        )));
    }
    let it = vm.get_iter(&args.pos[0])?;
    let mut acc = start;
    while let Some(item) = vm.iter_next(&it)? {
        acc = vm.binary_op(&acc, &item, pyvm_compiler::bytecode::BinOp::Multiply)?;
    }
    Ok(acc)
}

fn m_hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "math.hypot")?;
    let mut coords = Vec::with_capacity(args.pos.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for v in args.pos.iter() {
        let x = double(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::Float(libm::vector_norm(&mut coords, max, found_nan)))
}

fn m_dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = fixed(vm, &args, "dist", 2)?;
    let p = vm.collect(&a[0])?;
    let q = vm.collect(&a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (x, y) in p.iter().zip(q.iter()) {
        let x = double(vm, x)?;
        let y = double(vm, y)?;
        let d = (x - y).abs();
        found_nan |= d.is_nan();
        if d > max {
            max = d;
        }
        diffs.push(d);
    }
    Ok(Value::Float(libm::vector_norm(&mut diffs, max, found_nan)))
}

fn m_isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let names = ["a", "b", "rel_tol", "abs_tol"];
    let mut slots: [Option<Value>; 4] = Default::default();
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    for (i, v) in args.pos.iter().enumerate() {
        slots[i] = Some(v.clone());
    }
    for (k, v) in &args.kw {
        let key = k.as_str().map_or(String::new(), |s| s.as_str().to_string());
        match names.iter().position(|n| *n == key) {
            Some(i) if slots[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for isclose() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => slots[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for isclose()"
                )))
            }
        }
    }
    for (i, name) in names.iter().enumerate().take(2) {
        if slots[i].is_none() {
            return Err(vm.type_error(format!(
                "isclose() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    let mut vals = [0.0, 0.0, 1e-9, 0.0];
    for (i, slot) in slots.iter().enumerate() {
        if let Some(v) = slot {
            vals[i] = double(vm, v)?;
        }
    }
    let [a, b, rel_tol, abs_tol] = vals;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        (diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs()) || diff <= abs_tol,
    ))
}

// ----- integer functions -----

fn m_isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = one(vm, &args, "isqrt")?.clone();
    let n = index(vm, &n)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn m_factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = one(vm, &args, "factorial")?.clone();
    let n = index(vm, &n)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|n| *n <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    Ok(Value::from_bigint(range_product(1, n)))
}

/// The product of lo..=hi, by halves (balanced multiplications are much faster for big n).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut p = BigInt::one();
        let mut small: u64 = 1;
        for i in lo..=hi {
            match small.checked_mul(i) {
                Some(s) => small = s,
                None => {
                    p *= small;
                    small = i;
                }
            }
        }
        return p * small;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

/// n and k of comb and perm, checked as CPython does.
fn n_and_k(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = index(vm, n)?;
    let k = index(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// n * (n-1) * ... * (n-k+1) for a k that fits.
fn falling(n: &BigInt, k: u64) -> BigInt {
    if k == 0 {
        return BigInt::one();
    }
    match n.to_u64() {
        Some(n) => range_product(n - k + 1, n),
        None => {
            let mut p = BigInt::one();
            let mut f = n.clone();
            for _ in 0..k {
                p *= &f;
                f -= 1;
            }
            p
        }
    }
}

fn m_comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = fixed(vm, &args, "comb", 2)?;
    let (n, k) = n_and_k(vm, &a[0], &a[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.clone().min(&n - &k);
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let num = falling(&n, k);
    Ok(Value::from_bigint(num / range_product(1, k)))
}

fn m_perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "math.perm")?;
    match args.pos.len() {
        1 => return m_factorial(vm, args),
        2 => {}
        0 => return Err(vm.type_error("perm expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("perm expected at most 2 arguments, got {n}"))),
    }
    if args.pos[1].is_none() {
        return m_factorial(vm, Args::new([args.pos[0].clone()]));
    }
    let (n, k) = n_and_k(vm, &args.pos[0], &args.pos[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    Ok(Value::from_bigint(falling(&n, k)))
}

fn m_gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "math.gcd")?;
    let mut g = BigInt::zero();
    for v in args.pos.iter() {
        let x = index(vm, v)?;
        g = g.gcd(&x);
    }
    Ok(Value::from_bigint(g))
}

fn m_lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "math.lcm")?;
    let mut l = BigInt::one();
    for v in args.pos.iter() {
        let x = index(vm, v)?;
        if l.is_zero() || x.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&x);
    }
    Ok(Value::from_bigint(l.abs()))
}
