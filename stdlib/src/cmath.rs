//! The cmath module (placeholder while it is written).

use pyvm_vm::{PyResult, Value, Vm};

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    Err(vm.not_implemented_error("cmath is not written yet"))
}
