//! BaseException and its subclasses as Python types: construction, args, chaining helpers.

use crate::objects::exception::ExceptionObj;
use crate::objects::function::Args;
use crate::value::{Object, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.exc.base_exception.clone();
    vm.add_staticmethod(&t, "__new__", exception_new);
    vm.add_method(&t, "__init__", exception_init);
    vm.add_method(&t, "with_traceback", exception_with_traceback);
    vm.add_method(&t, "add_note", exception_add_note);
}

fn exception_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or_default();
    let Some(class) = cls.as_obj().cloned() else {
        return Err(vm.type_error("BaseException.__new__(X): X is not a type object"));
    };
    let rest: Vec<Value> = args.pos.iter().skip(1).cloned().collect();
    let a = vm.new_tuple(rest);
    Ok(Value::obj(Object::Exception(ExceptionObj::new(class, a))))
}

fn exception_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Object::Exception(e)) = args.pos.first().and_then(|v| v.as_object()) else {
        return Err(vm.type_error("descriptor '__init__' requires a 'BaseException' object"));
    };
    let rest: Vec<Value> = args.pos.iter().skip(1).cloned().collect();
    let a = vm.new_tuple(rest);
    e.args.replace(a);
    Ok(Value::None)
}

fn exception_with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("with_traceback", &args, 2, 2)?;
    let Some(Object::Exception(e)) = args.pos[0].as_object() else {
        return Err(vm.type_error("descriptor 'with_traceback' requires a 'BaseException' object"));
    };
    let tb = args.pos[1].clone();
    let is_tb = matches!(tb.as_object(), Some(Object::Instance(i)) if std::rc::Rc::ptr_eq(&i.class, &vm.types.traceback));
    if tb.is_none() {
        e.traceback.replace(Vec::new());
        e.tb_object.replace((0, Value::None));
    } else if is_tb {
        let n = e.traceback.with(|t| t.len());
        e.tb_object.replace((n, tb));
    } else {
        return Err(vm.type_error("__traceback__ must be a traceback or None"));
    }
    Ok(args.pos[0].clone())
}

fn exception_add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("add_note", &args, 2, 2)?;
    Err(vm.not_implemented_error("exception notes are not supported by pyvm yet"))
}
