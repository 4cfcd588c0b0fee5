//! The builtins module: builtin functions, and the builtin types and exceptions by name.

use crate::numeric;
use crate::objects::function::Args;
use crate::objects::int;
use crate::objects::iterators::IterState;
use crate::objects::sort::sort_values;
use crate::value::{Object, Value};
use crate::vm::{is_subclass, PyResult, Vm};
use pyvm_compiler::bytecode::{BinOp, CmpOp};
use std::io::{BufRead, Write};

pub fn init(vm: &mut Vm) {
    let module = vm.new_module("builtins");
    if let Some(Object::Module(m)) = module.as_object() {
        vm.builtins = m.dict.clone();
    }
    vm.builtins_module = module.clone();
    let funcs: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("print", builtin_print),
        ("len", builtin_len),
        ("repr", builtin_repr),
        ("ascii", builtin_ascii),
        ("abs", builtin_abs),
        ("hash", builtin_hash),
        ("id", builtin_id),
        ("isinstance", builtin_isinstance),
        ("issubclass", builtin_issubclass),
        ("hasattr", builtin_hasattr),
        ("getattr", builtin_getattr),
        ("setattr", builtin_setattr),
        ("delattr", builtin_delattr),
        ("iter", builtin_iter),
        ("next", builtin_next),
        ("aiter", crate::objects::async_generator::builtin_aiter),
        ("anext", crate::objects::async_generator::builtin_anext),
        ("enumerate", builtin_enumerate),
        ("zip", builtin_zip),
        ("map", builtin_map),
        ("filter", builtin_filter),
        ("reversed", builtin_reversed),
        ("sorted", builtin_sorted),
        ("min", builtin_min),
        ("max", builtin_max),
        ("sum", builtin_sum),
        ("any", builtin_any),
        ("all", builtin_all),
        ("round", builtin_round),
        ("divmod", builtin_divmod),
        ("pow", builtin_pow),
        ("chr", builtin_chr),
        ("ord", builtin_ord),
        ("hex", builtin_hex),
        ("oct", builtin_oct),
        ("bin", builtin_bin),
        ("format", builtin_format),
        ("callable", builtin_callable),
        ("globals", builtin_globals),
        ("locals", builtin_locals),
        ("vars", builtin_vars),
        ("dir", builtin_dir),
        ("input", builtin_input),
        ("exec", builtin_exec),
        ("compile", crate::objects::code_type::builtin_compile),
        ("eval", builtin_eval),
        ("open", builtin_open),
        ("__build_class__", crate::objects::type_type::build_class),
        ("__import__", builtin_import),
    ];
    for (name, f) in funcs {
        let key = vm.intern(name);
        let v = vm.new_native(name, *f);
        if *name == "__import__" {
            vm.import.builtin_import = v.clone();
        }
        let b = vm.builtins.clone();
        let _ = vm.dict_set(&b, key, v);
    }
    // The iterator builtins are classes whose constructor is the builtin function.
    macro_rules! iterator_new {
        ($($name:literal => $f:ident),*) => {$(
            {
                fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
                    let mut a = Args::new(args.pos.into_iter().skip(1));
                    a.kw = args.kw;
                    $f(vm, a)
                }
                if let Some((_, class)) = vm.iterator_classes.iter().find(|(n, _)| *n == $name).cloned() {
                    vm.add_staticmethod(&class, "__new__", new);
                    let key = vm.intern($name);
                    let b = vm.builtins.clone();
                    let _ = vm.dict_set(&b, key, Value::Obj(class));
                }
            }
        )*};
    }
    iterator_new!("enumerate" => builtin_enumerate, "zip" => builtin_zip, "map" => builtin_map, "filter" => builtin_filter, "reversed" => builtin_reversed);
    let mut named: Vec<(&'static str, Value)> = vm
        .types
        .named()
        .into_iter()
        .map(|(n, c)| (n, Value::Obj(c.clone())))
        .collect();
    named.extend(
        vm.types
            .exc
            .all()
            .into_iter()
            .map(|(n, c)| (n, Value::Obj(c.clone()))),
    );
    named.push((
        "EnvironmentError",
        Value::Obj(vm.types.exc.os_error.clone()),
    ));
    named.push(("IOError", Value::Obj(vm.types.exc.os_error.clone())));
    named.push(("NotImplemented", vm.not_implemented.clone()));
    named.push(("Ellipsis", vm.ellipsis.clone()));
    named.push(("__debug__", Value::Bool(true)));
    for (name, v) in named {
        if matches!(
            name,
            "NoneType"
                | "NotImplementedType"
                | "ellipsis"
                | "function"
                | "builtin_function_or_method"
                | "method"
                | "cell"
                | "code"
                | "generator"
                | "coroutine"
                | "async_generator"
                | "iterator"
                | "module"
                | "frame"
                | "traceback"
                | "member_descriptor"
                | "getset_descriptor"
                | "mappingproxy"
        ) {
            continue;
        }
        let key = vm.intern(name);
        let b = vm.builtins.clone();
        let _ = vm.dict_set(&b, key, v);
    }
}

fn kwarg(args: &mut Args, name: &str) -> Option<Value> {
    let i = args
        .kw
        .iter()
        .position(|(k, _)| k.as_str().is_some_and(|s| s.as_str() == name))?;
    Some(args.kw.remove(i).1)
}

fn no_kwargs(vm: &Vm, args: &Args, fname: &str) -> PyResult<()> {
    if let Some((k, _)) = args.kw.first() {
        let k = k.as_str().map_or("?", |s| s.as_str());
        return Err(vm.type_error(format!(
            "{fname}() got an unexpected keyword argument '{k}'"
        )));
    }
    Ok(())
}

fn builtin_print(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let sep = kwarg(&mut args, "sep").filter(|v| !v.is_none());
    let end = kwarg(&mut args, "end").filter(|v| !v.is_none());
    let file = kwarg(&mut args, "file").filter(|v| !v.is_none());
    let flush = kwarg(&mut args, "flush");
    no_kwargs(vm, &args, "print")?;
    let text_of = |vm: &mut Vm, v: Option<Value>, default: &str, what: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(v) => match v.as_str() {
                Some(s) => Ok(s.as_str().to_string()),
                None => {
                    let t = vm.type_name(&v);
                    Err(vm.type_error(format!("{what} must be None or a string, not {t}")))
                }
            },
        }
    };
    let sep = text_of(vm, sep, " ", "sep")?;
    let end = text_of(vm, end, "\n", "end")?;
    // CPython writes to sys.stdout as found at the call; None there means print nothing.
    let target = match file {
        Some(f) => Some(f),
        None => match vm.sys_stream(1)? {
            Some(v) if v.is_none() => return Ok(Value::None),
            other => other,
        },
    };
    match &target {
        Some(f) if vm.std_stream_index(f).is_none() => {
            // CPython writes each argument, separator and the end through file.write.
            for (i, a) in args.pos.iter().enumerate() {
                if i > 0 {
                    let s = vm.new_str(sep.as_str());
                    vm.call_method(f, "write", vec![s])?;
                }
                let s = vm.str(a)?;
                vm.call_method(f, "write", vec![s])?;
            }
            let s = vm.new_str(end.as_str());
            vm.call_method(f, "write", vec![s])?;
        }
        _ => {
            let mut out = String::new();
            for (i, a) in args.pos.iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                match a.as_object() {
                    Some(Object::Str(s)) => out.push_str(s.as_str()),
                    _ => out.push_str(&vm.str_of(a)?),
                }
            }
            out.push_str(&end);
            match &target {
                Some(f) => vm.write_stream(f, &out)?,
                None => {
                    let _ = vm.io.stdout.write_all(out.as_bytes());
                }
            }
        }
    }
    if let Some(fl) = flush {
        if vm.is_true(&fl)? {
            match target {
                Some(f) if vm.std_stream_index(&f).is_none() => {
                    vm.call_method(&f, "flush", vec![])?;
                }
                _ => {
                    let _ = vm.io.stdout.flush();
                }
            }
        }
    }
    Ok(Value::None)
}

fn builtin_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("len", &args, 1, 1)?;
    Ok(Value::Int(vm.len(&args.pos[0])? as i64))
}

fn builtin_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("repr", &args, 1, 1)?;
    let s = vm.repr(&args.pos[0])?;
    Ok(vm.new_str(s))
}

fn builtin_ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("ascii", &args, 1, 1)?;
    let s = vm.ascii(&args.pos[0])?;
    Ok(vm.new_str(s))
}

fn builtin_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("abs", &args, 1, 1)?;
    let x = &args.pos[0];
    match x {
        Value::FloatBits(f) => return Ok(Value::Float(f64::from_bits(*f).abs())),
        Value::Obj(o) if matches!(o.view(), Object::Complex(_)) => {
            let Object::Complex(c) = o.view() else {
                unreachable!()
            };
            return crate::objects::complex_type::complex_abs_value(vm, (c.re, c.im));
        }
        _ if !matches!(x.as_object(), Some(Object::Instance(_))) => {
            if let Some(v) = int::int_abs(x) {
                return Ok(v);
            }
        }
        _ => {}
    }
    if let Some(r) = vm.call_special_opt(x, "__abs__", vec![])? {
        return Ok(r);
    }
    if let Some(Object::Instance(i)) = x.as_object() {
        if let Some(b) = i.base_value().cloned() {
            return builtin_abs(vm, Args::new([b]));
        }
    }
    let t = vm.type_name(x);
    Err(vm.type_error(format!("bad operand type for abs(): '{t}'")))
}

fn builtin_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("hash", &args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args.pos[0])?))
}

fn builtin_id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("id", &args, 1, 1)?;
    Ok(Value::Int(args.pos[0].address() as i64))
}

/// isinstance with `__instancecheck__` on user metaclasses and tuples of classes.
pub fn is_instance(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    match cls.as_object() {
        Some(Object::Tuple(items)) => {
            for c in items.iter() {
                if is_instance(vm, obj, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(Object::Class(_)) => {
            let meta = vm.type_of(cls);
            if matches!(meta.view(), Object::Class(m) if !m.is_builtin) {
                if let Some(f) = vm.class_lookup_str(&meta, "__instancecheck__") {
                    if matches!(f.as_object(), Some(Object::Function(_))) {
                        let r = vm.call_method_value(&f, cls, vec![obj.clone()])?;
                        return vm.is_true(&r);
                    }
                }
            }
            let t = vm.type_of(obj);
            let c = cls
                .as_obj()
                .cloned()
                .unwrap_or_else(|| vm.types.object.clone());
            if !is_subclass(&t, &c) && Vm::is_proxy(obj) {
                // A proxy's `__class__` is its referent's.
                if let Ok(Some(r)) = vm.proxy_referent(obj) {
                    return Ok(is_subclass(&vm.type_of(&r), &c));
                }
            }
            Ok(is_subclass(&t, &c))
        }
        _ => Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
    }
}

fn builtin_isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("isinstance", &args, 2, 2)?;
    Ok(Value::Bool(is_instance(vm, &args.pos[0], &args.pos[1])?))
}

fn builtin_issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("issubclass", &args, 2, 2)?;
    let Some(sub) = args.pos[0]
        .as_obj()
        .filter(|o| matches!(o.view(), Object::Class(_)))
        .cloned()
    else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    fn check(vm: &mut Vm, sub: &crate::value::ObjRef, cls: &Value) -> PyResult<bool> {
        match cls.as_object() {
            Some(Object::Tuple(items)) => {
                for c in items.iter() {
                    if check(vm, sub, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Some(Object::Class(_)) => {
                let meta = vm.type_of(cls);
                if matches!(meta.view(), Object::Class(m) if !m.is_builtin) {
                    if let Some(f) = vm.class_lookup_str(&meta, "__subclasscheck__") {
                        if matches!(f.as_object(), Some(Object::Function(_))) {
                            let r = vm.call_method_value(&f, cls, vec![Value::Obj(sub.clone())])?;
                            return vm.is_true(&r);
                        }
                    }
                }
                Ok(cls.as_obj().is_some_and(|c| is_subclass(sub, c)))
            }
            _ => Err(
                vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
            ),
        }
    }
    Ok(Value::Bool(check(vm, &sub, &args.pos[1])?))
}

/// The name argument of getattr/setattr/delattr/hasattr: a str or str subclass, kept as given
/// (a str subclass stays the key object, as in CPython); setattr interns exact strs, as CPython
/// does, so that the attribute joins its instance's shape.
fn attr_name(vm: &mut Vm, v: &Value, intern: bool) -> PyResult<Value> {
    match v.as_object() {
        Some(Object::Str(s)) if intern && !s.is_interned() => {
            let text = s.as_str().to_string();
            Ok(vm.intern(&text))
        }
        _ if v.as_str().is_some() => Ok(v.clone()),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("attribute name must be string, not '{t}'")))
        }
    }
}

fn builtin_hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("hasattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1], false)?;
    match vm.get_attr_opt(&args.pos[0], &name) {
        Ok(v) => Ok(Value::Bool(v.is_some())),
        Err(e) if vm.err_matches(&e, &vm.types.exc.attribute_error.clone()) => {
            Ok(Value::Bool(false))
        }
        Err(e) => Err(e),
    }
}

fn builtin_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 || args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "getattr expected at least 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let name = attr_name(vm, &args.pos[1], false)?;
    if args.pos.len() == 2 {
        return vm.get_attr(&args.pos[0], &name);
    }
    // With a default, a missing attribute builds no AttributeError (as CPython's
    // _PyObject_LookupAttr): code probes attributes this way on hot paths.
    match vm.get_attr_opt(&args.pos[0], &name) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Ok(args.pos[2].clone()),
        Err(e) if vm.err_matches(&e, &vm.types.exc.attribute_error.clone()) => {
            Ok(args.pos[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn builtin_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("setattr", &args, 3, 3)?;
    let name = attr_name(vm, &args.pos[1], true)?;
    vm.set_attr(&args.pos[0], name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn builtin_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("delattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1], false)?;
    vm.del_attr(&args.pos[0], &name)?;
    Ok(Value::None)
}

fn builtin_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("iter", &args, 1, 2)?;
    if args.pos.len() == 2 {
        if !vm.is_callable(&args.pos[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(vm.new_iterator(IterState::Callable {
            func: args.pos[0].clone(),
            sentinel: args.pos[1].clone(),
        }));
    }
    vm.get_iter(&args.pos[0])
}

fn builtin_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("next", &args, 1, 2)?;
    let it = &args.pos[0];
    let is_iter = match it.as_object() {
        Some(Object::Iterator(_)) => true,
        Some(Object::Generator(g)) => g.kind == crate::objects::generator::GenKind::Generator,
        _ => false,
    } || {
        let c = vm.type_of(it);
        vm.class_lookup_str(&c, "__next__").is_some()
    };
    if !is_iter {
        let t = vm.type_name(it);
        return Err(vm.type_error(format!("'{t}' object is not an iterator")));
    }
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => match args.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => {
                let v = vm.take_stop_value();
                Err(vm.stop_iteration(v))
            }
        },
    }
}

fn builtin_enumerate(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let start = kwarg(&mut args, "start");
    if let Some(it) = kwarg(&mut args, "iterable") {
        args.pos.insert(0, it);
    }
    no_kwargs(vm, &args, "enumerate")?;
    vm.check_args("enumerate", &args, 1, 2)?;
    let start = start
        .or_else(|| args.pos.get(1).cloned())
        .unwrap_or(Value::Int(0));
    if !int::is_int(&start) {
        let t = vm.type_name(&start);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    }
    let iter = vm.get_iter(&args.pos[0])?;
    Ok(vm.new_iterator(IterState::Enumerate { iter, count: start }))
}

fn builtin_zip(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let strict = match kwarg(&mut args, "strict") {
        Some(v) => vm.is_true(&v)?,
        None => false,
    };
    no_kwargs(vm, &args, "zip")?;
    let mut iters = Vec::with_capacity(args.pos.len());
    for (i, a) in args.pos.iter().enumerate() {
        if !vm.is_iterable(a) {
            return Err(vm.type_error(format!("zip() argument #{} must support iteration", i + 1)));
        }
        iters.push(vm.get_iter(a)?);
    }
    Ok(vm.new_iterator(IterState::Zip { iters, strict }))
}

fn builtin_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "map")?;
    if args.pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let func = args.pos[0].clone();
    let mut iters = Vec::new();
    for a in &args.pos[1..] {
        iters.push(vm.get_iter(a)?);
    }
    Ok(vm.new_iterator(IterState::Map { func, iters }))
}

fn builtin_filter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("filter", &args, 2, 2)?;
    let iter = vm.get_iter(&args.pos[1])?;
    Ok(vm.new_iterator(IterState::Filter {
        func: args.pos[0].clone(),
        iter,
    }))
}

fn builtin_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("reversed", &args, 1, 1)?;
    let seq = args.pos[0].clone();
    let class = vm.type_of(&seq);
    if matches!(class.view(), Object::Class(c) if !c.is_builtin)
        && vm
            .class_lookup_str(&class, "__reversed__")
            .is_some_and(|f| f.is_none())
    {
        let t = vm.type_name(&seq);
        return Err(vm.type_error(format!("'{t}' object is not reversible")));
    }
    if let Some(r) = vm.call_special_opt(&seq, "__reversed__", vec![])? {
        return Ok(r);
    }
    match seq.as_object() {
        Some(Object::List(l)) => {
            let n = l.with(|v| v.len()) as i64;
            Ok(vm.new_iterator(IterState::Reversed {
                seq: seq.clone(),
                index: n - 1,
            }))
        }
        Some(Object::Tuple(t)) => {
            let n = t.len() as i64;
            Ok(vm.new_iterator(IterState::Reversed {
                seq: seq.clone(),
                index: n - 1,
            }))
        }
        Some(Object::Range(r)) => {
            let n = r.len();
            let last = if n > 0 { r.at(n - 1) } else { r.start };
            Ok(vm.new_iterator(IterState::Range {
                next: last,
                step: -r.step,
                remaining: n,
            }))
        }
        Some(Object::Str(_) | Object::Bytes(_) | Object::ByteArray(_)) => {
            let mut items = vm.collect(&seq)?;
            items.reverse();
            let l = vm.new_list(items);
            vm.get_iter(&l)
        }
        Some(Object::Dict(_)) => Ok(crate::objects::dict_type::dict_reversed_iter(vm, &seq)),
        // A dict subclass without its own __reversed__: the dict it wraps.
        Some(Object::Instance(i)) if i.base_value().is_some_and(|b| b.as_dict().is_some()) => {
            let base = i.base_value().cloned().unwrap_or(Value::None);
            Ok(crate::objects::dict_type::dict_reversed_iter(vm, &base))
        }
        _ => {
            let class = vm.type_of(&seq);
            if vm.class_lookup_str(&class, "__getitem__").is_some()
                && vm.class_lookup_str(&class, "__len__").is_some()
            {
                let n = vm.len(&seq)?;
                let mut items = Vec::with_capacity(n);
                for i in (0..n).rev() {
                    items.push(vm.get_item(&seq, &Value::Int(i as i64))?);
                }
                let l = vm.new_list(items);
                return vm.get_iter(&l);
            }
            let t = vm.type_name(&seq);
            Err(vm.type_error(format!("'{t}' object is not reversible")))
        }
    }
}

fn builtin_sorted(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let key = kwarg(&mut args, "key").unwrap_or(Value::None);
    let reverse = match kwarg(&mut args, "reverse") {
        Some(r) => vm.is_true(&r)?,
        None => false,
    };
    no_kwargs(vm, &args, "sort")?;
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "sorted expected 1 argument, got {}",
            args.pos.len()
        )));
    }
    let mut items = vm.collect(&args.pos[0])?;
    sort_values(vm, &mut items, &key, reverse)?;
    Ok(vm.new_list(items))
}

fn min_max(vm: &mut Vm, mut args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let key = kwarg(&mut args, "key").filter(|k| !k.is_none());
    let default = kwarg(&mut args, "default");
    no_kwargs(vm, &args, name)?;
    let items = match args.pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect(&args.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.pos.to_vec()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = match &key {
        Some(k) => vm.call(k, Args::new([best.clone()]))?,
        None => best.clone(),
    };
    for item in items.into_iter().skip(1) {
        let k = match &key {
            Some(f) => vm.call(f, Args::new([item.clone()]))?,
            None => item.clone(),
        };
        if vm.compare_bool(&k, &best_key, op)? {
            best = item;
            best_key = k;
        }
    }
    Ok(best)
}

fn builtin_min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", CmpOp::Lt)
}

fn builtin_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", CmpOp::Gt)
}

fn builtin_sum(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let start_kw = kwarg(&mut args, "start");
    no_kwargs(vm, &args, "sum")?;
    vm.check_args("sum", &args, 1, 2)?;
    let mut total = start_kw
        .or_else(|| args.pos.get(1).cloned())
        .unwrap_or(Value::Int(0));
    match total.as_object() {
        Some(Object::Str(_)) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Some(Object::Bytes(_)) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Some(Object::ByteArray(_)) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = vm.get_iter(&args.pos[0])?;
    // Floats are summed with compensation like CPython's fast path.
    while let Some(x) = vm.iter_next(&it)? {
        total = match (&total, &x) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(s) => Value::Int(s),
                None => vm.binary_op(&total, &x, BinOp::Add)?,
            },
            (Value::FloatBits(a), Value::FloatBits(b)) => {
                Value::Float(f64::from_bits(*a) + f64::from_bits(*b))
            }
            _ => vm.binary_op(&total, &x, BinOp::Add)?,
        };
    }
    Ok(total)
}

fn builtin_any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("any", &args, 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(x) = vm.iter_next(&it)? {
        if vm.is_true(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn builtin_all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("all", &args, 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(x) = vm.iter_next(&it)? {
        if !vm.is_true(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn builtin_round(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let nd_kw = kwarg(&mut args, "ndigits");
    if let Some(n) = kwarg(&mut args, "number") {
        args.pos.insert(0, n);
    }
    no_kwargs(vm, &args, "round")?;
    vm.check_args("round", &args, 1, 2)?;
    let mut x = args.pos[0].clone();
    let nd = nd_kw
        .or_else(|| args.pos.get(1).cloned())
        .filter(|v| !v.is_none());
    if let Some(Object::Instance(i)) = x.as_object() {
        let extra = nd.clone().into_iter().collect();
        if let Some(r) = vm.call_special_opt(&x, "__round__", extra)? {
            return Ok(r);
        }
        if let Some(b) = i.base_value().cloned() {
            x = b;
        }
    }
    match (x.as_f64(), nd) {
        (Some(f), None) => numeric::float_round_to_int(f)
            .map(Value::from_bigint)
            .map_err(|m| {
                if m.contains("NaN") {
                    vm.value_error(m)
                } else {
                    vm.overflow_error(m)
                }
            }),
        (Some(f), Some(n)) => {
            let n = match vm.to_index(&n)? {
                Some(n) => n,
                None => {
                    return Ok(Value::Float(
                        if num_traits::Signed::is_negative(&*int::as_bigint(&n).unwrap_or_default())
                        {
                            0.0 * f
                        } else {
                            f
                        },
                    ))
                }
            };
            let r = numeric::float_round(f, n);
            if r.is_infinite() && f.is_finite() {
                return Err(vm.overflow_error("rounded value too large to represent"));
            }
            Ok(Value::Float(r))
        }
        (_, None) if int::is_int(&x) => Ok(match x {
            Value::BoolWord(b) => Value::Int(b as i64),
            _ => x,
        }),
        (_, Some(n)) if int::is_int(&x) => {
            let n = vm.to_index(&n)?.unwrap_or(0);
            if n >= 0 {
                return Ok(match x {
                    Value::BoolWord(b) => Value::Int(b as i64),
                    _ => x,
                });
            }
            // Round half to even at 10**-n.
            let v = int::as_bigint(&x)
                .map(|b| b.into_owned())
                .unwrap_or_default();
            let p = num_traits::pow(num_bigint::BigInt::from(10), (-n) as usize);
            let (q, r) = num_integer::Integer::div_mod_floor(&v, &p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * p))
        }
        _ => {
            let t = vm.type_name(&x);
            Err(vm.type_error(format!("type {t} doesn't define __round__ method")))
        }
    }
}

fn builtin_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("divmod", &args, 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    if let Some(r) = vm.call_special_opt(a, "__divmod__", vec![b.clone()])? {
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    let is_float = |v: &Value| matches!(v, Value::FloatBits(_));
    if (is_float(a) || is_float(b)) && b.as_f64() == Some(0.0)
        || (is_float(a) && matches!(b, Value::Int(0) | Value::BoolWord(0)))
    {
        return Err(vm.zero_division_error("float divmod()"));
    }
    let q = vm
        .binary_op(a, b, BinOp::FloorDivide)
        .map_err(|e| rename_op_error(vm, e, "//", "divmod()"))?;
    let r = vm.binary_op(a, b, BinOp::Remainder)?;
    Ok(vm.new_tuple(vec![q, r]))
}

fn rename_op_error(vm: &mut Vm, e: crate::vm::PyErr, sym: &str, name: &str) -> crate::vm::PyErr {
    if vm.err_matches(&e, &vm.types.exc.type_error.clone()) {
        let msg = vm.exception_message(&e);
        if let Some(rest) = msg.strip_prefix(&format!("unsupported operand type(s) for {sym}:")) {
            return vm.type_error(format!("unsupported operand type(s) for {name}:{rest}"));
        }
    }
    e
}

fn builtin_pow(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let m_kw = kwarg(&mut args, "mod");
    if let Some(b) = kwarg(&mut args, "base") {
        args.pos.insert(0, b);
    }
    if let Some(e) = kwarg(&mut args, "exp") {
        args.pos.push(e);
    }
    vm.check_args("pow", &args, 2, 3)?;
    let m = m_kw
        .or_else(|| args.pos.get(2).cloned())
        .filter(|v| !v.is_none());
    match m {
        None => vm.binary_op(&args.pos[0], &args.pos[1], BinOp::Power),
        Some(m) => {
            if let Some(r) = vm.call_special_opt(
                &args.pos[0],
                "__pow__",
                vec![args.pos[1].clone(), m.clone()],
            )? {
                if !vm.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
            // The first operand whose type has a ternary power decides (CPython's ternary_op):
            // float's refuses a modulus, complex's too, with its own error.
            let is_complex = |v: &Value| crate::objects::complex_type::complex_of(v).is_some();
            let is_float = |v: &Value| crate::objects::float_type::float_of(v).is_some();
            for (i, v) in [&args.pos[0], &args.pos[1], &m].into_iter().enumerate() {
                if i < 2 && is_float(v) {
                    break;
                }
                if is_complex(v) {
                    return Err(vm.value_error("complex modulo"));
                }
            }
            let (Some(b), Some(e), Some(md)) = (
                int::as_bigint(&args.pos[0]),
                int::as_bigint(&args.pos[1]),
                int::as_bigint(&m),
            ) else {
                if matches!(args.pos[0], Value::FloatBits(_))
                    || matches!(args.pos[1], Value::FloatBits(_))
                {
                    return Err(vm.type_error(
                        "pow() 3rd argument not allowed unless all arguments are integers",
                    ));
                }
                let (t1, t2, t3) = (
                    vm.type_name(&args.pos[0]),
                    vm.type_name(&args.pos[1]),
                    vm.type_name(&m),
                );
                return Err(vm.type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{t1}', '{t2}', '{t3}'"
                )));
            };
            let (b, e, md) = (b.into_owned(), e.into_owned(), md.into_owned());
            int::int_pow_mod(vm, &b, &e, &md)
        }
    }
}

fn builtin_chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("chr", &args, 1, 1)?;
    let Some(i) = vm.to_index(&args.pos[0])? else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    match u32::try_from(i).ok().filter(|&c| c <= 0x10ffff) {
        Some(c) => {
            match char::from_u32(c) {
                Some(ch) => Ok(vm.new_str(ch.to_string())),
                None => Err(vm
                    .not_implemented_error("lone surrogate code points are not supported by pyvm")),
            }
        }
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn builtin_ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("ord", &args, 1, 1)?;
    let v = &args.pos[0];
    if let Some(s) = v.as_str() {
        if s.char_len() != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.char_len()
            )));
        }
        return Ok(Value::Int(s.char_at(0).map_or(0, |c| c as i64)));
    }
    if let Some(b) = vm.bytes_like(v) {
        if b.len() != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
        return Ok(Value::Int(b[0] as i64));
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("ord() expected string of length 1, but {t} found")))
}

fn int_base_string(vm: &mut Vm, args: &Args, name: &str, base: u32) -> PyResult<Value> {
    vm.check_args(name, args, 1, 1)?;
    let v = &args.pos[0];
    let b = match int::as_bigint(v) {
        Some(b) => b.into_owned(),
        None => {
            let r = vm.call_special_opt(v, "__index__", vec![])?;
            match r.as_ref().and_then(int::as_bigint) {
                Some(b) => b.into_owned(),
                None => {
                    let t = vm.type_name(v);
                    return Err(
                        vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                    );
                }
            }
        }
    };
    Ok(vm.new_str(numeric::int_to_base_string(&b, base, true)))
}

fn builtin_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_base_string(vm, &args, "hex", 16)
}
fn builtin_oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_base_string(vm, &args, "oct", 8)
}
fn builtin_bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_base_string(vm, &args, "bin", 2)
}

fn builtin_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("format", &args, 1, 2)?;
    let spec = match args.pos.get(1) {
        Some(s) => match s.as_str() {
            Some(t) => t.as_str().to_string(),
            None => {
                let t = vm.type_name(s);
                return Err(vm.type_error(format!("format() argument 2 must be str, not {t}")));
            }
        },
        None => String::new(),
    };
    vm.format(&args.pos[0], &spec)
}

impl Vm {
    pub fn is_callable(&self, v: &Value) -> bool {
        match v.as_object() {
            Some(
                Object::Function(_)
                | Object::NativeFunction(_)
                | Object::BoundMethod(_)
                | Object::Class(_),
            ) => true,
            Some(_) => {
                let c = self.type_of(v);
                self.class_lookup_str(&c, "__call__").is_some()
            }
            None => false,
        }
    }

    /// The local variables of the running frame as a dict (a snapshot for functions).
    pub fn locals_dict(&mut self) -> PyResult<Value> {
        let Some(frame) = self.frames.last() else {
            return Ok(self.builtins.clone());
        };
        if !frame.locals.is_null() {
            return Ok(frame.locals.clone());
        }
        let code = frame.code.clone();
        let base = frame.base;
        let d = self.new_dict();
        let c = &code.code;
        for (i, name) in code.varnames.iter().enumerate() {
            let v = self.stack[base + i].clone();
            let is_cell = c.cell_args.iter().any(|&(_, a)| a as usize == i);
            if !v.is_null() && !is_cell {
                self.dict_set(&d, name.clone(), v)?;
            }
        }
        let nlocals = c.varnames.len();
        for (i, name) in c.cellvars.iter().chain(c.freevars.iter()).enumerate() {
            if let Some(Object::Cell(cell)) = self.stack[base + nlocals + i].as_object() {
                let v = cell.get();
                if !v.is_null() {
                    let k = self.intern(name);
                    self.dict_set(&d, k, v)?;
                }
            }
        }
        Ok(d)
    }
}

fn builtin_callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("callable", &args, 1, 1)?;
    Ok(Value::Bool(vm.is_callable(&args.pos[0])))
}

fn builtin_globals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("globals", &args, 0, 0)?;
    Ok(vm.frame_globals())
}

fn builtin_locals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("locals", &args, 0, 0)?;
    vm.locals_dict()
}

fn builtin_vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("vars", &args, 0, 1)?;
    match args.pos.first() {
        None => vm.locals_dict(),
        Some(o) => {
            let key = vm.intern("__dict__");
            match vm.get_attr_opt(o, &key)? {
                Some(d) => Ok(d),
                None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
            }
        }
    }
}

fn builtin_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("dir", &args, 0, 1)?;
    match args.pos.first() {
        None => {
            let d = vm.locals_dict()?;
            let mut keys = d
                .as_dict()
                .map(|t| t.with(|t| t.keys()))
                .unwrap_or_default();
            sort_values(vm, &mut keys, &Value::None, false)?;
            Ok(vm.new_list(keys))
        }
        Some(o) => {
            if let Some(r) = vm.call_special_opt(o, "__dir__", vec![])? {
                let mut items = vm.collect(&r)?;
                sort_values(vm, &mut items, &Value::None, false)?;
                return Ok(vm.new_list(items));
            }
            let names = vm.dir_names(o)?;
            Ok(vm.new_list(names))
        }
    }
}

fn builtin_input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("input", &args, 0, 1)?;
    let stdin = vm.sys_stream(0)?;
    let stdout = vm.sys_stream(1)?;
    for (v, name) in [(&stdin, "stdin"), (&stdout, "stdout")] {
        if v.as_ref().is_some_and(|v| v.is_none()) {
            return Err(vm.runtime_error(format!("input(): lost sys.{name}")));
        }
    }
    let own = |vm: &Vm, v: &Option<Value>, i: usize| {
        v.as_ref().is_none_or(|v| vm.std_stream_index(v) == Some(i))
    };
    if let Some(p) = args.pos.first() {
        let s = vm.str_of(p)?;
        match &stdout {
            Some(out) if !own(vm, &stdout, 1) => vm.write_stream(out, &s)?,
            _ => {
                let _ = vm.io.stdout.write_all(s.as_bytes());
            }
        }
    }
    match &stdout {
        Some(out) if !own(vm, &stdout, 1) => {
            vm.call_method(out, "flush", vec![])?;
        }
        _ => {
            let _ = vm.io.stdout.flush();
        }
    }
    let mut line = match &stdin {
        Some(inp) if !own(vm, &stdin, 0) => {
            let v = vm.call_method(inp, "readline", vec![])?;
            match v.as_str() {
                Some(s) => s.as_str().to_string(),
                None => return Err(vm.type_error("object.readline() returned non-string")),
            }
        }
        _ => {
            let mut line = String::new();
            if let Err(e) = vm.io.stdin.read_line(&mut line) {
                return Err(vm.new_exception(&vm.types.exc.os_error.clone(), e.to_string()));
            }
            // sys.stdin translates newlines: "\r\n" reads as "\n".
            if line.ends_with("\r\n") {
                line.truncate(line.len() - 2);
                line.push('\n');
            }
            line
        }
    };
    if line.is_empty() {
        return Err(vm.new_exception(&vm.types.exc.eof_error.clone(), "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(vm.new_str(line))
}

fn exec_or_eval(
    vm: &mut Vm,
    mut args: Args,
    name: &str,
    mode: pyvm_compiler::Mode,
) -> PyResult<Value> {
    if let Some(g) = kwarg(&mut args, "globals") {
        args.pos.push(g);
    }
    if let Some(l) = kwarg(&mut args, "locals") {
        args.pos.push(l);
    }
    vm.check_args(name, &args, 1, 3)?;
    let code_obj = match args.pos[0].as_object() {
        Some(Object::Code(c)) => Some(c.clone()),
        _ => None,
    };
    let src = match args.pos[0].as_str() {
        Some(s) => s.as_str().to_string(),
        None if code_obj.is_some() => String::new(),
        None => match vm.bytes_like(&args.pos[0]) {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => {
                let t = vm.type_name(&args.pos[0]);
                return Err(vm.type_error(format!(
                    "{name}() arg 1 must be a string, bytes or code object, not {t}"
                )));
            }
        },
    };
    let globals = match args.pos.get(1).filter(|g| !g.is_none()) {
        Some(g) => {
            if g.as_dict().is_none() {
                let t = vm.type_name(g);
                return Err(vm.type_error(format!("{name}() globals must be a dict, not {t}")));
            }
            g.clone()
        }
        None => vm.frame_globals(),
    };
    let locals = match args.pos.get(2).filter(|l| !l.is_none()) {
        Some(l) => l.clone(),
        None if args.pos.get(1).is_some_and(|g| !g.is_none()) => globals.clone(),
        None => vm.locals_dict()?,
    };
    if let Some(code) = code_obj {
        if !code.code.freevars.is_empty() {
            return Err(vm.type_error(format!(
                "code object requires a closure of exactly length {}",
                code.code.freevars.len()
            )));
        }
        let r = vm.run_loaded_code(code, globals, locals)?;
        return Ok(if mode == pyvm_compiler::Mode::Eval {
            r
        } else {
            Value::None
        });
    }
    let src = if mode == pyvm_compiler::Mode::Eval {
        src.trim_start_matches([' ', '\t']).to_string()
    } else {
        src
    };
    let code = vm.compile_string(&src, "<string>", mode)?;
    let r = vm.run_code(&code, globals, locals)?;
    Ok(if mode == pyvm_compiler::Mode::Eval {
        r
    } else {
        Value::None
    })
}

fn builtin_exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_or_eval(vm, args, "exec", pyvm_compiler::Mode::Exec)
}

fn builtin_eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_or_eval(vm, args, "eval", pyvm_compiler::Mode::Eval)
}

/// open() is io.open, built by the host's `_io` module.
fn builtin_open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = vm.intern_static("_io");
    let module = vm.import(&name, &Value::None, &Value::Int(0))?;
    let open = vm.get_attr_str(&module, "open")?;
    vm.call(&open, args)
}

fn builtin_import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use crate::protocols::import_spec::arg_at;
    let names = ["name", "globals", "locals", "fromlist", "level"];
    if args.pos.len() > 5 {
        let n = args.pos.len();
        return Err(vm.type_error(format!(
            "__import__() takes at most 5 arguments ({n} given)"
        )));
    }
    for (k, _) in &args.kw {
        let k = k.as_str().map_or("", |s| s.as_str());
        if !names.contains(&k) {
            return Err(vm.type_error(format!(
                "__import__() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    let Some(name) = arg_at(&args, 0, "name") else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let globals = arg_at(&args, 1, "globals").unwrap_or(Value::None);
    let fromlist = arg_at(&args, 3, "fromlist").unwrap_or(Value::None);
    let level = arg_at(&args, 4, "level").unwrap_or(Value::Int(0));
    vm.import_module_level(&name, &globals, &fromlist, &level)
}
