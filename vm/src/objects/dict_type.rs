//! dict as a Python type: constructor and methods.

use crate::objects::function::Args;
use crate::objects::type_type::new_instance;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

pub fn init(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    vm.add_staticmethod(&t, "__new__", dict_new);
    vm.add_method(&t, "__init__", dict_init);
}

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or_default();
    let d = vm.new_dict();
    match cls.as_obj() {
        Some(c) if !Rc::ptr_eq(c, &vm.types.dict) => Ok(new_instance(vm, c, d)),
        _ => Ok(d),
    }
}

/// dict.__init__ / dict.update semantics: a mapping or iterable of pairs, then keywords.
fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!("dict expected at most 1 argument, got {}", args.pos.len() - 1)));
    }
    let d = args.pos[0].clone();
    if let Some(src) = args.pos.get(1) {
        vm.dict_update_from(&d, src, false)?;
    }
    for (k, v) in args.kw {
        vm.dict_set(&d, k, v)?;
    }
    Ok(Value::None)
}
