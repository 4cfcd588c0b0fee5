//! The value model: a `Value` is two machine words; small ints and floats live inline.
//!
//! Heap objects are `ObjRef`s (see `heap`): one allocation each, at its own size, whose header
//! holds the non-atomic reference count and the object's kind; the payloads that have a
//! user-visible class (instances, exceptions) carry a pointer to it. A `Value` that refers to an
//! object owns one reference.
//!
//! Mutable payloads (list, dict, set, cells, instance attributes) sit in a `PyCell`: an
//! `UnsafeCell` behind a small API whose borrows never escape a method and never overlap a call
//! into Python code. Under the `extra-checks` feature every borrow is checked at run time.

pub use crate::heap::{ObjRef, Object, Payload};
use crate::objects::dict::DictTable;
use crate::objects::{class::ClassObj, exception::ExceptionObj, str::StrObj};
use num_bigint::BigInt;
use std::cell::UnsafeCell;

/// A Python value.
///
/// Every payload is one 8-byte integer or pointer at the same offset (bools and floats are kept
/// as their bits), which makes rustc pass and move a `Value` as a pair of scalars (tag, payload):
/// every copy is two 8-byte moves. With a `bool` or `f64` payload it was a 16-byte aggregate
/// that LLVM moved sometimes whole and sometimes in parts, and a value written in parts then read
/// whole stalled on store forwarding. Build bools and floats with `Value::Bool(b)` and
/// `Value::Float(f)`; read them with `as_bool`/`as_f64` or the `BoolWord`/`FloatBits` patterns.
#[derive(Default)]
pub enum Value {
    /// Not a Python value: an empty local slot, or "no self" in a call. Never escapes to Python.
    #[default]
    Null,
    None,
    /// A bool: 0 or 1.
    BoolWord(u64),
    /// An int that fits in i64. Larger ints are `Object::BigInt`, never a small one.
    Int(i64),
    /// A float's bits (`f64::to_bits`).
    FloatBits(u64),
    Obj(ObjRef),
}

#[allow(non_snake_case)]
impl Value {
    /// A bool value.
    #[inline(always)]
    pub const fn Bool(b: bool) -> Value {
        Value::BoolWord(b as u64)
    }

    /// A float value.
    #[inline(always)]
    pub const fn Float(f: f64) -> Value {
        Value::FloatBits(f.to_bits())
    }

    /// The bool, if this is one.
    #[inline(always)]
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::BoolWord(w) => Some(*w != 0),
            _ => None,
        }
    }

    /// The float, if this is one (ints are not converted).
    #[inline(always)]
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::FloatBits(b) => Some(f64::from_bits(*b)),
            _ => None,
        }
    }
}

impl Clone for Value {
    /// Copies the two words and, for an object, counts the new reference: one test of the tag
    /// instead of a jump table over the variants.
    ///
    /// The copy is always the 16 bytes of `self`, moved as one: building a fresh `Value::Obj`
    /// instead stores the tag and the pointer separately, and the next 16-byte load of the copy
    /// (a push onto the value stack) then stalls on store forwarding.
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Obj(o) = self {
            // The count of the reference owned by the copy made below.
            std::mem::forget(o.clone());
        }
        // SAFETY: for `Obj`, the copy owns the reference counted just above; every other variant
        // holds plain data (nothing, a bool, an i64 or an f64) and owns no resource. Either way
        // the bitwise copy is a valid value independent of `self`.
        unsafe { std::ptr::read(self) }
    }
}

pub struct PropertyObj {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

/// Interior mutability for object payloads, without RefCell's cost on the hot path.
pub struct PyCell<T> {
    value: UnsafeCell<T>,
    #[cfg(feature = "extra-checks")]
    borrowed: std::cell::Cell<bool>,
}

impl<T> PyCell<T> {
    pub fn new(value: T) -> Self {
        PyCell {
            value: UnsafeCell::new(value),
            #[cfg(feature = "extra-checks")]
            borrowed: std::cell::Cell::new(false),
        }
    }

    /// Runs `f` with shared access. `f` must not run Python code nor borrow this cell again;
    /// every caller in the crate is a short, non-reentrant accessor.
    #[inline(always)]
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        #[cfg(feature = "extra-checks")]
        let _guard = self.guard();
        // SAFETY: the VM is single-threaded and `f` cannot re-enter this cell (see above), so no
        // `&mut T` exists while this `&T` lives.
        f(unsafe { &*self.value.get() })
    }

    /// Runs `f` with exclusive access, under the same rules as `with`.
    #[inline(always)]
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        #[cfg(feature = "extra-checks")]
        let _guard = self.guard();
        // SAFETY: single-threaded and non-reentrant (see `with`): this is the only reference.
        f(unsafe { &mut *self.value.get() })
    }

    #[cfg(feature = "extra-checks")]
    fn guard(&self) -> impl Drop + '_ {
        struct Guard<'a>(&'a std::cell::Cell<bool>);
        impl Drop for Guard<'_> {
            fn drop(&mut self) {
                self.0.set(false);
            }
        }
        assert!(!self.borrowed.get(), "PyCell borrowed re-entrantly");
        self.borrowed.set(true);
        Guard(&self.borrowed)
    }
}

impl<T: Clone> PyCell<T> {
    /// A copy of the contents.
    pub fn get(&self) -> T {
        self.with(|v| v.clone())
    }
}

impl<T> PyCell<T> {
    /// Replaces the contents; the old value is dropped after the borrow ends.
    pub fn replace(&self, value: T) -> T {
        self.with_mut(|slot| std::mem::replace(slot, value))
    }
}

impl Value {
    #[inline]
    pub fn from_bool(b: bool) -> Value {
        Value::Bool(b)
    }

    #[inline]
    pub fn obj(p: Payload) -> Value {
        Value::Obj(ObjRef::new(p))
    }

    /// A new str value.
    #[inline]
    pub fn str(s: &str) -> Value {
        Value::Obj(ObjRef::new_str(s))
    }

    /// A new tuple value owning `items`.
    #[inline]
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Obj(ObjRef::new_tuple(items))
    }

    /// An int value, small when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::Obj(ObjRef::new_bigint_owned(b)),
        }
    }

    /// An int value from an i128.
    #[inline]
    pub fn from_i128(v: i128) -> Value {
        match i64::try_from(v) {
            Ok(i) => Value::Int(i),
            Err(_) => Self::big_from_i128(v),
        }
    }

    #[cold]
    fn big_from_i128(v: i128) -> Value {
        Value::Obj(ObjRef::new_bigint(&BigInt::from(v)))
    }

    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    #[inline]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }
    #[inline]
    pub fn as_object(&self) -> Option<Object<'_>> {
        match self {
            Value::Obj(o) => Some(o.view()),
            _ => None,
        }
    }

    /// The hash of a str (or str subclass) value, 0 for anything else: the hash under which
    /// names are stored in attribute and namespace dicts.
    #[inline]
    pub fn str_hash(&self) -> i64 {
        self.as_str().map_or(0, |s| s.hash())
    }

    /// Identity (`is`).
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) | (Value::None, Value::None) => true,
            (Value::BoolWord(a), Value::BoolWord(b)) => a == b,
            // Small ints and floats have no identity of their own; CPython caches small ints, and
            // equal inline values compare identical here.
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::FloatBits(a), Value::FloatBits(b)) => a == b,
            (Value::Obj(a), Value::Obj(b)) => crate::value::ObjRef::ptr_eq(a, b),
            _ => false,
        }
    }

    #[inline]
    pub fn as_str(&self) -> Option<&StrObj> {
        match self {
            Value::Obj(o) => match o.as_str_obj() {
                Some(s) => Some(s),
                None => o.as_instance()?.base_value()?.as_obj()?.as_str_obj(),
            },
            _ => None,
        }
    }

    /// The tuple's items (for exact tuples and tuple subclasses).
    #[inline]
    pub fn as_tuple(&self) -> Option<&[Value]> {
        match self {
            Value::Obj(o) => match o.as_tuple_items() {
                Some(t) => Some(t),
                None => o.as_instance()?.base_value()?.as_obj()?.as_tuple_items(),
            },
            _ => None,
        }
    }

    #[inline]
    pub fn as_list(&self) -> Option<&PyCell<Vec<Value>>> {
        match self {
            Value::Obj(o) => match o.as_list() {
                Some(l) => Some(l),
                None => o.as_instance()?.base_value()?.as_obj()?.as_list(),
            },
            _ => None,
        }
    }

    #[inline]
    pub fn as_dict(&self) -> Option<&PyCell<DictTable>> {
        match self {
            Value::Obj(o) => match o.as_dict() {
                Some(d) => Some(d),
                None => o.as_instance()?.base_value()?.as_obj()?.as_dict(),
            },
            _ => None,
        }
    }

    /// The builtin object behind a value: itself, or the builtin base of a subclass instance.
    #[inline]
    pub fn builtin_payload(&self) -> Option<Object<'_>> {
        match self {
            Value::Obj(o) => match o.as_instance() {
                Some(i) => match i.base_value() {
                    Some(Value::Obj(b)) => Some(b.view()),
                    _ => None,
                },
                None => Some(o.view()),
            },
            _ => None,
        }
    }

    #[inline]
    pub fn as_class(&self) -> Option<&ClassObj> {
        self.as_obj()?.as_class()
    }

    pub fn as_exception(&self) -> Option<&ExceptionObj> {
        match self {
            Value::Obj(o) => match o.view() {
                Object::Exception(e) => Some(e),
                _ => None,
            },
            _ => None,
        }
    }

    /// A stable address, for `id()` and default reprs.
    pub fn address(&self) -> usize {
        match self {
            Value::Obj(o) => o.as_ptr() as usize,
            Value::Int(i) => (*i as usize).wrapping_mul(32).wrapping_add(0x1000),
            Value::FloatBits(f) => *f as usize,
            Value::BoolWord(b) => 0x100 + *b as usize,
            Value::None => 0x10,
            Value::Null => 0,
        }
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
    }

    #[test]
    fn small_ints_and_floats_are_inline() {
        let v = Value::from(1i64 << 40);
        assert!(matches!(v, Value::Int(_)));
        let f = Value::from(1.5f64);
        assert_eq!(f.as_f64(), Some(1.5));
    }

    #[test]
    fn bigint_normalises_to_small() {
        let small = Value::from_bigint(BigInt::from(42));
        assert!(matches!(small, Value::Int(42)));
        let big = Value::from_bigint(BigInt::from(i64::MAX) + 1);
        assert!(matches!(big.as_object(), Some(Object::BigInt(_))));
    }

    #[test]
    fn refcounts_follow_clones() {
        let v = Value::tuple(vec![Value::Int(1)]);
        let o = v.as_obj().unwrap().clone();
        assert_eq!(o.refcount(), 2);
        let w = v.clone();
        assert_eq!(o.refcount(), 3);
        drop(w);
        drop(v);
        assert_eq!(o.refcount(), 1);
    }

    #[test]
    fn clones_copy_inline_values_and_count_objects() {
        for v in [
            Value::Null,
            Value::None,
            Value::Bool(true),
            Value::Int(-7),
            Value::Float(2.5),
        ] {
            assert!(v.clone().is(&v));
        }
        assert!(matches!(Value::Int(i64::MIN).clone(), Value::Int(i64::MIN)));
        assert!(Value::Float(-0.0).clone().as_f64().map(f64::to_bits) == Some((-0.0f64).to_bits()));
        let t = Value::tuple(vec![]);
        let o = t.as_obj().unwrap().clone();
        let c = t.clone();
        assert_eq!(o.refcount(), 3);
        drop(c);
        assert_eq!(o.refcount(), 2);
    }

    #[test]
    fn pycell_mutates_in_place() {
        let c = PyCell::new(vec![1, 2]);
        c.with_mut(|v| v.push(3));
        assert_eq!(c.with(|v| v.len()), 3);
        assert_eq!(c.replace(vec![]), vec![1, 2, 3]);
        assert_eq!(c.get(), Vec::<i32>::new());
    }

    #[test]
    fn identity() {
        let a = Value::tuple(vec![]);
        let b = Value::tuple(vec![]);
        assert!(a.is(&a.clone()));
        assert!(!a.is(&b));
        assert!(Value::None.is(&Value::None));
        assert!(!Value::Int(1).is(&Value::Float(1.0)));
    }
}
