//! `object` and `type`: instance creation, class creation (`class` statements via
//! `__build_class__`, three-argument `type()`), C3 linearisation, and `super`.

use crate::interp::frame::Frame;
use crate::objects::class::{Attrs, ClassObj, InstanceObj, Layout};
use crate::objects::dict::DictTable;
use crate::objects::exception::ExceptionObj;
use crate::objects::function::Args;
use crate::objects::getset_descriptor::{GetSetDescrObj, GetSetKind};
use crate::objects::list_type::{method_args, Sig};
use crate::objects::member_descriptor::MemberDescrObj;
use crate::value::{ObjRef, Object, Payload, PyCell, Value};
use crate::vm::{class_name, is_subclass, str_eq, PyResult, Vm};
use std::cell::Cell;

pub fn init(vm: &mut Vm) {
    let object = vm.types.object.clone();
    vm.add_staticmethod(&object, "__new__", object_new);
    vm.add_method(&object, "__init__", object_init);
    vm.add_method(&object, "__repr__", object_repr);
    vm.add_method(&object, "__str__", object_str);
    vm.add_method(&object, "__eq__", object_eq);
    vm.add_method(&object, "__ne__", object_ne);
    vm.add_method(&object, "__hash__", object_hash);
    vm.add_method(&object, "__format__", object_format);
    vm.add_method(&object, "__setattr__", object_setattr);
    vm.add_method(&object, "__getattribute__", object_getattribute);
    vm.add_method(&object, "__delattr__", object_delattr);
    vm.add_method(&object, "__dir__", object_dir);
    vm.add_classmethod(&object, "__init_subclass__", object_init_subclass);
    vm.add_method(&object, "__reduce_ex__", object_reduce_ex);
    vm.add_method(&object, "__lt__", object_lt);
    vm.add_method(&object, "__le__", object_le);
    vm.add_method(&object, "__gt__", object_gt);
    vm.add_method(&object, "__ge__", object_ge);
    vm.add_method(&object, "__getstate__", object_getstate);
    vm.add_method(&object, "__reduce__", object_reduce);
    vm.add_method(&object, "__sizeof__", object_sizeof);
    vm.add_classmethod(&object, "__subclasshook__", object_subclasshook);
    let doc_key = vm.intern("__doc__");
    let doc = vm.new_str(OBJECT_DOC);
    vm.class_set_attr(&object, doc_key, doc);
    let type_ = vm.types.type_.clone();
    vm.add_staticmethod(&type_, "__new__", type_new);
    vm.add_method(&type_, "__init__", type_init);
    vm.add_method(&type_, "mro", type_mro);
    vm.add_method(&type_, "__subclasses__", type_subclasses);
    vm.add_method(&type_, "__instancecheck__", type_instancecheck);
    vm.add_method(&type_, "__subclasscheck__", type_subclasscheck);
    vm.add_method(&type_, "__call__", type_call_method);
    vm.add_method(&type_, "__prepare__", type_prepare);
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args.pos.first().cloned() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    let Some(Object::Class(c)) = cls.as_object() else {
        let t = vm.type_name(&cls);
        return Err(vm.type_error(format!("object.__new__(X): X is not a type object ({t})")));
    };
    let class = cls
        .as_obj()
        .cloned()
        .unwrap_or_else(|| vm.types.object.clone());
    if c.is_builtin
        && c.layout == Layout::Object
        && !crate::value::ObjRef::ptr_eq(&class, &vm.types.object)
    {
        let n = class_name(&class);
        return Err(vm.type_error(format!("cannot create '{n}' instances")));
    }
    if c.layout == Layout::Native {
        check_native_new(vm, &class)?;
    }
    if (args.pos.len() > 1 || !args.kw.is_empty()) && c.layout == Layout::Object {
        // Extra arguments are an error unless __init__ is overridden and __new__ is not.
        let init = vm.class_lookup_str(&class, "__init__");
        let init_overridden = !matches!(init.as_ref().and_then(|v| v.as_object()), Some(Object::NativeFunction(f)) if f.owner.as_obj().is_some_and(|o| crate::value::ObjRef::ptr_eq(o, &vm.types.object)));
        if !init_overridden {
            let n = class_name(&class);
            return Err(vm.type_error(format!("{n}() takes no arguments")));
        }
    }
    let abstract_methods = vm.class_lookup_str(&class, "__abstractmethods__");
    if let Some(am) = abstract_methods {
        if vm.is_true(&am)? {
            let mut names: Vec<String> = Vec::new();
            for n in vm.collect(&am)? {
                names.push(vm.str_of(&n)?);
            }
            names.sort();
            let n = class_name(&class);
            let list = names.join(", ");
            return Err(vm.type_error(format!(
                "Can't instantiate abstract class {n} with abstract method{} {list}",
                if names.len() == 1 { "" } else { "s" }
            )));
        }
    }
    Ok(new_instance(vm, &class, Value::Null))
}

/// object.__new__(cls) for a class with a native type's layout: refused when the nearest class
/// without a Python `__new__` has a native one (CPython's tp_new_wrapper check), since only
/// that `__new__` builds the data its instances need.
fn check_native_new(vm: &mut Vm, class: &ObjRef) -> PyResult<()> {
    let key = vm.intern("__new__");
    let mro = match class.view() {
        Object::Class(c) => c.mro.get(),
        _ => return Ok(()),
    };
    let mut static_base = None;
    for k in mro {
        let own = match k.view() {
            Object::Class(kc) => vm.dict_get(&kc.dict, &key)?,
            _ => None,
        };
        let python_new =
            own.is_some_and(|f| !matches!(f.as_object(), Some(Object::NativeFunction(_))));
        if !python_new {
            static_base = Some(k);
            break;
        }
    }
    let Some(base) = static_base else {
        return Ok(());
    };
    let object_new = |f: &Value| matches!(f.as_object(), Some(Object::NativeFunction(n)) if n.owner.as_obj().is_some_and(|o| crate::value::ObjRef::ptr_eq(o, &vm.types.object)));
    if vm
        .class_lookup_str(&base, "__new__")
        .is_some_and(|f| !object_new(&f))
    {
        let (n, b) = (class_name(class), class_name(&base));
        return Err(vm.type_error(format!(
            "object.__new__({n}) is not safe, use {b}.__new__()"
        )));
    }
    Ok(())
}

/// A new instance of a user class (the builtin base value, if any, already built).
pub fn new_instance(vm: &mut Vm, class: &ObjRef, base: Value) -> Value {
    let layout = match class.view() {
        Object::Class(c) => c.layout,
        _ => Layout::Object,
    };
    if layout == Layout::Exception {
        let empty = vm.empty_tuple.clone();
        return Value::obj(Payload::Exception(ExceptionObj::new(class.clone(), empty)));
    }
    let (attrs, n_slots) = match class.view() {
        Object::Class(c) if c.has_dict => (
            Attrs::Shaped {
                shape: c.shape_root.clone(),
                values: Vec::with_capacity(c.attr_hint.get()),
            },
            c.slot_names.len(),
        ),
        Object::Class(c) => (Attrs::Absent, c.slot_names.len()),
        // Only classes reach here; anything else would get a plain attribute dict.
        _ => (Attrs::Dict(vm.new_dict()), 0),
    };
    Value::obj(Payload::Instance(InstanceObj::new(
        class.clone(),
        attrs,
        n_slots,
        base,
    )))
}

fn object_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos.first().cloned().unwrap_or_default();
    let class = vm.type_of(&v);
    let Object::Class(c) = class.view() else {
        return Ok(Value::None);
    };
    let module = c.module.get();
    let qual = c.qualname.get();
    let m = module.as_str().map_or("?", |s| s.as_str()).to_string();
    let q = qual.as_str().map_or("?", |s| s.as_str()).to_string();
    let s = if m == "builtins" {
        format!("<{q} object at {:#x}>", v.address())
    } else {
        format!("<{m}.{q} object at {:#x}>", v.address())
    };
    Ok(vm.new_str(s))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos.first().cloned().unwrap_or_default();
    let s = vm.repr(&v)?;
    Ok(vm.new_str(s))
}

fn object_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "object", "__eq__", Sig::Slot(1), any_value)?;
    if args.pos[0].is(&args.pos[1]) {
        Ok(Value::Bool(true))
    } else {
        Ok(vm.not_implemented.clone())
    }
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "object", "__ne__", Sig::Slot(1), any_value)?;
    let r = vm.rich_compare(
        &args.pos[0],
        &args.pos[1],
        pyvm_compiler::bytecode::CmpOp::Eq,
    )?;
    if vm.is_not_implemented(&r) {
        return Ok(r);
    }
    let b = vm.is_true(&r)?;
    Ok(Value::Bool(!b))
}

fn object_hash(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos.first().cloned().unwrap_or_default();
    Ok(Value::Int((v.address() >> 4) as i64))
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__format__", &args, 2, 2)?;
    let spec = args.pos[1]
        .as_str()
        .map_or(String::new(), |s| s.as_str().to_string());
    if !spec.is_empty() {
        let t = vm.type_name(&args.pos[0]);
        return Err(vm.type_error(format!(
            "unsupported format string passed to {t}.__format__"
        )));
    }
    vm.str(&args.pos[0])
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__setattr__", &args, 3, 3)?;
    let mut it = args.pos.into_iter();
    let (obj, name, value) = (
        it.next().unwrap_or_default(),
        it.next().unwrap_or_default(),
        it.next().unwrap_or_default(),
    );
    if name.as_str().is_none() {
        let t = vm.type_name(&name);
        return Err(vm.type_error(format!("attribute name must be string, not '{t}'")));
    }
    let name = vm.intern(name.as_str().map_or("", |s| s.as_str()));
    if let Some(Object::Class(_)) = obj.as_object() {
        if let Some(r) = obj.as_obj() {
            vm.class_set_attr(r, name, value);
        }
        return Ok(Value::None);
    }
    vm.generic_set_attr(&obj, name, value)?;
    Ok(Value::None)
}

/// The name argument of object's attribute methods: a str (or str subclass), else TypeError.
fn checked_attr_name(vm: &mut Vm, name: &Value) -> PyResult<Value> {
    if name.as_str().is_none() {
        let t = vm.type_name(name);
        return Err(vm.type_error(format!("attribute name must be string, not '{t}'")));
    }
    Ok(name.clone())
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__getattribute__", &args, 2, 2)?;
    let obj = args.pos[0].clone();
    let name = checked_attr_name(vm, &args.pos[1])?;
    // The generic lookup, skipping a user __getattribute__ (which is what called us).
    match vm.generic_get_attr_opt(&obj, &name)? {
        Some(v) => Ok(v),
        None => Err(vm.missing_attribute(&obj, &name)),
    }
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__delattr__", &args, 2, 2)?;
    let obj = args.pos[0].clone();
    let name = checked_attr_name(vm, &args.pos[1])?;
    vm.generic_del_attr(&obj, &name)?;
    Ok(Value::None)
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = args.pos.first().cloned().unwrap_or_default();
    let names = vm.dir_names(&obj)?;
    Ok(vm.new_list(names))
}

fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() || args.pos.len() > 1 {
        let name = args
            .pos
            .first()
            .and_then(|c| c.as_obj())
            .map(class_name)
            .unwrap_or_default();
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

/// `object.__doc__`, CPython's text.
const OBJECT_DOC: &str = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n";

/// The receiver check of object's methods: every value is an object.
fn any_value(_: &Value) -> bool {
    true
}

/// object.__reduce_ex__(protocol): an overridden `__reduce__` answers; pyvm has no copyreg
/// for the default reduction.
fn object_reduce_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = method_args(vm, &args, "object", "__reduce_ex__", Sig::One, any_value)?.clone();
    if vm
        .to_index(&args.pos[1])?
        .is_none_or(|p| i32::try_from(p).is_err())
    {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    let key = vm.intern("__reduce__");
    if let Some(reduce) = vm.get_attr_opt(&me, &key)? {
        let cls = Value::Obj(vm.type_of(&me));
        let cls_reduce = vm.get_attr(&cls, &key)?;
        let object = vm.types.object.clone();
        let own = vm.class_lookup(&object, &key).unwrap_or_default();
        if !cls_reduce.is(&own) {
            return vm.call(&reduce, Args::default());
        }
    }
    Err(vm.not_implemented_error("pickling is not supported by pyvm yet"))
}

/// object.__reduce__(): CPython's goes through copyreg, which pyvm does not have.
fn object_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "object", "__reduce__", Sig::NoArgs, any_value)?;
    Err(vm.not_implemented_error("pickling is not supported by pyvm yet"))
}

/// object's ordering methods: nothing is ordered by default.
fn object_order(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    method_args(vm, args, "object", name, Sig::Slot(1), any_value)?;
    Ok(vm.not_implemented.clone())
}

fn object_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    object_order(vm, &args, "__lt__")
}

fn object_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    object_order(vm, &args, "__le__")
}

fn object_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    object_order(vm, &args, "__gt__")
}

fn object_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    object_order(vm, &args, "__ge__")
}

/// object.__subclasshook__(*args): no opinion, for ABCs to override.
fn object_subclasshook(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

/// object.__sizeof__(): the object's size in pyvm (its allocation without the collector's links,
/// which `sys.getsizeof` adds, plus the buffers its payload owns: a list's items, a dict's or
/// set's table, an instance's attribute values). Values kept inline (ints, floats, bools,
/// None) report the size of a `Value`.
fn object_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = method_args(vm, &args, "object", "__sizeof__", Sig::NoArgs, any_value)?;
    Ok(Value::Int(value_sizeof(me) as i64))
}

fn value_sizeof(v: &Value) -> usize {
    let Some(o) = v.as_obj() else {
        return std::mem::size_of::<Value>();
    };
    let own = o.allocated_size() - o.gc_links_size();
    own + match o.view() {
        Object::List(l) => l.with(|l| l.capacity()) * std::mem::size_of::<Value>(),
        Object::ByteArray(b) => b.with(|b| b.capacity()),
        Object::Dict(d) => d.with(|t| t.allocated_bytes()),
        Object::Set(s) => s.with(|t| t.allocated_bytes()),
        Object::FrozenSet(t) => t.allocated_bytes(),
        Object::Native(n) => n.data_size(),
        // A builtin subclass's instance holds its builtin value: count that one whole.
        Object::Instance(i) => {
            i.owned_bytes()
                + i.base_slot().map_or(0, |b| {
                    value_sizeof(b) + b.as_obj().map_or(0, |b| b.gc_links_size())
                })
        }
        _ => 0,
    }
}

/// object.__getstate__(): the instance dict (None when empty or absent), paired with the slot
/// values when some slots are set, as CPython's object_getstate_default.
fn object_getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = method_args(vm, &args, "object", "__getstate__", Sig::NoArgs, any_value)?.clone();
    let state = instance_dict_state(&me);
    let cls = vm.type_of(&me);
    let names = slot_names_for_state(vm, &cls)?;
    let Some(list) = names.as_list() else {
        return Ok(state);
    };
    let slots = vm.new_dict();
    let mut i = 0;
    let size = list.with(|l| l.len());
    while let Some(name) = list.with(|l| l.get(i).cloned()) {
        match vm.get_attr_opt(&me, &name) {
            Ok(Some(v)) => vm.dict_set(&slots, name, v)?,
            Ok(None) => {}
            Err(e) if vm.err_matches(&e, &vm.types.exc.attribute_error.clone()) => {}
            Err(e) => return Err(e),
        }
        if list.with(|l| l.len()) != size {
            return Err(vm.runtime_error("__slotsname__ changed size during iteration"));
        }
        i += 1;
    }
    if slots.as_dict().is_some_and(|d| d.with(|t| t.len()) > 0) {
        return Ok(vm.new_tuple(vec![state, slots]));
    }
    Ok(state)
}

/// The attribute dict of `obj` when it has one with entries, else None.
fn instance_dict_state(obj: &Value) -> Value {
    let non_empty = |d: Value| {
        if d.as_dict().is_some_and(|t| t.with(|t| t.len()) > 0) {
            d
        } else {
            Value::None
        }
    };
    match obj.as_object() {
        Some(Object::Instance(i)) if !i.attr_items().is_empty() => {
            i.dict_value().unwrap_or(Value::None)
        }
        Some(Object::Exception(e)) => non_empty(e.dict.get()),
        Some(Object::Function(f)) => non_empty(f.dict.get()),
        Some(Object::Module(m)) => non_empty(m.dict.clone()),
        Some(Object::Class(c)) => non_empty(c.dict.clone()),
        _ => Value::None,
    }
}

/// The slot names `__getstate__` reads (CPython's _PyType_GetSlotNames): the class's cached
/// `__slotnames__`, else copyreg._slotnames' list, cached on the class when it can be.
fn slot_names_for_state(vm: &mut Vm, cls: &ObjRef) -> PyResult<Value> {
    let Object::Class(c) = cls.view() else {
        return Ok(Value::None);
    };
    let key = vm.intern("__slotnames__");
    if let Some(cached) = vm.dict_get(&c.dict, &key)? {
        if !cached.is_none() && cached.as_list().is_none() {
            let (n, t) = (class_name(cls), vm.type_name(&cached));
            return Err(vm.type_error(format!(
                "{n}.__slotnames__ should be a list or None, not {t}"
            )));
        }
        return Ok(cached);
    }
    let cls_v = Value::Obj(cls.clone());
    let slots_key = vm.intern("__slots__");
    let mut names: Vec<Value> = Vec::new();
    if vm.get_attr_opt(&cls_v, &slots_key)?.is_some() {
        for k in c.mro.get() {
            let Object::Class(kc) = k.view() else {
                continue;
            };
            let Some(slots) = vm.dict_get(&kc.dict, &slots_key)? else {
                continue;
            };
            let items = if slots.as_str().is_some() {
                vec![slots]
            } else {
                vm.collect(&slots)?
            };
            for name in items {
                names.push(copyreg_mangle(vm, &k, name)?);
            }
        }
    }
    // The `__dict__` and `__weakref__` entries came back Null: copyreg leaves them out.
    names.retain(|n| !n.is_null());
    let list = vm.new_list(names);
    // Cached as copyreg does, ignoring failures (builtin types refuse new attributes).
    let _ = vm.set_attr(&cls_v, key, list.clone());
    Ok(list)
}

/// One `__slots__` entry as copyreg._slotnames lists it: Null for `__dict__`/`__weakref__`,
/// private names mangled with the declaring class's name.
fn copyreg_mangle(vm: &mut Vm, declaring: &ObjRef, name: Value) -> PyResult<Value> {
    let Some(s) = name.as_str().map(|s| s.as_str().to_string()) else {
        let key = vm.intern("startswith");
        return Err(vm.missing_attribute(&name, &key));
    };
    if s == "__dict__" || s == "__weakref__" {
        return Ok(Value::Null);
    }
    if s.starts_with("__") && !s.ends_with("__") {
        let cn = class_name(declaring);
        let stripped = cn.trim_start_matches('_');
        if !stripped.is_empty() {
            return Ok(vm.new_str(format!("_{stripped}{s}")));
        }
    }
    Ok(name)
}

/// type(x) or type(name, bases, ns, **kw).
fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.pos.len();
    if n == 2 {
        return Ok(Value::Obj(vm.type_of(&args.pos[1])));
    }
    if n != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let meta = args.pos[0].clone();
    let name = args.pos[1].clone();
    let bases = args.pos[2].clone();
    let ns = args.pos[3].clone();
    if name.as_str().is_none() {
        let t = vm.type_name(&name);
        return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {t}")));
    }
    let Some(bases_t) = bases.as_tuple().map(|t| t.to_vec()) else {
        let t = vm.type_name(&bases);
        return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {t}")));
    };
    if ns.as_dict().is_none() {
        let t = vm.type_name(&ns);
        return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {t}")));
    }
    create_class(vm, &meta, &name, bases_t, &ns, args.kw)
}

fn type_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_prepare(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_dict())
}

fn type_call_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut pos = args.pos;
    if pos.is_empty() {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    }
    let cls = pos.remove(0);
    let mut a = Args::new(pos);
    a.kw = args.kw;
    vm.type_call(&cls, a)
}

fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or_default();
    let Some(Object::Class(c)) = cls.as_object() else {
        return Err(vm.type_error("descriptor 'mro' requires a 'type' object"));
    };
    let mro: Vec<Value> = c.mro.get().into_iter().map(Value::Obj).collect();
    Ok(vm.new_list(mro))
}

fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__subclasses__", &args, 1, 1)?;
    let subs = match args.pos[0].as_object() {
        Some(Object::Class(c)) => c.live_subclasses(),
        _ => vec![],
    };
    Ok(vm.new_list(subs.into_iter().map(Value::Obj).collect()))
}

fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__instancecheck__", &args, 2, 2)?;
    let t = vm.type_of(&args.pos[1]);
    let cls = args.pos[0]
        .as_obj()
        .cloned()
        .unwrap_or_else(|| vm.types.object.clone());
    Ok(Value::Bool(is_subclass(&t, &cls)))
}

fn type_subclasscheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__subclasscheck__", &args, 2, 2)?;
    let (Some(sub), Some(cls)) = (args.pos[1].as_obj(), args.pos[0].as_obj()) else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(is_subclass(sub, cls)))
}

/// The C3 linearisation of a class with the given bases.
fn c3_mro(vm: &mut Vm, class: &ObjRef, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases
        .iter()
        .map(|b| match b.view() {
            Object::Class(c) => c.mro.get(),
            _ => vec![],
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![class.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut chosen = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| crate::value::ObjRef::ptr_eq(x, head)));
            if !in_tail {
                chosen = Some(head.clone());
                break;
            }
        }
        let Some(head) = chosen else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = class_name(&s[0]);
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if crate::value::ObjRef::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// Creates a class object: type.__new__(meta, name, bases, ns, **kw).
pub fn create_class(
    vm: &mut Vm,
    meta: &Value,
    name: &Value,
    bases: Vec<Value>,
    ns: &Value,
    kw: Vec<(Value, Value)>,
) -> PyResult<Value> {
    let mut base_refs: Vec<ObjRef> = Vec::new();
    for b in &bases {
        match b.as_object() {
            Some(Object::Class(c)) => {
                if !c.base_ok {
                    let n = class_name(b.as_obj().unwrap_or(&vm.types.object.clone()));
                    return Err(vm.type_error(format!("type '{n}' is not an acceptable base type")));
                }
                base_refs.push(
                    b.as_obj()
                        .cloned()
                        .unwrap_or_else(|| vm.types.object.clone()),
                );
            }
            _ => {
                // CPython first derives the metaclass from every base's type: one that is not a
                // type (an int's is int) conflicts with it, unless it is plain object.
                let tb = vm.type_of(b);
                if !crate::value::ObjRef::ptr_eq(&tb, &vm.types.object) {
                    return Err(vm.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
                }
                return Err(vm.type_error("bases must be types"));
            }
        }
    }
    if base_refs.is_empty() {
        base_refs.push(vm.types.object.clone());
    }
    for (i, b) in base_refs.iter().enumerate() {
        if base_refs[..i]
            .iter()
            .any(|x| crate::value::ObjRef::ptr_eq(x, b))
        {
            return Err(vm.type_error(format!("duplicate base class {}", class_name(b))));
        }
    }
    let best = best_base(vm, &base_refs)?;
    // The instance layout: the builtin payload of the bases (one at most, by the check above).
    let layout = base_refs
        .iter()
        .map(|b| match b.view() {
            Object::Class(c) => c.layout,
            _ => Layout::Object,
        })
        .find(|l| *l != Layout::Object)
        .unwrap_or(Layout::Object);
    let name_str = name
        .as_str()
        .map_or(String::new(), |s| s.as_str().to_string());
    let qualname_key = vm.intern("__qualname__");
    let qualname = vm
        .dict_get(ns, &qualname_key)?
        .unwrap_or_else(|| name.clone());
    if qualname.as_str().is_none() {
        let t = vm.type_name(&qualname);
        return Err(vm.type_error(format!("type __qualname__ must be a str, not {t}")));
    }
    let module_key = vm.intern("__module__");
    let module = match vm.dict_get(ns, &module_key)? {
        Some(m) => m,
        None => {
            let g = vm.frame_globals();
            crate::protocols::names::dict_get_str(&g, &vm.intern("__name__")).unwrap_or(Value::None)
        }
    };
    let storage = instance_storage(vm, &name_str, &base_refs, &best, layout, ns)?;
    let mut dict = DictTable::new();
    let classcell_key = vm.intern("__classcell__");
    let mut classcell = Value::Null;
    for (k, v) in ns
        .as_dict()
        .map(|d| d.with(|t| t.items()))
        .unwrap_or_default()
    {
        if str_eq(&k, &classcell_key) {
            classcell = v;
            continue;
        }
        // CPython keeps the qualified name on the type, not in its dict.
        if str_eq(&k, &qualname_key) {
            continue;
        }
        let hash = vm.hash(&k)?;
        let _ = dict.insert(k, hash, v, &mut |a, b| Ok::<bool, ()>(str_eq(a, b)));
    }
    // type(name, bases, ns) records the caller's module like a class statement does.
    let module_hash = vm.hash(&module_key)?;
    if matches!(
        dict.find(&module_key, module_hash, &mut |a, b| Ok::<bool, ()>(
            str_eq(a, b)
        )),
        Ok(None)
    ) {
        let _ = dict.insert(module_key, module_hash, module.clone(), &mut |a, b| {
            Ok::<bool, ()>(str_eq(a, b))
        });
    }
    for special in ["__init_subclass__", "__class_getitem__"] {
        // Implicit classmethods.
        let key = vm.intern(special);
        let hash = vm.str_hash(&key);
        let f = dict
            .get(&key, hash, &mut |a, b| Ok::<bool, ()>(str_eq(a, b)))
            .ok()
            .flatten();
        if let Some(f) = f {
            if matches!(f.as_object(), Some(Object::Function(_))) {
                let _ = dict.insert(
                    key,
                    hash,
                    Value::obj(Payload::ClassMethod(f)),
                    &mut |a, b| Ok::<bool, ()>(str_eq(a, b)),
                );
            }
        }
    }
    {
        let key = vm.intern("__new__");
        let hash = vm.str_hash(&key);
        let f = dict
            .get(&key, hash, &mut |a, b| Ok::<bool, ()>(str_eq(a, b)))
            .ok()
            .flatten();
        if let Some(f) = f {
            if matches!(f.as_object(), Some(Object::Function(_))) {
                let _ = dict.insert(
                    key,
                    hash,
                    Value::obj(Payload::StaticMethod(f)),
                    &mut |a, b| Ok::<bool, ()>(str_eq(a, b)),
                );
            }
        }
    }
    let meta_ref = meta
        .as_obj()
        .cloned()
        .unwrap_or_else(|| vm.types.type_.clone());
    let metaclass = if crate::value::ObjRef::ptr_eq(&meta_ref, &vm.types.type_) {
        None
    } else {
        Some(meta_ref)
    };
    let class = crate::value::ObjRef::new(Payload::Class(ClassObj {
        name: PyCell::new(vm.intern(&name_str)),
        qualname: PyCell::new(qualname),
        module: PyCell::new(module),
        bases: PyCell::new(base_refs.clone()),
        mro: PyCell::new(Vec::new()),
        dict: ClassObj::new_dict(dict),
        metaclass: PyCell::new(metaclass),
        layout,
        is_builtin: false,
        base_ok: true,
        version: Cell::new(0),
        subclasses: PyCell::new(Vec::new()),
        slot_names: storage.slot_names.clone().into_boxed_slice(),
        solid: storage.solid,
        has_dict: storage.has_dict,
        has_weakref: storage.has_weakref,
        attr_hint: Cell::new(0),
        shape_root: crate::objects::shape::Shape::root(),
        has_del: Cell::new(false),
        finalizer: Some(vm.gen_finalizer.clone()),
        patma_flags: Cell::new(0),
        qualified_name: Cell::new(false),
    }));
    let mro = c3_mro(vm, &class, &base_refs)?;
    if let Object::Class(c) = class.view() {
        c.mro.replace(mro);
    }
    for base in &base_refs {
        ClassObj::add_subclass(base, &class);
    }
    add_implicit_entries(vm, &class, &storage)?;
    if let Object::Class(c) = class.view() {
        c.has_del
            .set(vm.class_lookup_str(&class, "__del__").is_some());
    }
    let class_v = Value::Obj(class.clone());
    if let Some(Object::Cell(cell)) = classcell.as_object() {
        cell.replace(class_v.clone());
    }
    // __set_name__ on descriptors.
    let items = match class.view() {
        Object::Class(c) => c.table().map(|t| t.with(|t| t.items())),
        _ => None,
    };
    let items = items.unwrap_or_default();
    for (k, v) in items {
        if let Some(Object::Instance(_)) = v.as_object() {
            let t = vm.type_of(&v);
            if let Some(f) = vm.class_lookup_str(&t, "__set_name__") {
                if let Err(e) = vm.call_method_value(&f, &v, vec![class_v.clone(), k.clone()]) {
                    // CPython 3.11 reports the failure as a RuntimeError caused by it.
                    let tn = vm.type_name(&v);
                    let kn = vm.str_of(&k).unwrap_or_default();
                    let cn = crate::vm::class_name(&class);
                    let err = vm.runtime_error(format!(
                        "Error calling __set_name__ on '{tn}' instance '{kn}' in '{cn}'"
                    ));
                    err.exc().cause.replace(e.value());
                    err.exc().context.replace(e.value());
                    err.exc().suppress_context.set(true);
                    return Err(err);
                }
            }
        }
    }
    // __init_subclass__ of the parent.
    let parent_mro: Vec<ObjRef> = match class.view() {
        Object::Class(c) => c.mro.with(|m| m[1..].to_vec()),
        _ => vec![],
    };
    for p in parent_mro {
        if let Object::Class(pc) = p.view() {
            let key = vm.intern("__init_subclass__");
            let hash = vm.str_hash(&key);
            let f = pc.table().and_then(|t| {
                t.with(|t| {
                    t.get(&key, hash, &mut |a, b| Ok::<bool, ()>(str_eq(a, b)))
                        .ok()
                        .flatten()
                })
            });
            if let Some(f) = f {
                let func = match f.as_object() {
                    Some(Object::ClassMethod(inner)) => inner.clone(),
                    _ => f,
                };
                let mut a = Args::new([class_v.clone()]);
                a.kw = kw;
                vm.call(&func, a)?;
                break;
            }
        }
    }
    Ok(class_v)
}

/// What the instances of a new class store besides a builtin payload.
struct InstanceStorage {
    /// Every slot name, inherited ones first.
    slot_names: Vec<Value>,
    /// The slots this class declares: (name, index), in CPython's (sorted) order.
    own: Vec<(Value, usize)>,
    solid: bool,
    has_dict: bool,
    has_weakref: bool,
    /// Whether this class adds the `__dict__` / `__weakref__` storage (and their descriptors).
    add_dict: bool,
    add_weakref: bool,
}

/// The builtin class whose storage `cls`'s instances extend the least (CPython's solid_base).
fn solid_base(cls: &ObjRef) -> ObjRef {
    let Object::Class(c) = cls.view() else {
        return cls.clone();
    };
    if c.is_builtin {
        // Builtin classes of one layout share their storage (ValueError's is BaseException's).
        let top = c.mro.with(|m| {
            m.iter()
                .rev()
                .find(|k| matches!(k.view(), Object::Class(kc) if kc.is_builtin && kc.layout == c.layout))
                .cloned()
        });
        return top.unwrap_or_else(|| cls.clone());
    }
    if c.solid {
        return cls.clone();
    }
    // The bases were checked compatible when the class was made: the most derived one wins.
    let mut winner: Option<ObjRef> = None;
    for b in c.bases.get() {
        let cand = solid_base(&b);
        match &winner {
            Some(w) if is_subclass(w, &cand) => {}
            _ => winner = Some(cand),
        }
    }
    winner.unwrap_or_else(|| cls.clone())
}

/// The base whose layout the new class extends, or CPython's lay-out conflict error.
fn best_base(vm: &Vm, bases: &[ObjRef]) -> PyResult<ObjRef> {
    let mut best: Option<(ObjRef, ObjRef)> = None;
    for b in bases {
        let cand = solid_base(b);
        match &best {
            None => best = Some((b.clone(), cand)),
            Some((_, w)) if is_subclass(w, &cand) => {}
            Some((_, w)) if is_subclass(&cand, w) => best = Some((b.clone(), cand)),
            Some(_) => {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
        }
    }
    Ok(best.map_or_else(|| vm.types.object.clone(), |(b, _)| b))
}

/// `__x` in class `_C` becomes `_C__x`, as the compiler mangles private names.
fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// Reads `__slots__` from the namespace and decides the instances' storage, with CPython's
/// checks and messages (type_new_slots).
fn instance_storage(
    vm: &mut Vm,
    cls_name: &str,
    bases: &[ObjRef],
    best: &ObjRef,
    layout: Layout,
    ns: &Value,
) -> PyResult<InstanceStorage> {
    let (inherited, best_dict, best_weakref) = match best.view() {
        Object::Class(c) => (c.slot_names.to_vec(), c.has_dict, c.has_weakref),
        _ => (Vec::new(), false, false),
    };
    // Every base's slots are a prefix of the best base's: their solid bases form one line.
    let any_dict = bases
        .iter()
        .any(|b| matches!(b.view(), Object::Class(c) if c.has_dict));
    let any_weakref = bases
        .iter()
        .any(|b| matches!(b.view(), Object::Class(c) if c.has_weakref));
    let may_add_dict = !best_dict;
    let may_add_weakref = !best_weakref && !layout.is_var_sized();
    let slots_key = vm.intern("__slots__");
    let Some(slots) = vm.dict_get(ns, &slots_key)? else {
        return Ok(InstanceStorage {
            slot_names: inherited,
            own: Vec::new(),
            // A dict appended to a variable-size payload changes the layout (CPython's
            // extra_ivars): such a class is a solid base of its own.
            solid: may_add_dict && layout.is_var_sized(),
            has_dict: true,
            has_weakref: any_weakref || may_add_weakref,
            add_dict: may_add_dict,
            add_weakref: may_add_weakref,
        });
    };
    let items = if slots.as_str().is_some() {
        vec![slots]
    } else {
        vm.collect(&slots)?
    };
    if !items.is_empty() && layout.is_var_sized() {
        let n = class_name(best);
        return Err(vm.type_error(format!(
            "nonempty __slots__ not supported for subtype of '{n}'"
        )));
    }
    let (mut add_dict, mut add_weakref) = (false, false);
    let mut names: Vec<String> = Vec::new();
    for it in &items {
        let Some(s) = it.as_str() else {
            let t = vm.type_name(it);
            return Err(vm.type_error(format!("__slots__ items must be strings, not '{t}'")));
        };
        let s = s.as_str();
        if !is_identifier(s) {
            return Err(vm.type_error("__slots__ must be identifiers"));
        }
        if s == "__dict__" {
            if !may_add_dict || add_dict {
                return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
            }
            add_dict = true;
        } else if s == "__weakref__" {
            if !may_add_weakref || add_weakref {
                return Err(vm.type_error(
                    "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                ));
            }
            add_weakref = true;
        } else {
            names.push(mangle(cls_name, s));
        }
    }
    for n in &names {
        // The compiler's own entries leave the namespace before the class is made.
        if n == "__qualname__" || n == "__classcell__" {
            continue;
        }
        let key = vm.new_str(n.as_str());
        if vm.dict_get(ns, &key)?.is_some() {
            let r = vm.repr(&key)?;
            return Err(vm.value_error(format!("{r} in __slots__ conflicts with class variable")));
        }
    }
    names.sort();
    names.dedup();
    // Secondary bases may bring a dict or weakref slot the best base lacks.
    if bases.len() > 1 {
        add_dict |= may_add_dict && any_dict;
        add_weakref |= may_add_weakref && any_weakref;
    }
    let mut slot_names = inherited;
    let mut own = Vec::new();
    for n in &names {
        let key = vm.intern(n);
        own.push((key.clone(), slot_names.len()));
        slot_names.push(key);
    }
    Ok(InstanceStorage {
        slot_names,
        solid: !own.is_empty(),
        own,
        has_dict: any_dict || add_dict,
        has_weakref: any_weakref || add_weakref,
        add_dict,
        add_weakref,
    })
}

/// The entries CPython adds to a new class's dict after the namespace, in its order: the
/// slots' member descriptors, the `__dict__` / `__weakref__` descriptors, `__doc__`, and
/// `__hash__ = None` when `__eq__` is defined alone.
fn add_implicit_entries(vm: &mut Vm, class: &ObjRef, storage: &InstanceStorage) -> PyResult<()> {
    let Object::Class(c) = class.view() else {
        return Ok(());
    };
    let dict = c.dict.clone();
    for (name, index) in &storage.own {
        let d = Value::obj(Payload::MemberDescr(MemberDescrObj {
            name: name.clone(),
            owner: class.clone(),
            index: *index,
        }));
        vm.dict_set(&dict, name.clone(), d)?;
    }
    let set_default = |vm: &mut Vm, key: &str, value: Value| -> PyResult<()> {
        let key = vm.intern(key);
        if vm.dict_get(&dict, &key)?.is_none() {
            vm.dict_set(&dict, key, value)?;
        }
        Ok(())
    };
    if storage.add_dict {
        let d = Value::obj(Payload::GetSetDescr(GetSetDescrObj {
            kind: GetSetKind::InstanceDict,
            owner: class.clone(),
        }));
        set_default(vm, "__dict__", d)?;
    }
    if storage.add_weakref {
        let d = Value::obj(Payload::GetSetDescr(GetSetDescrObj {
            kind: GetSetKind::Weakref,
            owner: class.clone(),
        }));
        set_default(vm, "__weakref__", d)?;
    }
    // Every class has its own __doc__ entry, None without a docstring.
    set_default(vm, "__doc__", Value::None)?;
    // Defining __eq__ without __hash__ makes instances unhashable.
    let eq_key = vm.intern("__eq__");
    if vm.dict_get(&dict, &eq_key)?.is_some() {
        set_default(vm, "__hash__", Value::None)?;
    }
    Ok(())
}

/// builtins.__build_class__(func, name, *bases, metaclass=None, **kw).
pub fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let mut pos = args.pos.into_iter();
    let func = pos.next().unwrap_or_default();
    let name = pos.next().unwrap_or_default();
    let bases: Vec<Value> = pos.collect();
    let mut kw = args.kw;
    let mut meta: Option<Value> = None;
    if let Some(i) = kw
        .iter()
        .position(|(k, _)| k.as_str().is_some_and(|s| s.as_str() == "metaclass"))
    {
        meta = Some(kw.remove(i).1);
    }
    // The most derived metaclass among the explicit one and the bases' (a conflict is an error).
    let explicit_class = meta.as_ref().and_then(|m| match m.as_object() {
        Some(Object::Class(_)) => m.as_obj().cloned(),
        _ => None,
    });
    let meta = match (meta, explicit_class) {
        (Some(m), None) => m,
        (m, explicit) => {
            let mut winner = explicit.unwrap_or_else(|| vm.types.type_.clone());
            for b in &bases {
                let t = vm.type_of(b);
                if is_subclass(&winner, &t) {
                    continue;
                }
                if is_subclass(&t, &winner) {
                    winner = t;
                    continue;
                }
                return Err(vm.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
            }
            let _ = m;
            Value::Obj(winner)
        }
    };
    let prepare_key = vm.intern("__prepare__");
    let ns = match vm.get_attr_opt(&meta, &prepare_key)? {
        Some(p) if !matches!(p.as_object(), Some(Object::BoundMethod(b)) if matches!(b.func().as_object(), Some(Object::NativeFunction(_)))) =>
        {
            let bt = vm.new_tuple(bases.clone());
            let mut a = Args::new([name.clone(), bt]);
            a.kw = kw.clone();
            vm.call(&p, a)?
        }
        _ => vm.new_dict(),
    };
    let Some(Object::Function(f)) = func.as_object() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    // Run the body with the namespace as its locals.
    let code = f.code();
    let slots = vm.bind_args(f, &code, Args::default())?;
    let base = vm.stack.len();
    vm.stack.extend(slots);
    let frame = Frame {
        code,
        func: func.clone(),
        globals: f.globals.clone(),
        locals: ns.clone(),
        base,
        ip: 0,
        ret_to: base,
        is_entry: true,
        generator: Value::Null,
        init_self: Value::Null,
    };
    let cell = vm.run_entry_frame(frame)?;
    let bases_t = vm.new_tuple(bases);
    let mut a = Args::new([name, bases_t, ns]);
    a.kw = kw;
    let cls = vm.call(&meta, a)?;
    if let Some(Object::Cell(c)) = cell.as_object() {
        if c.with(|v| v.is_null()) {
            c.replace(cls.clone());
        }
    }
    Ok(cls)
}
