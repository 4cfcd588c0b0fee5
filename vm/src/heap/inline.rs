//! The kinds that keep their data inline, in the object's own allocation: str, bytes, tuple and
//! big ints. Each is a dynamically sized payload (fixed fields, then a slice) whose length is
//! stored in the object, so a thin header pointer can be widened back into a reference.

use super::{alloc_raw, Header, Kind, ObjRef, HEADER_SIZE};
use crate::value::Value;
use num_bigint::{BigInt, BigUint, Sign};
use std::cell::Cell;

/// A str: UTF-8 text with its length in code points and its hash cached.
///
/// Lengths are 32-bit, which keeps a short str at 32 bytes; a str of 4 GiB or more stores
/// both lengths as `u32::MAX` and its real lengths in the first 16 bytes of `data`.
#[repr(C)]
pub struct StrObj {
    hash: Cell<i64>,
    byte_len: u32,
    char_len: u32,
    data: [u8],
}

const HASH_UNSET: i64 = -1;
const LONG: u32 = u32::MAX;
const LONG_PREFIX: usize = 16;

impl StrObj {
    /// # Safety
    /// `p` must be the payload of a live str object.
    #[inline(always)]
    pub(super) unsafe fn from_payload<'a>(p: *const u8) -> &'a StrObj {
        // SAFETY: a str payload starts with the hash (8 bytes) and the byte length (u32); the
        // data that follows has that many bytes, or 16 more for a long str.
        unsafe {
            let byte_len = *(p.add(8) as *const u32);
            let data_len = if byte_len == LONG {
                LONG_PREFIX + *(p.add(16) as *const u64) as usize
            } else {
                byte_len as usize
            };
            &*(std::ptr::slice_from_raw_parts(p, data_len) as *const StrObj)
        }
    }

    /// # Safety
    /// `p` must be the payload of a str object.
    pub(super) unsafe fn payload_size(p: *const u8) -> usize {
        // SAFETY: as in `from_payload`.
        std::mem::size_of_val(unsafe { Self::from_payload(p) })
    }

    #[inline(always)]
    fn long_lengths(&self) -> (usize, usize) {
        let word = |i: usize| {
            let mut b = [0u8; 8];
            b.copy_from_slice(&self.data[i..i + 8]);
            u64::from_ne_bytes(b) as usize
        };
        (word(0), word(8))
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        let bytes = if self.byte_len == LONG {
            &self.data[LONG_PREFIX..]
        } else {
            &self.data
        };
        // SAFETY: the data was copied from a `&str` by `ObjRef::new_str` and never changes.
        unsafe { std::str::from_utf8_unchecked(bytes) }
    }

    /// Length in code points.
    #[inline(always)]
    pub fn char_len(&self) -> usize {
        if self.char_len == LONG {
            self.long_lengths().1
        } else {
            self.char_len as usize
        }
    }

    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.byte_len && self.byte_len != LONG
            || self.byte_len == LONG && self.long_lengths().0 == self.long_lengths().1
    }

    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != HASH_UNSET {
            return h;
        }
        let h = crate::numeric::hash_str(self.as_str());
        self.hash.set(h);
        h
    }

    fn header(&self) -> &Header {
        // SAFETY: a str payload sits right after its header (str has no weak slot), and a
        // `&StrObj` only ever points into a live object (see `from_payload`).
        unsafe { &*((self as *const StrObj as *const u8).sub(HEADER_SIZE) as *const Header) }
    }

    /// Whether this str is the interned one for its text: then any equal interned str is this
    /// very object, and comparing addresses is enough.
    #[inline]
    pub fn is_interned(&self) -> bool {
        self.header().has_flag(super::flags::INTERNED)
    }

    pub(crate) fn mark_interned(&self) {
        self.header().set_flag(super::flags::INTERNED, true)
    }

    /// The code point at index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.as_str().as_bytes().get(i).map(|b| *b as char)
        } else {
            self.as_str().chars().nth(i)
        }
    }

    /// Byte offset of code point index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        let text = self.as_str();
        if self.is_ascii() {
            i.min(text.len())
        } else {
            text.char_indices().nth(i).map_or(text.len(), |(o, _)| o)
        }
    }

    /// Substring by code point range (start <= end, both clamped).
    pub fn substring(&self, start: usize, end: usize) -> &str {
        let s = self.byte_offset(start);
        let e = self.byte_offset(end);
        if s >= e {
            ""
        } else {
            &self.as_str()[s..e]
        }
    }
}

/// An int outside the i64 range. Up to 128 bits: sign and magnitude in 32-bit digits, least
/// significant first (a 2**64-sized int is 32 bytes, as small as CPython's). Larger: a
/// `num_bigint::BigInt` kept in the object (`len` is `LARGE`), which arithmetic then borrows
/// instead of rebuilding it from digits on every operation.
#[repr(C)]
pub struct BigIntObj {
    negative: u32,
    len: u32,
    digits: [u32],
}

/// `len` of a big int that holds a `BigInt`.
const LARGE: u32 = u32::MAX;
/// Most digits kept inline.
const INLINE_DIGITS: usize = 4;
/// Room for a `BigInt`, in digits.
const LARGE_SLOTS: usize = std::mem::size_of::<BigInt>() / 4;

impl BigIntObj {
    /// # Safety
    /// `p` must be the payload of a live big int object.
    #[inline(always)]
    pub(super) unsafe fn from_payload<'a>(p: *const u8) -> &'a BigIntObj {
        // SAFETY: the payload starts with the sign and the digit count (or `LARGE`), then the
        // digits (or a `BigInt`).
        unsafe {
            let len = *(p.add(4) as *const u32);
            let slots = if len == LARGE {
                LARGE_SLOTS
            } else {
                len as usize
            };
            &*(std::ptr::slice_from_raw_parts(p, slots) as *const BigIntObj)
        }
    }

    /// # Safety
    /// `p` must be the payload of a big int object.
    pub(super) unsafe fn payload_size(p: *const u8) -> usize {
        // SAFETY: as in `from_payload`.
        std::mem::size_of_val(unsafe { Self::from_payload(p) })
    }

    /// Drops a large form's `BigInt`; returns the payload size.
    ///
    /// # Safety
    /// `p` must be the payload of a big int whose count reached zero; called once.
    pub(super) unsafe fn drop_payload(p: *mut u8) -> usize {
        // SAFETY: as in `from_payload`; a large form holds an initialised `BigInt` at offset 8.
        unsafe {
            let size = Self::payload_size(p);
            if *(p.add(4) as *const u32) == LARGE {
                std::ptr::drop_in_place(p.add(8) as *mut BigInt);
            }
            size
        }
    }

    #[inline]
    fn large(&self) -> Option<&BigInt> {
        if self.len == LARGE {
            // SAFETY: a large form holds a `BigInt` in its digit area, 8-aligned (see
            // `ObjRef::new_bigint_owned`), alive as long as the object.
            Some(unsafe { &*(self.digits.as_ptr() as *const BigInt) })
        } else {
            None
        }
    }

    /// The value (borrowed from a large form, built from inline digits otherwise).
    pub fn to_bigint(&self) -> std::borrow::Cow<'_, BigInt> {
        match self.large() {
            Some(b) => std::borrow::Cow::Borrowed(b),
            None => {
                let sign = if self.negative != 0 {
                    Sign::Minus
                } else {
                    Sign::Plus
                };
                // At most 4 digits: one u128 builds the magnitude without a repacking loop.
                let magnitude = self
                    .digits
                    .iter()
                    .rev()
                    .fold(0u128, |acc, &d| (acc << 32) | d as u128);
                std::borrow::Cow::Owned(BigInt::from_biguint(sign, BigUint::from(magnitude)))
            }
        }
    }

    pub fn is_negative(&self) -> bool {
        match self.large() {
            Some(b) => b.sign() == Sign::Minus,
            None => self.negative != 0,
        }
    }
}

/// A tuple: its items inline.
#[repr(C)]
pub struct TupleObj {
    len: usize,
    items: [Value],
}

impl TupleObj {
    /// # Safety
    /// `p` must be the payload of a live tuple object.
    #[inline(always)]
    pub(super) unsafe fn from_payload<'a>(p: *const u8) -> &'a TupleObj {
        // SAFETY: the payload starts with the item count, then the items.
        unsafe {
            let len = *(p as *const usize);
            &*(std::ptr::slice_from_raw_parts(p, len) as *const TupleObj)
        }
    }

    #[inline(always)]
    pub fn items(&self) -> &[Value] {
        &self.items
    }

    /// Drops the items, last to first as CPython's deallocator does; returns the payload size.
    ///
    /// # Safety
    /// `p` must be the payload of a tuple whose count reached zero; its items are dropped once.
    pub(super) unsafe fn drop_payload(p: *mut u8) -> usize {
        // SAFETY: as in `from_payload`; the object is being freed, so nothing else reads the
        // items while they are dropped in place.
        unsafe {
            let t = Self::from_payload(p);
            let size = std::mem::size_of_val(t);
            let items = t.items.as_ptr() as *mut Value;
            for i in (0..t.len).rev() {
                std::ptr::drop_in_place(items.add(i));
            }
            size
        }
    }
}

/// bytes: the data inline.
#[repr(C)]
pub struct BytesObj {
    len: usize,
    data: [u8],
}

impl BytesObj {
    /// # Safety
    /// `p` must be the payload of a live bytes object.
    #[inline(always)]
    pub(super) unsafe fn from_payload<'a>(p: *const u8) -> &'a BytesObj {
        // SAFETY: the payload starts with the length, then the data.
        unsafe {
            let len = *(p as *const usize);
            &*(std::ptr::slice_from_raw_parts(p, len) as *const BytesObj)
        }
    }

    /// # Safety
    /// `p` must be the payload of a bytes object.
    pub(super) unsafe fn payload_size(p: *const u8) -> usize {
        // SAFETY: as in `from_payload`.
        std::mem::size_of_val(unsafe { Self::from_payload(p) })
    }

    #[inline(always)]
    pub fn data(&self) -> &[u8] {
        &self.data
    }
}

/// The payload address of a freshly allocated object.
#[inline(always)]
fn payload_of(h: std::ptr::NonNull<Header>, kind: Kind) -> *mut u8 {
    // SAFETY: `alloc_raw` reserved the payload at this offset.
    unsafe { (h.as_ptr() as *mut u8).add(kind.payload_offset()) }
}

impl ObjRef {
    /// A new str holding a copy of `text`.
    pub fn new_str(text: &str) -> ObjRef {
        let bytes = text.as_bytes();
        let char_len = if text.is_ascii() {
            bytes.len()
        } else {
            text.chars().count()
        };
        let long = bytes.len() >= LONG as usize || char_len >= LONG as usize;
        let data_len = bytes.len() + if long { LONG_PREFIX } else { 0 };
        let h = alloc_raw(Kind::Str, 16 + data_len);
        let p = payload_of(h, Kind::Str);
        // SAFETY: the allocation has 16 + data_len payload bytes, 8-aligned.
        unsafe {
            (p as *mut i64).write(HASH_UNSET);
            if long {
                (p.add(8) as *mut u32).write(LONG);
                (p.add(12) as *mut u32).write(LONG);
                (p.add(16) as *mut u64).write(bytes.len() as u64);
                (p.add(24) as *mut u64).write(char_len as u64);
                std::ptr::copy_nonoverlapping(bytes.as_ptr(), p.add(32), bytes.len());
            } else {
                (p.add(8) as *mut u32).write(bytes.len() as u32);
                (p.add(12) as *mut u32).write(char_len as u32);
                std::ptr::copy_nonoverlapping(bytes.as_ptr(), p.add(16), bytes.len());
            }
        }
        ObjRef(h)
    }

    /// A new bytes object holding a copy of `data`.
    pub fn new_bytes(data: &[u8]) -> ObjRef {
        let h = alloc_raw(Kind::Bytes, 8 + data.len());
        let p = payload_of(h, Kind::Bytes);
        // SAFETY: the allocation has 8 + len payload bytes, 8-aligned.
        unsafe {
            (p as *mut usize).write(data.len());
            std::ptr::copy_nonoverlapping(data.as_ptr(), p.add(8), data.len());
        }
        ObjRef(h)
    }

    /// A new big int object (the caller has checked that `value` does not fit in i64).
    pub fn new_bigint(value: &BigInt) -> ObjRef {
        if value.magnitude().bits() as usize > 32 * INLINE_DIGITS {
            return ObjRef::new_bigint_owned(value.clone());
        }
        Self::new_bigint_inline(value)
    }

    /// A new big int object taking `value` (which does not fit in i64).
    pub fn new_bigint_owned(value: BigInt) -> ObjRef {
        if value.magnitude().bits() as usize <= 32 * INLINE_DIGITS {
            return Self::new_bigint_inline(&value);
        }
        let h = alloc_raw(Kind::BigInt, 8 + std::mem::size_of::<BigInt>());
        let p = payload_of(h, Kind::BigInt);
        // SAFETY: the allocation has 8 + size_of::<BigInt>() payload bytes, 8-aligned, so the
        // `BigInt` at offset 8 is aligned; `BigIntObj::drop_payload` drops it.
        unsafe {
            (p as *mut u32).write(0);
            (p.add(4) as *mut u32).write(LARGE);
            (p.add(8) as *mut BigInt).write(value);
        }
        ObjRef(h)
    }

    fn new_bigint_inline(value: &BigInt) -> ObjRef {
        let magnitude = value.magnitude();
        let len = (magnitude.bits() as usize).div_ceil(32);
        let h = alloc_raw(Kind::BigInt, 8 + 4 * len);
        let p = payload_of(h, Kind::BigInt);
        // SAFETY: the allocation has 8 + 4 * len payload bytes, 8-aligned; the magnitude has
        // exactly `len` (at most 4) 32-bit digits, each written once.
        unsafe {
            (p as *mut u32).write((value.sign() == Sign::Minus) as u32);
            (p.add(4) as *mut u32).write(len as u32);
            let digits = p.add(8) as *mut u32;
            for (i, d) in magnitude.iter_u32_digits().take(len).enumerate() {
                digits.add(i).write(d);
            }
        }
        ObjRef(h)
    }

    /// A new tuple owning `items`.
    pub fn new_tuple(items: Vec<Value>) -> ObjRef {
        let len = items.len();
        let h = alloc_raw(Kind::Tuple, 8 + len * std::mem::size_of::<Value>());
        let p = payload_of(h, Kind::Tuple);
        // SAFETY: the allocation has room for the count and `len` values, 8-aligned; the
        // values are moved out of the vector, which then frees only its buffer.
        unsafe {
            (p as *mut usize).write(len);
            let mut items = std::mem::ManuallyDrop::new(items);
            std::ptr::copy_nonoverlapping(items.as_ptr(), p.add(8) as *mut Value, len);
            items.set_len(0);
            std::mem::ManuallyDrop::drop(&mut items);
        }
        let t = ObjRef(h);
        if len == 0 {
            // An empty tuple can be in no cycle (CPython does not track it either).
            t.untrack();
        }
        t
    }

    /// A new tuple holding clones of `items`.
    pub fn new_tuple_from_slice(items: &[Value]) -> ObjRef {
        let len = items.len();
        let h = alloc_raw(Kind::Tuple, 8 + std::mem::size_of_val(items));
        let p = payload_of(h, Kind::Tuple);
        // SAFETY: as in `new_tuple`; every slot is written once with a counted clone.
        unsafe {
            (p as *mut usize).write(len);
            let dst = p.add(8) as *mut Value;
            for (i, v) in items.iter().enumerate() {
                dst.add(i).write(v.clone());
            }
        }
        ObjRef(h)
    }
}

impl PartialEq for BigIntObj {
    fn eq(&self, other: &BigIntObj) -> bool {
        match (self.large(), other.large()) {
            (None, None) => self.negative == other.negative && self.digits == other.digits,
            _ => self.to_bigint() == other.to_bigint(),
        }
    }
}
