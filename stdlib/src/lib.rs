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
