//! list as a Python type: constructor and methods.
//!
//! Also the small helpers the container types share (receiver and argument checks with
//! CPython's messages, index conversions): tuple, dict and set methods use them too.
//!
//! A method's receiver is `args.pos[0]`; it may be an instance of a user subclass, so methods
//! work on the builtin payload (`as_list`, `builtin_payload`) and hand the payload, never the
//! instance, to the protocols (which would otherwise dispatch back to a subclass override).

use crate::objects::class::{InstanceObj, Layout};
use crate::objects::function::{native, Args};
use crate::objects::int;
use crate::objects::iterators::IterState;
use crate::objects::sort::sort_values;
use crate::objects::type_type::new_instance;
use crate::value::{ObjRef, Object, Payload, PyCell, Value};
use crate::vm::{class_name, make_class, PyResult, Vm};
use pyvm_compiler::bytecode::CmpOp;

// ----- shared helpers -----

/// How a builtin method takes its arguments, which decides CPython's error messages.
#[derive(Clone, Copy)]
pub(crate) enum Sig {
    /// METH_NOARGS: `list.copy() takes no arguments (1 given)`.
    NoArgs,
    /// METH_O: `list.append() takes exactly one argument (0 given)`.
    One,
    /// Positional-only with bounds: `pop expected at most 1 argument, got 2`.
    Var(usize, usize),
    /// A slot wrapper (`__len__`, `__eq__`, ...): `expected 1 argument, got 0`.
    Slot(usize),
    /// A slot wrapper that unpacks its arguments (`__setitem__`, `__mul__`): ` expected 2
    /// arguments, got 1` (CPython's message, leading space included).
    SlotUnpack(usize),
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Checks the receiver (`args.pos[0]`) with `is_self` and the other arguments against `sig`,
/// with CPython's messages for type `tname` and method `meth`. Returns the receiver.
pub(crate) fn method_args<'a>(
    vm: &Vm,
    args: &'a Args,
    tname: &str,
    meth: &str,
    sig: Sig,
    is_self: fn(&Value) -> bool,
) -> PyResult<&'a Value> {
    let slot = matches!(sig, Sig::Slot(_) | Sig::SlotUnpack(_));
    let Some(recv) = args.pos.first() else {
        return Err(vm.type_error(if slot {
            format!("descriptor '{meth}' of '{tname}' object needs an argument")
        } else {
            format!("unbound method {tname}.{meth}() needs an argument")
        }));
    };
    if !is_self(recv) {
        let t = vm.type_name(recv);
        return Err(vm.type_error(if slot {
            format!("descriptor '{meth}' requires a '{tname}' object but received a '{t}'")
        } else {
            format!("descriptor '{meth}' for '{tname}' objects doesn't apply to a '{t}' object")
        }));
    }
    check_arity(
        vm,
        args.pos.len() - 1,
        !args.kw.is_empty(),
        tname,
        meth,
        sig,
    )?;
    Ok(recv)
}

/// The argument count check of `method_args`, for `n` arguments after the receiver.
pub(crate) fn check_arity(
    vm: &Vm,
    n: usize,
    has_kw: bool,
    tname: &str,
    meth: &str,
    sig: Sig,
) -> PyResult<()> {
    if has_kw {
        return Err(vm.type_error(match sig {
            Sig::Slot(_) | Sig::SlotUnpack(_) => {
                format!("wrapper {meth}() takes no keyword arguments")
            }
            _ => format!("{tname}.{meth}() takes no keyword arguments"),
        }));
    }
    let msg = match sig {
        Sig::NoArgs if n != 0 => format!("{tname}.{meth}() takes no arguments ({n} given)"),
        Sig::One if n != 1 => format!("{tname}.{meth}() takes exactly one argument ({n} given)"),
        Sig::Var(min, max) if n < min || n > max => {
            if min == max {
                format!("{meth} expected {min} argument{}, got {n}", plural(min))
            } else if n < min {
                format!(
                    "{meth} expected at least {min} argument{}, got {n}",
                    plural(min)
                )
            } else {
                format!(
                    "{meth} expected at most {max} argument{}, got {n}",
                    plural(max)
                )
            }
        }
        Sig::Slot(k) if n != k => format!("expected {k} argument{}, got {n}", plural(k)),
        Sig::SlotUnpack(k) if n != k => format!(" expected {k} argument{}, got {n}", plural(k)),
        _ => return Ok(()),
    };
    Err(vm.type_error(msg))
}

/// The builtin value behind a receiver: the payload of a subclass instance, else the value.
pub(crate) fn base_value(v: &Value) -> Value {
    match v.as_object() {
        Some(Object::Instance(i)) => i.base_value().cloned().unwrap_or_else(|| v.clone()),
        _ => v.clone(),
    }
}

/// An index argument (`list.insert`, `list.pop`): an int or `__index__`, which must fit.
pub(crate) fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.to_index(v)? {
        Some(i) => Ok(i),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// A start/stop argument of `index()`: ints clamp to the i64 range, None is refused.
pub(crate) fn slice_index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.to_index(v) {
        Ok(Some(i)) => Ok(i),
        Ok(None) => {
            let negative = int::as_bigint(v).is_some_and(|b| num_traits::Signed::is_negative(&*b));
            Ok(if negative { i64::MIN } else { i64::MAX })
        }
        Err(_) => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

/// The optional start and stop arguments of `index(x, start, stop)`, resolved against `len`
/// like a slice (negative from the end, clamped to `0..=len`).
pub(crate) fn index_bounds(vm: &mut Vm, rest: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let resolve = |i: i64| -> usize {
        if i < 0 {
            let j = i.saturating_add(len as i64);
            if j < 0 {
                0
            } else {
                j as usize
            }
        } else {
            (i as u64).min(len as u64) as usize
        }
    };
    let start = match rest.first() {
        Some(v) => resolve(slice_index_arg(vm, v)?),
        None => 0,
    };
    let stop = match rest.get(1) {
        Some(v) => resolve(slice_index_arg(vm, v)?),
        None => len,
    };
    Ok((start, stop))
}

/// The count of a sequence repetition (`seq * n`): negative counts give 0.
pub(crate) fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<usize> {
    match vm.to_index(n)? {
        Some(i) => Ok(i.max(0) as usize),
        None => {
            let negative = int::as_bigint(n).is_some_and(|b| num_traits::Signed::is_negative(&*b));
            if negative {
                Ok(0)
            } else {
                Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
        }
    }
}

/// `items * n`, refusing absurd sizes with MemoryError.
pub(crate) fn repeat_items(vm: &Vm, items: &[Value], n: usize) -> PyResult<Vec<Value>> {
    if items.is_empty() || n == 0 {
        return Ok(Vec::new());
    }
    let memory_error = || vm.new_exception(&vm.types.exc.memory_error, "");
    let total = match items.len().checked_mul(n) {
        Some(total) if total <= (1usize << 32) => total,
        _ => return Err(memory_error()),
    };
    let mut out = Vec::new();
    out.try_reserve_exact(total).map_err(|_| memory_error())?;
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

/// Adds one comparison dunder that returns NotImplemented unless `other` passes `accepts`, and
/// compares the builtin payloads otherwise.
fn compare_payloads(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (x, y) = (base_value(a), base_value(b));
    vm.rich_compare(&x, &y, op)
}

fn is_list(v: &Value) -> bool {
    v.as_list().is_some()
}

/// The list cell of a receiver that `method_args` accepted.
fn list_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a PyCell<Vec<Value>>> {
    v.as_list()
        .ok_or_else(|| vm.type_error("descriptor requires a 'list' object"))
}

// ----- generic aliases (`list[int]`) -----

/// Registers `cls[args]` (`__class_getitem__`) on a builtin generic type: the result is a
/// minimal `types.GenericAlias` (origin, args, repr, call, equality). The alias class travels
/// as the bound first argument of the native method.
pub(crate) fn add_class_getitem(vm: &mut Vm, class: &ObjRef) {
    let alias = alias_class(vm);
    let mut f = native("__class_getitem__", class_getitem);
    f.owner = Value::Obj(class.clone());
    f.is_classmethod = true;
    f.self_ = Value::Obj(alias);
    let key = vm.intern("__class_getitem__");
    vm.class_set_attr(class, key, Value::obj(Payload::NativeFunction(f)));
}

/// The `types.GenericAlias` class: the one list's `__class_getitem__` carries, or a new one.
fn alias_class(vm: &mut Vm) -> ObjRef {
    let list = vm.types.list.clone();
    if let Some(f) = vm.class_lookup_str(&list, "__class_getitem__") {
        if let Some(Object::NativeFunction(nf)) = f.as_object() {
            if let Value::Obj(c) = &nf.self_ {
                return c.clone();
            }
        }
    }
    let object = vm.types.object.clone();
    let cls = make_class("GenericAlias", &[object], Layout::Opaque, false);
    if let Object::Class(c) = cls.view() {
        c.module.replace(vm.new_str("types"));
    }
    vm.add_method(&cls, "__repr__", alias_repr);
    vm.add_method(&cls, "__call__", alias_call);
    vm.add_method(&cls, "__eq__", alias_eq);
    vm.add_method(&cls, "__hash__", alias_hash);
    cls
}

fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // (alias class, the generic class, the subscript)
    let [Value::Obj(alias), origin, item] = &args.pos[..] else {
        return Err(vm.type_error("__class_getitem__ expected 1 argument"));
    };
    let items = match item.as_object() {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => vec![item.clone()],
    };
    let params = vm.new_tuple(items);
    let dict = vm.new_dict();
    let k = vm.intern("__origin__");
    vm.dict_set(&dict, k, origin.clone())?;
    let k = vm.intern("__args__");
    vm.dict_set(&dict, k, params)?;
    Ok(Value::obj(Payload::Instance(InstanceObj::with_dict(
        alias.clone(),
        dict,
        Value::Null,
    ))))
}

/// `__origin__` and `__args__` of an alias.
fn alias_parts(vm: &mut Vm, args: &Args, meth: &str, sig: Sig) -> PyResult<(Value, Vec<Value>)> {
    let me = method_args(
        vm,
        args,
        "types.GenericAlias",
        meth,
        sig,
        |v| matches!(v.as_object(), Some(Object::Instance(i)) if class_name(&i.class()) == "GenericAlias"),
    )?;
    let Some(Object::Instance(i)) = me.as_object() else {
        return Ok((Value::None, Vec::new()));
    };
    let (ko, ka) = (vm.intern("__origin__"), vm.intern("__args__"));
    let origin = i.attr_get(&ko).unwrap_or(Value::None);
    let params = i
        .attr_get(&ka)
        .and_then(|t| t.as_tuple().map(|t| t.to_vec()))
        .unwrap_or_default();
    Ok((origin, params))
}

/// CPython's `ga_repr_item`: classes by (module-qualified) name, `...` for Ellipsis.
fn alias_item_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(Object::Ellipsis) = v.as_object() {
        return Ok("...".into());
    }
    if let Some(Object::Class(c)) = v.as_object() {
        let qual = c.qualname.get();
        let module = c.module.get();
        let q = qual
            .as_str()
            .map_or(String::new(), |s| s.as_str().to_string());
        return Ok(match module.as_str().map(|s| s.as_str().to_string()) {
            Some(m) if m != "builtins" => format!("{m}.{q}"),
            _ => q,
        });
    }
    vm.repr(v)
}

fn alias_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (origin, params) = alias_parts(vm, &args, "__repr__", Sig::Slot(0))?;
    let mut out = alias_item_repr(vm, &origin)?;
    out.push('[');
    if params.is_empty() {
        out.push_str("()");
    }
    for (i, p) in params.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&alias_item_repr(vm, p)?);
    }
    out.push(']');
    Ok(vm.new_str(out))
}

fn alias_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me_args = Args::new(args.pos.first().cloned());
    let (origin, _) = alias_parts(vm, &me_args, "__call__", Sig::Var(0, 0))?;
    let rest = Args {
        pos: args.pos.iter().skip(1).cloned().collect(),
        kw: args.kw,
    };
    vm.call(&origin, rest)
}

fn alias_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (origin, params) = alias_parts(vm, &args, "__eq__", Sig::Slot(1))?;
    let other_args = Args::new([args.pos[1].clone()]);
    let Ok((o2, p2)) = alias_parts(vm, &other_args, "__eq__", Sig::Slot(0)) else {
        return Ok(vm.not_implemented.clone());
    };
    if !origin.is(&o2) || params.len() != p2.len() {
        return Ok(Value::Bool(false));
    }
    for (a, b) in params.iter().zip(&p2) {
        if !vm.eq(a, b)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn alias_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (origin, params) = alias_parts(vm, &args, "__hash__", Sig::Slot(0))?;
    let t = vm.new_tuple(params);
    let h = vm.hash(&t)?;
    let o = vm.hash(&origin)?;
    Ok(Value::Int(h ^ o))
}

// ----- registration -----

pub fn init(vm: &mut Vm) {
    let t = vm.types.list.clone();
    vm.add_staticmethod(&t, "__new__", list_new);
    vm.add_method(&t, "__init__", list_init);
    vm.add_method(&t, "append", list_append);
    vm.add_method(&t, "extend", list_extend);
    vm.add_method(&t, "insert", list_insert);
    vm.add_method(&t, "remove", list_remove);
    vm.add_method(&t, "pop", list_pop);
    vm.add_method(&t, "index", list_index);
    vm.add_method(&t, "count", list_count);
    vm.add_method(&t, "clear", list_clear);
    vm.add_method(&t, "copy", list_copy);
    vm.add_method(&t, "reverse", list_reverse);
    vm.add_method(&t, "sort", list_sort);
    vm.add_method(&t, "__len__", list_len);
    vm.add_method(&t, "__getitem__", list_getitem);
    vm.add_method(&t, "__setitem__", list_setitem);
    vm.add_method(&t, "__delitem__", list_delitem);
    vm.add_method(&t, "__contains__", list_contains);
    vm.add_method(&t, "__iter__", list_iter);
    vm.add_method(&t, "__reversed__", list_reversed);
    vm.add_method(&t, "__add__", list_add);
    vm.add_method(&t, "__iadd__", list_iadd);
    vm.add_method(&t, "__mul__", list_mul);
    vm.add_method(&t, "__rmul__", list_rmul);
    vm.add_method(&t, "__imul__", list_imul);
    vm.add_method(&t, "__eq__", list_eq);
    vm.add_method(&t, "__ne__", list_ne);
    vm.add_method(&t, "__lt__", list_lt);
    vm.add_method(&t, "__le__", list_le);
    vm.add_method(&t, "__gt__", list_gt);
    vm.add_method(&t, "__ge__", list_ge);
    vm.add_method(&t, "__repr__", list_repr);
    // Lists are unhashable; subclasses inherit that through the class dict.
    let key = vm.intern("__hash__");
    vm.class_set_attr(&t, key, Value::None);
    add_class_getitem(vm, &t);
}

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or_default();
    let list = vm.new_list(Vec::new());
    match cls.as_obj() {
        Some(c) if !crate::value::ObjRef::ptr_eq(c, &vm.types.list) => {
            Ok(new_instance(vm, c, list))
        }
        _ => Ok(list),
    }
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let Some(l) = args.pos.first().and_then(|v| v.as_list()) else {
        let t = args
            .pos
            .first()
            .map_or(String::from("NoneType"), |v| vm.type_name(v));
        return Err(vm.type_error(format!(
            "descriptor '__init__' requires a 'list' object but received a '{t}'"
        )));
    };
    let items = match args.pos.get(1) {
        Some(it) => vm.collect(it)?,
        None => Vec::new(),
    };
    let old = l.replace(items);
    drop(old);
    Ok(Value::None)
}

fn recv<'a>(vm: &Vm, args: &'a Args, meth: &str, sig: Sig) -> PyResult<&'a Value> {
    method_args(vm, args, "list", meth, sig, is_list)
}

/// The receiver's list cell, after checking the receiver and arguments.
fn cell<'a>(vm: &Vm, args: &'a Args, meth: &str, sig: Sig) -> PyResult<&'a PyCell<Vec<Value>>> {
    list_of(vm, recv(vm, args, meth, sig)?)
}

fn list_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = cell(vm, &args, "append", Sig::One)?;
    let item = args.pos[1].clone();
    l.with_mut(|v| list_push(v, item));
    Ok(Value::None)
}

/// Appends an item. (CPython grows lists by about 1/8; measured here, that left every old
/// buffer's pages resident after a realloc copy, so a list built by appends peaked at twice the
/// memory of doubling's growth: doubling stays.)
#[inline]
pub fn list_push(items: &mut Vec<Value>, item: Value) {
    items.push(item);
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = cell(vm, &args, "extend", Sig::One)?;
    let items = vm.collect(&args.pos[1])?;
    l.with_mut(|v| v.extend(items));
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = cell(vm, &args, "insert", Sig::Var(2, 2))?;
    let i = index_arg(vm, &args.pos[1])?;
    let item = args.pos[2].clone();
    l.with_mut(|v| {
        let n = v.len() as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
        v.insert(at as usize, item);
    });
    Ok(Value::None)
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = cell(vm, &args, "remove", Sig::One)?;
    let x = &args.pos[1];
    let mut i = 0;
    while let Some(item) = l.with(|v| v.get(i).cloned()) {
        if vm.eq(&item, x)? {
            let removed = l.with_mut(|v| if i < v.len() { Some(v.remove(i)) } else { None });
            drop(removed);
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = cell(vm, &args, "pop", Sig::Var(0, 1))?;
    let i = match args.pos.get(1) {
        Some(v) => index_arg(vm, v)?,
        None => -1,
    };
    let r = l.with_mut(|v| {
        if v.is_empty() {
            return Err("pop from empty list");
        }
        let n = v.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err("pop index out of range");
        }
        Ok(v.remove(j as usize))
    });
    r.map_err(|msg| vm.index_error(msg))
}

fn list_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = cell(vm, &args, "index", Sig::Var(1, 3))?;
    let x = &args.pos[1];
    let len = l.with(|v| v.len());
    let (start, stop) = index_bounds(vm, &args.pos[2..], len)?;
    let mut i = start;
    while i < stop {
        let Some(item) = l.with(|v| v.get(i).cloned()) else {
            break;
        };
        if vm.eq(&item, x)? {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    let r = vm.repr(x)?;
    Err(vm.value_error(format!("{r} is not in list")))
}

fn list_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = cell(vm, &args, "count", Sig::One)?;
    let x = &args.pos[1];
    let mut i = 0;
    let mut n = 0i64;
    while let Some(item) = l.with(|v| v.get(i).cloned()) {
        if vm.eq(&item, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn list_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = cell(vm, &args, "clear", Sig::NoArgs)?;
    let old = l.replace(Vec::new());
    // Last to first, as CPython releases them (the order of their `__del__` calls shows).
    for item in old.into_iter().rev() {
        drop(item);
    }
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = cell(vm, &args, "copy", Sig::NoArgs)?;
    Ok(vm.new_list(l.get()))
}

fn list_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = cell(vm, &args, "reverse", Sig::NoArgs)?;
    l.with_mut(|v| v.reverse());
    Ok(Value::None)
}

/// list.sort(*, key=None, reverse=False): sorts a copy while the list looks empty (as CPython
/// does), then stores the result back.
fn list_sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(recv) = args.pos.first() else {
        return Err(vm.type_error("unbound method list.sort() needs an argument"));
    };
    if !is_list(recv) {
        let t = vm.type_name(recv);
        return Err(vm.type_error(format!(
            "descriptor 'sort' for 'list' objects doesn't apply to a '{t}' object"
        )));
    }
    if args.pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let l = list_of(vm, recv)?;
    let mut key = Value::None;
    let mut reverse = false;
    for (k, v) in &args.kw {
        match k.as_str().map(|s| s.as_str()) {
            Some("key") => key = v.clone(),
            Some("reverse") => {
                reverse = match vm.to_index(v)? {
                    Some(i) => i != 0,
                    None => {
                        return Err(vm.overflow_error("Python int too large to convert to C int"))
                    }
                }
            }
            Some(other) => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )))
            }
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    let mut items = l.replace(Vec::new());
    // On an error `sort_values` leaves `items` as it was.
    let r = sort_values(vm, &mut items, &key, reverse);
    let during = l.replace(items);
    let modified = !during.is_empty();
    drop(during);
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn list_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = cell(vm, &args, "__len__", Sig::Slot(0))?;
    Ok(Value::Int(l.with(|v| v.len()) as i64))
}

fn list_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = base_value(recv(vm, &args, "__getitem__", Sig::One)?);
    vm.get_item(&s, &args.pos[1])
}

fn list_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = base_value(recv(vm, &args, "__setitem__", Sig::SlotUnpack(2))?);
    vm.set_item(&s, args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn list_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = base_value(recv(vm, &args, "__delitem__", Sig::Slot(1))?);
    vm.del_item(&s, &args.pos[1])?;
    Ok(Value::None)
}

fn list_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = base_value(recv(vm, &args, "__contains__", Sig::Slot(1))?);
    vm.contains(&s, &args.pos[1]).map(Value::Bool)
}

fn list_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = base_value(recv(vm, &args, "__iter__", Sig::Slot(0))?);
    Ok(vm.new_iterator(IterState::Seq { seq: s, index: 0 }))
}

fn list_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = base_value(recv(vm, &args, "__reversed__", Sig::NoArgs)?);
    let n = list_of(vm, &s)?.with(|v| v.len()) as i64;
    Ok(vm.new_iterator(IterState::Reversed {
        seq: s,
        index: n - 1,
    }))
}

fn list_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = cell(vm, &args, "__add__", Sig::Slot(1))?;
    let Some(other) = args.pos[1].as_list() else {
        let t = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("can only concatenate list (not \"{t}\") to list")));
    };
    let mut items = l.get();
    items.extend(other.get());
    Ok(vm.new_list(items))
}

fn list_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(vm, &args, "__iadd__", Sig::Slot(1))?.clone();
    let items = vm.collect(&args.pos[1])?;
    list_of(vm, &me)?.with_mut(|v| v.extend(items));
    Ok(me)
}

fn list_repeat(vm: &mut Vm, args: &Args, meth: &str) -> PyResult<Value> {
    let l = cell(vm, args, meth, Sig::SlotUnpack(1))?;
    let n = repeat_count(vm, &args.pos[1])?;
    let items = l.get();
    let out = repeat_items(vm, &items, n)?;
    Ok(vm.new_list(out))
}

fn list_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    list_repeat(vm, &args, "__mul__")
}

fn list_rmul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    list_repeat(vm, &args, "__rmul__")
}

fn list_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(vm, &args, "__imul__", Sig::SlotUnpack(1))?.clone();
    let n = repeat_count(vm, &args.pos[1])?;
    let l = list_of(vm, &me)?;
    let items = l.get();
    let out = repeat_items(vm, &items, n)?;
    let old = l.replace(out);
    drop(old);
    Ok(me)
}

fn list_compare(vm: &mut Vm, args: &Args, meth: &str, op: CmpOp) -> PyResult<Value> {
    let me = recv(vm, args, meth, Sig::Slot(1))?;
    if !is_list(&args.pos[1]) {
        return Ok(vm.not_implemented.clone());
    }
    compare_payloads(vm, me, &args.pos[1], op)
}

fn list_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    list_compare(vm, &args, "__eq__", CmpOp::Eq)
}
fn list_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    list_compare(vm, &args, "__ne__", CmpOp::Ne)
}
fn list_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    list_compare(vm, &args, "__lt__", CmpOp::Lt)
}
fn list_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    list_compare(vm, &args, "__le__", CmpOp::Le)
}
fn list_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    list_compare(vm, &args, "__gt__", CmpOp::Gt)
}
fn list_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    list_compare(vm, &args, "__ge__", CmpOp::Ge)
}

fn list_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = base_value(recv(vm, &args, "__repr__", Sig::Slot(0))?);
    let r = vm.repr(&s)?;
    Ok(vm.new_str(r))
}
