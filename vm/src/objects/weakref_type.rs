//! weakref.ReferenceType, ProxyType and CallableProxyType: the Python face of `heap::weak`.

use crate::heap::weak::{WeakKind, WeakRefObj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// CPython's repr: `<weakref at 0x...; to 'C' at 0x...>`, `<weakref at 0x...; dead>`, and
/// `<weakproxy at 0x... to C at 0x...>` for proxies.
pub fn weak_repr(vm: &Vm, me: &Value, w: &WeakRefObj, target: Option<ObjRef>) -> String {
    let kind = match w.kind {
        WeakKind::Ref => "weakref",
        WeakKind::Proxy => "weakproxy",
        WeakKind::CallableProxy => "weakcallableproxy",
    };
    match target {
        None => format!("<{kind} at {:#x}; dead>", me.address()),
        Some(t) => {
            let t = Value::Obj(t);
            let class = vm.type_of(&t);
            let name = crate::vm::class_name(&class);
            if w.kind == WeakKind::Ref {
                format!(
                    "<{kind} at {:#x}; to '{name}' at {:#x}>",
                    me.address(),
                    t.address()
                )
            } else {
                format!(
                    "<{kind} at {:#x} to {name} at {:#x}>",
                    me.address(),
                    t.address()
                )
            }
        }
    }
}

use crate::objects::function::Args;
use crate::value::{Object, Payload, PropertyObj};
use crate::vm::PyResult;
use pyvm_compiler::bytecode::CmpOp;

pub fn init(vm: &mut Vm) {
    let t = vm.types.weakref.clone();
    vm.add_staticmethod(&t, "__new__", ref_new);
    vm.add_method(&t, "__init__", ref_init);
    vm.add_method(&t, "__call__", ref_call);
    vm.add_method(&t, "__hash__", ref_hash);
    vm.add_method(&t, "__eq__", ref_eq);
    vm.add_method(&t, "__ne__", ref_ne);
    let fget = vm.new_native("__callback__", ref_callback);
    let prop = Value::obj(Payload::Property(PropertyObj {
        fget,
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    }));
    let key = vm.intern("__callback__");
    vm.class_set_attr(&t, key, prop);
    crate::objects::list_type::add_class_getitem(vm, &t);
    for t in [
        vm.types.weakproxy.clone(),
        vm.types.weakcallableproxy.clone(),
    ] {
        let key = vm.intern("__hash__");
        vm.class_set_attr(&t, key, Value::None);
    }
}

/// The weak reference object behind a value (itself or the base of a `ref` subclass instance).
pub fn weak_of(v: &Value) -> Option<&WeakRefObj> {
    match v.builtin_payload()? {
        Object::WeakRef(w) => Some(w),
        _ => None,
    }
}

/// Creates a weak reference of `kind` to `obj`, or raises the TypeError CPython raises.
pub fn make_weak(vm: &mut Vm, obj: &Value, kind: WeakKind, callback: Value) -> PyResult<ObjRef> {
    let allowed = match obj {
        Value::Obj(o) => match o.view() {
            Object::Instance(_) => {
                let class = vm.type_of(obj);
                matches!(class.view(), Object::Class(c) if c.has_weakref)
            }
            _ => o.weakrefable(),
        },
        _ => false,
    };
    let made = if allowed {
        obj.as_obj().and_then(|o| o.new_weakref(kind, callback))
    } else {
        None
    };
    made.ok_or_else(|| {
        let t = vm.type_name(obj);
        vm.type_error(format!("cannot create weak reference to '{t}' object"))
    })
}

impl Vm {
    /// The referent of a weak proxy (ReferenceError if it died); None if `v` is no proxy.
    #[inline]
    pub fn proxy_referent(&self, v: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = v {
            if let Object::WeakRef(w) = o.view() {
                if w.kind != WeakKind::Ref {
                    return match w.upgrade() {
                        Some(r) => Ok(Some(Value::Obj(r))),
                        None => Err(self.new_exception(
                            &self.types.exc.reference_error,
                            "weakly-referenced object no longer exists",
                        )),
                    };
                }
            }
        }
        Ok(None)
    }

    /// Whether `v` is a weak proxy (alive or not).
    #[inline]
    pub fn is_proxy(v: &Value) -> bool {
        matches!(v.as_object(), Some(Object::WeakRef(w)) if w.kind != WeakKind::Ref)
    }

    /// `v` itself, or the referent if `v` is a proxy.
    pub fn unproxy(&self, v: &Value) -> PyResult<Value> {
        Ok(self.proxy_referent(v)?.unwrap_or_else(|| v.clone()))
    }

    /// hash() of a weak reference: the referent's, remembered; proxies are unhashable.
    pub fn weakref_hash(&mut self, me: &Value) -> PyResult<i64> {
        let Some(w) = weak_of(me) else {
            return Ok(0);
        };
        if w.kind != WeakKind::Ref {
            let t = self.type_name(me);
            return Err(self.type_error(format!("unhashable type: '{t}'")));
        }
        if let Some(h) = w.hash.get() {
            return Ok(h);
        }
        let Some(r) = w.upgrade() else {
            return Err(self.type_error("weak object has gone away"));
        };
        let h = self.hash(&Value::Obj(r))?;
        if let Some(w) = weak_of(me) {
            w.hash.set(Some(h));
        }
        Ok(h)
    }

    /// `a == b` / `a != b` for two weak references (None: NotImplemented).
    pub fn weakref_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
        if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Ok(None);
        }
        let (Some(x), Some(y)) = (weak_of(a), weak_of(b)) else {
            return Ok(None);
        };
        if x.kind != WeakKind::Ref || y.kind != WeakKind::Ref {
            return Ok(None);
        }
        match (x.upgrade(), y.upgrade()) {
            (Some(p), Some(q)) => self
                .rich_compare(&Value::Obj(p), &Value::Obj(q), op)
                .map(Some),
            _ => {
                let same = a.is(b);
                Ok(Some(Value::Bool(same == (op == CmpOp::Eq))))
            }
        }
    }
}

fn ref_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or_default();
    let n = args.pos.len().saturating_sub(1);
    if n == 0 {
        return Err(vm.type_error("__new__ expected at least 1 argument, got 0"));
    }
    if n > 2 {
        return Err(vm.type_error(format!("__new__ expected at most 2 arguments, got {n}")));
    }
    let mut callback = args.pos.get(2).cloned().unwrap_or(Value::Null);
    if callback.is_none() {
        callback = Value::Null;
    }
    let obj = args.pos[1].clone();
    let sub = match cls.as_obj() {
        Some(c) if !ObjRef::ptr_eq(c, &vm.types.weakref) => Some(c.clone()),
        _ => None,
    };
    match sub {
        None => Ok(Value::Obj(make_weak(vm, &obj, WeakKind::Ref, callback)?)),
        Some(c) => {
            // A subclass instance gets its own reference (never a shared one).
            let cb = if callback.is_null() {
                // A fresh reference: create with a callback marker, then clear it.
                let wr = make_weak(vm, &obj, WeakKind::Ref, Value::None)?;
                if let Object::WeakRef(w) = wr.view() {
                    w.callback.replace(Value::Null);
                }
                wr
            } else {
                make_weak(vm, &obj, WeakKind::Ref, callback)?
            };
            let inst = crate::objects::type_type::new_instance(vm, &c, Value::Obj(cb.clone()));
            if let Some(o) = inst.as_obj() {
                cb.set_weakref_owner(o);
            }
            Ok(inst)
        }
    }
}

fn ref_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn ref_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 || !args.kw.is_empty() {
        return Err(vm.type_error("weakref() takes no arguments"));
    }
    Ok(weak_of(&args.pos[0])
        .and_then(|w| w.upgrade())
        .map_or(Value::None, Value::Obj))
}

fn ref_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos.first().cloned().unwrap_or_default();
    vm.weakref_hash(&me).map(Value::Int)
}

fn ref_cmp(vm: &mut Vm, args: Args, op: CmpOp) -> PyResult<Value> {
    vm.check_args("__eq__", &args, 2, 2)?;
    Ok(vm
        .weakref_compare(&args.pos[0], &args.pos[1], op)?
        .unwrap_or_else(|| vm.not_implemented.clone()))
}

fn ref_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ref_cmp(vm, args, CmpOp::Eq)
}

fn ref_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ref_cmp(vm, args, CmpOp::Ne)
}

fn ref_callback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args
        .pos
        .first()
        .and_then(weak_of)
        .map(|w| w.callback.with(|c| c.clone()))
        .filter(|c| !c.is_null())
        .unwrap_or(Value::None))
}
