//! The _platform module: uname() for platform.py (the host's process capability guards it,
//! since it names the machine).

use pyvm_vm::host::Capability;
use pyvm_vm::{Args, PyResult, Value, Vm};

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("_platform");
    let f = vm.new_native("uname", platform_uname);
    vm.module_set(&m, "uname", f);
    Ok(m)
}

/// (sysname, nodename, release, version, machine).
fn platform_uname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("uname", &args, 0, 0)?;
    vm.require(Capability::Process)?;
    let u = match nix::sys::utsname::uname() {
        Ok(u) => u,
        Err(e) => {
            return Err(vm.new_exception(&vm.types.exc.os_error.clone(), e.to_string()));
        }
    };
    let parts = [
        u.sysname(),
        u.nodename(),
        u.release(),
        u.version(),
        u.machine(),
    ];
    let items: Vec<Value> = parts
        .iter()
        .map(|p| vm.new_str(p.to_string_lossy().into_owned()))
        .collect();
    Ok(vm.new_tuple(items))
}
