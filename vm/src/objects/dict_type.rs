//! dict as a Python type: constructor, methods, and the view types `dict_keys`, `dict_values`
//! and `dict_items`.
//!
//! A view is an instance of an opaque builtin class whose instance dict holds the viewed dict
//! under `mapping`; the protocols reach its `__len__`, `__iter__`, `__contains__`, `__repr__`,
//! comparisons and set operators as native methods of that class.

use crate::objects::class::{InstanceObj, Layout};
use crate::objects::function::{native, Args};
use crate::objects::iterators::{DictIterKind, IterState};
use crate::objects::list_type::{base_value, check_arity, method_args, Sig};
use crate::objects::set_type::{set_intersection_with, view_set_op};
use crate::objects::type_type::new_instance;
use crate::value::{ObjRef, Object, Payload, Value};
use crate::vm::{class_name, make_class, PyResult, Vm};
use pyvm_compiler::bytecode::{BinOp, CmpOp};

pub fn init(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    vm.add_staticmethod(&t, "__new__", dict_new);
    vm.add_method(&t, "__init__", dict_init);
    vm.add_method(&t, "get", dict_get_method);
    vm.add_method(&t, "setdefault", dict_setdefault);
    vm.add_method(&t, "pop", dict_pop);
    vm.add_method(&t, "popitem", dict_popitem);
    vm.add_method(&t, "update", dict_update);
    vm.add_method(&t, "clear", dict_clear);
    vm.add_method(&t, "copy", dict_copy_method);
    vm.add_classmethod(&t, "fromkeys", dict_fromkeys);
    vm.add_method(&t, "__len__", dict_len);
    vm.add_method(&t, "__getitem__", dict_getitem);
    vm.add_method(&t, "__setitem__", dict_setitem);
    vm.add_method(&t, "__delitem__", dict_delitem);
    vm.add_method(&t, "__contains__", dict_contains);
    vm.add_method(&t, "__iter__", dict_iter);
    vm.add_method(&t, "__reversed__", dict_reversed);
    vm.add_method(&t, "__or__", dict_or);
    vm.add_method(&t, "__ror__", dict_ror);
    vm.add_method(&t, "__ior__", dict_ior);
    vm.add_method(&t, "__eq__", dict_eq);
    vm.add_method(&t, "__ne__", dict_ne);
    vm.add_method(&t, "__repr__", dict_repr);
    let key = vm.intern("__hash__");
    vm.class_set_attr(&t, key, Value::None);
    init_views(vm, &t);
    crate::objects::list_type::add_class_getitem(vm, &t);
}

// ----- helpers -----

fn is_dict(v: &Value) -> bool {
    v.as_dict().is_some()
}

fn recv<'a>(vm: &Vm, args: &'a Args, meth: &str, sig: Sig) -> PyResult<&'a Value> {
    method_args(vm, args, "dict", meth, sig, is_dict)
}

fn dict_len_of(d: &Value) -> usize {
    d.as_dict().map_or(0, |c| c.with(|t| t.len()))
}

// ----- constructor -----

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or_default();
    let d = vm.new_dict();
    match cls.as_obj() {
        Some(c) if !crate::value::ObjRef::ptr_eq(c, &vm.types.dict) => Ok(new_instance(vm, c, d)),
        _ => Ok(d),
    }
}

/// dict.__init__ / dict.update semantics: a mapping or iterable of pairs, then keywords.
fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let Some(d) = args.pos.first().cloned() else {
        return Err(vm.type_error("descriptor '__init__' of 'dict' object needs an argument"));
    };
    if let Some(src) = args.pos.get(1) {
        vm.dict_update_from(&d, src, false)?;
    }
    for (k, v) in args.kw {
        vm.dict_set(&d, k, v)?;
    }
    Ok(Value::None)
}

// ----- methods -----

fn dict_get_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = recv(vm, &args, "get", Sig::Var(1, 2))?;
    match vm.dict_get(d, &args.pos[1])? {
        Some(v) => Ok(v),
        None => Ok(args.pos.get(2).cloned().unwrap_or(Value::None)),
    }
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = recv(vm, &args, "setdefault", Sig::Var(1, 2))?;
    let default = args.pos.get(2).cloned().unwrap_or(Value::None);
    vm.dict_setdefault(d, &args.pos[1], default)
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = recv(vm, &args, "pop", Sig::Var(1, 2))?;
    let key = &args.pos[1];
    // An empty dict answers without hashing the key, as CPython's does.
    let found = if dict_len_of(d) == 0 {
        None
    } else {
        vm.dict_del(d, key)?
    };
    match (found, args.pos.get(2)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(vm.key_error(key.clone())),
    }
}

fn dict_popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = recv(vm, &args, "popitem", Sig::NoArgs)?;
    let entry = d.as_dict().and_then(|c| c.with_mut(|t| t.pop_last()));
    match entry {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => {
            let msg = vm.new_str("popitem(): dictionary is empty");
            Err(vm.key_error(msg))
        }
    }
}

fn dict_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(d) = args.pos.first() else {
        return Err(vm.type_error("unbound method dict.update() needs an argument"));
    };
    if !is_dict(d) {
        let t = vm.type_name(d);
        return Err(vm.type_error(format!(
            "descriptor 'update' for 'dict' objects doesn't apply to a '{t}' object"
        )));
    }
    check_arity(
        vm,
        args.pos.len() - 1,
        false,
        "dict",
        "update",
        Sig::Var(0, 1),
    )?;
    if let Some(src) = args.pos.get(1) {
        vm.dict_update_from(d, src, false)?;
    }
    for (k, v) in &args.kw {
        vm.dict_set(d, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

fn dict_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = recv(vm, &args, "clear", Sig::NoArgs)?;
    // `clear` keeps the table's version counter moving (caches key on it).
    if let Some(c) = d.as_dict() {
        c.with_mut(|t| t.clear());
    }
    Ok(Value::None)
}

fn dict_copy_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = recv(vm, &args, "copy", Sig::NoArgs)?.clone();
    vm.dict_copy(&d)
}

/// dict.fromkeys(iterable, value=None), a classmethod: `cls()` filled with the keys.
fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args.pos.first().cloned() else {
        return Err(vm.type_error("fromkeys expected at least 1 argument, got 0"));
    };
    check_arity(
        vm,
        args.pos.len() - 1,
        !args.kw.is_empty(),
        "dict",
        "fromkeys",
        Sig::Var(1, 2),
    )?;
    let value = args.pos.get(2).cloned().unwrap_or(Value::None);
    let exact = cls
        .as_obj()
        .is_some_and(|c| crate::value::ObjRef::ptr_eq(c, &vm.types.dict));
    let d = if exact {
        vm.new_dict()
    } else {
        vm.call(&cls, Args::default())?
    };
    let fast = matches!(d.as_object(), Some(Object::Dict(_)));
    let it = vm.get_iter(&args.pos[1])?;
    while let Some(k) = vm.iter_next(&it)? {
        if fast {
            vm.dict_set(&d, k, value.clone())?;
        } else {
            vm.set_item(&d, k, value.clone())?;
        }
    }
    Ok(d)
}

fn dict_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = recv(vm, &args, "__len__", Sig::Slot(0))?;
    Ok(Value::Int(dict_len_of(d) as i64))
}

/// dict.__getitem__: a missing key asks `__missing__` of a subclass.
fn dict_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = recv(vm, &args, "__getitem__", Sig::One)?.clone();
    let key = &args.pos[1];
    if let Some(v) = vm.dict_get(&d, key)? {
        return Ok(v);
    }
    if matches!(d.as_object(), Some(Object::Instance(_))) {
        let class = vm.type_of(&d);
        if let Some(missing) = vm.class_lookup_str(&class, "__missing__") {
            return vm.call_method_value(&missing, &d, vec![key.clone()]);
        }
    }
    Err(vm.key_error(key.clone()))
}

fn dict_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = recv(vm, &args, "__setitem__", Sig::SlotUnpack(2))?;
    vm.dict_set(d, args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = recv(vm, &args, "__delitem__", Sig::Slot(1))?;
    match vm.dict_del(d, &args.pos[1])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(args.pos[1].clone())),
    }
}

fn dict_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = recv(vm, &args, "__contains__", Sig::One)?;
    Ok(Value::Bool(vm.dict_get(d, &args.pos[1])?.is_some()))
}

fn dict_iterator(vm: &Vm, d: &Value, kind: DictIterKind) -> Value {
    let dict = base_value(d);
    let len = dict_len_of(&dict);
    vm.new_iterator(IterState::Dict {
        dict,
        pos: 0,
        len,
        kind,
    })
}

fn dict_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = recv(vm, &args, "__iter__", Sig::Slot(0))?;
    Ok(dict_iterator(vm, d, DictIterKind::Keys))
}

/// A reversed iterator over the keys, values or items: dict_reversekeyiterator and friends.
fn reversed_iter(vm: &Vm, d: &Value, kind: DictIterKind) -> Value {
    let (end, len) = d
        .as_dict()
        .map_or((0, 0), |c| c.with(|t| (t.entries_end(), t.len())));
    vm.new_iterator(IterState::DictReversed {
        dict: d.clone(),
        end,
        len,
        kind,
    })
}

/// `reversed(d)` for a dict: a dict_reversekeyiterator.
pub fn dict_reversed_iter(vm: &Vm, d: &Value) -> Value {
    reversed_iter(vm, d, DictIterKind::Keys)
}

fn dict_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = recv(vm, &args, "__reversed__", Sig::NoArgs)?;
    Ok(reversed_iter(vm, d, DictIterKind::Keys))
}

fn dict_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = recv(vm, &args, "__or__", Sig::Slot(1))?.clone();
    let other = &args.pos[1];
    if !is_dict(other) {
        return Ok(vm.not_implemented.clone());
    }
    let new = vm.dict_copy(&d)?;
    vm.dict_update_from(&new, other, false)?;
    Ok(new)
}

fn dict_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = recv(vm, &args, "__ror__", Sig::Slot(1))?.clone();
    let other = &args.pos[1];
    if !is_dict(other) {
        return Ok(vm.not_implemented.clone());
    }
    let new = vm.dict_copy(other)?;
    vm.dict_update_from(&new, &d, false)?;
    Ok(new)
}

fn dict_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = recv(vm, &args, "__ior__", Sig::Slot(1))?.clone();
    vm.dict_update_from(&d, &args.pos[1], false)?;
    Ok(d)
}

fn dict_compare(vm: &mut Vm, args: &Args, meth: &str, op: CmpOp) -> PyResult<Value> {
    let d = base_value(recv(vm, args, meth, Sig::Slot(1))?);
    if !is_dict(&args.pos[1]) {
        return Ok(vm.not_implemented.clone());
    }
    let other = base_value(&args.pos[1]);
    vm.rich_compare(&d, &other, op)
}

fn dict_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_compare(vm, &args, "__eq__", CmpOp::Eq)
}

fn dict_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_compare(vm, &args, "__ne__", CmpOp::Ne)
}

fn dict_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = base_value(recv(vm, &args, "__repr__", Sig::Slot(0))?);
    let r = vm.repr(&d)?;
    Ok(vm.new_str(r))
}

// ----- views -----

#[derive(Clone, Copy, PartialEq, Eq)]
enum ViewKind {
    Keys,
    Values,
    Items,
}

impl ViewKind {
    fn name(self) -> &'static str {
        match self {
            ViewKind::Keys => "dict_keys",
            ViewKind::Values => "dict_values",
            ViewKind::Items => "dict_items",
        }
    }

    fn iter_kind(self) -> DictIterKind {
        match self {
            ViewKind::Keys => DictIterKind::Keys,
            ViewKind::Values => DictIterKind::Values,
            ViewKind::Items => DictIterKind::Items,
        }
    }

    fn method(self) -> &'static str {
        match self {
            ViewKind::Keys => "keys",
            ViewKind::Values => "values",
            ViewKind::Items => "items",
        }
    }
}

/// The kind of a view object, if `v` is one.
fn view_kind(v: &Value) -> Option<ViewKind> {
    let Some(Object::Instance(i)) = v.as_object() else {
        return None;
    };
    let class = i.class();
    let Object::Class(c) = class.view() else {
        return None;
    };
    if !c.is_builtin || c.layout != Layout::Opaque {
        return None;
    }
    let name = class_name(&class);
    match name.as_str() {
        "dict_keys" => Some(ViewKind::Keys),
        "dict_values" => Some(ViewKind::Values),
        "dict_items" => Some(ViewKind::Items),
        _ => None,
    }
}

fn is_keys_view(v: &Value) -> bool {
    view_kind(v) == Some(ViewKind::Keys)
}
fn is_values_view(v: &Value) -> bool {
    view_kind(v) == Some(ViewKind::Values)
}
fn is_items_view(v: &Value) -> bool {
    view_kind(v) == Some(ViewKind::Items)
}

/// A set-like view (keys or items), as CPython's `PyDictViewSet_Check`.
fn is_set_view(v: &Value) -> bool {
    matches!(view_kind(v), Some(ViewKind::Keys | ViewKind::Items))
}

/// The dict a view shows (held in the view's one slot: `view.mapping` is a read-only proxy).
fn view_dict(vm: &mut Vm, v: &Value) -> Value {
    match v.as_object() {
        Some(Object::Instance(i)) => i
            .slots
            .with(|s| s.first().cloned())
            .unwrap_or_else(|| vm.new_dict()),
        _ => vm.new_dict(),
    }
}

/// `view.mapping`: a mappingproxy over the view's dict, if `v` is a dict view.
pub(crate) fn view_mapping(vm: &mut Vm, v: &Value) -> Option<Value> {
    view_kind(v)?;
    let d = view_dict(vm, v);
    Some(crate::objects::mappingproxy::new_mappingproxy(vm, d))
}

fn init_views(vm: &mut Vm, dict_class: &ObjRef) {
    let object = vm.types.object.clone();
    for kind in [ViewKind::Keys, ViewKind::Values, ViewKind::Items] {
        let cls = make_class(
            kind.name(),
            std::slice::from_ref(&object),
            Layout::Opaque,
            false,
        );
        // dict.keys() and friends carry their view class as a bound first argument.
        let maker: fn(&mut Vm, Args) -> PyResult<Value> = match kind {
            ViewKind::Keys => dict_keys,
            ViewKind::Values => dict_values,
            ViewKind::Items => dict_items,
        };
        let mut f = native(kind.method(), maker);
        f.owner = Value::Obj(dict_class.clone());
        f.self_ = Value::Obj(cls.clone());
        let key = vm.intern(kind.method());
        vm.class_set_attr(dict_class, key, Value::obj(Payload::NativeFunction(f)));

        macro_rules! add {
            ($($name:literal => $keys:ident, $values:ident, $items:ident;)*) => {
                $(
                    vm.add_method(&cls, $name, match kind {
                        ViewKind::Keys => $keys,
                        ViewKind::Values => $values,
                        ViewKind::Items => $items,
                    });
                )*
            };
        }
        add! {
            "__len__" => keys_len, values_len, items_len;
            "__iter__" => keys_iter, values_iter, items_iter;
            "__reversed__" => keys_reversed, values_reversed, items_reversed;
            "__repr__" => keys_repr, values_repr, items_repr;
        }
        if kind != ViewKind::Values {
            add! {
                "__contains__" => keys_contains, keys_contains, items_contains;
                "__eq__" => keys_eq, keys_eq, items_eq;
                "__ne__" => keys_ne, keys_ne, items_ne;
                "__lt__" => keys_lt, keys_lt, items_lt;
                "__le__" => keys_le, keys_le, items_le;
                "__gt__" => keys_gt, keys_gt, items_gt;
                "__ge__" => keys_ge, keys_ge, items_ge;
                "__and__" => keys_and, keys_and, items_and;
                "__rand__" => keys_rand, keys_rand, items_rand;
                "__or__" => keys_or, keys_or, items_or;
                "__ror__" => keys_ror, keys_ror, items_ror;
                "__sub__" => keys_sub, keys_sub, items_sub;
                "__rsub__" => keys_rsub, keys_rsub, items_rsub;
                "__xor__" => keys_xor, keys_xor, items_xor;
                "__rxor__" => keys_rxor, keys_rxor, items_rxor;
                "isdisjoint" => keys_isdisjoint, keys_isdisjoint, items_isdisjoint;
            }
        }
        vm.add_staticmethod(&cls, "__new__", view_new);
        let key = vm.intern("__hash__");
        vm.class_set_attr(&cls, key, Value::None);
    }
}

/// Views come only from `dict.keys()` and friends.
fn view_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match args.pos.first().and_then(|c| c.as_obj()) {
        Some(c) => class_name(c),
        None => String::from("dict_keys"),
    };
    Err(vm.type_error(format!("cannot create '{name}' instances")))
}

/// `dict.keys()` and friends: `args.pos[0]` is the view class (bound), then the receiver.
fn make_view(vm: &mut Vm, args: Args, kind: ViewKind) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let Some(Value::Obj(cls)) = pos.next() else {
        return Err(vm.type_error("view class missing"));
    };
    let rest = Args {
        pos: pos.collect(),
        kw: args.kw,
    };
    let d = recv(vm, &rest, kind.method(), Sig::NoArgs)?.clone();
    Ok(Value::obj(Payload::Instance(InstanceObj::with_slot(
        cls, d,
    ))))
}

fn dict_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    make_view(vm, args, ViewKind::Keys)
}
fn dict_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    make_view(vm, args, ViewKind::Values)
}
fn dict_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    make_view(vm, args, ViewKind::Items)
}

/// Checks a view method's receiver and arguments; returns the view and its dict.
fn view_recv(
    vm: &mut Vm,
    args: &Args,
    kind: ViewKind,
    meth: &str,
    sig: Sig,
) -> PyResult<(Value, Value)> {
    let check: fn(&Value) -> bool = match kind {
        ViewKind::Keys => is_keys_view,
        ViewKind::Values => is_values_view,
        ViewKind::Items => is_items_view,
    };
    let view = method_args(vm, args, kind.name(), meth, sig, check)?.clone();
    let d = view_dict(vm, &view);
    Ok((view, d))
}

macro_rules! per_kind {
    ($($imp:ident: $keys:ident, $values:ident, $items:ident;)*) => {
        $(
            fn $keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
                $imp(vm, &args, ViewKind::Keys)
            }
            #[allow(dead_code)]
            fn $values(vm: &mut Vm, args: Args) -> PyResult<Value> {
                $imp(vm, &args, ViewKind::Values)
            }
            fn $items(vm: &mut Vm, args: Args) -> PyResult<Value> {
                $imp(vm, &args, ViewKind::Items)
            }
        )*
    };
}

per_kind! {
    view_len: keys_len, values_len, items_len;
    view_iter: keys_iter, values_iter, items_iter;
    view_reversed: keys_reversed, values_reversed, items_reversed;
    view_repr: keys_repr, values_repr, items_repr;
    view_contains: keys_contains, values_contains, items_contains;
    view_eq: keys_eq, values_eq, items_eq;
    view_ne: keys_ne, values_ne, items_ne;
    view_lt: keys_lt, values_lt, items_lt;
    view_le: keys_le, values_le, items_le;
    view_gt: keys_gt, values_gt, items_gt;
    view_ge: keys_ge, values_ge, items_ge;
    view_and: keys_and, values_and, items_and;
    view_rand: keys_rand, values_rand, items_rand;
    view_or: keys_or, values_or, items_or;
    view_ror: keys_ror, values_ror, items_ror;
    view_sub: keys_sub, values_sub, items_sub;
    view_rsub: keys_rsub, values_rsub, items_rsub;
    view_xor: keys_xor, values_xor, items_xor;
    view_rxor: keys_rxor, values_rxor, items_rxor;
    view_isdisjoint: keys_isdisjoint, values_isdisjoint, items_isdisjoint;
}

fn view_len(vm: &mut Vm, args: &Args, kind: ViewKind) -> PyResult<Value> {
    let (_, d) = view_recv(vm, args, kind, "__len__", Sig::Slot(0))?;
    Ok(Value::Int(dict_len_of(&d) as i64))
}

fn view_iter(vm: &mut Vm, args: &Args, kind: ViewKind) -> PyResult<Value> {
    let (_, d) = view_recv(vm, args, kind, "__iter__", Sig::Slot(0))?;
    Ok(dict_iterator(vm, &d, kind.iter_kind()))
}

fn view_reversed(vm: &mut Vm, args: &Args, kind: ViewKind) -> PyResult<Value> {
    let (_, d) = view_recv(vm, args, kind, "__reversed__", Sig::NoArgs)?;
    Ok(reversed_iter(vm, &d, kind.iter_kind()))
}

/// `dict_keys([1, 2])`, `dict_values([...])`, `dict_items([(k, v), ...])`.
fn view_repr(vm: &mut Vm, args: &Args, kind: ViewKind) -> PyResult<Value> {
    let (view, d) = view_recv(vm, args, kind, "__repr__", Sig::Slot(0))?;
    let addr = view.address();
    if vm.repr_stack.contains(&addr) {
        return Ok(vm.new_str("..."));
    }
    let items: Vec<Value> = match d.as_dict() {
        Some(c) => match kind {
            ViewKind::Keys => c.with(|t| t.keys()),
            ViewKind::Values => c.with(|t| t.values()),
            ViewKind::Items => c
                .with(|t| t.items())
                .into_iter()
                .map(|(k, v)| vm.new_tuple(vec![k, v]))
                .collect(),
        },
        None => Vec::new(),
    };
    vm.repr_stack.push(addr);
    let list = vm.new_list(items);
    let r = vm.repr(&list);
    vm.repr_stack.retain(|&a| a != addr);
    let r = r?;
    Ok(vm.new_str(format!("{}({r})", kind.name())))
}

/// `x in view` for keys and items views.
fn view_has(vm: &mut Vm, d: &Value, kind: ViewKind, x: &Value) -> PyResult<bool> {
    match kind {
        ViewKind::Items => {
            let Some(pair) = x.as_tuple().filter(|t| t.len() == 2).map(|t| t.to_vec()) else {
                return Ok(false);
            };
            match vm.dict_get(d, &pair[0])? {
                Some(v) => vm.eq(&v, &pair[1]),
                None => Ok(false),
            }
        }
        _ => Ok(vm.dict_get(d, x)?.is_some()),
    }
}

fn view_contains(vm: &mut Vm, args: &Args, kind: ViewKind) -> PyResult<Value> {
    let (_, d) = view_recv(vm, args, kind, "__contains__", Sig::Slot(1))?;
    view_has(vm, &d, kind, &args.pos[1]).map(Value::Bool)
}

/// Whether every item of `a` is in `b` (CPython's `all_contained_in`).
fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = vm.get_iter(a)?;
    while let Some(x) = vm.iter_next(&it)? {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_compare(
    vm: &mut Vm,
    args: &Args,
    kind: ViewKind,
    meth: &str,
    op: CmpOp,
) -> PyResult<Value> {
    let (view, _) = view_recv(vm, args, kind, meth, Sig::Slot(1))?;
    let other = &args.pos[1];
    let other_ok = matches!(
        other.builtin_payload(),
        Some(Object::Set(_) | Object::FrozenSet(_))
    ) || is_set_view(other);
    if !other_ok {
        return Ok(vm.not_implemented.clone());
    }
    let len_self = vm.len(&view)?;
    let len_other = vm.len(other)?;
    let r = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let same = len_self == len_other && all_contained_in(vm, &view, other)?;
            same == (op == CmpOp::Eq)
        }
        CmpOp::Lt => len_self < len_other && all_contained_in(vm, &view, other)?,
        CmpOp::Le => len_self <= len_other && all_contained_in(vm, &view, other)?,
        CmpOp::Gt => len_self > len_other && all_contained_in(vm, other, &view)?,
        CmpOp::Ge => len_self >= len_other && all_contained_in(vm, other, &view)?,
    };
    Ok(Value::Bool(r))
}

fn view_eq(vm: &mut Vm, args: &Args, kind: ViewKind) -> PyResult<Value> {
    view_compare(vm, args, kind, "__eq__", CmpOp::Eq)
}
fn view_ne(vm: &mut Vm, args: &Args, kind: ViewKind) -> PyResult<Value> {
    view_compare(vm, args, kind, "__ne__", CmpOp::Ne)
}
fn view_lt(vm: &mut Vm, args: &Args, kind: ViewKind) -> PyResult<Value> {
    view_compare(vm, args, kind, "__lt__", CmpOp::Lt)
}
fn view_le(vm: &mut Vm, args: &Args, kind: ViewKind) -> PyResult<Value> {
    view_compare(vm, args, kind, "__le__", CmpOp::Le)
}
fn view_gt(vm: &mut Vm, args: &Args, kind: ViewKind) -> PyResult<Value> {
    view_compare(vm, args, kind, "__gt__", CmpOp::Gt)
}
fn view_ge(vm: &mut Vm, args: &Args, kind: ViewKind) -> PyResult<Value> {
    view_compare(vm, args, kind, "__ge__", CmpOp::Ge)
}

/// The set CPython's view operators start from: `set(d)` for the keys of an exact dict (which
/// presizes), `set(iterable)` otherwise.
fn set_source(vm: &mut Vm, v: &Value) -> Value {
    if is_keys_view(v) {
        let d = view_dict(vm, v);
        if matches!(d.as_object(), Some(Object::Dict(_))) {
            return d;
        }
    }
    v.clone()
}

/// CPython's `_PyDictView_Intersect(view, other)`.
fn view_intersect(vm: &mut Vm, view: &Value, other: &Value) -> PyResult<Value> {
    let (mut big, mut small) = (view.clone(), other.clone());
    let len_big = vm.len(&big)?;
    if matches!(small.as_object(), Some(Object::Set(_))) && len_big <= vm.len(&small)? {
        return set_intersection_with(vm, &small, &big);
    }
    if is_set_view(&small) && vm.len(&small)? > len_big {
        std::mem::swap(&mut big, &mut small);
    }
    let d = view_dict(vm, &big);
    let kind = view_kind(&big).unwrap_or(ViewKind::Keys);
    let mut table = crate::objects::set::SetTable::new();
    let it = vm.get_iter(&small)?;
    while let Some(x) = vm.iter_next(&it)? {
        if view_has(vm, &d, kind, &x)? {
            vm.table_insert(&mut table, x)?;
        }
    }
    Ok(vm.new_set(table))
}

fn view_and(vm: &mut Vm, args: &Args, kind: ViewKind) -> PyResult<Value> {
    let (view, _) = view_recv(vm, args, kind, "__and__", Sig::Slot(1))?;
    view_intersect(vm, &view, &args.pos[1])
}

fn view_rand(vm: &mut Vm, args: &Args, kind: ViewKind) -> PyResult<Value> {
    let (view, _) = view_recv(vm, args, kind, "__rand__", Sig::Slot(1))?;
    view_intersect(vm, &view, &args.pos[1])
}

fn view_binop(
    vm: &mut Vm,
    args: &Args,
    kind: ViewKind,
    meth: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let (view, _) = view_recv(vm, args, kind, meth, Sig::Slot(1))?;
    let other = args.pos[1].clone();
    let (left, right) = if reflected {
        (other, view)
    } else {
        (view, other)
    };
    let source = set_source(vm, &left);
    view_set_op(vm, &source, &right, op)
}

fn view_or(vm: &mut Vm, args: &Args, kind: ViewKind) -> PyResult<Value> {
    view_binop(vm, args, kind, "__or__", BinOp::Or, false)
}
fn view_ror(vm: &mut Vm, args: &Args, kind: ViewKind) -> PyResult<Value> {
    view_binop(vm, args, kind, "__ror__", BinOp::Or, true)
}
fn view_sub(vm: &mut Vm, args: &Args, kind: ViewKind) -> PyResult<Value> {
    view_binop(vm, args, kind, "__sub__", BinOp::Subtract, false)
}
fn view_rsub(vm: &mut Vm, args: &Args, kind: ViewKind) -> PyResult<Value> {
    view_binop(vm, args, kind, "__rsub__", BinOp::Subtract, true)
}
fn view_xor(vm: &mut Vm, args: &Args, kind: ViewKind) -> PyResult<Value> {
    view_binop(vm, args, kind, "__xor__", BinOp::Xor, false)
}
fn view_rxor(vm: &mut Vm, args: &Args, kind: ViewKind) -> PyResult<Value> {
    view_binop(vm, args, kind, "__rxor__", BinOp::Xor, true)
}

fn view_isdisjoint(vm: &mut Vm, args: &Args, kind: ViewKind) -> PyResult<Value> {
    let (view, _) = view_recv(vm, args, kind, "isdisjoint", Sig::One)?;
    let (mut this, mut other) = (view.clone(), args.pos[1].clone());
    if this.is(&other) {
        return Ok(Value::Bool(vm.len(&this)? == 0));
    }
    let other_sized = matches!(
        other.builtin_payload(),
        Some(Object::Set(_) | Object::FrozenSet(_))
    ) || is_set_view(&other);
    if other_sized && vm.len(&other)? > vm.len(&this)? {
        std::mem::swap(&mut this, &mut other);
    }
    let it = vm.get_iter(&other)?;
    while let Some(x) = vm.iter_next(&it)? {
        if vm.contains(&this, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
