//! tuple as a Python type: constructor and methods.

use crate::objects::function::Args;
use crate::objects::type_type::new_instance;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

pub fn init(vm: &mut Vm) {
    let t = vm.types.tuple.clone();
    vm.add_staticmethod(&t, "__new__", tuple_new);
}

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    let cls = args.pos.first().cloned().unwrap_or_default();
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!("tuple expected at most 1 argument, got {}", args.pos.len() - 1)));
    }
    let value = match args.pos.get(1) {
        Some(it) if it.as_tuple().is_some() && matches!(it.as_object(), Some(crate::value::Object::Tuple(_))) => it.clone(),
        Some(it) => {
            let items = vm.collect(it)?;
            vm.new_tuple(items)
        }
        None => vm.new_tuple(Vec::new()),
    };
    match cls.as_obj() {
        Some(c) if !Rc::ptr_eq(c, &vm.types.tuple) => Ok(new_instance(vm, c, value)),
        _ => Ok(value),
    }
}
