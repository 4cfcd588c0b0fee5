//! pyvm-stdlib: the native modules the front door registers with the VM.

pub mod sys;

use pyvm_vm::Vm;

/// Registers every native module with the VM (built on first import).
pub fn register(vm: &mut Vm) {
    vm.native_modules.insert("sys".into(), sys::make_module);
}
