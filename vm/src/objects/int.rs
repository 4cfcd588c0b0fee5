//! int: i64 inline, num-bigint beyond. Every operation gives CPython's exact result at any size.

use crate::value::{Object, Value};
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pyvm_compiler::bytecode::BinOp;
use std::borrow::Cow;

/// The integer value of an int or bool, if it is one.
pub fn as_bigint(v: &Value) -> Option<Cow<'_, BigInt>> {
    match v {
        Value::Int(i) => Some(Cow::Owned(BigInt::from(*i))),
        Value::BoolWord(b) => Some(Cow::Owned(BigInt::from(*b as i64))),
        Value::Obj(o) => match o.view() {
            Object::BigInt(b) => Some(b.to_bigint()),
            Object::Instance(i) => i.base_value().and_then(as_bigint),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a value is an int (including bool and int subclasses).
pub fn is_int(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::BoolWord(_) => true,
        Value::Obj(o) => match o.view() {
            Object::BigInt(_) => true,
            Object::Instance(i) => i.base_value().is_some_and(is_int),
            _ => false,
        },
        _ => false,
    }
}

/// A small int value of an int-like value.
pub fn as_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::BoolWord(b) => Some(*b as i64),
        Value::Obj(o) => match o.view() {
            Object::Instance(i) => i.base_value().and_then(as_i64),
            _ => None,
        },
        _ => None,
    }
}

pub fn int_float_eq(i: i64, f: f64) -> bool {
    if f.is_nan() || f.is_infinite() {
        return false;
    }
    if (i as f64) != f {
        return false;
    }
    // i as f64 rounds; confirm exactly.
    f.fract() == 0.0 && (-9.223372036854776e18..9.223372036854776e18).contains(&f) && f as i64 == i
}

pub fn bigint_float_eq(b: &BigInt, f: f64) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    crate::numeric::float_to_bigint(f).is_some_and(|g| &g == b)
}

/// Compares an integer with a float exactly: Some(ordering), None if the float is NaN.
pub fn cmp_int_float(b: &BigInt, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f == f64::INFINITY {
        return Some(Ordering::Less);
    }
    if f == f64::NEG_INFINITY {
        return Some(Ordering::Greater);
    }
    let fl = f.floor();
    let fi = crate::numeric::float_to_bigint(fl)?;
    match b.cmp(&fi) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

fn floor_div_i64(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q.checked_sub(1)
    } else {
        Some(q)
    }
}

fn mod_i64(a: i64, b: i64) -> Option<i64> {
    let r = a.checked_rem(b)?;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

/// Integer arithmetic for two ints. Returns None for operators ints don't support (`@`).
pub fn int_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    if let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) {
        if let Some(r) = small_binop(vm, x, y, op) {
            return Some(r);
        }
    }
    let x = as_bigint(a)?;
    let y = as_bigint(b)?;
    big_binop(vm, &x, &y, op)
}

/// The i64 case; None when the result needs a BigInt (or a float for pow).
fn small_binop(vm: &mut Vm, x: i64, y: i64, op: BinOp) -> Option<PyResult<Value>> {
    let v = match op {
        BinOp::Add => x.checked_add(y).map(Value::Int),
        BinOp::Subtract => x.checked_sub(y).map(Value::Int),
        BinOp::Multiply => x.checked_mul(y).map(Value::Int),
        BinOp::FloorDivide => {
            if y == 0 {
                return Some(Err(
                    vm.zero_division_error("integer division or modulo by zero")
                ));
            }
            floor_div_i64(x, y).map(Value::Int)
        }
        BinOp::Remainder => {
            if y == 0 {
                return Some(Err(vm.zero_division_error("integer modulo by zero")));
            }
            mod_i64(x, y).map(Value::Int)
        }
        BinOp::And => Some(Value::Int(x & y)),
        BinOp::Or => Some(Value::Int(x | y)),
        BinOp::Xor => Some(Value::Int(x ^ y)),
        BinOp::Lshift => {
            if y < 0 {
                return Some(Err(vm.value_error("negative shift count")));
            }
            if y < 63 && x.unsigned_abs() < (1u64 << (62 - y)) {
                Some(Value::Int(x << y))
            } else {
                None
            }
        }
        BinOp::Rshift => {
            if y < 0 {
                return Some(Err(vm.value_error("negative shift count")));
            }
            Some(Value::Int(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            }))
        }
        BinOp::TrueDivide => {
            if y == 0 {
                return Some(Err(vm.zero_division_error("division by zero")));
            }
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                Some(Value::Float(x as f64 / y as f64))
            } else {
                None
            }
        }
        BinOp::Power => {
            if y < 0 {
                None
            } else if y <= u32::MAX as i64 {
                x.checked_pow(y as u32).map(Value::Int)
            } else {
                None
            }
        }
        BinOp::MatrixMultiply => return None,
    };
    v.map(Ok)
}

/// The largest int result (in bits, 512 MiB) that `<<` and `**` build. A failed allocation
/// would abort the process instead of raising, so larger results raise the MemoryError CPython
/// raises when its allocation fails.
const MAX_RESULT_BITS: u64 = 1 << 32;

/// CPython's error for `x << n` (x != 0, n >= 0) when the result is too large. CPython sizes
/// the result in 30-bit digits, clipping a huge shift to PY_SSIZE_T_MAX / 4 digits; a size
/// over its MAX_LONG_DIGITS is OverflowError, anything smaller fails to allocate (MemoryError).
fn lshift_size_error(vm: &Vm, x: &BigInt, n: &BigInt) -> crate::vm::PyErr {
    const DIGIT_BITS: u64 = 30;
    const CLIP_DIGITS: u64 = (i64::MAX as u64) / 4;
    // (PY_SSIZE_T_MAX - offsetof(PyLongObject, ob_digit)) / sizeof(digit) on 64-bit builds.
    const MAX_LONG_DIGITS: u64 = ((i64::MAX as u64) - 24) / 4;
    let (word, rem) = n.div_rem(&BigInt::from(DIGIT_BITS));
    let (word, rem) = match word.to_u64() {
        Some(w) if w < CLIP_DIGITS => (w, rem.to_u64().unwrap_or(0)),
        _ => (CLIP_DIGITS, 0),
    };
    let old_digits = x.bits().div_ceil(DIGIT_BITS);
    let new_digits = old_digits + word + u64::from(rem != 0);
    if new_digits > MAX_LONG_DIGITS {
        vm.overflow_error("too many digits in integer")
    } else {
        vm.new_exception_args(&vm.types.exc.memory_error, vec![])
    }
}

fn big_binop(vm: &mut Vm, x: &BigInt, y: &BigInt, op: BinOp) -> Option<PyResult<Value>> {
    let r = match op {
        BinOp::Add => Ok(Value::from_bigint(x + y)),
        BinOp::Subtract => Ok(Value::from_bigint(x - y)),
        BinOp::Multiply => Ok(Value::from_bigint(x * y)),
        BinOp::FloorDivide => {
            if y.is_zero() {
                Err(vm.zero_division_error("integer division or modulo by zero"))
            } else {
                Ok(Value::from_bigint(x.div_floor(y)))
            }
        }
        BinOp::Remainder => {
            if y.is_zero() {
                Err(vm.zero_division_error("integer modulo by zero"))
            } else {
                Ok(Value::from_bigint(x.mod_floor(y)))
            }
        }
        BinOp::And => Ok(Value::from_bigint(x & y)),
        BinOp::Or => Ok(Value::from_bigint(x | y)),
        BinOp::Xor => Ok(Value::from_bigint(x ^ y)),
        BinOp::Lshift => {
            if y.is_negative() {
                Err(vm.value_error("negative shift count"))
            } else if x.is_zero() {
                Ok(Value::Int(0))
            } else {
                match y.to_u64() {
                    Some(n) if x.bits().saturating_add(n) <= MAX_RESULT_BITS => {
                        Ok(Value::from_bigint(x << n))
                    }
                    _ => Err(lshift_size_error(vm, x, y)),
                }
            }
        }
        BinOp::Rshift => {
            if y.is_negative() {
                Err(vm.value_error("negative shift count"))
            } else {
                match y.to_usize() {
                    Some(n) => Ok(Value::from_bigint(x >> n)),
                    None => Ok(Value::Int(if x.is_negative() { -1 } else { 0 })),
                }
            }
        }
        BinOp::TrueDivide => {
            if y.is_zero() {
                Err(vm.zero_division_error("division by zero"))
            } else {
                crate::numeric::int_true_divide(x, y)
                    .map(Value::Float)
                    .map_err(|m| vm.overflow_error(m))
            }
        }
        BinOp::Power => int_pow(vm, x, y),
        BinOp::MatrixMultiply => return None,
    };
    Some(r)
}

fn int_pow(vm: &mut Vm, x: &BigInt, y: &BigInt) -> PyResult<Value> {
    if y.is_negative() {
        let fx = crate::numeric::bigint_to_f64(x).map_err(|m| vm.overflow_error(m))?;
        let fy = crate::numeric::bigint_to_f64(y).map_err(|m| vm.overflow_error(m))?;
        if fx == 0.0 {
            return Err(vm.zero_division_error("0.0 cannot be raised to a negative power"));
        }
        return Ok(Value::Float(fx.powf(fy)));
    }
    if x.is_zero() || x.is_one() {
        return Ok(Value::from_bigint(if y.is_zero() {
            BigInt::one()
        } else {
            x.clone()
        }));
    }
    if *x == BigInt::from(-1) {
        return Ok(Value::Int(if y.is_even() { 1 } else { -1 }));
    }
    let Some(e) = y.to_u32() else {
        return Err(vm.new_exception(&vm.types.exc.memory_error.clone(), ""));
    };
    // Refuse results that could not be stored (CPython would raise MemoryError eventually).
    let bits = x.bits() as u128 * e as u128;
    if bits > MAX_RESULT_BITS as u128 {
        return Err(vm.new_exception(&vm.types.exc.memory_error.clone(), ""));
    }
    Ok(Value::from_bigint(num_traits::pow(x.clone(), e as usize)))
}

/// pow(base, exp, mod) for ints.
pub fn int_pow_mod(vm: &mut Vm, base: &BigInt, exp: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let mut base = base.clone();
    let mut exp = exp.clone();
    if exp.is_negative() {
        // Modular inverse.
        let g = base.extended_gcd(m);
        if !g.gcd.is_one() && g.gcd != BigInt::from(-1) {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        base = g.x.mod_floor(m);
        exp = -exp;
    }
    let r = base.modpow(&exp, &m.abs());
    let r = if m.is_negative() && !r.is_zero() {
        r + m
    } else {
        r
    };
    Ok(Value::from_bigint(r))
}

pub fn int_neg(v: &Value) -> Option<Value> {
    match v {
        Value::Int(i) => Some(match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => Value::from_bigint(-BigInt::from(*i)),
        }),
        Value::BoolWord(b) => Some(Value::Int(-(*b as i64))),
        _ => as_bigint(v).map(|b| Value::from_bigint(-b.into_owned())),
    }
}

pub fn int_invert(v: &Value) -> Option<Value> {
    match v {
        Value::Int(i) => Some(Value::Int(!i)),
        Value::BoolWord(b) => Some(Value::Int(!(*b as i64))),
        _ => as_bigint(v).map(|b| Value::from_bigint(-b.into_owned() - 1)),
    }
}

pub fn int_abs(v: &Value) -> Option<Value> {
    match v {
        Value::Int(i) => Some(match i.checked_abs() {
            Some(n) => Value::Int(n),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        }),
        Value::BoolWord(b) => Some(Value::Int(*b as i64)),
        _ => as_bigint(v).map(|b| Value::from_bigint(b.abs())),
    }
}

/// The float value of an int (OverflowError when too large).
pub fn int_to_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::BoolWord(b) => Ok(*b as f64),
        _ => match as_bigint(v) {
            Some(b) => crate::numeric::bigint_to_f64(&b).map_err(|m| vm.overflow_error(m)),
            None => Err(vm.type_error("an integer is required")),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_division_and_modulo_follow_python() {
        assert_eq!(floor_div_i64(7, 2), Some(3));
        assert_eq!(floor_div_i64(-7, 2), Some(-4));
        assert_eq!(floor_div_i64(7, -2), Some(-4));
        assert_eq!(floor_div_i64(i64::MIN, -1), None);
        assert_eq!(mod_i64(-7, 2), Some(1));
        assert_eq!(mod_i64(7, -2), Some(-1));
        assert_eq!(mod_i64(-6, 3), Some(0));
    }

    #[test]
    fn overflow_promotes() {
        let v = int_neg(&Value::Int(i64::MIN)).unwrap();
        assert!(matches!(v.as_object(), Some(Object::BigInt(_))));
        assert!(int_float_eq(3, 3.0));
        assert!(!int_float_eq(i64::MAX, 9.223372036854776e18));
    }
}
