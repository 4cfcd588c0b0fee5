//! The `_abc` module: what abc.py cannot do in Python. CPython's ABCs for sequences and
//! mappings carry type flags (`__abc_tpflags__`) that decide which classes `match` treats as
//! sequences or mappings; registering a class with such an ABC sets them on it.

use pyvm_vm::objects::class::{PATMA_MAPPING, PATMA_SEQUENCE};
use pyvm_vm::{Args, Object, PyResult, Value, Vm};

/// CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING, the values `__abc_tpflags__` holds.
const TPFLAGS_SEQUENCE: i64 = 1 << 5;
const TPFLAGS_MAPPING: i64 = 1 << 6;

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("_abc");
    let funcs: &[(&'static str, pyvm_vm::NativeFn)] = &[
        ("_set_collection_flag", set_collection_flag),
        ("_collection_flag", collection_flag),
    ];
    for (name, f) in funcs {
        let v = vm.new_native(name, *f);
        vm.module_set(&m, name, v);
    }
    Ok(m)
}

/// `_set_collection_flag(cls, tpflags)`: marks a class (not a builtin one: their flags are fixed,
/// as CPython's immutable types') as a sequence or mapping for `match`.
fn set_collection_flag(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("_set_collection_flag", &args, 2, 2)?;
    let Some(class) = args.pos[0]
        .as_obj()
        .filter(|o| matches!(o.view(), Object::Class(_)))
    else {
        return Err(vm.type_error("_set_collection_flag() argument 1 must be a class"));
    };
    let flags = vm.to_index(&args.pos[1])?.unwrap_or(0);
    let kind = if flags & TPFLAGS_SEQUENCE != 0 {
        PATMA_SEQUENCE
    } else if flags & TPFLAGS_MAPPING != 0 {
        PATMA_MAPPING
    } else {
        return Ok(Value::None);
    };
    if matches!(class.view(), Object::Class(c) if !c.is_builtin) {
        vm.set_patma_kind(class, kind);
    }
    Ok(Value::None)
}

/// `_collection_flag(cls)`: the `__abc_tpflags__` bits `cls` matches with (0 for neither).
fn collection_flag(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("_collection_flag", &args, 1, 1)?;
    let Some(class) = args.pos[0]
        .as_obj()
        .filter(|o| matches!(o.view(), Object::Class(_)))
    else {
        return Ok(Value::Int(0));
    };
    Ok(Value::Int(match vm.patma_kind(class) {
        PATMA_SEQUENCE => TPFLAGS_SEQUENCE,
        PATMA_MAPPING => TPFLAGS_MAPPING,
        _ => 0,
    }))
}
