//! The _functools module: reduce and the partial type (functools.py derives its `partial` from
//! this one so that partial objects get an attribute dict).

use crate::clinic::new_cls;
use pyvm_vm::objects::native::NativeData;
use pyvm_vm::{Args, NativeFn, PyResult, Value, Vm};

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("_functools");
    let f = vm.new_native("reduce", reduce);
    vm.module_set(&m, "reduce", f);
    let t = vm.new_native_type("functools", "partial", true);
    vm.add_staticmethod(&t, "__new__", partial_new);
    vm.add_method(&t, "__call__", partial_call);
    vm.add_method(&t, "__repr__", partial_repr);
    let readonly = vm.new_native("readonly", partial_readonly);
    for (name, getter) in [
        ("func", partial_func as NativeFn),
        ("args", partial_args),
        ("keywords", partial_keywords),
    ] {
        let g = vm.new_native(name, getter);
        let prop = vm.call(
            &Value::Obj(vm.types.property.clone()),
            Args::new([g, readonly.clone()]),
        )?;
        let key = vm.intern(name);
        vm.class_set_attr(&t, key, prop);
    }
    vm.module_set(&m, "partial", Value::Obj(t));
    Ok(m)
}

fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("reduce", &args, 2, 3)?;
    let func = args.pos[0].clone();
    if !vm.is_iterable(&args.pos[1]) {
        return Err(vm.type_error("reduce() arg 2 must support iteration"));
    }
    let it = vm.get_iter(&args.pos[1])?;
    let mut acc = args.pos.get(2).cloned();
    while let Some(x) = vm.iter_next(&it)? {
        acc = Some(match acc {
            None => x,
            Some(a) => vm.call(&func, Args::new([a, x]))?,
        });
    }
    acc.ok_or_else(|| vm.type_error("reduce() of empty iterable with no initial value"))
}

struct Partial {
    func: Value,
    args: Vec<Value>,
    /// (name, value) pairs in the order given.
    kw: Vec<(Value, Value)>,
}

impl NativeData for Partial {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        self.args.iter().for_each(&mut *visit);
        for (k, v) in &self.kw {
            visit(k);
            visit(v);
        }
    }
    fn clear(&mut self) {
        self.func = Value::None;
        self.args.clear();
        self.kw.clear();
    }
}

const P: &str = "functools.partial";

/// Whether `p` carries attributes of its own (a partial with a `__dict__` is not flattened).
fn has_own_attrs(vm: &mut Vm, p: &Value) -> PyResult<bool> {
    let name = vm.intern("__dict__");
    match vm.get_attr_opt(p, &name)? {
        Some(d) => Ok(vm.len(&d).unwrap_or(0) > 0),
        None => Ok(false),
    }
}

fn partial_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    }
    let cls = new_cls(vm, &args);
    let mut func = args.pos[1].clone();
    if !vm.is_callable(&func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let mut pargs = Vec::new();
    let mut kw: Vec<(Value, Value)> = Vec::new();
    if vm.is_native::<Partial>(&func) && !has_own_attrs(vm, &func)? {
        let inner = vm.native_with(&func, |p: &Partial| {
            (p.func.clone(), p.args.clone(), p.kw.clone())
        });
        if let Some((f, a, k)) = inner {
            func = f;
            pargs = a;
            kw = k;
        }
    }
    pargs.extend(args.pos[2..].iter().cloned());
    for (k, v) in args.kw {
        merge_kw(&mut kw, k, v);
    }
    let data = Partial {
        func,
        args: pargs,
        kw,
    };
    Ok(vm.new_native_object(&cls, Box::new(data)))
}

/// Sets `k` in the keyword list: a later value replaces an earlier one in place.
fn merge_kw(kw: &mut Vec<(Value, Value)>, k: Value, v: Value) {
    let name = k.as_str().map(|s| s.as_str().to_string());
    match kw
        .iter_mut()
        .find(|(old, _)| old.as_str().map(|s| s.as_str().to_string()) == name)
    {
        Some(slot) => slot.1 = v,
        None => kw.push((k, v)),
    }
}

/// A partial's function, positional arguments and keyword pairs.
type Parts = (Value, Vec<Value>, Vec<(Value, Value)>);

fn parts(vm: &Vm, me: &Value, method: &str) -> PyResult<Parts> {
    vm.native_self(me, P, method, |p: &Partial| {
        (p.func.clone(), p.args.clone(), p.kw.clone())
    })
}

fn partial_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos.first().cloned().unwrap_or(Value::None);
    let (func, mut pargs, mut kw) = parts(vm, &me, "__call__")?;
    pargs.extend(args.pos.into_iter().skip(1));
    for (k, v) in args.kw {
        merge_kw(&mut kw, k, v);
    }
    let mut a = Args::new(pargs);
    a.kw = kw;
    vm.call(&func, a)
}

fn partial_func(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos.first().cloned().unwrap_or(Value::None);
    Ok(parts(vm, &me, "func")?.0)
}

fn partial_args(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos.first().cloned().unwrap_or(Value::None);
    let a = parts(vm, &me, "args")?.1;
    Ok(vm.new_tuple(a))
}

fn partial_keywords(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos.first().cloned().unwrap_or(Value::None);
    let kw = parts(vm, &me, "keywords")?.2;
    let d = vm.new_dict();
    for (k, v) in kw {
        vm.dict_set(&d, k, v)?;
    }
    Ok(d)
}

fn partial_readonly(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.attribute_error("readonly attribute"))
}

fn partial_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos.first().cloned().unwrap_or(Value::None);
    let (func, pargs, kw) = parts(vm, &me, "__repr__")?;
    let t = Value::Obj(vm.type_of(&me));
    let module = vm
        .get_attr_str(&t, "__module__")
        .ok()
        .and_then(|m| m.as_str().map(|s| s.as_str().to_string()));
    let qual = vm
        .get_attr_str(&t, "__qualname__")
        .ok()
        .and_then(|m| m.as_str().map(|s| s.as_str().to_string()))
        .unwrap_or_else(|| vm.type_name(&me));
    let name = match module.as_deref() {
        Some("functools") => format!("functools.{qual}"),
        _ => qual,
    };
    let addr = me.address();
    if vm.repr_stack.contains(&addr) {
        return Ok(vm.new_str("..."));
    }
    vm.repr_stack.push(addr);
    let r = (|| {
        let mut parts = vec![vm.repr(&func)?];
        for a in &pargs {
            parts.push(vm.repr(a)?);
        }
        for (k, v) in &kw {
            let k = vm.str_of(k)?;
            parts.push(format!("{k}={}", vm.repr(v)?));
        }
        Ok(parts.join(", "))
    })();
    vm.repr_stack.retain(|&a| a != addr);
    let r: String = r?;
    Ok(vm.new_str(format!("{name}({r})")))
}
