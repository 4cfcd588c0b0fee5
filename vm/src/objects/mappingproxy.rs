//! `mappingproxy`: a read-only, live view of a mapping (a class's `__dict__`). An instance is an
//! `InstanceObj` of the builtin class without a dict, holding the mapping in its one slot; every
//! operation goes to the mapping, so later changes to it show through.

use crate::objects::class::InstanceObj;
use crate::objects::function::Args;
use crate::objects::list_type::{method_args, Sig};
use crate::value::{Object, Payload, Value};
use crate::vm::{PyResult, Vm};
use pyvm_compiler::bytecode::{BinOp, CmpOp};

pub fn init(vm: &mut Vm) {
    let t = vm.types.mappingproxy.clone();
    vm.add_staticmethod(&t, "__new__", proxy_new);
    vm.add_method(&t, "__getitem__", proxy_getitem);
    vm.add_method(&t, "__contains__", proxy_contains);
    vm.add_method(&t, "__len__", proxy_len);
    vm.add_method(&t, "__iter__", proxy_iter);
    vm.add_method(&t, "__reversed__", proxy_reversed);
    vm.add_method(&t, "__repr__", proxy_repr);
    vm.add_method(&t, "__str__", proxy_str);
    vm.add_method(&t, "get", proxy_get);
    vm.add_method(&t, "keys", proxy_keys);
    vm.add_method(&t, "values", proxy_values);
    vm.add_method(&t, "items", proxy_items);
    vm.add_method(&t, "copy", proxy_copy);
    vm.add_method(&t, "__eq__", proxy_eq);
    vm.add_method(&t, "__ne__", proxy_ne);
    vm.add_method(&t, "__lt__", proxy_lt);
    vm.add_method(&t, "__le__", proxy_le);
    vm.add_method(&t, "__gt__", proxy_gt);
    vm.add_method(&t, "__ge__", proxy_ge);
    vm.add_method(&t, "__or__", proxy_or);
    vm.add_method(&t, "__ror__", proxy_ror);
    vm.add_method(&t, "__ior__", proxy_ior);
    let key = vm.intern("__hash__");
    vm.class_set_attr(&t, key, Value::None);
}

/// A mappingproxy over `mapping`.
pub fn new_mappingproxy(vm: &Vm, mapping: Value) -> Value {
    Value::obj(Payload::Instance(InstanceObj::with_slot(
        vm.types.mappingproxy.clone(),
        mapping,
    )))
}

fn is_proxy(v: &Value) -> bool {
    matches!(v.as_object(), Some(Object::Instance(i)) if i.class.with(|c| matches!(c.view(), Object::Class(k) if k.is_builtin && k.name.with(|n| n.as_str().is_some_and(|s| s.as_str() == "mappingproxy")))))
}

/// The receiver's mapping, after checking the receiver and the argument count.
fn target(vm: &Vm, args: &Args, meth: &str, sig: Sig) -> PyResult<Value> {
    let me = method_args(vm, args, "mappingproxy", meth, sig, is_proxy)?;
    Ok(match me.as_object() {
        Some(Object::Instance(i)) => i.slots.with(|s| s.first().cloned().unwrap_or_default()),
        _ => Value::None,
    })
}

fn proxy_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut mapping = None;
    for (k, v) in &args.kw {
        if k.as_str().is_some_and(|s| s.as_str() == "mapping") && mapping.is_none() {
            mapping = Some(v.clone());
        } else {
            let n = k.as_str().map_or("?", |s| s.as_str());
            return Err(vm.type_error(format!(
                "mappingproxy() got an unexpected keyword argument '{n}'"
            )));
        }
    }
    let n = args.pos.len().saturating_sub(1) + mapping.is_some() as usize;
    if n > 1 {
        return Err(vm.type_error(format!(
            "mappingproxy() takes at most 1 argument ({n} given)"
        )));
    }
    let Some(mapping) = mapping.or_else(|| args.pos.get(1).cloned()) else {
        return Err(vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)"));
    };
    // CPython's PyMapping_Check, minus the sequences that also have __getitem__.
    let t = vm.type_of(&mapping);
    let is_sequence = mapping.as_list().is_some() || mapping.as_tuple().is_some();
    if is_sequence || vm.class_lookup_str(&t, "__getitem__").is_none() {
        let tn = vm.type_name(&mapping);
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {tn}"
        )));
    }
    Ok(new_mappingproxy(vm, mapping))
}

fn proxy_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = target(vm, &args, "__getitem__", Sig::Slot(1))?;
    vm.get_item(&m, &args.pos[1])
}

fn proxy_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = target(vm, &args, "__contains__", Sig::Slot(1))?;
    Ok(Value::Bool(vm.contains(&m, &args.pos[1])?))
}

fn proxy_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = target(vm, &args, "__len__", Sig::Slot(0))?;
    Ok(Value::Int(vm.len(&m)? as i64))
}

fn proxy_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = target(vm, &args, "__iter__", Sig::Slot(0))?;
    vm.get_iter(&m)
}

fn proxy_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = target(vm, &args, "__reversed__", Sig::NoArgs)?;
    vm.call_method(&m, "__reversed__", vec![])
}

fn proxy_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = target(vm, &args, "__repr__", Sig::Slot(0))?;
    let r = vm.repr(&m)?;
    Ok(vm.new_str(format!("mappingproxy({r})")))
}

fn proxy_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = target(vm, &args, "__str__", Sig::Slot(0))?;
    vm.str(&m)
}

fn proxy_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = target(vm, &args, "get", Sig::Var(1, 2))?;
    vm.call_method(&m, "get", args.pos[1..].to_vec())
}

fn delegate(vm: &mut Vm, args: &Args, meth: &'static str) -> PyResult<Value> {
    let m = target(vm, args, meth, Sig::NoArgs)?;
    vm.call_method(&m, meth, vec![])
}

fn proxy_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "keys")
}
fn proxy_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "values")
}
fn proxy_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "items")
}
fn proxy_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "copy")
}

fn compare(vm: &mut Vm, args: &Args, meth: &str, op: CmpOp) -> PyResult<Value> {
    let m = target(vm, args, meth, Sig::Slot(1))?;
    vm.rich_compare(&m, &args.pos[1], op)
}

fn proxy_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__eq__", CmpOp::Eq)
}
fn proxy_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__ne__", CmpOp::Ne)
}
fn proxy_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__lt__", CmpOp::Lt)
}
fn proxy_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__le__", CmpOp::Le)
}
fn proxy_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__gt__", CmpOp::Gt)
}
fn proxy_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__ge__", CmpOp::Ge)
}

/// The mapping behind a proxy operand of `|` (the operand itself otherwise).
fn unwrap(v: &Value) -> Value {
    match v.as_object() {
        Some(Object::Instance(i)) if is_proxy(v) => {
            i.slots.with(|s| s.first().cloned().unwrap_or_default())
        }
        _ => v.clone(),
    }
}

fn proxy_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = target(vm, &args, "__or__", Sig::SlotUnpack(1))?;
    let other = unwrap(&args.pos[1]);
    vm.binary_op(&m, &other, BinOp::Or)
}

fn proxy_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = target(vm, &args, "__ror__", Sig::SlotUnpack(1))?;
    let other = unwrap(&args.pos[1]);
    vm.binary_op(&other, &m, BinOp::Or)
}

fn proxy_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    target(vm, &args, "__ior__", Sig::SlotUnpack(1))?;
    Err(vm.type_error("'|=' is not supported by mappingproxy; use '|' instead"))
}
