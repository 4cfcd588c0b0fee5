//! Argument parsing with CPython's messages (those of Argument Clinic and PyArg_Parse*), shared
//! by the native modules that take keyword arguments.

use pyvm_vm::{Args, PyResult, Value, Vm};

/// Binds `args.pos[skip..]` and `args.kw` to `names`: the first `required` are required, those
/// from `kwonly` on are keyword-only (`kwonly == names.len()` when there are none).
pub fn bind(
    vm: &Vm,
    fname: &str,
    args: &Args,
    skip: usize,
    names: &[&str],
    required: usize,
    kwonly: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = &args.pos[skip.min(args.pos.len())..];
    let total = pos.len() + args.kw.len();
    if kwonly < names.len() {
        if pos.len() > kwonly {
            return Err(vm.type_error(format!(
                "{fname}() takes at most {kwonly} positional argument{} ({} given)",
                if kwonly == 1 { "" } else { "s" },
                pos.len()
            )));
        }
    } else if total > names.len() {
        let n = names.len();
        return Err(vm.type_error(if n == 0 {
            format!("{fname}() takes no arguments ({total} given)")
        } else {
            format!(
                "{fname}() takes at most {n} argument{} ({total} given)",
                if n == 1 { "" } else { "s" }
            )
        }));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in &args.kw {
        let key = k.as_str().map_or("", |s| s.as_str());
        match names.iter().position(|n| *n == key) {
            Some(i) if out[i].is_some() && i < pos.len() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{key}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    for (i, name) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

/// Positional-only arguments after `skip`, between `min` and `max` of them, with the messages
/// of CPython's `_PyArg_CheckPositional` ("name expected 2 arguments, got 1").
pub fn positional(
    vm: &Vm,
    fname: &str,
    args: &Args,
    skip: usize,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    let n = args.pos.len().saturating_sub(skip);
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(vm.type_error(if min == max {
            format!("{fname} expected {min} argument{}, got {n}", plural(min))
        } else {
            format!(
                "{fname} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        }));
    }
    if n > max {
        return Err(vm.type_error(if min == max {
            format!("{fname} expected {max} argument{}, got {n}", plural(max))
        } else {
            format!(
                "{fname} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        }));
    }
    Ok(())
}

/// The class a native `__new__` was called for (its first argument).
pub fn new_cls(vm: &Vm, args: &Args) -> pyvm_vm::ObjRef {
    args.pos
        .first()
        .and_then(|c| c.as_obj().cloned())
        .unwrap_or_else(|| vm.types.object.clone())
}

/// An index-sized integer argument (`__index__`), with CPython's messages.
pub fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.to_index(v)? {
        Some(i) => Ok(i),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(vm: &mut Vm, r: PyResult<Vec<Option<Value>>>) -> String {
        match r {
            Ok(_) => "ok".into(),
            Err(e) => vm.exception_message(&e),
        }
    }

    #[test]
    fn bind_reports_cpythons_messages() {
        let (io, _, _) = pyvm_vm::io::Io::capture();
        let mut vm = Vm::new(io);
        let names = ["iterable", "r"];
        let none = Args::new([Value::None]);
        let r = bind(&vm, "combinations", &none, 1, &names, 2, 2);
        assert_eq!(
            msg(&mut vm, r),
            "combinations() missing required argument 'iterable' (pos 1)"
        );
        let three = Args::new([Value::None, Value::Int(1), Value::Int(2), Value::Int(3)]);
        let r = bind(&vm, "combinations", &three, 1, &names, 2, 2);
        assert_eq!(
            msg(&mut vm, r),
            "combinations() takes at most 2 arguments (3 given)"
        );
        let mut kw = Args::new([Value::None, Value::Int(1)]);
        kw.kw.push((vm.new_str("iterable"), Value::Int(2)));
        let r = bind(&vm, "count", &kw, 1, &names, 0, 2);
        assert_eq!(
            msg(&mut vm, r),
            "argument for count() given by name ('iterable') and position (1)"
        );
        let mut bad = Args::new([Value::None]);
        bad.kw.push((vm.new_str("x"), Value::Int(2)));
        let r = bind(&vm, "groupby", &bad, 1, &names, 0, 2);
        assert_eq!(
            msg(&mut vm, r),
            "'x' is an invalid keyword argument for groupby()"
        );
        let r = positional(&vm, "dropwhile", &none, 1, 2, 2).map(|_| Vec::new());
        assert_eq!(msg(&mut vm, r), "dropwhile expected 2 arguments, got 0");
    }
}
