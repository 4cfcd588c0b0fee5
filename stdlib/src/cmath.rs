//! The cmath module, as CPython 3.11's: C99 Annex G results, with infinities and NaNs taken
//! from per-function tables indexed by the class of each part (see `Class`), and CPython's
//! errors: "math domain error" where C99 signals divide-by-zero or invalid, "math range error"
//! on overflow.

use crate::libm;
use crate::math::{domain_error, range_error};
use pyvm_vm::objects::complex_type::{c_abs, c_quot, complex_from_value, new_complex, C};
use pyvm_vm::objects::float_type::as_double;
use pyvm_vm::{Args, NativeFn, PyErr, PyResult, Value, Vm};
use std::f64::consts::{E, LN_10, LN_2, PI};

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("cmath");
    let funcs: &[(&'static str, NativeFn)] = &[
        ("acos", cm_acos),
        ("acosh", cm_acosh),
        ("asin", cm_asin),
        ("asinh", cm_asinh),
        ("atan", cm_atan),
        ("atanh", cm_atanh),
        ("cos", cm_cos),
        ("cosh", cm_cosh),
        ("exp", cm_exp),
        ("isclose", cm_isclose),
        ("isfinite", cm_isfinite),
        ("isinf", cm_isinf),
        ("isnan", cm_isnan),
        ("log", cm_log),
        ("log10", cm_log10),
        ("phase", cm_phase),
        ("polar", cm_polar),
        ("rect", cm_rect),
        ("sin", cm_sin),
        ("sinh", cm_sinh),
        ("sqrt", cm_sqrt),
        ("tan", cm_tan),
        ("tanh", cm_tanh),
    ];
    for (name, f) in funcs {
        let v = vm.new_native(name, *f);
        vm.module_set(&m, name, v);
    }
    for (name, x) in [
        ("pi", PI),
        ("e", E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        vm.module_set(&m, name, Value::Float(x));
    }
    vm.module_set(&m, "infj", new_complex(0.0, f64::INFINITY));
    vm.module_set(&m, "nanj", new_complex(0.0, f64::NAN));
    Ok(m)
}

/// What C's errno would say after a function.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Errno {
    Ok,
    Dom,
    Range,
}

type Table = [[C; 7]; 7];

const INF: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
const P14: f64 = 0.25 * PI;
const P12: f64 = 0.5 * PI;
const P34: f64 = 0.75 * PI;

/// The class of a part: the row or column of a special-value table.
fn class(d: f64) -> usize {
    if d.is_finite() {
        match (d != 0.0, d.is_sign_positive()) {
            (true, true) => 4,
            (true, false) => 1,
            (false, true) => 3,
            (false, false) => 2,
        }
    } else if d.is_nan() {
        6
    } else if d > 0.0 {
        5
    } else {
        0
    }
}

fn special(z: C, table: &Table) -> Option<C> {
    if z.0.is_finite() && z.1.is_finite() {
        None
    } else {
        Some(table[class(z.0)][class(z.1)])
    }
}

const LARGE: f64 = f64::MAX / 4.0;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    LARGE.ln()
}

fn log1p(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else {
        x.ln_1p()
    }
}

fn neg(z: C) -> C {
    (-z.0, -z.1)
}

fn c_sqrt(z: C) -> C {
    if let Some(r) = special(z, &SQRT_SV) {
        return r;
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return (0.0, z.1);
    }
    let (mut ax, ay) = (z.0.abs(), z.1.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot of subnormals loses bits: scale up by an odd power of two first.
        ax = libm::ldexp(ax, 53);
        libm::ldexp((ax + ax.hypot(libm::ldexp(ay, 53))).sqrt(), -27)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.0 >= 0.0 {
        (s, d.copysign(z.1))
    } else {
        (d, s.copysign(z.1))
    }
}

fn c_acos(z: C) -> C {
    if let Some(r) = special(z, &ACOS_SV) {
        return r;
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let re = z.1.abs().atan2(z.0);
        let im = -((z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN_2 * 2.0).copysign(z.1);
        return (re, im);
    }
    let s1 = c_sqrt((1.0 - z.0, -z.1));
    let s2 = c_sqrt((1.0 + z.0, z.1));
    (
        2.0 * s1.0.atan2(s2.0),
        libm::asinh(s2.0 * s1.1 - s2.1 * s1.0),
    )
}

fn c_acosh(z: C) -> C {
    if let Some(r) = special(z, &ACOSH_SV) {
        return r;
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        return (
            (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN_2 * 2.0,
            z.1.atan2(z.0),
        );
    }
    let s1 = c_sqrt((z.0 - 1.0, z.1));
    let s2 = c_sqrt((z.0 + 1.0, z.1));
    (
        libm::asinh(s1.0 * s2.0 + s1.1 * s2.1),
        2.0 * s1.1.atan2(s2.0),
    )
}

fn c_asinh(z: C) -> C {
    if let Some(r) = special(z, &ASINH_SV) {
        return r;
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let l = (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN_2 * 2.0;
        let re = if z.1 >= 0.0 {
            l.copysign(z.0)
        } else {
            -l.copysign(-z.0)
        };
        return (re, z.1.atan2(z.0.abs()));
    }
    let s1 = c_sqrt((1.0 + z.1, -z.0));
    let s2 = c_sqrt((1.0 - z.1, z.0));
    (
        libm::asinh(s1.0 * s2.1 - s2.0 * s1.1),
        z.1.atan2(s1.0 * s2.0 - s1.1 * s2.1),
    )
}

fn c_asin(z: C) -> C {
    // asin(z) = -i asinh(iz)
    let s = c_asinh((-z.1, z.0));
    (s.1, -s.0)
}

fn c_atanh(z: C) -> (C, Errno) {
    if let Some(r) = special(z, &ATANH_SV) {
        return (r, Errno::Ok);
    }
    if z.0 < 0.0 {
        let (r, e) = c_atanh(neg(z));
        return (neg(r), e);
    }
    let ay = z.1.abs();
    if z.0 > sqrt_large() || ay > sqrt_large() {
        // atanh(z) ~ 1/z ± i*pi/2 for large |z|.
        let h = (z.0 / 2.0).hypot(z.1 / 2.0);
        return ((z.0 / 4.0 / h / h, (PI / 2.0).copysign(z.1)), Errno::Ok);
    }
    if z.0 == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return ((INF, z.1), Errno::Dom);
        }
        let re = -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln();
        return ((re, (2.0f64.atan2(-ay) / 2.0).copysign(z.1)), Errno::Ok);
    }
    let re = log1p(4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)) / 4.0;
    let im = -(-2.0 * z.1).atan2((1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0;
    ((re, im), Errno::Ok)
}

fn c_atan(z: C) -> (C, Errno) {
    let (s, e) = c_atanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

/// cosh and sinh share their treatment of infinities and of large real parts.
fn c_cosh(z: C) -> (C, Errno) {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let (c, s) = (z.1.cos(), z.1.sin());
            if z.0 > 0.0 {
                (INF.copysign(c), INF.copysign(s))
            } else {
                (INF.copysign(c), -INF.copysign(s))
            }
        } else {
            COSH_SV[class(z.0)][class(z.1)]
        };
        let e = if z.1.is_infinite() && !z.0.is_nan() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.0.abs() > log_large() {
        let x1 = z.0 - 1.0f64.copysign(z.0);
        (z.1.cos() * x1.cosh() * E, z.1.sin() * x1.sinh() * E)
    } else {
        (z.1.cos() * z.0.cosh(), z.1.sin() * z.0.sinh())
    };
    (r, overflowed(r))
}

fn c_sinh(z: C) -> (C, Errno) {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let (c, s) = (z.1.cos(), z.1.sin());
            if z.0 > 0.0 {
                (INF.copysign(c), INF.copysign(s))
            } else {
                (-INF.copysign(c), INF.copysign(s))
            }
        } else {
            SINH_SV[class(z.0)][class(z.1)]
        };
        let e = if z.1.is_infinite() && !z.0.is_nan() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.0.abs() > log_large() {
        let x1 = z.0 - 1.0f64.copysign(z.0);
        (z.1.cos() * x1.sinh() * E, z.1.sin() * x1.cosh() * E)
    } else {
        (z.1.cos() * z.0.sinh(), z.1.sin() * z.0.cosh())
    };
    (r, overflowed(r))
}

fn overflowed(r: C) -> Errno {
    if r.0.is_infinite() || r.1.is_infinite() {
        Errno::Range
    } else {
        Errno::Ok
    }
}

fn c_cos(z: C) -> (C, Errno) {
    // cos(z) = cosh(iz)
    c_cosh((-z.1, z.0))
}

fn c_sin(z: C) -> (C, Errno) {
    // sin(z) = -i sinh(iz)
    let (s, e) = c_sinh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_exp(z: C) -> (C, Errno) {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let (c, s) = (z.1.cos(), z.1.sin());
            if z.0 > 0.0 {
                (INF.copysign(c), INF.copysign(s))
            } else {
                (0.0f64.copysign(c), 0.0f64.copysign(s))
            }
        } else {
            EXP_SV[class(z.0)][class(z.1)]
        };
        let e = if z.1.is_infinite() && (z.0.is_finite() || z.0 == INF) {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.0 > log_large() {
        let l = (z.0 - 1.0).exp();
        (l * z.1.cos() * E, l * z.1.sin() * E)
    } else {
        let l = z.0.exp();
        (l * z.1.cos(), l * z.1.sin())
    };
    (r, overflowed(r))
}

fn c_tanh(z: C) -> (C, Errno) {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let im = 0.0f64.copysign(2.0 * z.1.sin() * z.1.cos());
            (if z.0 > 0.0 { 1.0 } else { -1.0 }, im)
        } else {
            TANH_SV[class(z.0)][class(z.1)]
        };
        let e = if z.1.is_infinite() && z.0.is_finite() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    if z.0.abs() > log_large() {
        let im = 4.0 * z.1.sin() * z.1.cos() * (-2.0 * z.0.abs()).exp();
        return ((1.0f64.copysign(z.0), im), Errno::Ok);
    }
    let tx = z.0.tanh();
    let ty = z.1.tan();
    let cx = 1.0 / z.0.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    (
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx),
        Errno::Ok,
    )
}

fn c_tan(z: C) -> (C, Errno) {
    // tan(z) = -i tanh(iz)
    let (s, e) = c_tanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_log(z: C) -> (C, Errno) {
    if let Some(r) = special(z, &LOG_SV) {
        return (r, Errno::Ok);
    }
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            // A subnormal modulus: rescale so that hypot keeps its bits.
            libm::ldexp(ax, 53).hypot(libm::ldexp(ay, 53)).ln() - 53.0 * LN_2
        } else {
            return ((-INF, z.1.atan2(z.0)), Errno::Dom);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            h.ln()
        }
    };
    ((re, z.1.atan2(z.0)), Errno::Ok)
}

fn c_log10(z: C) -> (C, Errno) {
    let (r, e) = c_log(z);
    ((r.0 / LN_10, r.1 / LN_10), e)
}

// ----- the Python functions -----

fn errno_error(vm: &Vm, e: Errno) -> Option<PyErr> {
    match e {
        Errno::Ok => None,
        Errno::Dom => Some(domain_error(vm)),
        Errno::Range => Some(range_error(vm)),
    }
}

fn one(vm: &mut Vm, args: &Args, name: &str) -> PyResult<C> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("cmath.{name}() takes no keyword arguments")));
    }
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "cmath.{name}() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    let v = args.pos[0].clone();
    complex_from_value(vm, &v)
}

fn apply(vm: &mut Vm, args: &Args, name: &str, f: fn(C) -> (C, Errno)) -> PyResult<Value> {
    let z = one(vm, args, name)?;
    let (r, e) = f(z);
    match errno_error(vm, e) {
        Some(err) => Err(err),
        None => Ok(new_complex(r.0, r.1)),
    }
}

macro_rules! cfuncs {
    ($($fname:ident, $name:literal, $f:expr;)*) => {
        $(fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            apply(vm, &args, $name, $f)
        })*
    };
}

cfuncs! {
    cm_acos, "acos", |z| (c_acos(z), Errno::Ok);
    cm_acosh, "acosh", |z| (c_acosh(z), Errno::Ok);
    cm_asin, "asin", |z| (c_asin(z), Errno::Ok);
    cm_asinh, "asinh", |z| (c_asinh(z), Errno::Ok);
    cm_atan, "atan", c_atan;
    cm_atanh, "atanh", c_atanh;
    cm_cos, "cos", c_cos;
    cm_cosh, "cosh", c_cosh;
    cm_exp, "exp", c_exp;
    cm_log10, "log10", c_log10;
    cm_sin, "sin", c_sin;
    cm_sinh, "sinh", c_sinh;
    cm_sqrt, "sqrt", |z| (c_sqrt(z), Errno::Ok);
    cm_tan, "tan", c_tan;
    cm_tanh, "tanh", c_tanh;
}

fn cm_log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("cmath.log() takes no keyword arguments"));
    }
    match args.pos.len() {
        0 => return Err(vm.type_error("log expected at least 1 argument, got 0")),
        1 | 2 => {}
        n => return Err(vm.type_error(format!("log expected at most 2 arguments, got {n}"))),
    }
    let x = complex_from_value(vm, &args.pos[0])?;
    let (mut r, mut e) = c_log(x);
    if let Some(b) = args.pos.get(1) {
        let y = complex_from_value(vm, b)?;
        // errno is what the last operation left: the base's log replaces the number's.
        let (ly, ey) = c_log(y);
        e = ey;
        match c_quot(r, ly) {
            Ok(q) => r = q,
            Err(_) => e = Errno::Dom,
        }
    }
    match errno_error(vm, e) {
        Some(err) => Err(err),
        None => Ok(new_complex(r.0, r.1)),
    }
}

fn cm_phase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "phase")?;
    let phi = z.1.atan2(z.0);
    // glibc's atan2 reports an underflow to zero through errno, which phase turns into an error.
    if phi == 0.0 && z.1 != 0.0 && z.0.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(phi))
}

fn cm_polar(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "polar")?;
    let phi = z.1.atan2(z.0);
    let r = c_abs(z).map_err(|_| range_error(vm))?;
    Ok(vm.new_tuple(vec![Value::Float(r), Value::Float(phi)]))
}

fn cm_rect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("cmath.rect() takes no keyword arguments"));
    }
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!("rect expected 2 arguments, got {}", args.pos.len())));
    }
    let r = as_double(vm, &args.pos[0])?;
    let phi = as_double(vm, &args.pos[1])?;
    let z = if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (c, s) = (phi.cos(), phi.sin());
            if r > 0.0 {
                (INF.copysign(c), INF.copysign(s))
            } else {
                (-INF.copysign(c), -INF.copysign(s))
            }
        } else {
            RECT_SV[class(r)][class(phi)]
        };
        if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            return Err(domain_error(vm));
        }
        z
    } else if phi == 0.0 {
        (r, r * phi)
    } else {
        (r * phi.cos(), r * phi.sin())
    };
    Ok(new_complex(z.0, z.1))
}

fn predicate(vm: &mut Vm, args: &Args, name: &str, f: fn(C) -> bool) -> PyResult<Value> {
    let z = one(vm, args, name)?;
    Ok(Value::Bool(f(z)))
}

fn cm_isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isfinite", |z| {
        z.0.is_finite() && z.1.is_finite()
    })
}
fn cm_isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isinf", |z| {
        z.0.is_infinite() || z.1.is_infinite()
    })
}
fn cm_isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isnan", |z| z.0.is_nan() || z.1.is_nan())
}

fn cm_isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let names = ["a", "b", "rel_tol", "abs_tol"];
    let mut slots: [Option<Value>; 4] = Default::default();
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
    let mut parts = [(0.0, 0.0); 2];
    for i in 0..2 {
        let Some(v) = slots[i].clone() else {
            return Err(vm.type_error(format!(
                "isclose() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        };
        parts[i] = complex_from_value(vm, &v)?;
    }
    let mut tol = [1e-9, 0.0];
    for i in 0..2 {
        if let Some(v) = slots[i + 2].clone() {
            tol[i] = as_double(vm, &v)?;
        }
    }
    let ([a, b], [rel_tol, abs_tol]) = (parts, tol);
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let abs = |z: C| c_abs(z).unwrap_or(f64::INFINITY);
    let diff = abs((a.0 - b.0, a.1 - b.1));
    Ok(Value::Bool(
        diff <= rel_tol * abs(b) || diff <= rel_tol * abs(a) || diff <= abs_tol,
    ))
}

// Special values by the classes of the real part (row) and the imaginary part (column): -inf,
// negative, -0, +0, positive, +inf, nan. Finite nonzero combinations never reach a table.
#[rustfmt::skip]
const ACOS_SV: Table = [
    [(P34, INF), (PI, INF), (PI, INF), (PI, -INF), (PI, -INF), (P34, -INF), (N, INF)],
    [(P12, INF), (N, N), (N, N), (N, N), (N, N), (P12, -INF), (N, N)],
    [(P12, INF), (N, N), (P12, 0.0), (P12, -0.0), (N, N), (P12, -INF), (P12, N)],
    [(P12, INF), (N, N), (P12, 0.0), (P12, -0.0), (N, N), (P12, -INF), (P12, N)],
    [(P12, INF), (N, N), (N, N), (N, N), (N, N), (P12, -INF), (N, N)],
    [(P14, INF), (0.0, INF), (0.0, INF), (0.0, -INF), (0.0, -INF), (P14, -INF), (N, INF)],
    [(N, INF), (N, N), (N, N), (N, N), (N, N), (N, -INF), (N, N)],
];
#[rustfmt::skip]
const ACOSH_SV: Table = [
    [(INF, -P34), (INF, -PI), (INF, -PI), (INF, PI), (INF, PI), (INF, P34), (INF, N)],
    [(INF, -P12), (N, N), (N, N), (N, N), (N, N), (INF, P12), (N, N)],
    [(INF, -P12), (N, N), (0.0, -P12), (0.0, P12), (N, N), (INF, P12), (N, N)],
    [(INF, -P12), (N, N), (0.0, -P12), (0.0, P12), (N, N), (INF, P12), (N, N)],
    [(INF, -P12), (N, N), (N, N), (N, N), (N, N), (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];
#[rustfmt::skip]
const ASINH_SV: Table = [
    [(-INF, -P14), (-INF, -0.0), (-INF, -0.0), (-INF, 0.0), (-INF, 0.0), (-INF, P14), (-INF, N)],
    [(-INF, -P12), (N, N), (N, N), (N, N), (N, N), (-INF, P12), (N, N)],
    [(-INF, -P12), (N, N), (-0.0, -0.0), (-0.0, 0.0), (N, N), (-INF, P12), (N, N)],
    [(INF, -P12), (N, N), (0.0, -0.0), (0.0, 0.0), (N, N), (INF, P12), (N, N)],
    [(INF, -P12), (N, N), (N, N), (N, N), (N, N), (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (INF, N), (N, N)],
];
#[rustfmt::skip]
const ATANH_SV: Table = [
    [(-0.0, -P12), (-0.0, -P12), (-0.0, -P12), (-0.0, P12), (-0.0, P12), (-0.0, P12), (-0.0, N)],
    [(-0.0, -P12), (N, N), (N, N), (N, N), (N, N), (-0.0, P12), (N, N)],
    [(-0.0, -P12), (N, N), (-0.0, -0.0), (-0.0, 0.0), (N, N), (-0.0, P12), (-0.0, N)],
    [(0.0, -P12), (N, N), (0.0, -0.0), (0.0, 0.0), (N, N), (0.0, P12), (0.0, N)],
    [(0.0, -P12), (N, N), (N, N), (N, N), (N, N), (0.0, P12), (N, N)],
    [(0.0, -P12), (0.0, -P12), (0.0, -P12), (0.0, P12), (0.0, P12), (0.0, P12), (0.0, N)],
    [(0.0, -P12), (N, N), (N, N), (N, N), (N, N), (0.0, P12), (N, N)],
];
#[rustfmt::skip]
const COSH_SV: Table = [
    [(INF, N), (N, N), (INF, 0.0), (INF, -0.0), (N, N), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, 0.0), (N, N), (1.0, 0.0), (1.0, -0.0), (N, N), (N, 0.0), (N, 0.0)],
    [(N, 0.0), (N, N), (1.0, -0.0), (1.0, 0.0), (N, N), (N, 0.0), (N, 0.0)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(INF, N), (N, N), (INF, -0.0), (INF, 0.0), (N, N), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, 0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];
#[rustfmt::skip]
const EXP_SV: Table = [
    [(0.0, 0.0), (N, N), (0.0, -0.0), (0.0, 0.0), (N, N), (0.0, 0.0), (0.0, 0.0)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (1.0, -0.0), (1.0, 0.0), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (1.0, -0.0), (1.0, 0.0), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(INF, N), (N, N), (INF, -0.0), (INF, 0.0), (N, N), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];
#[rustfmt::skip]
const LOG_SV: Table = [
    [(INF, -P34), (INF, -PI), (INF, -PI), (INF, PI), (INF, PI), (INF, P34), (INF, N)],
    [(INF, -P12), (N, N), (N, N), (N, N), (N, N), (INF, P12), (N, N)],
    [(INF, -P12), (N, N), (-INF, -PI), (-INF, PI), (N, N), (INF, P12), (N, N)],
    [(INF, -P12), (N, N), (-INF, -0.0), (-INF, 0.0), (N, N), (INF, P12), (N, N)],
    [(INF, -P12), (N, N), (N, N), (N, N), (N, N), (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];
#[rustfmt::skip]
const SINH_SV: Table = [
    [(INF, N), (N, N), (-INF, -0.0), (-INF, 0.0), (N, N), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(0.0, N), (N, N), (-0.0, -0.0), (-0.0, 0.0), (N, N), (0.0, N), (0.0, N)],
    [(0.0, N), (N, N), (0.0, -0.0), (0.0, 0.0), (N, N), (0.0, N), (0.0, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(INF, N), (N, N), (INF, -0.0), (INF, 0.0), (N, N), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];
#[rustfmt::skip]
const SQRT_SV: Table = [
    [(INF, -INF), (0.0, -INF), (0.0, -INF), (0.0, INF), (0.0, INF), (INF, INF), (N, INF)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
    [(INF, -INF), (N, N), (0.0, -0.0), (0.0, 0.0), (N, N), (INF, INF), (N, N)],
    [(INF, -INF), (N, N), (0.0, -0.0), (0.0, 0.0), (N, N), (INF, INF), (N, N)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
    [(INF, -INF), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, INF), (INF, N)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
];
#[rustfmt::skip]
const TANH_SV: Table = [
    [(-1.0, 0.0), (N, N), (-1.0, -0.0), (-1.0, 0.0), (N, N), (-1.0, 0.0), (-1.0, 0.0)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (-0.0, -0.0), (-0.0, 0.0), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (0.0, -0.0), (0.0, 0.0), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(1.0, 0.0), (N, N), (1.0, -0.0), (1.0, 0.0), (N, N), (1.0, 0.0), (1.0, 0.0)],
    [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];
#[rustfmt::skip]
const RECT_SV: Table = [
    [(INF, N), (N, N), (-INF, 0.0), (-INF, -0.0), (N, N), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(0.0, 0.0), (N, N), (-0.0, 0.0), (-0.0, -0.0), (N, N), (0.0, 0.0), (0.0, 0.0)],
    [(0.0, 0.0), (N, N), (0.0, -0.0), (0.0, 0.0), (N, N), (0.0, 0.0), (0.0, 0.0)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(INF, N), (N, N), (INF, -0.0), (INF, 0.0), (N, N), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, 0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];
