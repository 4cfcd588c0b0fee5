//! The virtual machine: its state, the builtin types, and the helpers every part uses to make
//! values and raise exceptions. All state lives in `Vm` (no globals), so several can coexist.

use crate::interp::frame::Frame;
use crate::io::Io;
use crate::objects::class::{ClassObj, Layout};
use crate::objects::dict::DictTable;
use crate::objects::exception::ExceptionObj;
use crate::objects::function::{native, Args, NativeFn};
use crate::value::{ObjRef, Object, Payload, PyCell, Value};
use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

/// A raised exception: an exception object.
#[derive(Clone)]
pub struct PyErr(pub ObjRef);

pub type PyResult<T> = Result<T, PyErr>;

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let class = crate::vm::class_name(&self.exc().class());
        write!(f, "PyErr({class})")
    }
}

impl PyErr {
    pub fn value(&self) -> Value {
        Value::Obj(self.0.clone())
    }
    pub fn exc(&self) -> &ExceptionObj {
        match self.0.view() {
            Object::Exception(e) => e,
            _ => unreachable_exception(),
        }
    }
}

#[cold]
fn unreachable_exception() -> ! {
    // PyErr is only ever built from exception objects (see Vm::raise_value).
    std::process::abort()
}

macro_rules! exception_types {
    ($($field:ident: $name:literal < $parent:ident;)*) => {
        /// The builtin exception classes.
        pub struct ExcTypes { pub base_exception: ObjRef, $(pub $field: ObjRef,)* }

        impl ExcTypes {
            fn new(object: &ObjRef) -> ExcTypes {
                let base_exception = make_class("BaseException", std::slice::from_ref(&object), Layout::Exception, true);
                let mut all = ExcTypes { base_exception: base_exception.clone(), $($field: base_exception.clone(),)* };
                $(all.$field = make_class($name, &[all.$parent.clone()], Layout::Exception, true);)*
                all
            }

            /// Every exception class with its name.
            pub fn all(&self) -> Vec<(&'static str, &ObjRef)> {
                vec![("BaseException", &self.base_exception), $(($name, &self.$field),)*]
            }
        }
    };
}

exception_types! {
    system_exit: "SystemExit" < base_exception;
    keyboard_interrupt: "KeyboardInterrupt" < base_exception;
    generator_exit: "GeneratorExit" < base_exception;
    exception: "Exception" < base_exception;
    stop_iteration: "StopIteration" < exception;
    stop_async_iteration: "StopAsyncIteration" < exception;
    arithmetic_error: "ArithmeticError" < exception;
    floating_point_error: "FloatingPointError" < arithmetic_error;
    overflow_error: "OverflowError" < arithmetic_error;
    zero_division_error: "ZeroDivisionError" < arithmetic_error;
    assertion_error: "AssertionError" < exception;
    attribute_error: "AttributeError" < exception;
    buffer_error: "BufferError" < exception;
    eof_error: "EOFError" < exception;
    import_error: "ImportError" < exception;
    module_not_found_error: "ModuleNotFoundError" < import_error;
    lookup_error: "LookupError" < exception;
    index_error: "IndexError" < lookup_error;
    key_error: "KeyError" < lookup_error;
    memory_error: "MemoryError" < exception;
    name_error: "NameError" < exception;
    unbound_local_error: "UnboundLocalError" < name_error;
    os_error: "OSError" < exception;
    blocking_io_error: "BlockingIOError" < os_error;
    child_process_error: "ChildProcessError" < os_error;
    connection_error: "ConnectionError" < os_error;
    broken_pipe_error: "BrokenPipeError" < connection_error;
    connection_aborted_error: "ConnectionAbortedError" < connection_error;
    connection_refused_error: "ConnectionRefusedError" < connection_error;
    connection_reset_error: "ConnectionResetError" < connection_error;
    file_exists_error: "FileExistsError" < os_error;
    file_not_found_error: "FileNotFoundError" < os_error;
    interrupted_error: "InterruptedError" < os_error;
    is_a_directory_error: "IsADirectoryError" < os_error;
    not_a_directory_error: "NotADirectoryError" < os_error;
    permission_error: "PermissionError" < os_error;
    process_lookup_error: "ProcessLookupError" < os_error;
    timeout_error: "TimeoutError" < os_error;
    reference_error: "ReferenceError" < exception;
    runtime_error: "RuntimeError" < exception;
    not_implemented_error: "NotImplementedError" < runtime_error;
    recursion_error: "RecursionError" < runtime_error;
    syntax_error: "SyntaxError" < exception;
    indentation_error: "IndentationError" < syntax_error;
    tab_error: "TabError" < indentation_error;
    system_error: "SystemError" < exception;
    type_error: "TypeError" < exception;
    value_error: "ValueError" < exception;
    unicode_error: "UnicodeError" < value_error;
    unicode_decode_error: "UnicodeDecodeError" < unicode_error;
    unicode_encode_error: "UnicodeEncodeError" < unicode_error;
    unicode_translate_error: "UnicodeTranslateError" < unicode_error;
    warning: "Warning" < exception;
    deprecation_warning: "DeprecationWarning" < warning;
    pending_deprecation_warning: "PendingDeprecationWarning" < warning;
    runtime_warning: "RuntimeWarning" < warning;
    syntax_warning: "SyntaxWarning" < warning;
    user_warning: "UserWarning" < warning;
    future_warning: "FutureWarning" < warning;
    import_warning: "ImportWarning" < warning;
    unicode_warning: "UnicodeWarning" < warning;
    bytes_warning: "BytesWarning" < warning;
    resource_warning: "ResourceWarning" < warning;
    encoding_warning: "EncodingWarning" < warning;
    base_exception_group: "BaseExceptionGroup" < base_exception;
    // Also derives from Exception (see objects::exception_group::init).
    exception_group: "ExceptionGroup" < base_exception_group;
}

macro_rules! builtin_types {
    ($($field:ident: $name:literal, $layout:ident, $base_ok:literal;)*) => {
        /// The builtin (non-exception) types.
        pub struct Types { pub object: ObjRef, $(pub $field: ObjRef,)* pub exc: ExcTypes }

        impl Types {
            fn new() -> Types {
                let object = make_class("object", &[], Layout::Object, true);
                $(let $field = make_class($name, std::slice::from_ref(&object), Layout::$layout, $base_ok);)*
                let exc = ExcTypes::new(&object);
                let mut types = Types { object, $($field,)* exc };
                // bool derives from int.
                types.bool_ = make_class("bool", &[types.int.clone()], Layout::Bool, false);
                types
            }

            /// The types that are builtins by name (`int`, `list`, ...).
            pub fn named(&self) -> Vec<(&'static str, &ObjRef)> {
                vec![("object", &self.object), $(($name, &self.$field),)*]
            }
        }
    };
}

builtin_types! {
    type_: "type", Type, true;
    int: "int", Int, true;
    bool_: "bool", Bool, false;
    float: "float", Float, true;
    str: "str", Str, true;
    bytes: "bytes", Bytes, true;
    bytearray: "bytearray", ByteArray, true;
    tuple: "tuple", Tuple, true;
    list: "list", List, true;
    dict: "dict", Dict, true;
    set: "set", Set, true;
    frozenset: "frozenset", FrozenSet, true;
    range: "range", Opaque, false;
    slice: "slice", Opaque, false;
    none_type: "NoneType", Opaque, false;
    not_implemented_type: "NotImplementedType", Opaque, false;
    ellipsis_type: "ellipsis", Opaque, false;
    function: "function", Opaque, false;
    builtin_function: "builtin_function_or_method", Opaque, false;
    method: "method", Opaque, false;
    cell: "cell", Opaque, false;
    code: "code", Opaque, false;
    generator: "generator", Opaque, false;
    coroutine: "coroutine", Opaque, false;
    async_generator: "async_generator", Opaque, false;
    iterator: "iterator", Opaque, false;
    module: "module", Opaque, false;
    property: "property", Opaque, true;
    classmethod: "classmethod", Opaque, true;
    staticmethod: "staticmethod", Opaque, true;
    super_: "super", Opaque, true;
    weakref: "weakref.ReferenceType", Opaque, true;
    weakproxy: "weakref.ProxyType", Opaque, false;
    weakcallableproxy: "weakref.CallableProxyType", Opaque, false;
    traceback: "traceback", Opaque, false;
    member_descriptor: "member_descriptor", Opaque, false;
    getset_descriptor: "getset_descriptor", Opaque, false;
    mappingproxy: "mappingproxy", Opaque, false;
    frame: "frame", Opaque, false;
    memoryview: "memoryview", Opaque, false;
    complex: "complex", Complex, true;
}

/// Creates a class object with the given bases (MRO by C3 for the builtin hierarchy is linear).
pub fn make_class(name: &str, bases: &[ObjRef], layout: Layout, base_ok: bool) -> ObjRef {
    let mut mro_tail: Vec<ObjRef> = Vec::new();
    if let Some(base) = bases.first() {
        if let Object::Class(c) = base.view() {
            mro_tail = c.mro.get();
        }
    }
    // Every type has a `__doc__` entry of its own (pyvm keeps no docstrings for builtin types
    // but `object`'s), so that lookups do not reach `object.__doc__`.
    let mut dict = DictTable::new();
    let doc = Value::str("__doc__");
    let hash = doc.str_hash();
    dict.push_new(doc, hash, Value::None);
    let class = crate::value::ObjRef::new(Payload::Class(ClassObj {
        name: PyCell::new(Value::str(name)),
        qualname: PyCell::new(Value::str(name)),
        module: PyCell::new(Value::str("builtins")),
        bases: PyCell::new(bases.to_vec()),
        mro: PyCell::new(Vec::new()),
        dict: ClassObj::new_dict(dict),
        metaclass: PyCell::new(None),
        layout,
        is_builtin: true,
        base_ok,
        version: Cell::new(0),
        subclasses: PyCell::new(Vec::new()),
        slot_names: Box::new([]),
        solid: false,
        has_dict: layout.has_dict(),
        has_weakref: layout.has_weakref(),
        attr_hint: Cell::new(0),
        shape_root: crate::objects::shape::Shape::root(),
        has_del: Cell::new(false),
        finalizer: None,
        patma_flags: Cell::new(0),
        qualified_name: Cell::new(false),
    }));
    if let Object::Class(c) = class.view() {
        // The MRO holds the class itself: builtin classes live as long as the VM, and user classes
        // form a cycle that the cycle collector is responsible for.
        let mut mro = vec![class.clone()];
        mro.extend(mro_tail);
        c.mro.replace(mro);
    }
    for base in bases {
        ClassObj::add_subclass(base, &class);
    }
    class
}

/// Records that instances of `c` and of its subclasses now have a `__del__` to run.
fn mark_has_del(c: &ClassObj) {
    c.has_del.set(true);
    for sub in c.live_subclasses() {
        if let Object::Class(sc) = sub.view() {
            mark_has_del(sc);
        }
    }
}

/// Limits a host can put on a run.
#[derive(Clone, Debug, Default)]
pub struct Limits {
    /// Backward jumps and calls allowed before the run is stopped (None: unlimited).
    pub steps: Option<u64>,
}

const STATIC_NAME_SLOTS: usize = 256;

pub struct Vm {
    /// The value stack shared by all frames: each frame's slots then its evaluation stack.
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    /// Frame objects of frames still on `frames`, by index, sorted (see `objects::frame`).
    pub frame_objs: Vec<(usize, ObjRef)>,
    /// Export counts of bytearrays viewed by memoryviews, by address (see `objects::memoryview`).
    pub buffer_exports: Vec<(usize, Rc<Cell<usize>>)>,
    pub types: Types,
    /// The builtins module's dict.
    pub builtins: Value,
    /// sys.modules.
    pub modules: Value,
    /// Native modules the host registered, by name, built on first import.
    pub native_modules: HashMap<String, fn(&mut Vm) -> PyResult<Value>>,
    /// Python-source modules embedded by the host (name -> source).
    pub source_modules: HashMap<String, &'static str>,
    /// The same modules compiled ahead of time (pyvm_compiler::marshal bytes), by name.
    pub frozen_code: HashMap<String, &'static [u8]>,
    /// Interned strings (names), so that lookups by name reuse one str with its hash cached.
    interned: PyCell<HashMap<Box<str>, Value, ahash::RandomState>>,
    /// `intern` of string literals, by the literal's address: special-method names are looked up
    /// by name on hot paths, and this skips hashing them.
    static_names: PyCell<Box<[(usize, usize, Value)]>>,
    /// MRO lookups by (class version tag, name).
    pub type_cache: PyCell<crate::objects::type_cache::TypeCache>,
    /// The exception being handled (what a bare `raise` re-raises).
    pub handled_exception: Value,
    pub recursion_limit: usize,
    /// Nesting of native-to-Python re-entries plus Python frames: bounded by the recursion limit.
    pub depth: usize,
    /// Remaining step budget (backward jumps and calls); decremented only when limited.
    pub steps_left: u64,
    pub limited: bool,
    pub io: Io,
    /// sys.stdin/stdout/stderr as print() and input() find them.
    pub std_streams: crate::io::StdStreams,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    pub argv: Vec<String>,
    /// Interned one-character strings for ASCII.
    pub small_strs: Vec<Value>,
    /// The builtins module object.
    pub builtins_module: Value,
    /// Directories searched by `import` for `.py` files.
    pub search_paths: Vec<String>,
    /// Source text by file name, for traceback lines.
    pub sources: HashMap<String, Rc<str>>,
    /// Containers whose repr is being built (prints `[...]` for cycles).
    pub repr_stack: Vec<usize>,
    /// The return value of the last iterator that finished (for `yield from`).
    pub last_stop_value: Value,
    /// The classes of the builtin iterators (`list_iterator`, `enumerate`, ...), by name.
    pub iterator_classes: Vec<(&'static str, ObjRef)>,
    /// The exception behind a `Flow::Raise` on its way from an opcode body to the core.
    pub pending_error: Option<PyErr>,
    /// The result behind a `Flow::Exit`.
    pub pending_exit: Option<crate::interp::Exit>,
    /// The result of a run of the tail-call core, left by the handler that ended it.
    pub core_result: Option<PyResult<crate::interp::Exit>>,
    /// Suspended generators dropped inside a `try`, to be closed.
    pub gen_finalizer: Rc<crate::objects::generator::GenFinalizer>,
    /// This interpreter's objects: the cycle collector's state and the allocation count.
    pub heap: Box<crate::heap::gc::Heap>,
    /// `gc.callbacks`: a list of callables called before and after each collection.
    pub gc_callbacks: Value,
    /// Small per-interpreter values of native modules (e.g. gc's debug flags), by key.
    pub module_state: HashMap<String, Value>,
    /// What the host lets programs reach outside the interpreter (files, environment, ...).
    pub host: crate::host::Host,
    /// The import system's state: sys.path, the sys module, importlib's classes, compiled code.
    pub import: crate::protocols::import_spec::ImportState,
}

impl Vm {
    pub fn new(io: Io) -> Vm {
        let gen_finalizer: Rc<crate::objects::generator::GenFinalizer> = Rc::default();
        let heap = crate::heap::gc::Heap::new(gen_finalizer.pending.clone());
        // The builtin types are made outside any heap: untracked, as CPython's static types.
        crate::heap::gc::Heap::leave(std::ptr::null());
        let types = Types::new();
        heap.enter();
        let mut vm = Vm {
            stack: Vec::with_capacity(4096),
            frames: Vec::with_capacity(64),
            frame_objs: Vec::new(),
            buffer_exports: Vec::new(),
            types,
            builtins: Value::Null,
            modules: Value::Null,
            native_modules: HashMap::new(),
            source_modules: HashMap::new(),
            frozen_code: HashMap::new(),
            interned: PyCell::new(HashMap::default()),
            type_cache: PyCell::new(Default::default()),
            static_names: PyCell::new(vec![(0, 0, Value::Null); STATIC_NAME_SLOTS].into()),
            handled_exception: Value::None,
            recursion_limit: 1000,
            depth: 0,
            steps_left: u64::MAX,
            limited: false,
            io,
            std_streams: Default::default(),
            host: crate::host::Host::ALL,
            not_implemented: Value::obj(Payload::NotImplemented),
            ellipsis: Value::obj(Payload::Ellipsis),
            empty_tuple: Value::obj(Payload::Tuple(Box::new([]))),
            argv: Vec::new(),
            small_strs: Vec::new(),
            builtins_module: Value::Null,
            search_paths: Vec::new(),
            sources: HashMap::new(),
            repr_stack: Vec::new(),
            last_stop_value: Value::None,
            iterator_classes: Vec::new(),
            pending_error: None,
            pending_exit: None,
            core_result: None,
            gen_finalizer,
            heap,
            gc_callbacks: Value::Null,
            module_state: HashMap::new(),
            import: Default::default(),
        };
        vm.gc_callbacks = vm.new_list(Vec::new());
        vm.small_strs = (0u32..128)
            .map(|c| vm.intern(&char::from_u32(c).unwrap_or('?').to_string()))
            .collect();
        vm.builtins = vm.new_dict();
        vm.modules = vm.new_dict();
        crate::objects::init_types(&mut vm);
        crate::builtins::init(&mut vm);
        vm.native_modules
            .insert("builtins".into(), |vm| Ok(vm.builtins_module.clone()));
        vm
    }

    pub fn set_limits(&mut self, limits: &Limits) {
        match limits.steps {
            Some(n) => {
                self.limited = true;
                self.steps_left = n;
            }
            None => {
                self.limited = false;
                self.steps_left = u64::MAX;
            }
        }
    }

    // ----- making values -----

    /// An interned str: equal identifiers share one object, so lookups can compare pointers.
    pub fn intern(&self, s: &str) -> Value {
        if let Some(v) = self.interned.with(|t| t.get(s).cloned()) {
            return v;
        }
        let v = Value::str(s);
        if let Some(s) = v.as_str() {
            s.mark_interned();
        }
        self.interned.with_mut(|t| t.insert(s.into(), v.clone()));
        v
    }

    /// `intern` for a string literal: a literal's address never holds other text, so it can key
    /// a small direct-mapped table in front of the interning map.
    #[inline]
    pub fn intern_static(&self, s: &'static str) -> Value {
        let (ptr, len) = (s.as_ptr() as usize, s.len());
        let addr = ptr;
        let slot = (addr ^ (addr >> 9) ^ len) % STATIC_NAME_SLOTS;
        if let Some(v) = self.static_names.with(|t| {
            let (p, l, v) = &t[slot];
            (*p == ptr && *l == len).then(|| v.clone())
        }) {
            return v;
        }
        let v = self.intern(s);
        let old = self
            .static_names
            .with_mut(|t| std::mem::replace(&mut t[slot], (ptr, len, v.clone())));
        drop(old);
        v
    }

    pub fn new_str(&self, s: impl Into<Box<str>>) -> Value {
        let s: Box<str> = s.into();
        if s.len() == 1 && s.as_bytes()[0] < 128 {
            return self.small_strs[s.as_bytes()[0] as usize].clone();
        }
        Value::str(&s)
    }

    pub fn new_tuple(&self, items: impl Into<Box<[Value]>>) -> Value {
        let items = items.into();
        if items.is_empty() {
            return self.empty_tuple.clone();
        }
        Value::obj(Payload::Tuple(items))
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::obj(Payload::List(PyCell::new(items)))
    }

    pub fn new_dict(&self) -> Value {
        Value::obj(Payload::Dict(PyCell::new(DictTable::new())))
    }

    pub fn new_native(&self, name: &'static str, func: NativeFn) -> Value {
        Value::obj(Payload::NativeFunction(native(name, func)))
    }

    /// Adds a native method to a builtin type.
    pub fn add_method(&mut self, class: &ObjRef, name: &'static str, func: NativeFn) {
        let mut f = native(name, func);
        f.owner = Value::Obj(class.clone());
        let key = self.intern(name);
        self.class_set_attr(class, key, Value::obj(Payload::NativeFunction(f)));
    }

    /// Adds a native classmethod (e.g. dict.fromkeys) to a builtin type.
    pub fn add_classmethod(&mut self, class: &ObjRef, name: &'static str, func: NativeFn) {
        let mut f = native(name, func);
        f.owner = Value::Obj(class.clone());
        f.is_classmethod = true;
        let key = self.intern(name);
        self.class_set_attr(class, key, Value::obj(Payload::NativeFunction(f)));
    }

    /// Adds a native staticmethod (e.g. str.maketrans) to a builtin type.
    pub fn add_staticmethod(&mut self, class: &ObjRef, name: &'static str, func: NativeFn) {
        let mut f = native(name, func);
        f.owner = Value::Obj(class.clone());
        f.is_staticmethod = true;
        let key = self.intern(name);
        self.class_set_attr(class, key, Value::obj(Payload::NativeFunction(f)));
    }

    pub fn class_set_attr(&mut self, class: &ObjRef, key: Value, value: Value) {
        if let Object::Class(c) = class.view() {
            let key_is_del = key.as_str().is_some_and(|s| s.as_str() == "__del__");
            let hash = self.str_hash(&key);
            if let Some(t) = c.table() {
                let old = t.with_mut(|d| {
                    d.insert(key, hash, value, &mut |a, b| Ok::<bool, ()>(str_eq(a, b)))
                });
                // Dropped outside the borrow: a destructor may run Python code.
                drop(old);
            }
            crate::objects::type_cache::type_modified(c);
            if key_is_del {
                mark_has_del(c);
            }
        }
    }

    /// Hash of a value known to be a str.
    #[inline]
    pub fn str_hash(&self, v: &Value) -> i64 {
        v.str_hash()
    }

    // ----- exceptions -----

    /// Makes an exception instance of `class` with one message argument.
    pub fn new_exception(&self, class: &ObjRef, msg: impl Into<String>) -> PyErr {
        let args = self.new_tuple(vec![self.new_str(msg.into())]);
        PyErr(crate::value::ObjRef::new(Payload::Exception(
            ExceptionObj::new(class.clone(), args),
        )))
    }

    /// Makes an exception instance with the given args tuple.
    pub fn new_exception_args(&self, class: &ObjRef, args: Vec<Value>) -> PyErr {
        let args = self.new_tuple(args);
        PyErr(crate::value::ObjRef::new(Payload::Exception(
            ExceptionObj::new(class.clone(), args),
        )))
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception(&self.types.exc.type_error, msg)
    }
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception(&self.types.exc.value_error, msg)
    }
    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception(&self.types.exc.index_error, msg)
    }
    pub fn key_error(&self, key: Value) -> PyErr {
        self.new_exception_args(&self.types.exc.key_error, vec![key])
    }
    pub fn attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception(&self.types.exc.attribute_error, msg)
    }
    pub fn name_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception(&self.types.exc.name_error, msg)
    }
    pub fn zero_division_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception(&self.types.exc.zero_division_error, msg)
    }
    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception(&self.types.exc.overflow_error, msg)
    }
    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception(&self.types.exc.runtime_error, msg)
    }
    pub fn not_implemented_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception(&self.types.exc.not_implemented_error, msg)
    }
    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let args = if value.is_none() { vec![] } else { vec![value] };
        self.new_exception_args(&self.types.exc.stop_iteration, args)
    }
    pub fn recursion_error(&self) -> PyErr {
        self.recursion_error_at("")
    }
    /// The RecursionError of a check at `site` (see [`Vm::enter_native_at`]).
    pub fn recursion_error_at(&self, site: &str) -> PyErr {
        self.new_exception(
            &self.types.exc.recursion_error,
            format!("maximum recursion depth exceeded{site}"),
        )
    }

    /// The exception of a `Flow::Raise` (a SystemError if an op forgot to set it).
    pub fn take_pending_error(&mut self) -> PyErr {
        match self.pending_error.take() {
            Some(e) => e,
            None => self.new_exception(
                &self.types.exc.system_error.clone(),
                "error return without exception set",
            ),
        }
    }

    /// Whether `err` is an instance of `class` (or a subclass).
    pub fn err_matches(&self, err: &PyErr, class: &ObjRef) -> bool {
        err.exc().class.with(|c| is_subclass(c, class))
    }

    // ----- small conveniences for native code -----

    pub fn type_name(&self, v: &Value) -> String {
        let t = self.type_of(v);
        class_name(&t)
    }

    /// The `__name__` of a value's type, never module-qualified (CPython's `_PyType_Name`,
    /// which reprs such as `deque([])` use).
    pub fn type_short_name(&self, v: &Value) -> String {
        match self.type_of(v).view() {
            Object::Class(c) => c
                .name
                .with(|n| n.as_str().map_or(String::new(), |s| s.as_str().to_string())),
            _ => String::from("?"),
        }
    }

    /// The class of a value.
    #[inline]
    pub fn type_of(&self, v: &Value) -> ObjRef {
        let t = &self.types;
        match v {
            Value::Null | Value::None => t.none_type.clone(),
            Value::BoolWord(_) => t.bool_.clone(),
            Value::Int(_) => t.int.clone(),
            Value::FloatBits(_) => t.float.clone(),
            Value::Obj(o) => match o.view() {
                Object::Str(_) => t.str.clone(),
                Object::BigInt(_) => t.int.clone(),
                Object::Tuple(_) => t.tuple.clone(),
                Object::List(_) => t.list.clone(),
                Object::Dict(_) => t.dict.clone(),
                Object::Set(_) => t.set.clone(),
                Object::FrozenSet(_) => t.frozenset.clone(),
                Object::Bytes(_) => t.bytes.clone(),
                Object::ByteArray(_) => t.bytearray.clone(),
                Object::Range(_) => t.range.clone(),
                Object::Slice(_) => t.slice.clone(),
                Object::Function(_) => t.function.clone(),
                Object::NativeFunction(_) => t.builtin_function.clone(),
                Object::BoundMethod(_) => t.method.clone(),
                Object::Cell(_) => t.cell.clone(),
                Object::Code(_) => t.code.clone(),
                Object::Class(c) => c.metaclass.get().unwrap_or_else(|| t.type_.clone()),
                Object::Instance(i) => i.class.get(),
                Object::Exception(e) => e.class.get(),
                Object::MemberDescr(_) => t.member_descriptor.clone(),
                Object::GetSetDescr(_) => t.getset_descriptor.clone(),
                Object::Generator(g) => match g.kind {
                    crate::objects::generator::GenKind::Generator => t.generator.clone(),
                    crate::objects::generator::GenKind::Coroutine => t.coroutine.clone(),
                    crate::objects::generator::GenKind::AsyncGenerator => t.async_generator.clone(),
                },
                Object::Iterator(it) => {
                    let name = it.with(|s| s.type_name());
                    self.iterator_classes
                        .iter()
                        .find(|(n, _)| *n == name)
                        .map_or_else(|| t.iterator.clone(), |(_, c)| c.clone())
                }
                Object::Module(_) => t.module.clone(),
                Object::Property(_) => t.property.clone(),
                Object::ClassMethod(_) => t.classmethod.clone(),
                Object::StaticMethod(_) => t.staticmethod.clone(),
                Object::Super(_) => t.super_.clone(),
                Object::NotImplemented => t.not_implemented_type.clone(),
                Object::Ellipsis => t.ellipsis_type.clone(),
                Object::Frame(_) => t.frame.clone(),
                Object::Traceback(_) => t.traceback.clone(),
                Object::MemoryView(_) => t.memoryview.clone(),
                Object::Native(_) => t.object.clone(),
                Object::Complex(_) => t.complex.clone(),
                Object::WeakRef(w) => match w.kind {
                    crate::heap::weak::WeakKind::Ref => t.weakref.clone(),
                    crate::heap::weak::WeakKind::Proxy => t.weakproxy.clone(),
                    crate::heap::weak::WeakKind::CallableProxy => t.weakcallableproxy.clone(),
                },
            },
        }
    }

    /// Positional argument count check with CPython's message.
    pub fn check_args(&self, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
        let n = args.pos.len();
        if !args.kw.is_empty() {
            return Err(self.type_error(format!("{name}() takes no keyword arguments")));
        }
        if n < min || n > max {
            let msg = if min == max {
                match min {
                    0 => format!("{name}() takes no arguments ({n} given)"),
                    1 => format!("{name}() takes exactly one argument ({n} given)"),
                    _ => format!("{name} expected {min} arguments, got {n}"),
                }
            } else if n < min {
                format!(
                    "{name} expected at least {min} argument{}, got {n}",
                    plural(min)
                )
            } else {
                format!(
                    "{name} expected at most {max} argument{}, got {n}",
                    plural(max)
                )
            };
            return Err(self.type_error(msg));
        }
        Ok(())
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The `__name__` of a class.
/// A class's name as CPython's messages give it (its `tp_name`): `module.name` for native
/// types (see `ClassObj::qualified_name`), the bare `__name__` otherwise.
pub fn class_name(class: &ObjRef) -> String {
    match class.view() {
        Object::Class(c) => {
            let name = c
                .name
                .with(|n| n.as_str().map_or(String::new(), |s| s.as_str().to_string()));
            if !c.qualified_name.get() {
                return name;
            }
            match c
                .module
                .with(|m| m.as_str().map(|s| s.as_str().to_string()))
            {
                Some(m) => format!("{m}.{name}"),
                None => name,
            }
        }
        _ => String::from("?"),
    }
}

/// Whether `sub` is `sup` or derives from it.
pub fn is_subclass(sub: &ObjRef, sup: &ObjRef) -> bool {
    if crate::value::ObjRef::ptr_eq(sub, sup) {
        return true;
    }
    match sub.view() {
        Object::Class(c) => c
            .mro
            .with(|m| m.iter().any(|k| crate::value::ObjRef::ptr_eq(k, sup))),
        _ => false,
    }
}

/// Equality of two str values (pointer first: interned names compare in one step).
#[inline]
pub fn str_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => {
            crate::value::ObjRef::ptr_eq(x, y)
                || match (x.view(), y.view()) {
                    (Object::Str(s), Object::Str(t)) => s.as_str() == t.as_str(),
                    _ => false,
                }
        }
        _ => false,
    }
}
