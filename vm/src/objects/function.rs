//! Functions: compiled code with its constants as values, Python functions, native functions
//! and bound methods.

use crate::value::{ObjRef, PyCell, Value};
use crate::vm::{PyResult, Vm};
use pyvm_compiler::bytecode::CodeObject;
use smallvec::SmallVec;
use std::rc::Rc;

/// A code object ready to run: the compiler's code plus its constants and names as values.
pub struct CodeObj {
    pub code: Rc<CodeObject>,
    pub consts: Box<[Value]>,
    /// Interned names (LOAD_GLOBAL, LOAD_ATTR, ...).
    pub names: Box<[Value]>,
    /// Interned local names, for keyword argument binding.
    pub varnames: Box<[Value]>,
    /// Slots of a frame: locals, cells, free variables.
    pub n_slots: usize,
    /// One inline cache per instruction (used by the attribute instructions).
    pub caches: Box<[PyCell<crate::interp::specialize::SiteCache>]>,
    /// The `code` object showing this code, while one is alive (not counted: the object
    /// clears it when freed), so that `f.__code__ is f.__code__` (see `ObjRef::code_object`).
    pub self_obj: std::cell::Cell<Option<std::ptr::NonNull<crate::heap::Header>>>,
}

pub struct FunctionObj {
    /// `__code__` (assignable to code with as many free variables).
    pub code: PyCell<Rc<CodeObj>>,
    /// The module's globals (a dict value).
    pub globals: Value,
    pub name: PyCell<Value>,
    pub qualname: PyCell<Value>,
    /// A tuple, or Null.
    pub defaults: PyCell<Value>,
    /// A dict, or Null.
    pub kwdefaults: PyCell<Value>,
    /// Cells for the free variables.
    pub closure: Box<[Value]>,
    pub doc: PyCell<Value>,
    pub module: Value,
    /// Attributes set on the function (`f.calls = 0`), a dict value or Null.
    pub dict: PyCell<Value>,
    /// `__annotations__`: a dict, or Null until asked for or set.
    pub annotations: PyCell<Value>,
}

/// Arguments of a native call: positional values and keyword pairs (name, value).
#[derive(Default)]
pub struct Args {
    pub pos: SmallVec<[Value; 4]>,
    pub kw: Vec<(Value, Value)>,
}

impl Args {
    pub fn new(pos: impl IntoIterator<Item = Value>) -> Args {
        Args {
            pos: pos.into_iter().collect(),
            kw: Vec::new(),
        }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.pos.len()
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }
}

pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

pub struct NativeFunctionObj {
    pub name: &'static str,
    pub func: NativeFn,
    /// The bound receiver (a module-level builtin has Null); for methods looked up on a type
    /// this is Null and the receiver is the first positional argument.
    pub self_: Value,
    /// The type the method belongs to, for error messages and `__qualname__` (Null for functions).
    pub owner: Value,
    /// Whether this method is a classmethod of a builtin type (receives the class).
    pub is_classmethod: bool,
    pub is_staticmethod: bool,
}

pub struct BoundMethodObj {
    /// The function and the receiver, each as an object reference (8 bytes: a bound method,
    /// weakly referenceable, stays within CPython's size). A value that is not a heap object,
    /// or is a cell, is kept in a cell (see `pack`).
    func: ObjRef,
    self_: ObjRef,
}

/// A value as an object reference: itself, or a new cell holding it.
fn pack(v: Value) -> ObjRef {
    match v {
        Value::Obj(o) if o.kind() != crate::heap::Kind::Cell => o,
        other => ObjRef::new(crate::value::Payload::Cell(PyCell::new(other))),
    }
}

/// The value `pack` was given.
#[inline]
fn unpack(o: &ObjRef) -> Value {
    match o.view() {
        crate::heap::Object::Cell(c) => c.get(),
        _ => Value::Obj(o.clone()),
    }
}

impl BoundMethodObj {
    pub fn new(func: Value, self_: Value) -> BoundMethodObj {
        BoundMethodObj {
            func: pack(func),
            self_: pack(self_),
        }
    }

    /// `__func__`.
    #[inline]
    pub fn func(&self) -> Value {
        unpack(&self.func)
    }

    /// `__self__`.
    #[inline]
    pub fn self_(&self) -> Value {
        unpack(&self.self_)
    }

    /// The stored references (for the cycle collector).
    pub fn refs(&self) -> [&ObjRef; 2] {
        [&self.func, &self.self_]
    }
}

impl FunctionObj {
    /// The code the function runs now.
    #[inline(always)]
    pub fn code(&self) -> Rc<CodeObj> {
        self.code.get()
    }

    /// The code's flags, without a reference count.
    #[inline(always)]
    pub fn code_flags(&self) -> u32 {
        self.code.with(|c| c.code.flags)
    }
}

/// Builds a native function value.
pub fn native(name: &'static str, func: NativeFn) -> NativeFunctionObj {
    NativeFunctionObj {
        name,
        func,
        self_: Value::Null,
        owner: Value::Null,
        is_classmethod: false,
        is_staticmethod: false,
    }
}
