//! The protocols every value takes part in: attributes, calls, arithmetic, comparison,
//! conversion, iteration, subscripts, exceptions, names and imports.

pub mod arith;
pub mod attr;
pub mod awaiting;
pub mod call;
pub mod collect;
pub mod compare;
pub mod convert;
pub mod exc;
pub mod exc_print;
pub mod import;
pub mod import_spec;
pub mod import_system;
pub mod iter;
pub mod names;
pub mod patma;
pub mod subscript;
