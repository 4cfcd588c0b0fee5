//! float: IEEE doubles, inline in the value; CPython's division, modulo and power rules.

use crate::value::Value;
use crate::vm::{PyResult, Vm};
use pyvm_compiler::bytecode::BinOp;

pub fn float_binop(vm: &mut Vm, x: f64, y: f64, op: BinOp) -> Option<PyResult<Value>> {
    let r = match op {
        BinOp::Add => Ok(x + y),
        BinOp::Subtract => Ok(x - y),
        BinOp::Multiply => Ok(x * y),
        BinOp::TrueDivide => {
            if y == 0.0 {
                Err(vm.zero_division_error("float division by zero"))
            } else {
                Ok(x / y)
            }
        }
        BinOp::FloorDivide => {
            if y == 0.0 {
                Err(vm.zero_division_error("float floor division by zero"))
            } else {
                Ok(crate::numeric::float_floor_div_mod(x, y).0)
            }
        }
        BinOp::Remainder => {
            if y == 0.0 {
                Err(vm.zero_division_error("float modulo"))
            } else {
                Ok(crate::numeric::float_floor_div_mod(x, y).1)
            }
        }
        BinOp::Power => {
            if is_complex_power(x, y) {
                return crate::objects::complex_type::complex_binop(
                    vm,
                    (x, 0.0),
                    (y, 0.0),
                    BinOp::Power,
                );
            }
            float_pow(vm, x, y)
        }
        _ => return None,
    };
    Some(r.map(Value::Float))
}

/// A negative base to a finite non-integral power: the result is complex (as in CPython 3).
pub fn is_complex_power(x: f64, y: f64) -> bool {
    // Infinite bases have their own rules first, as in CPython's float_pow.
    x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0
}

/// `x ** y` for floats: a float, or a complex for a negative base to a fractional power.
pub fn float_pow_value(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    if is_complex_power(x, y) {
        return crate::objects::complex_type::complex_binop(vm, (x, 0.0), (y, 0.0), BinOp::Power)
            .unwrap_or_else(|| Ok(Value::None));
    }
    float_pow(vm, x, y).map(Value::Float)
}

pub fn float_pow(vm: &mut Vm, x: f64, y: f64) -> PyResult<f64> {
    // 0.0 ** -inf is inf (infinite exponents are special cases before this one in CPython).
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(vm.zero_division_error("0.0 cannot be raised to a negative power"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(r)
}
