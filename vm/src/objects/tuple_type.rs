//! tuple as a Python type: constructor and methods.

use crate::objects::function::Args;
use crate::objects::iterators::IterState;
use crate::objects::list_type::{
    base_value, index_bounds, method_args, repeat_count, repeat_items, Sig,
};
use crate::objects::type_type::new_instance;
use crate::value::{Object, Value};
use crate::vm::{PyResult, Vm};
use pyvm_compiler::bytecode::CmpOp;

pub fn init(vm: &mut Vm) {
    let t = vm.types.tuple.clone();
    vm.add_staticmethod(&t, "__new__", tuple_new);
    vm.add_method(&t, "index", tuple_index);
    vm.add_method(&t, "count", tuple_count);
    vm.add_method(&t, "__len__", tuple_len);
    vm.add_method(&t, "__getitem__", tuple_getitem);
    vm.add_method(&t, "__contains__", tuple_contains);
    vm.add_method(&t, "__iter__", tuple_iter);
    vm.add_method(&t, "__add__", tuple_add);
    vm.add_method(&t, "__mul__", tuple_mul);
    vm.add_method(&t, "__rmul__", tuple_rmul);
    vm.add_method(&t, "__eq__", tuple_eq);
    vm.add_method(&t, "__ne__", tuple_ne);
    vm.add_method(&t, "__lt__", tuple_lt);
    vm.add_method(&t, "__le__", tuple_le);
    vm.add_method(&t, "__gt__", tuple_gt);
    vm.add_method(&t, "__ge__", tuple_ge);
    vm.add_method(&t, "__hash__", tuple_hash);
    vm.add_method(&t, "__repr__", tuple_repr);
    crate::objects::list_type::add_class_getitem(vm, &t);
}

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    let cls = args.pos.first().cloned().unwrap_or_default();
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let value = match args.pos.get(1) {
        Some(it) if matches!(it.as_object(), Some(Object::Tuple(_))) => it.clone(),
        Some(it) => {
            let items = vm.collect(it)?;
            vm.new_tuple(items)
        }
        None => vm.new_tuple(Vec::new()),
    };
    match cls.as_obj() {
        Some(c) if !crate::value::ObjRef::ptr_eq(c, &vm.types.tuple) => {
            Ok(new_instance(vm, c, value))
        }
        _ => Ok(value),
    }
}

fn is_tuple(v: &Value) -> bool {
    v.as_tuple().is_some()
}

/// The receiver's items (copied out: comparisons may run Python code).
fn items(vm: &Vm, args: &Args, meth: &str, sig: Sig) -> PyResult<Vec<Value>> {
    let me = method_args(vm, args, "tuple", meth, sig, is_tuple)?;
    Ok(me.as_tuple().map(|t| t.to_vec()).unwrap_or_default())
}

fn recv(vm: &Vm, args: &Args, meth: &str, sig: Sig) -> PyResult<Value> {
    method_args(vm, args, "tuple", meth, sig, is_tuple).map(base_value)
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = items(vm, &args, "index", Sig::Var(1, 3))?;
    let (start, stop) = index_bounds(vm, &args.pos[2..], items.len())?;
    let x = &args.pos[1];
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if vm.eq(item, x)? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = items(vm, &args, "count", Sig::One)?;
    let x = &args.pos[1];
    let mut n = 0i64;
    for item in &items {
        if vm.eq(item, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = method_args(vm, &args, "tuple", "__len__", Sig::Slot(0), is_tuple)?;
    Ok(Value::Int(me.as_tuple().map_or(0, |t| t.len()) as i64))
}

fn tuple_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(vm, &args, "__getitem__", Sig::Slot(1))?;
    vm.get_item(&me, &args.pos[1])
}

fn tuple_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(vm, &args, "__contains__", Sig::Slot(1))?;
    vm.contains(&me, &args.pos[1]).map(Value::Bool)
}

fn tuple_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(vm, &args, "__iter__", Sig::Slot(0))?;
    Ok(vm.new_iterator(IterState::Seq { seq: me, index: 0 }))
}

fn tuple_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut items = items(vm, &args, "__add__", Sig::Slot(1))?;
    let Some(other) = args.pos[1].as_tuple() else {
        let t = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("can only concatenate tuple (not \"{t}\") to tuple")));
    };
    if other.is_empty() && matches!(args.pos[0].as_object(), Some(Object::Tuple(_))) {
        return Ok(args.pos[0].clone());
    }
    items.extend(other.iter().cloned());
    Ok(vm.new_tuple(items))
}

fn tuple_repeat(vm: &mut Vm, args: &Args, meth: &str) -> PyResult<Value> {
    let items = items(vm, args, meth, Sig::SlotUnpack(1))?;
    let n = repeat_count(vm, &args.pos[1])?;
    if n == 1 && matches!(args.pos[0].as_object(), Some(Object::Tuple(_))) {
        return Ok(args.pos[0].clone());
    }
    let out = repeat_items(vm, &items, n)?;
    Ok(vm.new_tuple(out))
}

fn tuple_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_repeat(vm, &args, "__mul__")
}

fn tuple_rmul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_repeat(vm, &args, "__rmul__")
}

fn tuple_compare(vm: &mut Vm, args: &Args, meth: &str, op: CmpOp) -> PyResult<Value> {
    let me = recv(vm, args, meth, Sig::Slot(1))?;
    if !is_tuple(&args.pos[1]) {
        return Ok(vm.not_implemented.clone());
    }
    let other = base_value(&args.pos[1]);
    vm.rich_compare(&me, &other, op)
}

fn tuple_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_compare(vm, &args, "__eq__", CmpOp::Eq)
}
fn tuple_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_compare(vm, &args, "__ne__", CmpOp::Ne)
}
fn tuple_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_compare(vm, &args, "__lt__", CmpOp::Lt)
}
fn tuple_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_compare(vm, &args, "__le__", CmpOp::Le)
}
fn tuple_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_compare(vm, &args, "__gt__", CmpOp::Gt)
}
fn tuple_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_compare(vm, &args, "__ge__", CmpOp::Ge)
}

fn tuple_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(vm, &args, "__hash__", Sig::Slot(0))?;
    vm.hash(&me).map(Value::Int)
}

fn tuple_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(vm, &args, "__repr__", Sig::Slot(0))?;
    let r = vm.repr(&me)?;
    Ok(vm.new_str(r))
}
