//! pyvm-stdlib: the native modules the front door registers with the VM.

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
pub mod posix;
pub mod sys;
pub mod sys_info;
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
    for (name, src) in EMBEDDED {
        vm.source_modules.insert((*name).into(), src);
    }
}

/// The pure-Python modules of the standard library (stdlib/lib/), compiled on first import.
pub const EMBEDDED: &[(&str, &str)] = &[
    ("weakref", include_str!("../lib/weakref.py")),
    ("_structseq", include_str!("../lib/_structseq.py")),
    ("__future__", include_str!("../lib/__future__.py")),
    ("importlib", include_str!("../lib/importlib/__init__.py")),
    ("importlib.util", include_str!("../lib/importlib/util.py")),
    (
        "importlib.machinery",
        include_str!("../lib/importlib/machinery.py"),
    ),
    ("abc", include_str!("../lib/abc.py")),
    (
        "collections",
        include_str!("../lib/collections/__init__.py"),
    ),
    ("collections.abc", include_str!("../lib/collections/abc.py")),
    ("functools", include_str!("../lib/functools.py")),
    ("heapq", include_str!("../lib/heapq.py")),
    ("bisect", include_str!("../lib/bisect.py")),
    ("io", include_str!("../lib/io.py")),
    ("os", include_str!("../lib/os.py")),
    ("posixpath", include_str!("../lib/posixpath.py")),
    ("stat", include_str!("../lib/stat.py")),
    ("tempfile", include_str!("../lib/tempfile.py")),
];
