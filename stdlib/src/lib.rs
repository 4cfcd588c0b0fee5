//! pyvm-stdlib: the native modules the front door registers with the VM.

pub mod array;
pub mod buffer;
pub mod clinic;
pub mod cmath;
pub mod collections;
pub mod errno;
pub mod functools;
pub mod gc;
pub mod imp;
pub mod io;
pub mod itertools;
pub mod libm;
pub mod math;
pub mod operator;
pub mod platform;
pub mod posix;
pub mod random;
pub mod structmod;
pub mod sys;
pub mod sys_info;
pub mod time;
pub mod time_fmt;
pub mod weakref;

use pyvm_vm::Vm;

/// Registers every native module with the VM (built on first import).
pub fn register(vm: &mut Vm) {
    vm.native_modules.insert("sys".into(), sys::make_module);
    vm.native_modules.insert("gc".into(), gc::make_module);
    vm.native_modules.insert("_imp".into(), imp::make_module);
    vm.native_modules.insert("math".into(), math::make_module);
    vm.native_modules.insert("cmath".into(), cmath::make_module);
    vm.native_modules
        .insert("operator".into(), operator::make_module);
    vm.native_modules
        .insert("itertools".into(), itertools::make_module);
    vm.native_modules
        .insert("_collections".into(), collections::make_module);
    vm.native_modules
        .insert("_functools".into(), functools::make_module);
    vm.native_modules
        .insert("_weakref".into(), weakref::make_module);
    vm.native_modules.insert("_io".into(), io::make_module);
    vm.native_modules.insert("posix".into(), posix::make_module);
    vm.native_modules.insert("errno".into(), errno::make_module);
    vm.native_modules
        .insert("_random".into(), random::make_module);
    vm.native_modules
        .insert("_struct".into(), structmod::make_module);
    vm.native_modules.insert("array".into(), array::make_module);
    vm.native_modules.insert("_time".into(), time::make_module);
    vm.native_modules
        .insert("_platform".into(), platform::make_module);
    for (name, src, code) in EMBEDDED {
        vm.source_modules.insert((*name).into(), src);
        vm.frozen_code.insert((*name).into(), code);
    }
}

// The pure-Python modules of the standard library (stdlib/lib/), each with its source and the
// code object build.rs compiled it to: (module name, source, code bytes).
include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
