//! Exception instances: class, args, attributes, traceback and chaining.

use crate::objects::dict::DictTable;
use crate::value::{ObjRef, PyCell, Value};
use std::cell::Cell;

/// A frame an exception passed through, not yet made a traceback object (see
/// `objects::traceback`).
#[derive(Clone)]
pub struct TracebackEntry {
    /// The frame object.
    pub frame: ObjRef,
    /// The instruction that raised or passed the exception on.
    pub lasti: u32,
}

pub struct ExceptionObj {
    /// The class; `__class__` assignment replaces it with one of the same layout.
    pub class: PyCell<ObjRef>,
    /// A tuple.
    pub args: PyCell<Value>,
    /// The attribute dict, made on first use (Null until then): it is a real dict so that
    /// `__dict__` is live, and `__dict__` assignment replaces it.
    pub dict: PyCell<Value>,
    /// Frames passed since `tb_object` was built, innermost first.
    pub traceback: PyCell<Vec<TracebackEntry>>,
    pub cause: PyCell<Value>,
    pub context: PyCell<Value>,
    pub suppress_context: Cell<bool>,
    /// The traceback chain built so far (Null for none); `traceback` entries go on top of it.
    pub tb_object: PyCell<Value>,
    /// The builtin data attributes some exception types have besides `args` (`errno`, `name`,
    /// `start`, ...), set by their `__init__`; kept out of the dict as CPython keeps them.
    pub fields: PyCell<Vec<(&'static str, Value)>>,
    /// The values of the class's `__slots__` (see `ClassObj::slot_names`); Null while unset.
    pub slots: PyCell<Box<[Value]>>,
}

impl ExceptionObj {
    /// The attribute dict (a dict value), made empty if it did not exist.
    pub fn dict_value(&self) -> Value {
        let cur = self.dict.get();
        if !cur.is_null() {
            return cur;
        }
        let fresh = Value::obj(crate::value::Payload::Dict(PyCell::new(DictTable::new())));
        self.dict.replace(fresh.clone());
        fresh
    }

    /// Replaces the attribute dict (`e.__dict__ = d`); `new` must be a dict.
    pub fn set_dict(&self, new: Value) {
        let old = self.dict.replace(new);
        // Dropped outside the borrow: a destructor may run Python code.
        drop(old);
    }

    /// A builtin data attribute set by the type's `__init__`.
    pub fn field(&self, name: &str) -> Option<Value> {
        self.fields
            .with(|f| f.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone()))
    }

    /// Sets a builtin data attribute.
    pub fn set_field(&self, name: &'static str, value: Value) {
        let old = self
            .fields
            .with_mut(|f| match f.iter_mut().find(|(n, _)| *n == name) {
                Some(slot) => Some(std::mem::replace(&mut slot.1, value)),
                None => {
                    f.push((name, value));
                    None
                }
            });
        // Dropped outside the borrow: a destructor may run Python code.
        drop(old);
    }

    /// Runs `f` on the attribute table, made empty if it did not exist. `f` must not run
    /// Python code.
    pub fn with_attrs<R>(&self, f: impl FnOnce(&PyCell<DictTable>) -> R) -> Option<R> {
        let d = self.dict_value();
        d.as_dict().map(f)
    }

    pub fn class(&self) -> ObjRef {
        self.class.get()
    }

    pub fn new(class: ObjRef, args: Value) -> ExceptionObj {
        let n_slots = match class.view() {
            crate::value::Object::Class(c) => c.slot_names.len(),
            _ => 0,
        };
        ExceptionObj {
            class: PyCell::new(class),
            args: PyCell::new(args),
            dict: PyCell::new(Value::Null),
            traceback: PyCell::new(Vec::new()),
            cause: PyCell::new(Value::None),
            context: PyCell::new(Value::None),
            suppress_context: Cell::new(false),
            tb_object: PyCell::new(Value::Null),
            fields: PyCell::new(Vec::new()),
            slots: PyCell::new(vec![Value::Null; n_slots].into_boxed_slice()),
        }
    }
}
