//! pyvm-vm: the value model, the object model, the interpreter cores and the builtins.
//!
//! The VM knows no module by name: hosts (the `pyvm` front door) register native modules.
#![cfg_attr(
    feature = "tail-call",
    feature(explicit_tail_calls, rust_preserve_none_cc)
)]
#![cfg_attr(feature = "tail-call", allow(incomplete_features))]

pub mod builtins;
pub mod codecs;
pub mod format;
pub mod heap;
pub mod host;
pub mod interp;
pub mod io;
pub mod numeric;
pub mod objects;
pub mod protocols;
pub mod value;
pub mod vm;

pub use objects::function::{Args, NativeFn};
pub use value::{ObjRef, Object, Value};
pub use vm::{PyErr, PyResult, Vm};
