//! Classes (type objects, builtin and user-defined) and plain instances.

use crate::objects::dict::DictTable;
use crate::value::{ObjRef, Object, PyCell, Value};
use std::cell::Cell;
use std::rc::{Rc, Weak};

/// Which builtin payload the instances of a class carry.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    Object,
    Type,
    Int,
    Bool,
    Float,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Exception,
    /// Builtin types that cannot be instantiated or subclassed from Python.
    Opaque,
}

impl Layout {
    /// Whether CPython's type for this layout has variable-size instances (`tp_itemsize != 0`):
    /// their subclasses can add neither slots nor a weakref slot.
    pub fn is_var_sized(self) -> bool {
        matches!(
            self,
            Layout::Type | Layout::Int | Layout::Bool | Layout::Bytes | Layout::Tuple
        )
    }

    /// Whether instances of the builtin type have a `__dict__` of their own.
    pub fn has_dict(self) -> bool {
        matches!(self, Layout::Type | Layout::Exception)
    }

    /// Whether instances of the builtin type can be weakly referenced.
    pub fn has_weakref(self) -> bool {
        matches!(self, Layout::Type | Layout::Set | Layout::FrozenSet)
    }
}

pub struct ClassObj {
    pub name: PyCell<Value>,
    pub qualname: PyCell<Value>,
    pub module: PyCell<Value>,
    pub bases: PyCell<Vec<ObjRef>>,
    /// Method resolution order, this class first.
    pub mro: PyCell<Vec<ObjRef>>,
    /// The namespace: always a dict object, so that `__dict__` (a mappingproxy over it) and the
    /// views it hands out stay live.
    pub dict: Value,
    /// The metaclass, when it is not `type`.
    pub metaclass: PyCell<Option<ObjRef>>,
    pub layout: Layout,
    pub is_builtin: bool,
    /// Whether the class can be subclassed.
    pub base_ok: bool,
    /// The type-cache version tag (see `type_cache`): 0 until a cached lookup assigns one, and
    /// reset to 0 whenever the class or a base changes.
    pub version: Cell<u64>,
    /// The direct subclasses, in creation order (weak: a class does not keep its subclasses alive).
    pub subclasses: PyCell<Vec<Weak<Object>>>,
    /// The names of the slots every instance stores (inherited ones first): slot `i` of an
    /// instance is read by the member descriptor with index `i`.
    pub slot_names: Box<[Value]>,
    /// Whether the class adds storage of its own to its base's layout (CPython's "solid base"):
    /// two bases that do so along different lines cannot be combined.
    pub solid: bool,
    /// Whether instances have a `__dict__`.
    pub has_dict: bool,
    /// Whether instances have a `__weakref__` slot.
    pub has_weakref: bool,
}

impl ClassObj {
    /// The namespace table.
    #[inline]
    pub fn table(&self) -> Option<&PyCell<DictTable>> {
        match &self.dict {
            Value::Obj(o) => match &**o {
                Object::Dict(d) => Some(d),
                _ => None,
            },
            _ => None,
        }
    }

    /// The direct subclasses still alive, dropping the dead ones from the list.
    pub fn live_subclasses(&self) -> Vec<ObjRef> {
        self.subclasses.with_mut(|subs| {
            subs.retain(|w| w.strong_count() > 0);
            subs.iter().filter_map(Weak::upgrade).collect()
        })
    }

    /// Records `sub` as a direct subclass of `base`.
    pub fn add_subclass(base: &ObjRef, sub: &ObjRef) {
        if let Object::Class(b) = &**base {
            b.subclasses.with_mut(|subs| subs.push(Rc::downgrade(sub)));
        }
    }

    /// A new namespace value holding `table`.
    pub fn new_dict(table: DictTable) -> Value {
        Value::obj(Object::Dict(PyCell::new(table)))
    }
}

pub struct InstanceObj {
    /// The class; `__class__` assignment replaces it with one of the same layout.
    pub class: PyCell<ObjRef>,
    /// The attribute dict (a dict value, shared with `__dict__`), or Null when the class has
    /// `__slots__` without `__dict__`.
    pub dict: PyCell<Value>,
    /// The values of the class's slots (see `ClassObj::slot_names`); Null while unset.
    pub slots: PyCell<Box<[Value]>>,
    /// For instances of subclasses of builtin types: the builtin value (a list, an int, ...),
    /// fixed at creation; Null otherwise.
    pub base: Value,
}

impl InstanceObj {
    /// An instance with the given attribute dict and no slots.
    pub fn with_dict(class: ObjRef, dict: Value, base: Value) -> InstanceObj {
        InstanceObj {
            class: PyCell::new(class),
            dict: PyCell::new(dict),
            slots: PyCell::new(Box::new([])),
            base,
        }
    }

    pub fn class(&self) -> ObjRef {
        self.class.get()
    }

    pub fn base_value(&self) -> Option<&Value> {
        if self.base.is_null() {
            None
        } else {
            Some(&self.base)
        }
    }
}
