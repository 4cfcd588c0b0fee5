//! Generators: a suspended frame kept on the heap between `next()` calls.

use crate::objects::function::CodeObj;
use crate::value::{PyCell, Value};
use std::rc::Rc;

/// A frame taken off the value stack: its slots (locals, cells, free variables, then the
/// evaluation stack) and where to resume.
pub struct SavedFrame {
    pub code: Rc<CodeObj>,
    pub func: Value,
    pub globals: Value,
    pub slots: Vec<Value>,
    pub ip: usize,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenStatus {
    Created,
    Suspended,
    Running,
    Finished,
}

pub struct GeneratorObj {
    pub frame: PyCell<Option<SavedFrame>>,
    pub status: std::cell::Cell<GenStatus>,
    pub name: Value,
    pub qualname: Value,
}
