//! What the cycle collector needs of each builtin type: the references an object owns
//! (`traverse`, CPython's tp_traverse) and how to drop them to break a cycle (`clear`,
//! tp_clear). Every counted reference an object holds must be reported by `traverse`, and none
//! that it does not hold; `clear` empties every mutable field, which is enough to break any
//! cycle (a cycle can only be closed by a mutation).

use crate::heap::Object;
use crate::objects::iterators::IterState;
use crate::value::{ObjRef, Value};

/// Reports the references `obj` owns: values to `v`, bare object references to `o`.
pub fn traverse(obj: Object<'_>, v: &mut dyn FnMut(&Value), o: &mut dyn FnMut(&ObjRef)) {
    match obj {
        Object::Tuple(items) => items.iter().for_each(v),
        Object::List(l) => l.with(|items| items.iter().for_each(&mut *v)),
        Object::Dict(d) => d.with(|t| {
            for e in t.iter() {
                v(&e.key);
                v(&e.value);
            }
        }),
        Object::Set(s) => s.with(|t| t.iter().for_each(&mut *v)),
        Object::FrozenSet(t) => t.iter().for_each(v),
        Object::Slice(s) => {
            v(&s.start);
            v(&s.stop);
            v(&s.step);
        }
        Object::Function(f) => {
            v(&f.globals);
            f.name.with(&mut *v);
            f.qualname.with(&mut *v);
            f.defaults.with(&mut *v);
            f.kwdefaults.with(&mut *v);
            f.closure.iter().for_each(&mut *v);
            f.doc.with(&mut *v);
            v(&f.module);
            f.dict.with(&mut *v);
            f.annotations.with(&mut *v);
        }
        Object::NativeFunction(n) => {
            v(&n.self_);
            v(&n.owner);
        }
        Object::BoundMethod(m) => {
            m.refs().into_iter().for_each(&mut *o);
        }
        Object::Cell(c) => c.with(v),
        Object::Class(c) => {
            c.name.with(&mut *v);
            c.qualname.with(&mut *v);
            c.module.with(&mut *v);
            c.bases.with(|b| b.iter().for_each(&mut *o));
            c.mro.with(|m| m.iter().for_each(&mut *o));
            v(&c.dict);
            c.metaclass.with(|m| m.iter().for_each(&mut *o));
            c.subclasses.with(|s| s.iter().for_each(&mut *o));
            c.slot_names.iter().for_each(&mut *v);
        }
        Object::Instance(i) => {
            i.class.with(&mut *o);
            i.slots.with(|s| s.iter().for_each(&mut *v));
            i.visit_attrs(&mut *v);
            if let Some(b) = i.base_slot() {
                v(b);
            }
        }
        Object::Exception(e) => {
            e.class.with(&mut *o);
            e.args.with(&mut *v);
            e.dict.with(&mut *v);
            e.cause.with(&mut *v);
            e.context.with(&mut *v);
            e.tb_object.with(&mut *v);
            e.traceback
                .with(|t| t.iter().for_each(|entry| o(&entry.frame)));
            e.fields.with(|f| f.iter().for_each(|(_, x)| v(x)));
            e.slots.with(|s| s.iter().for_each(&mut *v));
        }
        Object::Generator(g) => {
            g.frame.with(|f| {
                if let Some(f) = f {
                    v(&f.func);
                    v(&f.globals);
                    f.slots.iter().for_each(&mut *v);
                }
            });
            v(&g.name);
            v(&g.qualname);
            g.frame_obj.with(&mut *v);
            g.exc_state.with(&mut *v);
        }
        Object::Frame(f) => f.visit(v, o),
        Object::Traceback(t) => t.visit(v),
        Object::MemoryView(m) => m.visit(v),
        Object::Iterator(it) => it.with(|s| traverse_iter(s, v)),
        Object::Module(m) => {
            v(&m.name);
            v(&m.dict);
        }
        Object::Property(p) => {
            v(&p.fget);
            v(&p.fset);
            v(&p.fdel);
            v(&p.doc);
        }
        Object::ClassMethod(f) | Object::StaticMethod(f) => v(f),
        Object::Super(s) => {
            o(&s.this_class);
            v(&s.obj);
            o(&s.obj_type);
        }
        Object::MemberDescr(d) => {
            v(&d.name);
            o(&d.owner);
        }
        Object::GetSetDescr(d) => o(&d.owner),
        Object::WeakRef(w) => w.callback.with(v),
        Object::Native(b) => b.traverse(v),
        Object::Str(_)
        | Object::BigInt(_)
        | Object::Bytes(_)
        | Object::ByteArray(_)
        | Object::Range(_)
        | Object::Code(_)
        | Object::NotImplemented
        | Object::Ellipsis
        | Object::Complex(_) => {}
    }
}

fn traverse_iter(s: &IterState, v: &mut dyn FnMut(&Value)) {
    match s {
        IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => v(seq),
        IterState::GetItem { seq, .. } => v(seq),
        IterState::Dict { dict, .. } | IterState::DictReversed { dict, .. } => v(dict),
        IterState::Set { set, .. } => v(set),
        IterState::Enumerate { iter, count } => {
            v(iter);
            v(count);
        }
        IterState::Zip { iters, .. } => iters.iter().for_each(v),
        IterState::Map { func, iters } => {
            v(func);
            iters.iter().for_each(v);
        }
        IterState::Filter { func, iter } => {
            v(func);
            v(iter);
        }
        IterState::Callable { func, sentinel } => {
            v(func);
            v(sentinel);
        }
        IterState::Awaitable(a) => a.traverse(v),
        IterState::Range { .. } | IterState::Exhausted => {}
    }
}

/// Drops the references in `obj`'s mutable fields (the collector calls this on garbage).
pub fn clear(obj: Object<'_>) {
    match obj {
        Object::List(l) => drop(l.replace(Vec::new())),
        Object::Dict(d) => drop(d.replace(Default::default())),
        Object::Set(s) => drop(s.replace(Default::default())),
        Object::Function(f) => {
            drop(f.defaults.replace(Value::Null));
            drop(f.kwdefaults.replace(Value::Null));
            drop(f.dict.replace(Value::Null));
            drop(f.annotations.replace(Value::Null));
        }
        Object::Cell(c) => drop(c.replace(Value::Null)),
        Object::Class(c) => {
            drop(c.metaclass.replace(None));
            drop(c.mro.replace(Vec::new()));
            drop(c.subclasses.replace(Vec::new()));
        }
        Object::Instance(i) => {
            let n = i.slots.with(|s| s.len());
            drop(i.slots.replace(vec![Value::Null; n].into_boxed_slice()));
            drop(i.take_attrs());
        }
        Object::Exception(e) => {
            drop(e.args.replace(Value::Null));
            drop(e.dict.replace(Value::Null));
            drop(e.cause.replace(Value::Null));
            drop(e.context.replace(Value::Null));
            drop(e.tb_object.replace(Value::Null));
            drop(e.traceback.replace(Vec::new()));
            drop(e.fields.replace(Vec::new()));
            let n = e.slots.with(|s| s.len());
            drop(e.slots.replace(vec![Value::Null; n].into_boxed_slice()));
        }
        Object::Generator(g) => {
            drop(g.frame.replace(None));
            drop(g.frame_obj.replace(Value::Null));
            drop(g.exc_state.replace(Value::None));
        }
        Object::Frame(f) => f.clear_refs(),
        Object::Traceback(t) => drop(t.next.replace(Value::None)),
        Object::MemoryView(m) => m.clear_refs(),
        Object::Iterator(it) => drop(it.replace(IterState::Exhausted)),
        Object::WeakRef(w) => drop(w.callback.replace(Value::Null)),
        Object::Native(b) => b.clear(),
        _ => {}
    }
}
