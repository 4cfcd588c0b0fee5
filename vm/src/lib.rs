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

/// Helpers shared by the unit tests of the VM's modules.
#[cfg(test)]
pub(crate) mod test_support {
    use crate::io::Io;
    use crate::value::Value;
    use crate::vm::Vm;

    /// Runs a program in a fresh VM; returns the VM, stdout, and the uncaught error's summary.
    pub fn run(src: &str) -> (Vm, String, Option<String>) {
        let (io, out, _err) = Io::capture();
        let mut vm = Vm::new(io);
        let code = vm
            .compile(src, "<test>", pyvm_compiler::Mode::Exec)
            .expect("compiles");
        let globals = vm.new_dict();
        let r = vm.run_code(&code, globals, Value::Null);
        let err = r.err().map(|e| vm.exception_summary(&e.value()));
        vm.io.flush();
        (vm, out.text(), err)
    }
}
