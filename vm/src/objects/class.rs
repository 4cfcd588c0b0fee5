//! Classes (type objects, builtin and user-defined) and plain instances.

use crate::objects::dict::DictTable;
use crate::value::{ObjRef, PyCell, Value};
use std::cell::Cell;

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

pub struct ClassObj {
    pub name: PyCell<Value>,
    pub qualname: PyCell<Value>,
    pub module: PyCell<Value>,
    pub bases: PyCell<Vec<ObjRef>>,
    /// Method resolution order, this class first.
    pub mro: PyCell<Vec<ObjRef>>,
    pub dict: PyCell<DictTable>,
    /// The metaclass, when it is not `type`.
    pub metaclass: PyCell<Option<ObjRef>>,
    pub layout: Layout,
    pub is_builtin: bool,
    /// Whether the class can be subclassed.
    pub base_ok: bool,
    /// Bumped whenever the class or a base changes: guards cached lookups.
    pub version: Cell<u64>,
    /// Names from `__slots__`, if the class has them (no `__dict__` then).
    pub slots: PyCell<Option<Vec<Value>>>,
}

pub struct InstanceObj {
    pub class: ObjRef,
    /// The attribute dict (a dict value), shared with `__dict__`.
    pub dict: Value,
    /// For instances of subclasses of builtin types: the builtin value (a list, an int, ...),
    /// fixed at creation; Null otherwise.
    pub base: Value,
}

impl InstanceObj {
    pub fn base_value(&self) -> Option<&Value> {
        if self.base.is_null() {
            None
        } else {
            Some(&self.base)
        }
    }
}
