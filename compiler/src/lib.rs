//! pyvm-compiler: Python source -> CodeObject.
//!
//! parse (rustpython-parser) -> symtable -> codegen (with constant folding, line table and
//! exception table) -> verification. `dis` renders a code object like CPython's `dis`.

pub mod bytecode;
