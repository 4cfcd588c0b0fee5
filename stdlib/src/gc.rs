//! The gc module: the cycle collector's switches, counts and introspection, as CPython's.

use pyvm_vm::heap::gc::GENERATIONS;
use pyvm_vm::{Args, PyResult, Value, Vm};

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("gc");
    let funcs: &[(&'static str, pyvm_vm::NativeFn)] = &[
        ("collect", gc_collect),
        ("enable", gc_enable),
        ("disable", gc_disable),
        ("isenabled", gc_isenabled),
        ("get_count", gc_get_count),
        ("get_threshold", gc_get_threshold),
        ("set_threshold", gc_set_threshold),
        ("is_tracked", gc_is_tracked),
        ("is_finalized", gc_is_finalized),
        ("get_objects", gc_get_objects),
        ("get_referents", gc_get_referents),
        ("get_referrers", gc_get_referrers),
        ("freeze", gc_freeze),
        ("unfreeze", gc_unfreeze),
        ("get_freeze_count", gc_get_freeze_count),
        ("get_stats", gc_get_stats),
        ("get_debug", gc_get_debug),
        ("set_debug", gc_set_debug),
    ];
    for (name, f) in funcs {
        let v = vm.new_native(name, *f);
        vm.module_set(&m, name, v);
    }
    let callbacks = vm.gc_callbacks.clone();
    vm.module_set(&m, "callbacks", callbacks);
    let garbage = vm.new_list(Vec::new());
    vm.module_set(&m, "garbage", garbage);
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        vm.module_set(&m, name, Value::Int(v));
    }
    Ok(m)
}

/// The value of an argument given by position or keyword, if any.
fn arg(vm: &Vm, args: &Args, pos: usize, name: &str, fname: &str) -> PyResult<Option<Value>> {
    for (k, v) in &args.kw {
        if k.as_str().is_some_and(|s| s.as_str() == name) {
            return Ok(Some(v.clone()));
        }
        let k = k.as_str().map_or(String::new(), |s| s.as_str().to_string());
        if k != name {
            return Err(vm.type_error(format!(
                "{fname}() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    Ok(args.pos.get(pos).cloned())
}

fn at_most(vm: &Vm, name: &str, args: &Args, max: usize) -> PyResult<()> {
    let n = args.pos.len() + args.kw.len();
    if n > max {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            if max == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.to_index(v)? {
        Some(i) => Ok(i),
        None => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

fn gc_collect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    at_most(vm, "collect", &args, 1)?;
    let generation = match arg(vm, &args, 0, "generation", "collect")? {
        Some(v) => int_arg(vm, &v)?,
        None => 2,
    };
    if !(0..GENERATIONS as i64).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    let found = vm.collect_garbage(generation as usize);
    Ok(Value::Int(found as i64))
}

fn gc_enable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("enable", &args, 0, 0)?;
    vm.heap.enabled.set(true);
    Ok(Value::None)
}

fn gc_disable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("disable", &args, 0, 0)?;
    vm.heap.enabled.set(false);
    Ok(Value::None)
}

fn gc_isenabled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("isenabled", &args, 0, 0)?;
    Ok(Value::Bool(vm.heap.enabled.get()))
}

fn gc_get_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("get_count", &args, 0, 0)?;
    let counts: Vec<Value> = vm
        .heap
        .counts
        .iter()
        .map(|c| Value::Int(c.get() as i64))
        .collect();
    Ok(vm.new_tuple(counts))
}

fn gc_get_threshold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("get_threshold", &args, 0, 0)?;
    let t: Vec<Value> = vm
        .heap
        .thresholds
        .iter()
        .map(|c| Value::Int(c.get() as i64))
        .collect();
    Ok(vm.new_tuple(t))
}

fn gc_set_threshold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("set_threshold() takes no keyword arguments"));
    }
    let n = args.pos.len();
    if n == 0 {
        return Err(vm.type_error("set_threshold() takes at least 1 argument (0 given)"));
    }
    if n > 3 {
        return Err(vm.type_error(format!(
            "set_threshold() takes at most 3 arguments ({n} given)"
        )));
    }
    let mut values = Vec::with_capacity(n);
    for v in args.pos.iter() {
        values.push(int_arg(vm, v)?);
    }
    for (i, v) in values.into_iter().enumerate() {
        vm.heap.thresholds[i].set(v.max(0) as usize);
    }
    Ok(Value::None)
}

fn gc_is_tracked(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("is_tracked", &args, 1, 1)?;
    Ok(Value::Bool(
        args.pos[0]
            .as_obj()
            .is_some_and(|o| o.is_tracked_for_python()),
    ))
}

fn gc_is_finalized(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("is_finalized", &args, 1, 1)?;
    Ok(Value::Bool(
        args.pos[0].as_obj().is_some_and(|o| o.is_finalized()),
    ))
}

fn gc_get_objects(vm: &mut Vm, args: Args) -> PyResult<Value> {
    at_most(vm, "get_objects", &args, 1)?;
    let generation = match arg(vm, &args, 0, "generation", "get_objects")? {
        None | Some(Value::None) => None,
        Some(v) => {
            let g = int_arg(vm, &v)?;
            if g >= GENERATIONS as i64 {
                return Err(vm.value_error(format!(
                    "generation parameter must be less than the number of available generations ({GENERATIONS})"
                )));
            }
            if g < 0 {
                return Err(vm.value_error("generation parameter cannot be negative"));
            }
            Some(g as usize)
        }
    };
    let objects: Vec<Value> = vm
        .heap
        .objects(generation)
        .into_iter()
        .map(Value::Obj)
        .collect();
    Ok(vm.new_list(objects))
}

/// The objects `v` refers to, as the collector sees them (class namespaces excepted: they
/// are only ever changed through their class, which keeps its caches right).
fn referents(v: &Value) -> Vec<Value> {
    let Some(o) = v.as_obj() else {
        return Vec::new();
    };
    let out = std::cell::RefCell::new(Vec::new());
    let class_dict = v.as_class().map(|c| c.dict.clone());
    let keep = |r: &Value| !class_dict.as_ref().is_some_and(|d| d.is(r)) && !r.is_null();
    pyvm_vm::objects::traverse::traverse(
        o.view(),
        &mut |r: &Value| {
            if keep(r) {
                out.borrow_mut().push(r.clone())
            }
        },
        &mut |r: &pyvm_vm::ObjRef| {
            let r = Value::Obj(r.clone());
            if keep(&r) {
                out.borrow_mut().push(r)
            }
        },
    );
    out.into_inner()
}

fn gc_get_referents(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("get_referents() takes no keyword arguments"));
    }
    let mut out = Vec::new();
    for v in args.pos.iter() {
        out.extend(referents(v));
    }
    Ok(vm.new_list(out))
}

fn gc_get_referrers(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("get_referrers() takes no keyword arguments"));
    }
    let targets: Vec<Value> = args.pos.iter().cloned().collect();
    let mut out = Vec::new();
    for o in vm.heap.objects(None) {
        let mut hit = false;
        pyvm_vm::heap::gc::traverse(&o, &mut |r| {
            if targets
                .iter()
                .any(|t| matches!(t, Value::Obj(t) if pyvm_vm::ObjRef::ptr_eq(t, r)))
            {
                hit = true;
            }
        });
        if hit
            && !targets
                .iter()
                .any(|t| matches!(t, Value::Obj(t) if pyvm_vm::ObjRef::ptr_eq(t, &o)))
        {
            out.push(Value::Obj(o));
        }
    }
    Ok(vm.new_list(out))
}

fn gc_freeze(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("freeze", &args, 0, 0)?;
    vm.heap.freeze();
    Ok(Value::None)
}

fn gc_unfreeze(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("unfreeze", &args, 0, 0)?;
    vm.heap.unfreeze();
    Ok(Value::None)
}

fn gc_get_freeze_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("get_freeze_count", &args, 0, 0)?;
    Ok(Value::Int(vm.heap.freeze_count() as i64))
}

fn gc_get_stats(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("get_stats", &args, 0, 0)?;
    let mut out = Vec::new();
    for g in 0..GENERATIONS {
        let s = vm.heap.stats[g].get();
        let d = vm.new_dict();
        for (k, v) in [
            ("collections", s.collections),
            ("collected", s.collected),
            ("uncollectable", s.uncollectable),
        ] {
            let key = vm.new_str(k);
            vm.dict_set(&d, key, Value::Int(v as i64))?;
        }
        out.push(d);
    }
    Ok(vm.new_list(out))
}

fn gc_get_debug(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("get_debug", &args, 0, 0)?;
    Ok(vm
        .module_state
        .get("gc.debug")
        .cloned()
        .unwrap_or(Value::Int(0)))
}

fn gc_set_debug(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("set_debug", &args, 1, 1)?;
    let flags = int_arg(vm, &args.pos[0])?;
    vm.module_state.insert("gc.debug".into(), Value::Int(flags));
    Ok(Value::None)
}
