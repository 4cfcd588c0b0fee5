//! list as a Python type: constructor and methods.

use crate::objects::function::Args;
use crate::objects::type_type::new_instance;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

pub fn init(vm: &mut Vm) {
    let t = vm.types.list.clone();
    vm.add_staticmethod(&t, "__new__", list_new);
    vm.add_method(&t, "__init__", list_init);
    vm.add_method(&t, "append", list_append);
}

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or_default();
    let list = vm.new_list(Vec::new());
    match cls.as_obj() {
        Some(c) if !Rc::ptr_eq(c, &vm.types.list) => Ok(new_instance(vm, c, list)),
        _ => Ok(list),
    }
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!("list expected at most 1 argument, got {}", args.pos.len() - 1)));
    }
    let Some(l) = args.pos[0].as_list() else {
        return Err(vm.type_error("descriptor '__init__' requires a 'list' object"));
    };
    let items = match args.pos.get(1) {
        Some(it) => vm.collect(it)?,
        None => Vec::new(),
    };
    let old = l.replace(items);
    drop(old);
    Ok(Value::None)
}

fn list_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("append", &args, 2, 2)?;
    let mut it = args.pos.into_iter();
    let (list, item) = (it.next().unwrap_or_default(), it.next().unwrap_or_default());
    match list.as_list() {
        Some(l) => l.with_mut(|v| v.push(item)),
        None => return Err(vm.type_error("descriptor 'append' for 'list' objects doesn't apply to this object")),
    }
    Ok(Value::None)
}
