//! int and bool as Python types: constructors and methods.

use crate::numeric;
use crate::objects::function::Args;
use crate::objects::int;
use crate::objects::type_type::new_instance;
use crate::value::{Object, Value};
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

pub fn init(vm: &mut Vm) {
    let t = vm.types.int.clone();
    vm.add_staticmethod(&t, "__new__", int_new);
    let b = vm.types.bool_.clone();
    vm.add_staticmethod(&b, "__new__", bool_new);
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
                return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for int()")))
            }
            None => {}
        }
    }
    if pos.len() > 2 {
        return Err(vm.type_error(format!("int() takes at most 2 arguments ({} given)", pos.len())));
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
                return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
            };
            let text = if let Some(s) = x.as_str() {
                s.as_str().to_string()
            } else if let Some(bytes) = vm.bytes_like(x) {
                String::from_utf8_lossy(&bytes).into_owned()
            } else {
                return Err(vm.type_error("int() can't convert non-string with explicit base"));
            };
            if !(base == 0 || (2..=36).contains(&base)) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            parse_int_value(vm, &text, base as u32)?
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

/// int(x) for one argument.
pub fn int_from_value(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            return match numeric::float_to_bigint(f.trunc()) {
                Some(b) => Ok(Value::from_bigint(b)),
                None if f.is_nan() => Err(vm.value_error("cannot convert float NaN to integer")),
                None => Err(vm.overflow_error("cannot convert float infinity to integer")),
            }
        }
        _ => {}
    }
    if let Some(Object::BigInt(_)) = x.as_object() {
        return Ok(x.clone());
    }
    if let Some(s) = x.as_str() {
        let text = s.as_str().to_string();
        return parse_int_value(vm, &text, 10);
    }
    if let Some(b) = vm.bytes_like(x) {
        let text = String::from_utf8_lossy(&b).into_owned();
        return parse_int_value(vm, &text, 10);
    }
    for name in ["__int__", "__index__"] {
        if let Some(r) = vm.call_special_opt(x, name, vec![])? {
            if int::is_int(&r) {
                return Ok(int::as_bigint(&r).map(|b| Value::from_bigint(b.into_owned())).unwrap_or(r));
            }
            let t = vm.type_name(&r);
            return Err(vm.type_error(format!("{name} returned non-int (type {t})")));
        }
    }
    if let Some(r) = vm.call_special_opt(x, "__trunc__", vec![])? {
        return int_from_value(vm, &r);
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

/// Wraps the value for subclasses of int.
fn finish(vm: &mut Vm, cls: &Value, value: Value) -> PyResult<Value> {
    match cls.as_obj() {
        Some(c) if !Rc::ptr_eq(c, &vm.types.int) => Ok(new_instance(vm, c, value)),
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
