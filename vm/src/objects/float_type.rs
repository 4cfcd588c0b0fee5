//! float as a Python type: constructor and methods.

use crate::numeric;
use crate::objects::function::Args;
use crate::objects::int;
use crate::objects::type_type::new_instance;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

pub fn init(vm: &mut Vm) {
    let t = vm.types.float.clone();
    vm.add_staticmethod(&t, "__new__", float_new);
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    let cls = args.pos.first().cloned().unwrap_or_default();
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!("float expected at most 1 argument, got {}", args.pos.len() - 1)));
    }
    let value = match args.pos.get(1) {
        None => Value::Float(0.0),
        Some(x) => Value::Float(float_from_value(vm, x)?),
    };
    match cls.as_obj() {
        Some(c) if !Rc::ptr_eq(c, &vm.types.float) => Ok(new_instance(vm, c, value)),
        _ => Ok(value),
    }
}

/// float(x).
pub fn float_from_value(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(*b as i64 as f64),
        _ => {}
    }
    if int::is_int(x) && !matches!(x.as_object(), Some(crate::value::Object::Instance(_))) {
        return int::int_to_f64(vm, x);
    }
    if let Some(s) = x.as_str() {
        let text = s.as_str().to_string();
        return numeric::parse_float(&text).map_err(|m| vm.value_error(m));
    }
    if let Some(b) = vm.bytes_like(x) {
        let text = String::from_utf8_lossy(&b).into_owned();
        return numeric::parse_float(&text).map_err(|m| vm.value_error(m));
    }
    if let Some(r) = vm.call_special_opt(x, "__float__", vec![])? {
        return match r {
            Value::Float(f) => Ok(f),
            _ => {
                let t = vm.type_name(&r);
                Err(vm.type_error(format!("__float__ returned non-float (type {t})")))
            }
        };
    }
    if let Some(r) = vm.call_special_opt(x, "__index__", vec![])? {
        return int::int_to_f64(vm, &r);
    }
    if let Some(crate::value::Object::Instance(i)) = x.as_object() {
        if let Some(b) = i.base_value().cloned() {
            return float_from_value(vm, &b);
        }
    }
    let t = vm.type_name(x);
    Err(vm.type_error(format!("float() argument must be a string or a real number, not '{t}'")))
}
