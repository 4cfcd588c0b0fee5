//! str as a Python type: constructor and methods.

use crate::objects::function::Args;
use crate::objects::type_type::new_instance;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

pub fn init(vm: &mut Vm) {
    let t = vm.types.str.clone();
    vm.add_staticmethod(&t, "__new__", str_new);
    vm.add_method(&t, "format", str_format);
    vm.add_method(&t, "join", str_join);
}

fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or_default();
    let mut obj = args.pos.get(1).cloned();
    let mut encoding: Option<Value> = args.pos.get(2).cloned();
    for (k, v) in &args.kw {
        match k.as_str().map(|s| s.as_str()) {
            Some("object") => obj = Some(v.clone()),
            Some("encoding") => encoding = Some(v.clone()),
            Some("errors") => {}
            Some(other) => return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for str()"))),
            None => {}
        }
    }
    let value = match obj {
        None => vm.new_str(""),
        Some(o) => match (encoding, vm.bytes_like(&o)) {
            (Some(_), Some(bytes)) => match String::from_utf8(bytes) {
                Ok(s) => vm.new_str(s),
                Err(_) => return Err(vm.new_exception(&vm.types.exc.unicode_decode_error.clone(), "'utf-8' codec can't decode bytes")),
            },
            _ => vm.str(&o)?,
        },
    };
    match cls.as_obj() {
        Some(c) if !Rc::ptr_eq(c, &vm.types.str) => Ok(new_instance(vm, c, value)),
        _ => Ok(value),
    }
}

fn str_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(fmt) = args.pos.first().and_then(|v| v.as_str()).map(|s| s.as_str().to_string()) else {
        return Err(vm.type_error("descriptor 'format' requires a 'str' object"));
    };
    let out = crate::objects::strformat::str_format(vm, &fmt, &args.pos[1..], &args.kw)?;
    Ok(vm.new_str(out))
}

fn str_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("join", &args, 2, 2)?;
    let sep = args.pos[0].as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
    let items = vm.collect(&args.pos[1])?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match item.as_str() {
            Some(s) => out.push_str(s.as_str()),
            None => {
                let t = vm.type_name(item);
                return Err(vm.type_error(format!("sequence item {i}: expected str instance, {t} found")));
            }
        }
    }
    Ok(vm.new_str(out))
}
