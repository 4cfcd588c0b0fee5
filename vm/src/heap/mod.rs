//! Object storage: every heap object is one allocation at its own size.
//!
//! ```text
//!   [GcLinks: prev, next]   16 bytes, containers only (what the cycle collector can reach)
//!   [Header]                8 bytes: reference count (48 bits), flags (8), kind (8)
//!   [WeakSlot]              8 bytes, weakly referenceable kinds only
//!   [payload]               the kind's own layout; str, bytes, tuple and big ints inline
//! ```
//!
//! An `ObjRef` points at the header and owns one reference. The layout of every kind is fixed
//! by its `Kind`, so the payload is found at a constant offset and the allocation's size comes
//! from the kind (and, for the inline kinds, their stored length). This module and its
//! submodules hold all of object storage's `unsafe`; the rest of the VM reaches payloads through
//! `ObjRef::view`, which returns a borrowed `Object` enum of typed references.
//!
//! Freeing never recurses without bound: an object freed while `FREE_DEPTH_LIMIT` frees are
//! already in progress waits on a list that the outermost free drains (CPython's trashcan).

pub mod allocator;
pub mod gc;
pub mod inline;
pub mod weak;

use crate::objects::{
    class::{ClassObj, InstanceObj},
    complex_type::ComplexObj,
    dict::DictTable,
    exception::ExceptionObj,
    frame::FrameObj,
    function::{BoundMethodObj, CodeObj, FunctionObj, NativeFunctionObj},
    generator::GeneratorObj,
    getset_descriptor::GetSetDescrObj,
    iterators::IterState,
    member_descriptor::MemberDescrObj,
    memoryview::MemoryViewObj,
    module::ModuleObj,
    native::NativeBox,
    range::RangeObj,
    set::SetTable,
    slice::SliceObj,
    super_type::SuperObj,
    traceback::TracebackObj,
};
use crate::value::{PropertyObj, PyCell, Value};
pub use inline::{BigIntObj, BytesObj, StrObj, TupleObj};
use std::alloc::Layout;
use std::cell::Cell;
use std::ptr::NonNull;
use std::rc::Rc;
pub use weak::WeakRefObj;

/// The layout of a heap object. Fixed at allocation.
#[repr(u8)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Str,
    BigInt,
    Tuple,
    Bytes,
    List,
    Dict,
    Set,
    FrozenSet,
    ByteArray,
    Range,
    Slice,
    Function,
    NativeFunction,
    BoundMethod,
    Cell,
    Code,
    Class,
    Instance,
    Exception,
    Generator,
    Iterator,
    Module,
    Property,
    ClassMethod,
    StaticMethod,
    Super,
    MemberDescr,
    GetSetDescr,
    NotImplemented,
    Ellipsis,
    WeakRef,
    Native,
    Complex,
    Frame,
    Traceback,
    MemoryView,
}

const KIND_COUNT: usize = Kind::MemoryView as usize + 1;

impl Kind {
    /// Whether objects of this kind can refer to other objects, so that the cycle collector
    /// tracks them (and they carry `GcLinks`).
    #[inline(always)]
    pub const fn is_container(self) -> bool {
        !matches!(
            self,
            Kind::Str
                | Kind::BigInt
                | Kind::Bytes
                | Kind::ByteArray
                | Kind::Range
                | Kind::Code
                | Kind::NotImplemented
                | Kind::Ellipsis
                | Kind::Complex
        )
    }

    /// Whether objects of this kind can be weakly referenced (as in CPython).
    #[inline(always)]
    pub const fn has_weak_slot(self) -> bool {
        matches!(
            self,
            Kind::Set
                | Kind::FrozenSet
                | Kind::BoundMethod
                | Kind::Function
                | Kind::NativeFunction
                | Kind::Code
                | Kind::Class
                | Kind::Instance
                | Kind::Exception
                | Kind::Generator
                | Kind::Module
                | Kind::WeakRef
                | Kind::MemoryView
        )
    }

    #[inline(always)]
    const fn prefix_size(self) -> usize {
        if self.is_container() {
            std::mem::size_of::<GcLinks>()
        } else {
            0
        }
    }

    /// Whether the payload needs 16-byte alignment (it holds an i128).
    #[inline(always)]
    const fn wide_payload(self) -> bool {
        matches!(self, Kind::Range | Kind::Iterator)
    }

    /// Offset of the payload from the header.
    #[inline(always)]
    const fn payload_offset(self) -> usize {
        let end = HEADER_SIZE
            + if self.has_weak_slot() {
                std::mem::size_of::<WeakSlot>()
            } else {
                0
            };
        if self.wide_payload() {
            (end + 15) & !15
        } else {
            end
        }
    }

    fn from_u8(b: u8) -> Kind {
        debug_assert!((b as usize) < KIND_COUNT);
        // SAFETY: headers are only written by `alloc_raw` from a `Kind`, so the byte is a valid
        // discriminant of this `repr(u8)` enum.
        unsafe { std::mem::transmute::<u8, Kind>(b) }
    }
}

/// Header flag bits.
pub mod flags {
    /// Linked into one of the collector's lists.
    pub const TRACKED: u8 = 1;
    /// `__del__` has run (or must not run): it runs once.
    pub const FINALIZED: u8 = 2;
    /// The str is the VM's interned one for its text.
    pub const INTERNED: u8 = 4;
    /// In the set a running collection examines.
    pub const COLLECTING: u8 = 8;
    /// Found unreachable by the running collection.
    pub const UNREACHABLE: u8 = 16;
    /// A dict that has held a container since the last full collection: what `gc.is_tracked`
    /// reports for dicts, as CPython (every dict is tracked here; CPython tracks a dict only
    /// once a container is stored in it, until a full collection finds it holds none).
    pub const DICT_SHOWN_TRACKED: u8 = 32;
}

/// Under the `extra-checks` feature, an invariant of object storage that the code relies on.
macro_rules! storage_check {
    ($cond:expr, $what:expr) => {
        #[cfg(feature = "extra-checks")]
        assert!($cond, "object storage: {}", $what);
    };
}

const RC_MASK: u64 = (1 << 48) - 1;
const FLAG_SHIFT: u32 = 48;
const KIND_SHIFT: u32 = 56;
const HEADER_SIZE: usize = std::mem::size_of::<Header>();

/// The word every object starts with.
#[repr(C)]
pub struct Header {
    word: Cell<u64>,
}

impl Header {
    #[inline(always)]
    pub fn kind(&self) -> Kind {
        // The kind is the word's top byte: read as one byte, a kind test is one compare with
        // memory (it is never written after allocation, so the byte read cannot race a count
        // update, and the VM is single-threaded anyway).
        const KIND_BYTE: usize = if cfg!(target_endian = "little") { 7 } else { 0 };
        // SAFETY: the byte is part of this header's word.
        Kind::from_u8(unsafe { *(self as *const Header as *const u8).add(KIND_BYTE) })
    }
    #[inline(always)]
    pub fn refcount(&self) -> usize {
        (self.word.get() & RC_MASK) as usize
    }
    #[inline(always)]
    pub fn flags(&self) -> u8 {
        (self.word.get() >> FLAG_SHIFT) as u8
    }
    #[inline(always)]
    pub fn has_flag(&self, f: u8) -> bool {
        self.flags() & f != 0
    }
    #[inline]
    pub fn set_flag(&self, f: u8, on: bool) {
        let bit = (f as u64) << FLAG_SHIFT;
        let w = self.word.get();
        self.word.set(if on { w | bit } else { w & !bit });
    }
    #[inline(always)]
    fn incref(&self) {
        // 2**48 references would need 4 PiB of memory: the count cannot overflow.
        self.word.set(self.word.get() + 1);
    }
    /// Decrements; true when that was the last reference.
    #[inline(always)]
    fn decref(&self) -> bool {
        let w = self.word.get() - 1;
        self.word.set(w);
        w & RC_MASK == 0
    }
    fn set_refcount(&self, n: usize) {
        let w = self.word.get();
        self.word.set((w & !RC_MASK) | (n as u64 & RC_MASK));
    }
}

/// The collector's links, in front of the header of container objects.
#[repr(C)]
pub struct GcLinks {
    prev: Cell<*const GcLinks>,
    next: Cell<*const GcLinks>,
}

/// The list of weak references to an object (null while there are none).
pub type WeakSlot = Cell<*mut Vec<NonNull<Header>>>;

/// A counted reference to a heap object.
pub struct ObjRef(NonNull<Header>);

impl Clone for ObjRef {
    #[inline(always)]
    fn clone(&self) -> ObjRef {
        self.header().incref();
        ObjRef(self.0)
    }
}

impl Drop for ObjRef {
    #[inline(always)]
    fn drop(&mut self) {
        if self.header().decref() {
            release(self.0);
        }
    }
}

impl ObjRef {
    #[inline(always)]
    pub fn header(&self) -> &Header {
        // SAFETY: an `ObjRef` owns a reference, so the object (and its header) is alive.
        let h = unsafe { self.0.as_ref() };
        storage_check!(
            (h.word.get() >> KIND_SHIFT) < KIND_COUNT as u64,
            "a reference to something that is not an object (freed?)"
        );
        h
    }
    #[inline(always)]
    pub fn kind(&self) -> Kind {
        self.header().kind()
    }
    #[inline(always)]
    pub fn ptr_eq(a: &ObjRef, b: &ObjRef) -> bool {
        a.0 == b.0
    }
    /// The object's address (for `id()`, `is` and default reprs).
    #[inline(always)]
    pub fn as_ptr(&self) -> *const Header {
        self.0.as_ptr()
    }
    pub fn refcount(&self) -> usize {
        self.header().refcount()
    }
    #[inline(always)]
    pub fn raw(&self) -> NonNull<Header> {
        self.0
    }
    /// Gives up ownership without decrementing; `from_raw` takes it back.
    pub fn into_raw(self) -> NonNull<Header> {
        let p = self.0;
        std::mem::forget(self);
        p
    }
    /// # Safety
    /// `p` must carry a reference owned by the caller (from `into_raw`, or counted by hand).
    pub unsafe fn from_raw(p: NonNull<Header>) -> ObjRef {
        ObjRef(p)
    }
    /// A new counted reference to the object at `p`.
    ///
    /// # Safety
    /// The object at `p` must be alive.
    pub unsafe fn from_borrowed(p: NonNull<Header>) -> ObjRef {
        // SAFETY: the caller guarantees the object is alive.
        let h = unsafe { p.as_ref() };
        storage_check!(h.refcount() > 0, "a new reference to an object being freed");
        h.incref();
        ObjRef(p)
    }

    /// The size of the object's one allocation, collector links included (what `sys.getsizeof`
    /// reports, with the buffers a payload owns added by the object's `__sizeof__`).
    pub fn allocated_size(&self) -> usize {
        let kind = self.kind();
        let p = self.payload_ptr(kind);
        // SAFETY: the inline kinds were allocated by `inline`, which wrote their length.
        let payload = match kind {
            Kind::Str => unsafe { StrObj::payload_size(p) },
            Kind::BigInt => unsafe { BigIntObj::payload_size(p) },
            Kind::Tuple => std::mem::size_of_val(unsafe { TupleObj::from_payload(p) }),
            Kind::Bytes => unsafe { BytesObj::payload_size(p) },
            _ => fixed_payload_size(kind),
        };
        object_layout(kind, payload).size()
    }

    /// The bytes of collector links in front of the object (0 for objects the collector does
    /// not track: CPython's "pre-header" that `sys.getsizeof` adds to `__sizeof__`).
    pub fn gc_links_size(&self) -> usize {
        self.kind().prefix_size()
    }

    #[inline(always)]
    fn payload_ptr(&self, kind: Kind) -> *const u8 {
        // SAFETY: the offset stays inside the allocation, whose layout `kind` fixed.
        unsafe { (self.0.as_ptr() as *const u8).add(kind.payload_offset()) }
    }

    /// The object's payload, by kind.
    #[inline(always)]
    pub fn view(&self) -> Object<'_> {
        // Each arm computes its payload address from a constant kind, so the offset folds.
        macro_rules! sized {
            ($variant:ident, $ty:ty) => {
                // SAFETY: objects of this kind were allocated by `alloc_sized` with a payload of
                // exactly this type at this offset, alive while `self` is.
                Object::$variant(unsafe { &*(self.payload_ptr(Kind::$variant) as *const $ty) })
            };
        }
        match self.kind() {
            // SAFETY: the inline kinds were allocated by `inline`, which wrote their length.
            Kind::Str => Object::Str(unsafe { StrObj::from_payload(self.payload_ptr(Kind::Str)) }),
            Kind::BigInt => {
                Object::BigInt(unsafe { BigIntObj::from_payload(self.payload_ptr(Kind::BigInt)) })
            }
            Kind::Tuple => Object::Tuple(
                unsafe { TupleObj::from_payload(self.payload_ptr(Kind::Tuple)) }.items(),
            ),
            Kind::Bytes => Object::Bytes(
                unsafe { BytesObj::from_payload(self.payload_ptr(Kind::Bytes)) }.data(),
            ),
            Kind::List => sized!(List, PyCell<Vec<Value>>),
            Kind::Dict => sized!(Dict, PyCell<DictTable>),
            Kind::Set => sized!(Set, PyCell<SetTable>),
            Kind::FrozenSet => sized!(FrozenSet, SetTable),
            Kind::ByteArray => sized!(ByteArray, PyCell<Vec<u8>>),
            Kind::Range => sized!(Range, RangeObj),
            Kind::Slice => sized!(Slice, SliceObj),
            Kind::Function => sized!(Function, FunctionObj),
            Kind::NativeFunction => sized!(NativeFunction, NativeFunctionObj),
            Kind::BoundMethod => sized!(BoundMethod, BoundMethodObj),
            Kind::Cell => sized!(Cell, PyCell<Value>),
            Kind::Code => sized!(Code, Rc<CodeObj>),
            Kind::Class => sized!(Class, ClassObj),
            Kind::Instance => sized!(Instance, InstanceObj),
            Kind::Exception => sized!(Exception, ExceptionObj),
            Kind::Generator => sized!(Generator, GeneratorObj),
            Kind::Iterator => sized!(Iterator, PyCell<IterState>),
            Kind::Module => sized!(Module, ModuleObj),
            Kind::Property => sized!(Property, PropertyObj),
            Kind::ClassMethod => sized!(ClassMethod, Value),
            Kind::StaticMethod => sized!(StaticMethod, Value),
            Kind::Super => sized!(Super, SuperObj),
            Kind::MemberDescr => sized!(MemberDescr, MemberDescrObj),
            Kind::GetSetDescr => sized!(GetSetDescr, GetSetDescrObj),
            Kind::NotImplemented => Object::NotImplemented,
            Kind::Ellipsis => Object::Ellipsis,
            Kind::WeakRef => sized!(WeakRef, WeakRefObj),
            Kind::Native => sized!(Native, NativeBox),
            Kind::Complex => sized!(Complex, ComplexObj),
            Kind::Frame => sized!(Frame, FrameObj),
            Kind::Traceback => sized!(Traceback, TracebackObj),
            Kind::MemoryView => sized!(MemoryView, MemoryViewObj),
        }
    }

    /// The payload if the object is of kind `kind` (a test of one byte, for hot paths that
    /// want one type, where `view` would build the whole enum).
    #[inline(always)]
    fn payload_if<T>(&self, kind: Kind) -> Option<&T> {
        if self.kind() == kind {
            // SAFETY: objects of `kind` hold a `T` at its payload offset (see `view`); the
            // callers below pair each kind with its payload type.
            Some(unsafe { &*(self.payload_ptr(kind) as *const T) })
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn as_dict(&self) -> Option<&PyCell<DictTable>> {
        self.payload_if(Kind::Dict)
    }

    #[inline(always)]
    pub fn as_list(&self) -> Option<&PyCell<Vec<Value>>> {
        self.payload_if(Kind::List)
    }

    #[inline(always)]
    pub fn as_instance(&self) -> Option<&InstanceObj> {
        self.payload_if(Kind::Instance)
    }

    #[inline(always)]
    pub fn as_class(&self) -> Option<&ClassObj> {
        self.payload_if(Kind::Class)
    }

    #[inline(always)]
    pub fn as_str_obj(&self) -> Option<&StrObj> {
        if self.kind() == Kind::Str {
            // SAFETY: a str object's payload, as in `view`.
            Some(unsafe { StrObj::from_payload(self.payload_ptr(Kind::Str)) })
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn as_tuple_items(&self) -> Option<&[Value]> {
        if self.kind() == Kind::Tuple {
            // SAFETY: a tuple object's payload, as in `view`.
            Some(unsafe { TupleObj::from_payload(self.payload_ptr(Kind::Tuple)) }.items())
        } else {
            None
        }
    }

    /// The weak reference list slot, for kinds that have one.
    #[inline]
    pub(crate) fn weak_slot(&self) -> Option<&WeakSlot> {
        weak_slot_of(self.0)
    }

    /// Whether `__del__` has run for this object (or must not run).
    pub fn is_finalized(&self) -> bool {
        self.header().has_flag(flags::FINALIZED)
    }
    pub fn set_finalized(&self, on: bool) {
        self.header().set_flag(flags::FINALIZED, on)
    }
}

fn weak_slot_of<'a>(p: NonNull<Header>) -> Option<&'a WeakSlot> {
    // SAFETY: callers pass a live object's header.
    let kind = unsafe { p.as_ref() }.kind();
    if !kind.has_weak_slot() {
        return None;
    }
    // SAFETY: kinds with a weak slot have it right after the header (see `alloc_raw`).
    Some(unsafe { &*((p.as_ptr() as *const u8).add(HEADER_SIZE) as *const WeakSlot) })
}

/// A heap object's payload, borrowed: what `ObjRef::view` returns.
///
/// The variants are in `Kind`'s order and the tag is a byte, so the tag of a view is its
/// object's kind: a test for one variant compiles to a test of the header's kind byte.
#[repr(u8)]
pub enum Object<'a> {
    Str(&'a StrObj),
    /// An int outside the i64 range (never one that fits).
    BigInt(&'a BigIntObj),
    Tuple(&'a [Value]),
    Bytes(&'a [u8]),
    List(&'a PyCell<Vec<Value>>),
    Dict(&'a PyCell<DictTable>),
    Set(&'a PyCell<SetTable>),
    FrozenSet(&'a SetTable),
    ByteArray(&'a PyCell<Vec<u8>>),
    Range(&'a RangeObj),
    Slice(&'a SliceObj),
    Function(&'a FunctionObj),
    NativeFunction(&'a NativeFunctionObj),
    BoundMethod(&'a BoundMethodObj),
    Cell(&'a PyCell<Value>),
    Code(&'a Rc<CodeObj>),
    Class(&'a ClassObj),
    Instance(&'a InstanceObj),
    Exception(&'a ExceptionObj),
    Generator(&'a GeneratorObj),
    Iterator(&'a PyCell<IterState>),
    Module(&'a ModuleObj),
    Property(&'a PropertyObj),
    ClassMethod(&'a Value),
    StaticMethod(&'a Value),
    Super(&'a SuperObj),
    /// A `__slots__` entry on its class.
    MemberDescr(&'a MemberDescrObj),
    /// A class's `__dict__` or `__weakref__` attribute.
    GetSetDescr(&'a GetSetDescrObj),
    NotImplemented,
    Ellipsis,
    WeakRef(&'a WeakRefObj),
    /// The data of an object of a native module's type (held by an instance as its base value).
    Native(&'a NativeBox),
    Complex(&'a ComplexObj),
    Frame(&'a FrameObj),
    Traceback(&'a TracebackObj),
    MemoryView(&'a MemoryViewObj),
}

/// An owned payload, to make an object of a fixed-size kind from (`ObjRef::new`). The inline
/// kinds (str, bytes, tuple, big int) have constructors of their own that write their data
/// straight into the object; these variants copy it there.
pub enum Payload {
    Str(Box<str>),
    BigInt(num_bigint::BigInt),
    Tuple(Box<[Value]>),
    Bytes(Box<[u8]>),
    List(PyCell<Vec<Value>>),
    Dict(PyCell<DictTable>),
    Set(PyCell<SetTable>),
    FrozenSet(SetTable),
    ByteArray(PyCell<Vec<u8>>),
    Range(RangeObj),
    Slice(SliceObj),
    Function(FunctionObj),
    NativeFunction(NativeFunctionObj),
    BoundMethod(BoundMethodObj),
    Cell(PyCell<Value>),
    Code(Rc<CodeObj>),
    Class(ClassObj),
    Instance(InstanceObj),
    Exception(ExceptionObj),
    Generator(GeneratorObj),
    Iterator(PyCell<IterState>),
    Module(ModuleObj),
    Property(PropertyObj),
    ClassMethod(Value),
    StaticMethod(Value),
    Super(SuperObj),
    MemberDescr(MemberDescrObj),
    GetSetDescr(GetSetDescrObj),
    NotImplemented,
    Ellipsis,
    WeakRef(WeakRefObj),
    Native(NativeBox),
    Complex(ComplexObj),
    Frame(FrameObj),
    Traceback(TracebackObj),
    MemoryView(MemoryViewObj),
}

impl ObjRef {
    /// A new object holding `payload`.
    pub fn new(payload: Payload) -> ObjRef {
        match payload {
            Payload::Str(s) => ObjRef::new_str(&s),
            Payload::BigInt(b) => ObjRef::new_bigint(&b),
            Payload::Tuple(items) => ObjRef::new_tuple(items.into_vec()),
            Payload::Bytes(b) => ObjRef::new_bytes(&b),
            Payload::List(v) => alloc_sized(Kind::List, v),
            Payload::Dict(v) => alloc_sized(Kind::Dict, v),
            Payload::Set(v) => alloc_sized(Kind::Set, v),
            Payload::FrozenSet(v) => alloc_sized(Kind::FrozenSet, v),
            Payload::ByteArray(v) => alloc_sized(Kind::ByteArray, v),
            Payload::Range(v) => alloc_sized(Kind::Range, v),
            Payload::Slice(v) => alloc_sized(Kind::Slice, v),
            Payload::Function(v) => alloc_sized(Kind::Function, v),
            Payload::NativeFunction(v) => alloc_sized(Kind::NativeFunction, v),
            Payload::BoundMethod(v) => alloc_sized(Kind::BoundMethod, v),
            Payload::Cell(v) => alloc_sized(Kind::Cell, v),
            Payload::Code(v) => alloc_sized(Kind::Code, v),
            Payload::Class(v) => alloc_sized(Kind::Class, v),
            Payload::Instance(v) => alloc_sized(Kind::Instance, v),
            Payload::Exception(v) => alloc_sized(Kind::Exception, v),
            Payload::Generator(v) => alloc_sized(Kind::Generator, v),
            Payload::Iterator(v) => alloc_sized(Kind::Iterator, v),
            Payload::Module(v) => alloc_sized(Kind::Module, v),
            Payload::Property(v) => alloc_sized(Kind::Property, v),
            Payload::ClassMethod(v) => alloc_sized(Kind::ClassMethod, v),
            Payload::StaticMethod(v) => alloc_sized(Kind::StaticMethod, v),
            Payload::Super(v) => alloc_sized(Kind::Super, v),
            Payload::MemberDescr(v) => alloc_sized(Kind::MemberDescr, v),
            Payload::GetSetDescr(v) => alloc_sized(Kind::GetSetDescr, v),
            Payload::NotImplemented => alloc_sized(Kind::NotImplemented, ()),
            Payload::Ellipsis => alloc_sized(Kind::Ellipsis, ()),
            Payload::WeakRef(v) => alloc_sized(Kind::WeakRef, v),
            Payload::Native(v) => alloc_sized(Kind::Native, v),
            Payload::Complex(v) => alloc_sized(Kind::Complex, v),
            Payload::Frame(v) => alloc_sized(Kind::Frame, v),
            Payload::Traceback(v) => alloc_sized(Kind::Traceback, v),
            Payload::MemoryView(v) => alloc_sized(Kind::MemoryView, v),
        }
    }
}

impl ObjRef {
    /// The `code` object of `code`: the one made before while it is alive, else a new one
    /// (remembered in `CodeObj::self_obj`, which the object clears when it is freed).
    pub fn code_object(code: &Rc<CodeObj>) -> ObjRef {
        if let Some(p) = code.self_obj.get() {
            // SAFETY: `self_obj` is cleared by `free_object` before the object's memory goes, so
            // a set pointer is a live allocation; a count of 0 means it is being freed (maybe
            // deferred), and then a new object replaces it below.
            if unsafe { p.as_ref() }.refcount() > 0 {
                // SAFETY: alive, checked above.
                return unsafe { ObjRef::from_borrowed(p) };
            }
        }
        let o = ObjRef::new(Payload::Code(code.clone()));
        code.self_obj.set(Some(o.raw()));
        o
    }
}

/// The payload size of a kind whose payload has one fixed type (the inline kinds have none).
fn fixed_payload_size(kind: Kind) -> usize {
    use std::mem::size_of;
    match kind {
        Kind::Str | Kind::BigInt | Kind::Tuple | Kind::Bytes => 0,
        Kind::List => size_of::<PyCell<Vec<Value>>>(),
        Kind::Dict => size_of::<PyCell<DictTable>>(),
        Kind::Set => size_of::<PyCell<SetTable>>(),
        Kind::FrozenSet => size_of::<SetTable>(),
        Kind::ByteArray => size_of::<PyCell<Vec<u8>>>(),
        Kind::Range => size_of::<RangeObj>(),
        Kind::Slice => size_of::<SliceObj>(),
        Kind::Function => size_of::<FunctionObj>(),
        Kind::NativeFunction => size_of::<NativeFunctionObj>(),
        Kind::BoundMethod => size_of::<BoundMethodObj>(),
        Kind::Cell => size_of::<PyCell<Value>>(),
        Kind::Code => size_of::<Rc<CodeObj>>(),
        Kind::Class => size_of::<ClassObj>(),
        Kind::Instance => size_of::<InstanceObj>(),
        Kind::Exception => size_of::<ExceptionObj>(),
        Kind::Generator => size_of::<GeneratorObj>(),
        Kind::Iterator => size_of::<PyCell<IterState>>(),
        Kind::Module => size_of::<ModuleObj>(),
        Kind::Property => size_of::<PropertyObj>(),
        Kind::ClassMethod | Kind::StaticMethod => size_of::<Value>(),
        Kind::Super => size_of::<SuperObj>(),
        Kind::MemberDescr => size_of::<MemberDescrObj>(),
        Kind::GetSetDescr => size_of::<GetSetDescrObj>(),
        Kind::NotImplemented | Kind::Ellipsis => 0,
        Kind::WeakRef => size_of::<WeakRefObj>(),
        Kind::Native => size_of::<NativeBox>(),
        Kind::Complex => size_of::<ComplexObj>(),
        Kind::Frame => size_of::<FrameObj>(),
        Kind::Traceback => size_of::<TracebackObj>(),
        Kind::MemoryView => size_of::<MemoryViewObj>(),
    }
}

/// The allocation layout of an object of `kind` whose payload takes `payload` bytes.
#[inline(always)]
fn object_layout(kind: Kind, payload: usize) -> Layout {
    let size = kind.prefix_size() + kind.payload_offset() + payload;
    let align = if kind.wide_payload() { 16 } else { 8 };
    Layout::from_size_align(size, align).unwrap_or_else(|_| memory_exhausted())
}

#[cold]
fn memory_exhausted() -> ! {
    std::alloc::handle_alloc_error(Layout::new::<u64>())
}

/// Allocates an object of `kind` with room for `payload` bytes (uninitialised), with a count
/// of 1, linked for the collector if it is a container. Returns the header pointer.
#[inline]
fn alloc_raw(kind: Kind, payload: usize) -> NonNull<Header> {
    let layout = object_layout(kind, payload);
    // SAFETY: the layout has a non-zero size (at least the header).
    let base = unsafe { std::alloc::alloc(layout) };
    if base.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    gc::account_alloc(layout.size());
    // SAFETY: `base` is a fresh allocation of `layout`, which has room for the prefix, the
    // header and the weak slot before the payload.
    unsafe {
        let header = base.add(kind.prefix_size()) as *mut Header;
        header.write(Header {
            word: Cell::new(((kind as u64) << KIND_SHIFT) | 1),
        });
        if kind.has_weak_slot() {
            (header as *mut u8)
                .add(HEADER_SIZE)
                .cast::<WeakSlot>()
                .write(Cell::new(std::ptr::null_mut()));
        }
        let header = NonNull::new_unchecked(header);
        if kind.is_container() {
            let links = base as *mut GcLinks;
            links.write(GcLinks {
                prev: Cell::new(std::ptr::null()),
                next: Cell::new(std::ptr::null()),
            });
            gc::track_new(header);
        }
        header
    }
}

/// A new object of a fixed-size kind.
#[inline]
fn alloc_sized<T>(kind: Kind, payload: T) -> ObjRef {
    debug_assert!(std::mem::align_of::<T>() <= if kind.wide_payload() { 16 } else { 8 });
    let header = alloc_raw(kind, std::mem::size_of::<T>());
    // SAFETY: `alloc_raw` reserved `size_of::<T>()` bytes, 8-aligned, at the payload offset.
    unsafe {
        (header.as_ptr() as *mut u8)
            .add(kind.payload_offset())
            .cast::<T>()
            .write(payload)
    };
    ObjRef(header)
}

/// The links of a container object.
///
/// # Safety
/// `p` must be the header of a live container object.
#[inline(always)]
unsafe fn links_of<'a>(p: NonNull<Header>) -> &'a GcLinks {
    // SAFETY: containers have their links right before the header (see `alloc_raw`).
    unsafe { &*((p.as_ptr() as *const u8).sub(std::mem::size_of::<GcLinks>()) as *const GcLinks) }
}

/// The header that follows a container's links.
///
/// # Safety
/// `l` must be the links of a live container object (not a list's sentinel).
#[inline(always)]
unsafe fn header_of(l: *const GcLinks) -> NonNull<Header> {
    // SAFETY: see `links_of`.
    unsafe {
        NonNull::new_unchecked((l as *mut u8).add(std::mem::size_of::<GcLinks>()) as *mut Header)
    }
}

const FREE_DEPTH_LIMIT: u32 = 64;

thread_local! {
    static FREE_DEPTH: Cell<u32> = const { Cell::new(0) };
    static FREE_LATER: Cell<Vec<NonNull<Header>>> = const { Cell::new(Vec::new()) };
}

/// The last reference to `p` went: free the object, unless it must live on for a finalizer.
#[cold]
#[inline(never)]
fn release(p: NonNull<Header>) {
    let depth = FREE_DEPTH.with(|d| d.get());
    if depth >= FREE_DEPTH_LIMIT {
        FREE_LATER.with(|l| {
            let mut v = l.take();
            v.push(p);
            l.set(v);
        });
        return;
    }
    FREE_DEPTH.with(|d| d.set(depth + 1));
    free_object(p);
    if depth == 0 {
        loop {
            let next = FREE_LATER.with(|l| {
                let mut v = l.take();
                let next = v.pop();
                l.set(v);
                next
            });
            match next {
                Some(q) => free_object(q),
                None => break,
            }
        }
    }
    FREE_DEPTH.with(|d| d.set(depth));
}

/// Frees an object whose count reached zero: clears weak references to it, gives instances
/// with `__del__` to their finalizer queue, drops the payload and returns the memory.
fn free_object(p: NonNull<Header>) {
    // SAFETY: the count just reached zero, so nothing else refers to the object; it stays
    // allocated until the end of this function.
    let header = unsafe { p.as_ref() };
    let kind = header.kind();
    if kind == Kind::Instance && !header.has_flag(flags::FINALIZED) {
        // An instance whose class has `__del__` is revived for it: the finalizer queue owns
        // the new reference, and the object is freed when that goes (finalized by then).
        header.set_refcount(1);
        match crate::objects::class::queue_for_finalizer(ObjRef(p)) {
            None => return,
            Some(obj) => {
                obj.header().set_flag(flags::FINALIZED, true);
                std::mem::forget(obj);
                header.set_refcount(0);
            }
        }
    }
    // Weak references are cleared after `__del__` (which may still use them), as in CPython.
    if let Some(slot) = weak_slot_of(p) {
        if !slot.get().is_null() {
            weak::referent_dying(slot);
        }
    }
    if kind.is_container() && header.has_flag(flags::TRACKED) {
        gc::untrack(p);
    }
    let payload_ptr = unsafe { (p.as_ptr() as *mut u8).add(kind.payload_offset()) };
    // SAFETY: the payload was written by `alloc_sized::<T>` (or `inline`) for this kind and
    // is dropped exactly once, here.
    let payload_size = unsafe {
        macro_rules! drop_as {
            ($ty:ty) => {{
                std::ptr::drop_in_place(payload_ptr as *mut $ty);
                std::mem::size_of::<$ty>()
            }};
        }
        match kind {
            Kind::Str => StrObj::payload_size(payload_ptr),
            Kind::BigInt => BigIntObj::drop_payload(payload_ptr),
            Kind::Bytes => BytesObj::payload_size(payload_ptr),
            Kind::Tuple => TupleObj::drop_payload(payload_ptr),
            Kind::List => {
                // Items go last to first, as CPython's deallocator releases them: the order
                // of their `__del__` calls is visible.
                let cell = &*(payload_ptr as *const PyCell<Vec<Value>>);
                let items = cell.replace(Vec::new());
                for item in items.into_iter().rev() {
                    drop(item);
                }
                drop_as!(PyCell<Vec<Value>>)
            }
            Kind::Dict => drop_as!(PyCell<DictTable>),
            Kind::Set => drop_as!(PyCell<SetTable>),
            Kind::FrozenSet => drop_as!(SetTable),
            Kind::ByteArray => drop_as!(PyCell<Vec<u8>>),
            Kind::Range => drop_as!(RangeObj),
            Kind::Slice => drop_as!(SliceObj),
            Kind::Function => drop_as!(FunctionObj),
            Kind::NativeFunction => drop_as!(NativeFunctionObj),
            Kind::BoundMethod => drop_as!(BoundMethodObj),
            Kind::Cell => drop_as!(PyCell<Value>),
            Kind::Code => {
                let code = &*(payload_ptr as *const Rc<CodeObj>);
                if code.self_obj.get() == Some(p) {
                    code.self_obj.set(None);
                }
                drop_as!(Rc<CodeObj>)
            }
            Kind::Class => drop_as!(ClassObj),
            Kind::Instance => drop_as!(InstanceObj),
            Kind::Exception => drop_as!(ExceptionObj),
            Kind::Generator => drop_as!(GeneratorObj),
            Kind::Iterator => drop_as!(PyCell<IterState>),
            Kind::Module => drop_as!(ModuleObj),
            Kind::Property => drop_as!(PropertyObj),
            Kind::ClassMethod => drop_as!(Value),
            Kind::StaticMethod => drop_as!(Value),
            Kind::Super => drop_as!(SuperObj),
            Kind::MemberDescr => drop_as!(MemberDescrObj),
            Kind::GetSetDescr => drop_as!(GetSetDescrObj),
            Kind::NotImplemented | Kind::Ellipsis => 0,
            Kind::WeakRef => {
                weak::unlink_from_referent(&*(payload_ptr as *const WeakRefObj), p);
                drop_as!(WeakRefObj)
            }
            Kind::Native => drop_as!(NativeBox),
            Kind::Complex => drop_as!(ComplexObj),
            Kind::Frame => drop_as!(FrameObj),
            Kind::Traceback => drop_as!(TracebackObj),
            Kind::MemoryView => drop_as!(MemoryViewObj),
        }
    };
    let layout = object_layout(kind, payload_size);
    gc::account_free(layout.size());
    storage_check!(
        header.refcount() == 0 && !header.has_flag(flags::TRACKED),
        "an object freed while referred to or tracked"
    );
    // A freed header reads as an impossible kind, which `header()` reports under the checks.
    #[cfg(feature = "extra-checks")]
    header.word.set(u64::MAX);
    // SAFETY: the allocation started `prefix_size` bytes before the header, with this layout
    // (the payload size is the one it was allocated with).
    unsafe { std::alloc::dealloc((p.as_ptr() as *mut u8).sub(kind.prefix_size()), layout) };
}

#[cfg(test)]
mod tests;
