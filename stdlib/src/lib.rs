//! pyvm-stdlib: the native modules the front door registers with the VM.

pub mod array;
pub mod buffer;
pub mod gc;
pub mod platform;
pub mod random;
pub mod structmod;
pub mod sys;
pub mod time;
pub mod time_fmt;
pub mod weakref;

use pyvm_vm::Vm;

/// Registers every native module with the VM (built on first import).
pub fn register(vm: &mut Vm) {
    vm.native_modules.insert("sys".into(), sys::make_module);
    vm.native_modules.insert("gc".into(), gc::make_module);
    vm.native_modules
        .insert("_weakref".into(), weakref::make_module);
    vm.native_modules
        .insert("_random".into(), random::make_module);
    vm.native_modules
        .insert("_struct".into(), structmod::make_module);
    vm.native_modules.insert("array".into(), array::make_module);
    vm.native_modules.insert("_time".into(), time::make_module);
    vm.native_modules
        .insert("_platform".into(), platform::make_module);
    for (name, src) in EMBEDDED {
        vm.source_modules.insert((*name).into(), src);
    }
}

/// The pure-Python modules of the standard library (stdlib/lib/), compiled on first import.
pub const EMBEDDED: &[(&str, &str)] = &[
    ("weakref", include_str!("../lib/weakref.py")),
    ("random", include_str!("../lib/random.py")),
    ("struct", include_str!("../lib/struct.py")),
    ("time", include_str!("../lib/time.py")),
    ("_strptime", include_str!("../lib/_strptime.py")),
    ("copy", include_str!("../lib/copy.py")),
    ("keyword", include_str!("../lib/keyword.py")),
    ("string", include_str!("../lib/string.py")),
    ("types", include_str!("../lib/types.py")),
    ("warnings", include_str!("../lib/warnings.py")),
    ("contextlib", include_str!("../lib/contextlib.py")),
    ("atexit", include_str!("../lib/atexit.py")),
    ("numbers", include_str!("../lib/numbers.py")),
    ("platform", include_str!("../lib/platform.py")),
    ("pyperf", include_str!("../lib/pyperf.py")),
];
