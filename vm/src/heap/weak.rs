//! Weak references. A weakly referenceable object has a slot after its header pointing to the
//! list of weak reference objects that refer to it (allocated on the first one); a weak
//! reference holds its referent's address without a count. When the referent is freed, every
//! weak reference in its list is cleared and those with a callback are queued for the VM's next
//! safe point; when a weak reference is freed first, it removes itself from the list.

use super::{weak_slot_of, Header, Kind, ObjRef, Payload, WeakSlot};
use crate::value::{PyCell, Value};
use std::cell::Cell;
use std::ptr::NonNull;

/// What sort of weak reference an object is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum WeakKind {
    Ref,
    Proxy,
    CallableProxy,
}

pub struct WeakRefObj {
    referent: Cell<Option<NonNull<Header>>>,
    /// Called with the weak reference when the referent dies (Null for none).
    pub callback: PyCell<Value>,
    /// The referent's hash, once asked for (a dead reference keeps answering it).
    pub hash: Cell<Option<i64>>,
    pub kind: WeakKind,
    /// The instance of a `weakref.ref` subclass this reference is the builtin part of: what
    /// callbacks receive. Not counted (the instance owns this object).
    pub owner: Cell<Option<NonNull<Header>>>,
}

impl WeakRefObj {
    /// The referent, if it is still alive.
    pub fn upgrade(&self) -> Option<ObjRef> {
        let p = self.referent.get()?;
        // SAFETY: a referent clears this field before its memory goes (`referent_dying`), so
        // a set field points at an allocated object; a count of 0 means it is being freed.
        unsafe {
            if p.as_ref().refcount() == 0 {
                return None;
            }
            Some(ObjRef::from_borrowed(p))
        }
    }

    pub fn is_alive(&self) -> bool {
        self.referent.get().is_some()
    }

    /// The referent's address, alive or not (for comparisons of live references only).
    pub fn referent_addr(&self) -> usize {
        self.referent.get().map_or(0, |p| p.as_ptr() as usize)
    }
}

// The list lives behind a raw pointer in a `Cell`, so handing out `&mut` from `&` is sound
// under the single-threaded, non-reentrant use stated below.
#[allow(clippy::mut_from_ref)]
fn list_of(slot: &WeakSlot) -> &mut Vec<NonNull<Header>> {
    if slot.get().is_null() {
        slot.set(Box::into_raw(Box::default()));
    }
    // SAFETY: the slot owns the boxed list; the VM is single-threaded and no other reference
    // to the list is alive while this one is used (every user is a short function here).
    unsafe { &mut *slot.get() }
}

impl ObjRef {
    /// Whether objects of this one's kind can be weakly referenced.
    pub fn weakrefable(&self) -> bool {
        self.kind().has_weak_slot()
    }

    /// A new weak reference to `self`, or None if its kind cannot be weakly referenced. A plain
    /// `ref` without callback is shared, as CPython shares it.
    pub fn new_weakref(&self, kind: WeakKind, callback: Value) -> Option<ObjRef> {
        let slot = self.weak_slot()?;
        let list = list_of(slot);
        if callback.is_null() {
            for &w in list.iter() {
                // SAFETY: objects in the list are alive (they unlink themselves when freed).
                let wr = unsafe { ObjRef::from_borrowed(w) };
                if let super::Object::WeakRef(r) = wr.view() {
                    if r.kind == kind && r.callback.with(|c| c.is_null()) && r.owner.get().is_none()
                    {
                        return Some(wr);
                    }
                }
            }
        }
        let wr = crate::value::ObjRef::new(Payload::WeakRef(WeakRefObj {
            referent: Cell::new(Some(self.raw())),
            callback: PyCell::new(callback),
            hash: Cell::new(None),
            kind,
            owner: Cell::new(None),
        }));
        list_of(slot).push(wr.raw());
        Some(wr)
    }

    /// The weak references to this object, oldest first.
    pub fn weakrefs(&self) -> Vec<ObjRef> {
        let Some(slot) = self.weak_slot() else {
            return Vec::new();
        };
        if slot.get().is_null() {
            return Vec::new();
        }
        list_of(slot)
            .iter()
            // SAFETY: objects in the list are alive, as above; ones being freed are skipped.
            .filter(|w| unsafe { w.as_ref() }.refcount() > 0)
            .map(|&w| unsafe { ObjRef::from_borrowed(w) })
            .collect()
    }

    /// Marks a weak reference as the builtin part of `owner` (a `weakref.ref` subclass
    /// instance), which callbacks then receive.
    pub fn set_weakref_owner(&self, owner: &ObjRef) {
        if let super::Object::WeakRef(r) = self.view() {
            r.owner.set(Some(owner.raw()));
        }
    }
}

/// The referent whose weak slot is `slot` is being freed: clear the references and queue the
/// callbacks of those that are alive, most recent first (as CPython calls them).
pub(super) fn referent_dying(slot: &WeakSlot) {
    // SAFETY: the slot owns the boxed list; taking it leaves the slot empty.
    let list = unsafe { Box::from_raw(slot.replace(std::ptr::null_mut())) };
    let mut callbacks = Vec::new();
    for &w in list.iter().rev() {
        // SAFETY: weak references in the list are allocated (they unlink themselves when
        // freed); one whose count is 0 is waiting to be freed and gets no callback.
        let header = unsafe { w.as_ref() };
        let alive = header.refcount() > 0;
        let payload = weak_payload(w);
        payload.referent.set(None);
        if !alive {
            continue;
        }
        let cb = payload.callback.replace(Value::Null);
        if cb.is_null() {
            continue;
        }
        let target = match payload.owner.get() {
            // SAFETY: the owner instance holds this weak reference, so it is alive while the
            // reference's count is above 0.
            Some(o) if unsafe { o.as_ref() }.refcount() > 0 => unsafe { ObjRef::from_borrowed(o) },
            Some(_) => continue,
            None => unsafe { ObjRef::from_borrowed(w) },
        };
        callbacks.push((Value::Obj(target), cb));
    }
    if !callbacks.is_empty() {
        super::gc::queue_weak_callbacks(callbacks);
    }
}

fn weak_payload<'a>(w: NonNull<Header>) -> &'a WeakRefObj {
    // SAFETY: `w` is the header of an allocated weak reference object, whose payload is a
    // `WeakRefObj` at the weak kind's payload offset.
    unsafe {
        &*((w.as_ptr() as *const u8).add(Kind::WeakRef.payload_offset()) as *const WeakRefObj)
    }
}

/// A weak reference is being freed: remove it from its referent's list.
pub(super) fn unlink_from_referent(wr: &WeakRefObj, me: NonNull<Header>) {
    let Some(r) = wr.referent.get() else {
        return;
    };
    if let Some(slot) = weak_slot_of(r) {
        if !slot.get().is_null() {
            let list = list_of(slot);
            list.retain(|&w| w != me);
            if list.is_empty() {
                // SAFETY: the slot owns the box; it is freed once and the slot emptied.
                drop(unsafe { Box::from_raw(slot.replace(std::ptr::null_mut())) });
            }
        }
    }
    wr.referent.set(None);
}

/// Clears the weak references to an object the collector found unreachable, returning the
/// callbacks to call (those of references that are themselves still reachable).
pub(super) fn clear_for_collection(obj: NonNull<Header>) -> Vec<(Value, Value)> {
    let Some(slot) = weak_slot_of(obj) else {
        return Vec::new();
    };
    if slot.get().is_null() {
        return Vec::new();
    }
    // SAFETY: as in `referent_dying`.
    let list = unsafe { Box::from_raw(slot.replace(std::ptr::null_mut())) };
    let mut out = Vec::new();
    for &w in list.iter().rev() {
        let payload = weak_payload(w);
        payload.referent.set(None);
        // SAFETY: as in `referent_dying`.
        let header = unsafe { w.as_ref() };
        if header.refcount() == 0 || header.has_flag(super::flags::UNREACHABLE) {
            // Garbage itself: CPython calls no callback for it.
            payload.callback.replace(Value::Null);
            continue;
        }
        let cb = payload.callback.replace(Value::Null);
        if cb.is_null() {
            continue;
        }
        let target = match payload.owner.get() {
            Some(o) => {
                // SAFETY: the owner holds this reference, as in `referent_dying`.
                let oh = unsafe { o.as_ref() };
                if oh.refcount() == 0 || oh.has_flag(super::flags::UNREACHABLE) {
                    continue;
                }
                unsafe { ObjRef::from_borrowed(o) }
            }
            None => unsafe { ObjRef::from_borrowed(w) },
        };
        out.push((Value::Obj(target), cb));
    }
    out
}
