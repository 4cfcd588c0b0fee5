//! BaseExceptionGroup and ExceptionGroup (PEP 654): construction, `split`, `subgroup`,
//! `derive`, and the two steps of `except*` (CHECK_EG_MATCH's split of the caught exception and
//! PREP_RERAISE_STAR's merge of what the handlers raised).
//!
//! A group is an exception object whose builtin fields `message` (a str) and `exceptions` (a
//! non-empty tuple of exceptions) are set by `__new__`, read-only from Python as in CPython.

use crate::objects::exception::ExceptionObj;
use crate::objects::function::Args;
use crate::value::{ObjRef, Object, Payload, Value};
use crate::vm::{class_name, is_subclass, PyResult, Vm};

pub fn init(vm: &mut Vm) {
    // ExceptionGroup derives from both BaseExceptionGroup and Exception.
    let eg = vm.types.exc.exception_group.clone();
    let beg = vm.types.exc.base_exception_group.clone();
    let exception = vm.types.exc.exception.clone();
    if let (Object::Class(c), Object::Class(e)) = (eg.view(), exception.view()) {
        c.bases.replace(vec![beg.clone(), exception.clone()]);
        let mut mro = vec![eg.clone(), beg.clone()];
        mro.extend(e.mro.get());
        c.mro.replace(mro);
        crate::objects::class::ClassObj::add_subclass(&exception, &eg);
    }
    vm.add_staticmethod(&beg, "__new__", group_new);
    vm.add_method(&beg, "derive", group_derive);
    vm.add_method(&beg, "split", group_split);
    vm.add_method(&beg, "subgroup", group_subgroup);
}

/// Whether `v` is an exception group.
pub fn is_group(vm: &Vm, v: &Value) -> bool {
    match v.as_exception() {
        Some(e) => is_subclass(&e.class(), &vm.types.exc.base_exception_group),
        None => false,
    }
}

/// The member exceptions of a group (empty for anything else).
pub fn members(v: &Value) -> Vec<Value> {
    v.as_exception()
        .and_then(|e| e.field("exceptions"))
        .and_then(|t| t.as_tuple().map(|t| t.to_vec()))
        .unwrap_or_default()
}

/// `str(group)`: "msg (2 sub-exceptions)".
pub fn group_str(vm: &mut Vm, e: &ExceptionObj) -> PyResult<Option<String>> {
    let Some(msg) = e.field("message") else {
        return Ok(None);
    };
    let msg = vm.str_of(&msg)?;
    let n = e
        .field("exceptions")
        .and_then(|t| t.as_tuple().map(|t| t.len()))
        .unwrap_or(0);
    let s = if n > 1 { "s" } else { "" };
    Ok(Some(format!("{msg} ({n} sub-exception{s})")))
}

fn group_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or_default();
    let Some(class) = cls.as_obj().cloned() else {
        return Err(vm.type_error("BaseExceptionGroup.__new__(X): X is not a type object"));
    };
    let name = class_name(&class);
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let rest = &args.pos[1..];
    if rest.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            rest.len()
        )));
    }
    let message = rest[0].clone();
    if message.as_str().is_none() {
        let t = vm.type_name(&message);
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {t}"
        )));
    }
    let excs = rest[1].clone();
    if !is_sequence(vm, &excs) {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect(&excs)?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base = false;
    for (i, item) in items.iter().enumerate() {
        if item.as_exception().is_none() {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        let exception = Value::Obj(vm.types.exc.exception.clone());
        if !crate::builtins::is_instance(vm, item, &exception)? {
            nested_base = true;
        }
    }
    let t = &vm.types.exc;
    let class = if ObjRef::ptr_eq(&class, &t.exception_group) {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
        class
    } else if ObjRef::ptr_eq(&class, &t.base_exception_group) {
        if nested_base {
            class
        } else {
            t.exception_group.clone()
        }
    } else {
        if nested_base && is_subclass(&class, &t.exception) {
            return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{name}'")));
        }
        class
    };
    let a = vm.new_tuple(rest.to_vec());
    let e = crate::objects::exception::ExceptionObj::new(class, a);
    e.set_field("message", message);
    e.set_field("exceptions", vm.new_tuple(items));
    Ok(Value::obj(Payload::Exception(e)))
}

/// CPython's PySequence_Check: a `__getitem__` that is not a dict's.
pub fn is_sequence(vm: &mut Vm, v: &Value) -> bool {
    let class = vm.type_of(v);
    if is_subclass(&class, &vm.types.dict) {
        return false;
    }
    is_subclass(&class, &vm.types.range) || vm.class_lookup_str(&class, "__getitem__").is_some()
}

/// CPython's message for a METH_O method of BaseExceptionGroup called with another count.
fn check_one_arg(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    let given = args.pos.len().saturating_sub(1);
    if given == 1 && args.kw.is_empty() {
        return Ok(());
    }
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Err(vm.type_error(if name == "derive" {
        format!("function takes exactly 1 argument ({given} given)")
    } else {
        format!("{name} expected 1 argument, got {given}")
    }))
}

fn self_group(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    match args.pos.first() {
        Some(v) if is_group(vm, v) => Ok(v.clone()),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'BaseExceptionGroup' object"
        ))),
    }
}

fn group_derive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = self_group(vm, &args, "derive")?;
    check_one_arg(vm, &args, "derive")?;
    let msg = g
        .as_exception()
        .and_then(|e| e.field("message"))
        .unwrap_or(Value::None);
    let beg = Value::Obj(vm.types.exc.base_exception_group.clone());
    vm.call(&beg, Args::new([msg, args.pos[1].clone()]))
}

/// How `split`/`subgroup` pick leaf exceptions.
enum Matcher {
    Type(Value),
    Predicate(Value),
    /// The leaves with these addresses (the projection PREP_RERAISE_STAR makes).
    Ids(Vec<usize>),
}

fn matcher_of(vm: &mut Vm, v: &Value) -> PyResult<Matcher> {
    let is_exc_class = |vm: &Vm, v: &Value| {
        matches!(v.as_object(), Some(Object::Class(_)))
            && v.as_obj()
                .is_some_and(|c| is_subclass(c, &vm.types.exc.base_exception))
    };
    if matches!(v.as_object(), Some(Object::Function(_))) {
        return Ok(Matcher::Predicate(v.clone()));
    }
    if is_exc_class(vm, v) {
        return Ok(Matcher::Type(v.clone()));
    }
    if let Some(items) = v.as_tuple() {
        if items.iter().all(|i| is_exc_class(vm, i)) {
            return Ok(Matcher::Type(v.clone()));
        }
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types"))
}

fn matches(vm: &mut Vm, exc: &Value, m: &Matcher) -> PyResult<bool> {
    match m {
        Matcher::Type(t) => vm.exception_matches(exc, t),
        Matcher::Predicate(f) => {
            let r = vm.call(f, Args::new([exc.clone()]))?;
            vm.is_true(&r)
        }
        Matcher::Ids(ids) => Ok(ids.contains(&exc.address())),
    }
}

/// CPython's exceptiongroup_split_recursive: (match, rest), each None when empty.
fn split_recursive(
    vm: &mut Vm,
    exc: &Value,
    m: &Matcher,
    with_rest: bool,
) -> PyResult<(Value, Value)> {
    if matches(vm, exc, m)? {
        return Ok((exc.clone(), Value::None));
    }
    if !is_group(vm, exc) {
        let rest = if with_rest { exc.clone() } else { Value::None };
        return Ok((Value::None, rest));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in members(exc) {
        vm.enter_native_at(" in exceptiongroup_split_recursive")?;
        let r = split_recursive(vm, &e, m, with_rest);
        vm.depth -= 1;
        let (a, b) = r?;
        if !a.is_none() {
            matched.push(a);
        }
        if !b.is_none() {
            rest.push(b);
        }
    }
    let matched = subset(vm, exc, matched)?;
    let rest = if with_rest {
        subset(vm, exc, rest)?
    } else {
        Value::None
    };
    Ok((matched, rest))
}

/// A group of `excs` derived from `orig`, with its traceback, cause, context and a copy of
/// its notes (None when `excs` is empty).
fn subset(vm: &mut Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Value> {
    if excs.is_empty() {
        return Ok(Value::None);
    }
    let list = vm.new_list(excs);
    let g = vm.call_method(orig, "derive", vec![list])?;
    if !is_group(vm, &g) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    // The parts share the original's traceback object, as CPython's do.
    let tb = vm.traceback_of(orig);
    if let (Some(o), Some(n)) = (orig.as_exception(), g.as_exception()) {
        drop(n.traceback.replace(Vec::new()));
        drop(n.tb_object.replace(tb));
        n.context.replace(o.context.get());
        n.cause.replace(o.cause.get());
        // PyException_SetCause always suppresses the context.
        n.suppress_context.set(true);
    }
    let key = vm.intern("__notes__");
    if let Some(notes) = vm.get_attr_opt(orig, &key)? {
        if is_sequence(vm, &notes) {
            let items = vm.collect(&notes)?;
            let copy = vm.new_list(items);
            vm.set_attr(&g, key, copy)?;
        }
    }
    Ok(g)
}

fn group_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = self_group(vm, &args, "split")?;
    check_one_arg(vm, &args, "split")?;
    let m = matcher_of(vm, &args.pos[1])?;
    let (a, b) = split_recursive(vm, &g, &m, true)?;
    Ok(vm.new_tuple(vec![a, b]))
}

fn group_subgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = self_group(vm, &args, "subgroup")?;
    check_one_arg(vm, &args, "subgroup")?;
    let m = matcher_of(vm, &args.pos[1])?;
    Ok(split_recursive(vm, &g, &m, false)?.0)
}

/// CHECK_EG_MATCH: `except* T` on the exception `exc`: (match, rest), match None when nothing
/// matched. A matching exception that is not a group is wrapped in `ExceptionGroup("", [e])`.
pub fn except_star_match(vm: &mut Vm, exc: &Value, ty: &Value) -> PyResult<(Value, Value)> {
    check_except_star_type(vm, ty)?;
    if exc.is_none() {
        return Ok((Value::None, Value::None));
    }
    if vm.exception_matches(exc, ty)? {
        if is_group(vm, exc) {
            return Ok((exc.clone(), Value::None));
        }
        let beg = Value::Obj(vm.types.exc.base_exception_group.clone());
        let one = vm.new_tuple(vec![exc.clone()]);
        let empty = vm.new_str("");
        let wrapped = vm.call(&beg, Args::new([empty, one]))?;
        let tb = vm.traceback_of(exc);
        if let Some(w) = wrapped.as_exception() {
            drop(w.traceback.replace(Vec::new()));
            drop(w.tb_object.replace(tb));
        }
        return Ok((wrapped, Value::None));
    }
    if is_group(vm, exc) {
        let pair = vm.call_method(exc, "split", vec![ty.clone()])?;
        if let Some(t) = pair.as_tuple() {
            if t.len() == 2 {
                return Ok((t[0].clone(), t[1].clone()));
            }
        }
        return Err(vm.type_error("split must return a 2-tuple"));
    }
    Ok((Value::None, Value::None))
}

fn check_except_star_type(vm: &mut Vm, ty: &Value) -> PyResult<()> {
    let items: Vec<Value> = match ty.as_tuple() {
        Some(t) => t.to_vec(),
        None => vec![ty.clone()],
    };
    let base = vm.types.exc.base_exception.clone();
    let group = vm.types.exc.base_exception_group.clone();
    for item in &items {
        let class = match item.as_object() {
            Some(Object::Class(_)) => item.as_obj().cloned(),
            _ => None,
        };
        match class {
            Some(c) if is_subclass(&c, &base) => {}
            _ => {
                return Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ))
            }
        }
    }
    for item in &items {
        if item.as_obj().is_some_and(|c| is_subclass(c, &group)) {
            return Err(vm.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
    }
    Ok(())
}

/// Whether two exceptions share traceback, cause and context (CPython's
/// is_same_exception_metadata): a handler's bare `raise` re-raises a part of the original.
fn same_metadata(vm: &mut Vm, a: &Value, b: &Value) -> bool {
    let (Some(x), Some(y)) = (a.as_exception(), b.as_exception()) else {
        return false;
    };
    let (cause, context) = (x.cause.get(), x.context.get());
    let same = cause.is(&y.cause.get()) && context.is(&y.context.get());
    same && vm.traceback_of(a).is(&vm.traceback_of(b))
}

fn leaf_ids(v: &Value, out: &mut Vec<usize>, depth: usize) {
    if v.is_none() {
        return;
    }
    let sub = members(v);
    if sub.is_empty() || depth > 1000 {
        out.push(v.address());
        return;
    }
    for e in sub {
        leaf_ids(&e, out, depth + 1);
    }
}

/// PREP_RERAISE_STAR: merges the exceptions the handlers raised (and the unhandled rest, last)
/// into what the `except*` statement re-raises, or None.
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, excs: &Value) -> PyResult<Value> {
    let excs: Vec<Value> = excs.as_list().map(|l| l.get()).unwrap_or_default();
    if excs.is_empty() {
        return Ok(Value::None);
    }
    if !is_group(vm, orig) {
        // A naked exception was wrapped: at most one handler ran.
        return Ok(excs[0].clone());
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for e in excs.into_iter().filter(|e| !e.is_none()) {
        if same_metadata(vm, &e, orig) {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    // The re-raised parts, as one projection of the original group.
    let mut ids = Vec::new();
    for e in &reraised {
        leaf_ids(e, &mut ids, 0);
    }
    let reraised_eg = split_recursive(vm, orig, &Matcher::Ids(ids), false)?.0;
    if raised.is_empty() {
        return Ok(reraised_eg);
    }
    if !reraised_eg.is_none() {
        raised.push(reraised_eg);
    }
    if raised.len() == 1 {
        return Ok(raised.remove(0));
    }
    let beg = Value::Obj(vm.types.exc.base_exception_group.clone());
    let list = vm.new_list(raised);
    let empty = vm.new_str("");
    vm.call(&beg, Args::new([empty, list]))
}
