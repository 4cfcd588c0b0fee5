//! Exception instances: class, args, attributes, traceback and chaining.

use crate::objects::dict::DictTable;
use crate::value::{ObjRef, PyCell, Value};
use std::cell::Cell;
use std::rc::Rc;

#[derive(Clone)]
pub struct TracebackEntry {
    pub filename: Rc<str>,
    pub line: u32,
    pub name: Rc<str>,
}

pub struct ExceptionObj {
    pub class: ObjRef,
    /// A tuple.
    pub args: PyCell<Value>,
    pub dict: PyCell<DictTable>,
    /// Innermost frame last.
    pub traceback: PyCell<Vec<TracebackEntry>>,
    pub cause: PyCell<Value>,
    pub context: PyCell<Value>,
    pub suppress_context: Cell<bool>,
    /// The `__traceback__` object last handed out, with the traceback length it was built for.
    pub tb_object: PyCell<(usize, Value)>,
}

impl ExceptionObj {
    pub fn new(class: ObjRef, args: Value) -> ExceptionObj {
        ExceptionObj {
            class,
            args: PyCell::new(args),
            dict: PyCell::new(DictTable::new()),
            traceback: PyCell::new(Vec::new()),
            cause: PyCell::new(Value::None),
            context: PyCell::new(Value::None),
            suppress_context: Cell::new(false),
            tb_object: PyCell::new((0, Value::None)),
        }
    }
}
