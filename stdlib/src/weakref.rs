//! The _weakref module: ref, proxy, getweakrefcount, getweakrefs and the reference types.

use pyvm_vm::heap::weak::WeakKind;
use pyvm_vm::objects::weakref_type::make_weak;
use pyvm_vm::{Args, PyResult, Value, Vm};

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("_weakref");
    let funcs: &[(&'static str, pyvm_vm::NativeFn)] = &[
        ("proxy", weakref_proxy),
        ("getweakrefcount", weakref_getweakrefcount),
        ("getweakrefs", weakref_getweakrefs),
    ];
    for (name, f) in funcs {
        let v = vm.new_native(name, *f);
        vm.module_set(&m, name, v);
    }
    let r = Value::Obj(vm.types.weakref.clone());
    let p = Value::Obj(vm.types.weakproxy.clone());
    let cp = Value::Obj(vm.types.weakcallableproxy.clone());
    vm.module_set(&m, "ref", r.clone());
    vm.module_set(&m, "ReferenceType", r);
    vm.module_set(&m, "ProxyType", p);
    vm.module_set(&m, "CallableProxyType", cp);
    Ok(m)
}

fn weakref_proxy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("proxy() takes no keyword arguments"));
    }
    let n = args.pos.len();
    if n == 0 || n > 2 {
        return Err(vm.type_error(if n == 0 {
            "proxy expected at least 1 argument, got 0".to_string()
        } else {
            format!("proxy expected at most 2 arguments, got {n}")
        }));
    }
    let obj = args.pos[0].clone();
    let mut cb = args.pos.get(1).cloned().unwrap_or(Value::Null);
    if cb.is_none() {
        cb = Value::Null;
    }
    let kind = if vm.is_callable(&obj) {
        WeakKind::CallableProxy
    } else {
        WeakKind::Proxy
    };
    Ok(Value::Obj(make_weak(vm, &obj, kind, cb)?))
}

fn weakrefs_of(v: &Value) -> Vec<pyvm_vm::ObjRef> {
    v.as_obj().map(|o| o.weakrefs()).unwrap_or_default()
}

fn weakref_getweakrefcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("getweakrefcount", &args, 1, 1)?;
    Ok(Value::Int(weakrefs_of(&args.pos[0]).len() as i64))
}

fn weakref_getweakrefs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("getweakrefs", &args, 1, 1)?;
    let refs = weakrefs_of(&args.pos[0])
        .into_iter()
        .map(Value::Obj)
        .collect();
    Ok(vm.new_list(refs))
}
