//! super(): attribute lookup that starts after a given class in the MRO of an object's type.

use crate::objects::function::Args;
use crate::value::{ObjRef, Object, Payload, Value};
use crate::vm::{is_subclass, str_eq, PyResult, Vm};

pub struct SuperObj {
    /// Lookups start after this class in the MRO.
    pub this_class: ObjRef,
    /// The instance (or class, for classmethods) the result binds to.
    pub obj: Value,
    /// The type whose MRO is searched.
    pub obj_type: ObjRef,
}

/// super() and super(cls, obj).
pub fn builtin_super(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, obj) = match args.pos.len() {
        0 => zero_arg_super(vm)?,
        2 => (args.pos[0].clone(), args.pos[1].clone()),
        1 => {
            return Err(
                vm.not_implemented_error("unbound super objects are not supported by pyvm yet")
            )
        }
        _ => return Err(vm.type_error("super() takes at most 2 arguments")),
    };
    let Some(Object::Class(_)) = cls.as_object() else {
        let t = vm.type_name(&cls);
        return Err(vm.type_error(format!("super() argument 1 must be a type, not {t}")));
    };
    let this_class = cls
        .as_obj()
        .cloned()
        .unwrap_or_else(|| vm.types.object.clone());
    let obj_type = match obj.as_object() {
        Some(Object::Class(_)) if obj.as_obj().is_some_and(|o| is_subclass(o, &this_class)) => obj
            .as_obj()
            .cloned()
            .unwrap_or_else(|| vm.types.object.clone()),
        _ => vm.type_of(&obj),
    };
    if !is_subclass(&obj_type, &this_class) {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(Value::obj(Payload::Super(SuperObj {
        this_class,
        obj,
        obj_type,
    })))
}

/// The class from the `__class__` cell and the first argument of the calling frame.
fn zero_arg_super(vm: &mut Vm) -> PyResult<(Value, Value)> {
    let Some(frame) = vm.frames.last() else {
        return Err(vm.runtime_error("super(): no current frame"));
    };
    let code = &frame.code.code;
    if code.arg_count == 0 && code.flags & pyvm_compiler::bytecode::code_flags::VARARGS == 0 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let nlocals = code.varnames.len();
    // The first argument, or its cell if it was captured.
    let mut first = vm.stack[frame.base].clone();
    if first.is_null() {
        if let Some(&(cell, _)) = code.cell_args.iter().find(|(_, a)| *a == 0) {
            if let Some(Object::Cell(c)) =
                vm.stack[frame.base + nlocals + cell as usize].as_object()
            {
                first = c.get();
            }
        }
    }
    let Some(idx) = code.freevars.iter().position(|n| &**n == "__class__") else {
        return Err(vm.runtime_error("super(): __class__ cell not found"));
    };
    let slot = frame.base + nlocals + code.cellvars.len() + idx;
    let cls = match vm.stack[slot].as_object() {
        Some(Object::Cell(c)) => c.get(),
        _ => Value::Null,
    };
    if cls.is_null() {
        return Err(vm.runtime_error("super(): empty __class__ cell"));
    }
    if first.is_null() {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    }
    Ok((cls, first))
}

impl Vm {
    pub fn super_get_attr(&mut self, sup: &Value, name: &Value) -> PyResult<Option<Value>> {
        let Some(Object::Super(s)) = sup.as_object() else {
            return Ok(None);
        };
        // The super object's own class, not the one `object.__class__` would give for `obj`.
        if name.as_str().is_some_and(|n| n.as_str() == "__class__") {
            return Ok(Some(Value::Obj(self.type_of(sup))));
        }
        let mro = match s.obj_type.view() {
            Object::Class(c) => c.mro.get(),
            _ => vec![],
        };
        let start = mro
            .iter()
            .position(|k| crate::value::ObjRef::ptr_eq(k, &s.this_class))
            .map_or(mro.len(), |i| i + 1);
        for k in &mro[start..] {
            let Object::Class(kc) = k.view() else {
                continue;
            };
            let hash = name.as_str().map_or(0, |x| x.hash());
            let found = kc.table().and_then(|t| {
                t.with(|d| {
                    d.get(name, hash, &mut |a, b| Ok::<bool, ()>(str_eq(a, b)))
                        .ok()
                        .flatten()
                })
            });
            if let Some(attr) = found {
                let obj = s.obj.clone();
                let obj_type = s.obj_type.clone();
                let bound = match attr.as_object() {
                    Some(Object::Function(_)) => {
                        if matches!(obj.as_object(), Some(Object::Class(_)))
                            && obj
                                .as_obj()
                                .is_some_and(|o| crate::value::ObjRef::ptr_eq(o, &obj_type))
                        {
                            attr
                        } else {
                            Value::obj(Payload::BoundMethod(
                                crate::objects::function::BoundMethodObj::new(attr, obj),
                            ))
                        }
                    }
                    Some(Object::NativeFunction(f)) if !f.is_staticmethod => {
                        let self_ = if f.is_classmethod {
                            Value::Obj(obj_type)
                        } else {
                            obj
                        };
                        Value::obj(Payload::BoundMethod(
                            crate::objects::function::BoundMethodObj::new(attr.clone(), self_),
                        ))
                    }
                    Some(Object::ClassMethod(f)) => Value::obj(Payload::BoundMethod(
                        crate::objects::function::BoundMethodObj::new(
                            f.clone(),
                            Value::Obj(obj_type),
                        ),
                    )),
                    Some(Object::StaticMethod(f)) => f.clone(),
                    Some(Object::Property(p)) => {
                        let fget = p.fget.clone();
                        self.call(&fget, Args::new([obj]))?
                    }
                    // Through super() a class sees the descriptor itself, an instance its value.
                    Some(Object::MemberDescr(_) | Object::GetSetDescr(_))
                        if matches!(obj.as_object(), Some(Object::Class(_))) =>
                    {
                        attr
                    }
                    Some(Object::MemberDescr(d)) => self.member_get(d, &obj)?,
                    Some(Object::GetSetDescr(d)) => self.getset_get(d, &obj)?,
                    _ => attr,
                };
                return Ok(Some(bound));
            }
        }
        let n = name.as_str().map_or("?", |x| x.as_str()).to_string();
        Err(self.attribute_error(format!("'super' object has no attribute '{n}'")))
    }
}
