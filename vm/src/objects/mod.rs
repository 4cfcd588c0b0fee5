//! The builtin object types, one file each: layout and methods.

pub mod async_generator;
pub mod bytes;
pub mod class;
pub mod code_type;
pub mod complex_type;
pub mod coroutine;
pub mod dict;
pub mod dict_type;
pub mod exception;
pub mod exception_group;
pub mod exception_type;
pub mod float;
pub mod float_type;
pub mod frame;
pub mod function;
pub mod generator;
pub mod getset_descriptor;
pub mod int;
pub mod int_type;
pub mod iterators;
pub mod list_type;
pub mod mappingproxy;
pub mod member_descriptor;
pub mod memoryview;
pub mod misc_types;
pub mod module;
pub mod module_type;
pub mod native;
pub mod range;
pub mod set;
pub mod set_type;
pub mod shape;
pub mod slice;
pub mod sort;
pub mod special_attrs;
pub mod str;
pub mod str_type;
pub mod strformat;
pub mod super_type;
pub mod traceback;
pub mod traverse;
pub mod tuple_type;
pub mod type_cache;
pub mod type_type;
pub mod weakref_type;

use crate::vm::Vm;

/// Fills the builtin types' dicts with their methods.
pub fn init_types(vm: &mut Vm) {
    type_type::init(vm);
    int_type::init(vm);
    float_type::init(vm);
    complex_type::init(vm);
    str_type::init(vm);
    bytes::init(vm);
    list_type::init(vm);
    tuple_type::init(vm);
    dict_type::init(vm);
    set_type::init(vm);
    exception_type::init(vm);
    exception_group::init(vm);
    crate::protocols::patma::init(vm);
    misc_types::init(vm);
    coroutine::init(vm);
    async_generator::init(vm);
    member_descriptor::init(vm);
    getset_descriptor::init(vm);
    mappingproxy::init(vm);
    weakref_type::init(vm);
    frame::init(vm);
    code_type::init(vm);
    traceback::init(vm);
    memoryview::init(vm);
    module_type::init(vm);
}
