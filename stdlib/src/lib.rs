//! pyvm-stdlib: the native modules the front door registers with the VM.

pub mod clinic;
pub mod collections;
pub mod functools;
pub mod gc;
pub mod itertools;
pub mod operator;
pub mod sys;
pub mod weakref;

use pyvm_vm::Vm;

/// Registers every native module with the VM (built on first import).
pub fn register(vm: &mut Vm) {
    vm.native_modules.insert("sys".into(), sys::make_module);
    vm.native_modules.insert("gc".into(), gc::make_module);
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
    for (name, src) in EMBEDDED {
        vm.source_modules.insert((*name).into(), src);
    }
}

/// The pure-Python modules of the standard library (stdlib/lib/), compiled on first import.
pub const EMBEDDED: &[(&str, &str)] = &[
    ("weakref", include_str!("../lib/weakref.py")),
    ("abc", include_str!("../lib/abc.py")),
    (
        "collections",
        include_str!("../lib/collections/__init__.py"),
    ),
    ("collections.abc", include_str!("../lib/collections/abc.py")),
    ("functools", include_str!("../lib/functools.py")),
    ("heapq", include_str!("../lib/heapq.py")),
    ("bisect", include_str!("../lib/bisect.py")),
];
