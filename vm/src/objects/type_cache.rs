//! The type attribute cache: the result of looking a name up along a class's MRO, remembered by
//! (class version tag, name), as CPython's method cache does.
//!
//! A class gets a version tag, unique in the VM, on its first cached lookup; any change to the
//! class or to one of its bases resets the tag of the class and of all its subclasses to 0
//! ("unassigned"), so entries made under the old tag can never match again. Tags are assigned to
//! bases before subclasses, which keeps the invariant "a class with a tag has bases with tags"
//! that lets invalidation stop at a class that has none.
//!
//! Entries do not own the attribute values (as in CPython 3.12+, whose cache holds borrowed
//! references), so the cache never delays a destructor. While an entry's tag is current the
//! value is still in a class dict (any change to that dict would have reset the tag, and tags
//! are never reused), so the object is alive whenever an entry is read.

use crate::heap::Header;
use crate::objects::class::ClassObj;
use crate::value::{ObjRef, Object, Value};
use std::ptr::NonNull;

const CACHE_SIZE: usize = 4096;

/// A cached lookup result.
enum Cached {
    /// The name is in no class of the MRO.
    Missing,
    /// A value that is not a heap object (None, a bool, a number).
    Inline(Value),
    Obj(NonNull<Header>),
}

struct Entry {
    tag: u64,
    /// The looked-up name, kept alive so that its address identifies it.
    name: Option<ObjRef>,
    value: Cached,
}

pub struct TypeCache {
    entries: Box<[Entry]>,
    next_tag: u64,
}

impl Default for TypeCache {
    fn default() -> Self {
        TypeCache {
            entries: (0..CACHE_SIZE)
                .map(|_| Entry {
                    tag: 0,
                    name: None,
                    value: Cached::Missing,
                })
                .collect(),
            next_tag: 1,
        }
    }
}

#[inline]
fn slot(tag: u64, name_hash: i64) -> usize {
    ((tag ^ (name_hash as u64) ^ ((name_hash as u64) >> 17)) as usize) & (CACHE_SIZE - 1)
}

impl TypeCache {
    /// The cached result for `name` on a class whose tag is `tag` (not 0): `Some(found)` on a hit.
    #[inline]
    pub fn get(&self, tag: u64, name: &ObjRef, name_hash: i64) -> Option<Option<Value>> {
        let e = &self.entries[slot(tag, name_hash)];
        if e.tag != tag
            || !e
                .name
                .as_ref()
                .is_some_and(|n| crate::value::ObjRef::ptr_eq(n, name))
        {
            return None;
        }
        Some(match &e.value {
            Cached::Missing => None,
            Cached::Inline(v) => Some(v.clone()),
            // SAFETY: the entry's tag is current, so the object is still held by a class dict
            // in the MRO (see the module comment).
            Cached::Obj(p) => Some(Value::Obj(unsafe { ObjRef::from_borrowed(*p) })),
        })
    }

    /// Remembers a lookup result. Returns the entry's previous name, to be dropped by the caller
    /// outside any borrow.
    pub fn put(
        &mut self,
        tag: u64,
        name: &ObjRef,
        name_hash: i64,
        found: &Option<Value>,
    ) -> Option<ObjRef> {
        let e = &mut self.entries[slot(tag, name_hash)];
        e.tag = tag;
        e.value = match found {
            None => Cached::Missing,
            Some(Value::Obj(o)) => Cached::Obj(o.raw()),
            Some(v) => Cached::Inline(v.clone()),
        };
        e.name.replace(name.clone())
    }

    /// Gives `class` a version tag if it has none, its bases first. Returns the tag.
    pub fn assign_tag(&mut self, class: &ObjRef) -> u64 {
        let Object::Class(c) = class.view() else {
            return 0;
        };
        let tag = c.version.get();
        if tag != 0 {
            return tag;
        }
        for base in c.bases.get() {
            self.assign_tag(&base);
        }
        let tag = self.next_tag;
        self.next_tag += 1;
        c.version.set(tag);
        tag
    }
}

/// Forgets the version tag of `class` and of every subclass, after a change to its dict, its
/// bases or anything else a cached lookup depends on.
pub fn type_modified(c: &ClassObj) {
    if c.version.get() == 0 {
        return;
    }
    c.version.set(0);
    for sub in c.live_subclasses() {
        if let Object::Class(sc) = sub.view() {
            type_modified(sc);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::class::Layout;
    use crate::vm::make_class;

    fn name(s: &str) -> ObjRef {
        ObjRef::new_str(s)
    }

    #[test]
    fn hit_after_put_and_miss_after_modification() {
        let base = make_class("Base", &[], Layout::Object, true);
        let sub = make_class("Sub", std::slice::from_ref(&base), Layout::Object, true);
        let mut cache = TypeCache::default();
        let tag = cache.assign_tag(&sub);
        let Object::Class(bc) = base.view() else {
            panic!()
        };
        let Object::Class(sc) = sub.view() else {
            panic!()
        };
        assert_ne!(bc.version.get(), 0, "bases get a tag before their subclass");
        let n = name("x");
        let val = Value::str("value");
        cache.put(tag, &n, 7, &Some(val.clone()));
        cache.put(tag, &name("y"), 8, &None);
        assert!(matches!(cache.get(tag, &n, 7), Some(Some(v)) if v.is(&val)));
        assert!(
            cache.get(tag, &name("x"), 7).is_none(),
            "names match by identity"
        );
        // A change to the base resets the subclass's tag too.
        type_modified(bc);
        assert_eq!(sc.version.get(), 0);
        let fresh = cache.assign_tag(&sub);
        assert_ne!(fresh, tag);
        assert!(cache.get(fresh, &n, 7).is_none());
    }

    #[test]
    fn entries_do_not_keep_values_alive() {
        let mut cache = TypeCache::default();
        let n = name("attr");
        let v = Value::str("held by the class only");
        let before = v.as_obj().unwrap().refcount();
        cache.put(5, &n, 1, &Some(v.clone()));
        // The entry holds no count: when the class lets go of the value, it is freed (and
        // the class's tag, reset by that change, keeps the entry from being read again).
        assert_eq!(v.as_obj().unwrap().refcount(), before);
        assert!(cache.get(5, &n, 1).is_some());
    }
}
