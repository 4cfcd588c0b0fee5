//! `member_descriptor`: one per `__slots__` name, stored in the class dict. It reads and writes
//! its slot of the instance's slot vector by index, as CPython's member descriptors read a fixed
//! offset of the object.

use crate::objects::function::Args;
use crate::objects::list_type::{method_args, Sig};
use crate::value::{ObjRef, Object, PyCell, Value};
use crate::vm::{class_name, is_subclass, PyResult, Vm};

pub struct MemberDescrObj {
    /// The slot's (mangled) name.
    pub name: Value,
    /// The class whose `__slots__` declared it.
    pub owner: ObjRef,
    /// The slot's index in the instances' slot vectors.
    pub index: usize,
}

impl MemberDescrObj {
    pub fn name_str(&self) -> &str {
        self.name.as_str().map_or("?", |s| s.as_str())
    }
}

/// The slot vector of an object, if its kind stores slots.
pub fn slot_storage(obj: &Value) -> Option<&PyCell<Box<[Value]>>> {
    match obj.as_object()? {
        Object::Instance(i) => Some(&i.slots),
        Object::Exception(e) => Some(&e.slots),
        _ => None,
    }
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.member_descriptor.clone();
    vm.add_staticmethod(&t, "__new__", member_new);
    vm.add_method(&t, "__get__", member_get_method);
    vm.add_method(&t, "__set__", member_set_method);
    vm.add_method(&t, "__delete__", member_delete_method);
}

impl Vm {
    /// Checks that the descriptor applies to `obj` (an instance of its class): the slot index is
    /// only meaningful for that layout.
    fn member_check<'a>(
        &self,
        d: &MemberDescrObj,
        obj: &'a Value,
    ) -> PyResult<&'a PyCell<Box<[Value]>>> {
        let t = self.type_of(obj);
        let storage = slot_storage(obj)
            .filter(|s| is_subclass(&t, &d.owner) && d.index < s.with(|v| v.len()));
        match storage {
            Some(s) => Ok(s),
            None => Err(self.type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                d.name_str(),
                class_name(&d.owner),
                class_name(&t)
            ))),
        }
    }

    /// `obj.<slot>`.
    pub fn member_get(&self, d: &MemberDescrObj, obj: &Value) -> PyResult<Value> {
        let storage = self.member_check(d, obj)?;
        let v = storage.with(|s| s.get(d.index).cloned().unwrap_or_default());
        if v.is_null() {
            let t = self.type_name(obj);
            let err =
                self.attribute_error(format!("'{t}' object has no attribute '{}'", d.name_str()));
            err.exc().set_field("name", d.name.clone());
            err.exc().set_field("obj", obj.clone());
            return Err(err);
        }
        Ok(v)
    }

    /// `obj.<slot> = value`.
    pub fn member_set(&self, d: &MemberDescrObj, obj: &Value, value: Value) -> PyResult<()> {
        let storage = self.member_check(d, obj)?;
        let old = storage.with_mut(|s| {
            s.get_mut(d.index)
                .map(|slot| std::mem::replace(slot, value))
        });
        // Dropped outside the borrow: a destructor may run Python code.
        drop(old);
        Ok(())
    }

    /// `del obj.<slot>`.
    pub fn member_delete(&self, d: &MemberDescrObj, obj: &Value) -> PyResult<()> {
        let storage = self.member_check(d, obj)?;
        let old = storage.with_mut(|s| s.get_mut(d.index).map(std::mem::take));
        if old.as_ref().is_none_or(|v| v.is_null()) {
            return Err(self.attribute_error(d.name_str().to_string()));
        }
        drop(old);
        Ok(())
    }
}

pub fn member_repr(d: &MemberDescrObj) -> String {
    format!(
        "<member '{}' of '{}' objects>",
        d.name_str(),
        class_name(&d.owner)
    )
}

fn is_member(v: &Value) -> bool {
    matches!(v.as_object(), Some(Object::MemberDescr(_)))
}

fn member_of(v: &Value) -> Option<&MemberDescrObj> {
    match v.as_object() {
        Some(Object::MemberDescr(d)) => Some(d),
        _ => None,
    }
}

fn member_new(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("cannot create 'member_descriptor' instances"))
}

fn member_get_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = method_args(
        vm,
        &args,
        "member_descriptor",
        "",
        Sig::Var(1, 2),
        is_member,
    )?;
    let obj = &args.pos[1];
    let ty = args.pos.get(2).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        if ty.is_none() {
            return Err(vm.type_error("__get__(None, None) is invalid"));
        }
        return Ok(me.clone());
    }
    let Some(d) = member_of(me) else {
        return Ok(Value::None);
    };
    vm.member_get(d, obj)
}

fn member_set_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = method_args(
        vm,
        &args,
        "member_descriptor",
        "__set__",
        Sig::SlotUnpack(2),
        is_member,
    )?;
    if let Some(d) = member_of(me) {
        vm.member_set(d, &args.pos[1], args.pos[2].clone())?;
    }
    Ok(Value::None)
}

fn member_delete_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = method_args(
        vm,
        &args,
        "member_descriptor",
        "__delete__",
        Sig::Slot(1),
        is_member,
    )?;
    if let Some(d) = member_of(me) {
        vm.member_delete(d, &args.pos[1])?;
    }
    Ok(Value::None)
}
