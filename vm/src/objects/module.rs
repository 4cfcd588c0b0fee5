//! Module objects: a name and a namespace dict.

use crate::value::Value;

pub struct ModuleObj {
    pub name: Value,
    /// The module's globals (a dict value).
    pub dict: Value,
}
