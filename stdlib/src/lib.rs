//! pyvm-stdlib: the native modules the front door registers with the VM.

pub mod errno;
pub mod gc;
pub mod io;
pub mod posix;
pub mod sys;
pub mod weakref;

use pyvm_vm::Vm;

/// Registers every native module with the VM (built on first import).
pub fn register(vm: &mut Vm) {
    vm.native_modules.insert("sys".into(), sys::make_module);
    vm.native_modules.insert("gc".into(), gc::make_module);
    vm.native_modules
        .insert("_weakref".into(), weakref::make_module);
    vm.native_modules.insert("_io".into(), io::make_module);
    vm.native_modules.insert("posix".into(), posix::make_module);
    vm.native_modules.insert("errno".into(), errno::make_module);
    for (name, src) in EMBEDDED {
        vm.source_modules.insert((*name).into(), src);
    }
}

/// The pure-Python modules of the standard library (stdlib/lib/), compiled on first import.
pub const EMBEDDED: &[(&str, &str)] = &[
    ("weakref", include_str!("../lib/weakref.py")),
    ("io", include_str!("../lib/io.py")),
    ("os", include_str!("../lib/os.py")),
    ("posixpath", include_str!("../lib/posixpath.py")),
    ("stat", include_str!("../lib/stat.py")),
    ("tempfile", include_str!("../lib/tempfile.py")),
];
