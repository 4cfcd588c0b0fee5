//! `getset_descriptor` for the attributes CPython puts in a class dict without a Python-level
//! value: the instances' `__dict__` and `__weakref__`, `object.__dict__['__class__']`,
//! `type.__dict__['__dict__']` (a class's namespace, seen through a mappingproxy) and
//! `type.__dict__['__doc__']` (a class's own docstring).

use crate::objects::function::Args;
use crate::objects::list_type::{method_args, Sig};
use crate::objects::mappingproxy::new_mappingproxy;
use crate::protocols::names::dict_get_str;
use crate::value::{ObjRef, Object, Payload, Value};
use crate::vm::{class_name, is_subclass, PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GetSetKind {
    /// An instance's attribute dict.
    InstanceDict,
    /// An instance's weak reference list: reads its first weak reference, or None.
    Weakref,
    /// A class's namespace.
    TypeDict,
    /// Any object's class (`object.__class__`); assignable between compatible user classes.
    Class,
    /// A class's docstring: the `__doc__` entry of the class's own dict, else None.
    TypeDoc,
}

pub struct GetSetDescrObj {
    pub kind: GetSetKind,
    /// The class whose dict holds the descriptor.
    pub owner: ObjRef,
}

impl GetSetDescrObj {
    pub fn name(&self) -> &'static str {
        match self.kind {
            GetSetKind::InstanceDict | GetSetKind::TypeDict => "__dict__",
            GetSetKind::Weakref => "__weakref__",
            GetSetKind::Class => "__class__",
            GetSetKind::TypeDoc => "__doc__",
        }
    }
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.getset_descriptor.clone();
    vm.add_staticmethod(&t, "__new__", getset_new);
    vm.add_method(&t, "__get__", getset_get_method);
    vm.add_method(&t, "__set__", getset_set_method);
    vm.add_method(&t, "__delete__", getset_delete_method);
    let type_ = vm.types.type_.clone();
    let object = vm.types.object.clone();
    for (owner, kind) in [
        (&type_, GetSetKind::TypeDict),
        (&type_, GetSetKind::TypeDoc),
        (&object, GetSetKind::Class),
    ] {
        let d = GetSetDescrObj {
            kind,
            owner: owner.clone(),
        };
        let key = vm.intern(d.name());
        vm.class_set_attr(owner, key, Value::obj(Payload::GetSetDescr(d)));
    }
}

pub fn getset_repr(d: &GetSetDescrObj) -> String {
    format!(
        "<attribute '{}' of '{}' objects>",
        d.name(),
        class_name(&d.owner)
    )
}

impl Vm {
    fn getset_check(&self, d: &GetSetDescrObj, obj: &Value) -> PyResult<()> {
        if d.kind == GetSetKind::Class {
            // Every object is an instance of `object`.
            return Ok(());
        }
        let t = self.type_of(obj);
        if is_subclass(&t, &d.owner) {
            return Ok(());
        }
        Err(self.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            d.name(),
            class_name(&d.owner),
            class_name(&t)
        )))
    }

    fn not_writable(&self, d: &GetSetDescrObj) -> crate::vm::PyErr {
        self.attribute_error(format!(
            "attribute '{}' of '{}' objects is not writable",
            d.name(),
            class_name(&d.owner)
        ))
    }

    /// `obj.__dict__` / `obj.__weakref__` through the descriptor.
    pub fn getset_get(&mut self, d: &GetSetDescrObj, obj: &Value) -> PyResult<Value> {
        self.getset_check(d, obj)?;
        match (d.kind, obj.as_object()) {
            (GetSetKind::Weakref, _) => {
                // The head of the object's weak reference list: CPython keeps the plain
                // reference without callback first.
                let refs = obj.as_obj().map(|o| o.weakrefs()).unwrap_or_default();
                let plain = refs.iter().find(|w| {
                    matches!(w.view(), Object::WeakRef(r) if r.kind == crate::heap::weak::WeakKind::Ref
                        && r.callback.with(|c| c.is_null()) && r.owner.get().is_none())
                });
                Ok(plain
                    .or(refs.first())
                    .map_or(Value::None, |w| Value::Obj(w.clone())))
            }
            (GetSetKind::Class, _) => Ok(Value::Obj(self.type_of(obj))),
            (GetSetKind::TypeDict, Some(Object::Class(c))) => {
                Ok(new_mappingproxy(self, c.dict.clone()))
            }
            (GetSetKind::TypeDoc, Some(Object::Class(c))) => {
                let key = self.intern("__doc__");
                match dict_get_str(&c.dict, &key) {
                    // `type`'s own entry is this descriptor (pyvm has no docstring for `type`).
                    Some(v) if !matches!(v.as_object(), Some(Object::GetSetDescr(_))) => {
                        // A descriptor there is asked for its value on the class, as CPython does.
                        self.class_attr_value(v, obj)
                    }
                    _ => Ok(Value::None),
                }
            }
            (GetSetKind::InstanceDict, Some(Object::Instance(i))) => {
                if let Some(d) = i.dict_value() {
                    return Ok(d);
                }
                // A dict-less instance reached through a `__dict__` descriptor of a base: give it
                // one, as CPython's descriptor check allows only instances that can hold it.
                let fresh = self.new_dict();
                drop(i.set_dict(fresh.clone()));
                Ok(fresh)
            }
            (GetSetKind::InstanceDict, Some(Object::Exception(e))) => Ok(e.dict_value()),
            _ => {
                let t = self.type_name(obj);
                Err(self.attribute_error(format!("'{t}' object has no attribute '{}'", d.name())))
            }
        }
    }

    /// `obj.__dict__ = value`; `value` None means `del obj.__dict__`.
    pub fn getset_set(
        &mut self,
        d: &GetSetDescrObj,
        obj: &Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        self.getset_check(d, obj)?;
        match d.kind {
            GetSetKind::InstanceDict => {}
            GetSetKind::Class => {
                return match value {
                    Some(v) => self.set_class(obj, v),
                    None => Err(self.type_error("can't delete __class__ attribute")),
                };
            }
            GetSetKind::TypeDoc => return self.set_type_doc(obj, value),
            GetSetKind::Weakref | GetSetKind::TypeDict => return Err(self.not_writable(d)),
        }
        let new = match value {
            Some(v) if v.as_dict().is_some() => v,
            Some(v) => {
                let t = self.type_name(&v);
                return Err(
                    self.type_error(format!("__dict__ must be set to a dictionary, not a '{t}'"))
                );
            }
            // Exceptions' __dict__ cannot be deleted.
            None if matches!(obj.as_object(), Some(Object::Exception(_))) => {
                return Err(self.type_error("cannot delete __dict__"));
            }
            // CPython drops the dict; the next access makes an empty one.
            None => self.new_dict(),
        };
        match obj.as_object() {
            Some(Object::Instance(i)) => {
                let old = i.set_dict(new);
                drop(old);
                Ok(())
            }
            Some(Object::Exception(e)) => {
                e.set_dict(new);
                Ok(())
            }
            _ => Err(self.not_implemented_error(
                "assigning __dict__ of this object is not supported by pyvm",
            )),
        }
    }

    /// `C.__doc__ = value` (None: `del C.__doc__`), CPython's type_set_doc.
    fn set_type_doc(&mut self, cls: &Value, value: Option<Value>) -> PyResult<()> {
        let Some(Object::Class(c)) = cls.as_object() else {
            return Ok(());
        };
        let n = class_name(cls.as_obj().unwrap_or(&self.types.type_));
        match value {
            Some(_) if c.is_builtin => Err(self.type_error(format!(
                "cannot set '__doc__' attribute of immutable type '{n}'"
            ))),
            None => Err(self.type_error(format!(
                "cannot delete '__doc__' attribute of immutable type '{n}'"
            ))),
            Some(v) => {
                let key = self.intern("__doc__");
                if let Some(r) = cls.as_obj() {
                    self.class_set_attr(r, key, v);
                }
                Ok(())
            }
        }
    }
}

fn is_getset(v: &Value) -> bool {
    matches!(v.as_object(), Some(Object::GetSetDescr(_)))
}

fn getset_of(v: &Value) -> Option<&GetSetDescrObj> {
    match v.as_object() {
        Some(Object::GetSetDescr(d)) => Some(d),
        _ => None,
    }
}

fn getset_new(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("cannot create 'getset_descriptor' instances"))
}

fn getset_get_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = method_args(
        vm,
        &args,
        "getset_descriptor",
        "",
        Sig::Var(1, 2),
        is_getset,
    )?
    .clone();
    let obj = &args.pos[1];
    let ty = args.pos.get(2).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        if ty.is_none() {
            return Err(vm.type_error("__get__(None, None) is invalid"));
        }
        return Ok(me);
    }
    match getset_of(&me) {
        Some(d) => vm.getset_get(d, obj),
        None => Ok(Value::None),
    }
}

fn getset_set_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = method_args(
        vm,
        &args,
        "getset_descriptor",
        "__set__",
        Sig::SlotUnpack(2),
        is_getset,
    )?
    .clone();
    if let Some(d) = getset_of(&me) {
        vm.getset_set(d, &args.pos[1], Some(args.pos[2].clone()))?;
    }
    Ok(Value::None)
}

fn getset_delete_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = method_args(
        vm,
        &args,
        "getset_descriptor",
        "__delete__",
        Sig::Slot(1),
        is_getset,
    )?
    .clone();
    if let Some(d) = getset_of(&me) {
        vm.getset_set(d, &args.pos[1], None)?;
    }
    Ok(Value::None)
}
