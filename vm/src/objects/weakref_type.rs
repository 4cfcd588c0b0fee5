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
