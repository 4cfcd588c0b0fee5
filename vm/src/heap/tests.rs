//! Unit tests of object storage: sizes, inline data, counts, weak references, freeing without
//! recursion, and the collector on small graphs.

use super::gc::Heap;
use super::*;
use crate::objects::function::BoundMethodObj;
use num_bigint::BigInt;

fn with_heap<R>(f: impl FnOnce(&Heap) -> R) -> R {
    let heap = Heap::new(Default::default());
    let prev = heap.enter();
    let r = f(&heap);
    Heap::leave(prev);
    r
}

#[test]
fn header_is_one_word_and_links_two() {
    assert_eq!(std::mem::size_of::<Header>(), 8);
    assert_eq!(std::mem::size_of::<GcLinks>(), 16);
}

#[test]
fn payloads_are_small() {
    // The sizes that keep a bound method, a list, an instance at or below CPython's.
    assert!(std::mem::size_of::<BoundMethodObj>() <= 16);
    assert!(std::mem::size_of::<PyCell<Vec<Value>>>() <= 24 + 8);
    assert_eq!(object_layout(Kind::Str, 16 + 6).size(), 8 + 16 + 6);
    assert_eq!(object_layout(Kind::Tuple, 8 + 32).size(), 16 + 8 + 8 + 32);
}

#[test]
fn str_round_trips_and_caches() {
    for text in ["", "abc", "héllo wörld", "日本語", &"x".repeat(1000)] {
        let o = ObjRef::new_str(text);
        let Object::Str(s) = o.view() else {
            panic!("not a str")
        };
        assert_eq!(s.as_str(), text);
        assert_eq!(s.char_len(), text.chars().count());
        assert_eq!(s.is_ascii(), text.is_ascii());
        assert_eq!(s.hash(), s.hash());
        assert!(!s.is_interned());
        s.mark_interned();
        assert!(s.is_interned());
        assert_eq!(s.as_str(), text);
    }
}

#[test]
fn bytes_bigints_and_tuples_inline() {
    let b = ObjRef::new_bytes(b"\x00\xffabc");
    assert!(matches!(b.view(), Object::Bytes(d) if d == b"\x00\xffabc"));
    for n in [
        BigInt::from(u64::MAX) + 1,
        -(BigInt::from(1) << 200usize),
        BigInt::from(i64::MIN) - 1,
    ] {
        let o = ObjRef::new_bigint(&n);
        let Object::BigInt(b) = o.view() else {
            panic!("not a big int")
        };
        assert_eq!(*b.to_bigint(), n);
        assert_eq!(b.is_negative(), n.sign() == num_bigint::Sign::Minus);
    }
    let t = ObjRef::new_tuple(vec![Value::Int(1), Value::str("x"), Value::None]);
    let Object::Tuple(items) = t.view() else {
        panic!("not a tuple")
    };
    assert_eq!(items.len(), 3);
    assert!(matches!(items[0], Value::Int(1)));
    assert_eq!(items[1].as_str().map(|s| s.as_str()), Some("x"));
    let copy = ObjRef::new_tuple_from_slice(items);
    assert!(matches!(copy.view(), Object::Tuple(c) if c.len() == 3));
}

#[test]
fn counts_follow_clones_and_items_are_released() {
    let inner = Value::str("held");
    let outer = Value::tuple(vec![inner.clone(), inner.clone()]);
    let o = inner.as_obj().unwrap().clone();
    assert_eq!(o.refcount(), 4);
    drop(outer);
    assert_eq!(o.refcount(), 2);
    drop(inner);
    assert_eq!(o.refcount(), 1);
}

#[test]
fn freeing_a_deep_chain_does_not_recurse() {
    with_heap(|_| {
        let mut v = Value::obj(Payload::List(PyCell::new(Vec::new())));
        for _ in 0..1_000_000 {
            v = Value::obj(Payload::List(PyCell::new(vec![v])));
        }
        drop(v);
        let mut t = Value::tuple(vec![]);
        for _ in 0..1_000_000 {
            t = Value::tuple(vec![t, Value::Int(1)]);
        }
        drop(t);
    });
}

#[test]
fn containers_join_the_current_heap_and_leave_when_freed() {
    with_heap(|heap| {
        let before = heap.objects(None).len();
        let l = Value::obj(Payload::List(PyCell::new(Vec::new())));
        assert!(l.as_obj().unwrap().is_tracked());
        assert_eq!(heap.objects(None).len(), before + 1);
        let s = Value::str("not a container");
        assert!(!s.as_obj().unwrap().is_tracked());
        drop(l);
        assert_eq!(heap.objects(None).len(), before);
        assert!(heap.allocated_bytes.get() > 0);
    });
}

#[test]
fn collector_frees_a_cycle_and_keeps_what_is_referred_to() {
    with_heap(|heap| {
        let a = Value::obj(Payload::List(PyCell::new(Vec::new())));
        let b = Value::obj(Payload::List(PyCell::new(vec![a.clone()])));
        a.as_list().unwrap().with_mut(|v| v.push(b.clone()));
        let kept = Value::obj(Payload::List(PyCell::new(Vec::new())));
        kept.as_list().unwrap().with_mut(|v| v.push(kept.clone()));
        let probe = a.as_obj().unwrap().raw();
        drop(a);
        drop(b);
        let (garbage, callbacks) = heap.find_garbage(2).unwrap();
        assert!(callbacks.is_empty());
        assert_eq!(garbage.objects.len(), 2);
        assert!(garbage.objects.iter().any(|o| o.raw() == probe));
        let done = heap.finish_garbage(garbage);
        assert_eq!(done.unreachable, 2);
        assert!(kept.as_obj().unwrap().is_tracked());
        assert_eq!(kept.as_list().unwrap().with(|v| v.len()), 1);
        // The self-reference is external to nothing: after dropping `kept`, it is garbage.
        drop(kept);
        let (garbage, _) = heap.find_garbage(2).unwrap();
        assert_eq!(garbage.objects.len(), 1);
        assert_eq!(heap.finish_garbage(garbage).unreachable, 1);
    });
}

#[test]
fn resurrected_garbage_survives() {
    with_heap(|heap| {
        let a = Value::obj(Payload::List(PyCell::new(Vec::new())));
        a.as_list().unwrap().with_mut(|v| v.push(a.clone()));
        drop(a);
        let (garbage, _) = heap.find_garbage(0).unwrap();
        let saved = garbage.objects[0].clone();
        assert_eq!(heap.finish_garbage(garbage).unreachable, 0);
        assert!(matches!(saved.view(), Object::List(l) if l.with(|v| v.len()) == 1));
        saved.view();
        if let Object::List(l) = saved.view() {
            drop(l.replace(Vec::new()));
        }
    });
}

#[test]
fn weak_references_clear_when_the_referent_dies() {
    with_heap(|heap| {
        let set = ObjRef::new(Payload::Set(PyCell::new(Default::default())));
        let plain = set.new_weakref(weak::WeakKind::Ref, Value::Null).unwrap();
        let again = set.new_weakref(weak::WeakKind::Ref, Value::Null).unwrap();
        assert!(ObjRef::ptr_eq(&plain, &again), "plain refs are shared");
        let with_cb = set.new_weakref(weak::WeakKind::Ref, Value::Int(7)).unwrap();
        assert_eq!(set.weakrefs().len(), 2);
        let Object::WeakRef(w) = plain.view() else {
            panic!("not a weakref")
        };
        assert!(w.upgrade().is_some_and(|o| ObjRef::ptr_eq(&o, &set)));
        drop(set);
        assert!(w.upgrade().is_none());
        let queued = heap.weak_callbacks.borrow_mut().split_off(0);
        assert_eq!(queued.len(), 1);
        assert!(matches!(queued[0].1, Value::Int(7)));
        assert!(matches!(&queued[0].0, Value::Obj(o) if ObjRef::ptr_eq(o, &with_cb)));
        // A str cannot be weakly referenced.
        assert!(ObjRef::new_str("x")
            .new_weakref(weak::WeakKind::Ref, Value::Null)
            .is_none());
    });
}

#[test]
fn a_weak_reference_freed_first_leaves_its_referent_list() {
    with_heap(|_| {
        let set = ObjRef::new(Payload::Set(PyCell::new(Default::default())));
        let w = set.new_weakref(weak::WeakKind::Ref, Value::Int(1)).unwrap();
        assert_eq!(set.weakrefs().len(), 1);
        drop(w);
        assert_eq!(set.weakrefs().len(), 0);
    });
}

#[test]
fn an_object_scanned_early_is_rescued_by_a_later_reachable_one() {
    with_heap(|heap| {
        // `early` is examined first (nothing outside refers to it) and only `late`, which is
        // referred to from outside, reaches it: it must not be collected.
        let early = Value::obj(Payload::List(PyCell::new(Vec::new())));
        let late = Value::obj(Payload::List(PyCell::new(vec![early.clone()])));
        early.as_list().unwrap().with_mut(|v| v.push(Value::Int(5)));
        drop(early);
        let (garbage, _) = heap.find_garbage(2).unwrap();
        assert!(garbage.objects.is_empty());
        assert_eq!(heap.finish_garbage(garbage).unreachable, 0);
        let inner = late.as_list().unwrap().with(|v| v[0].clone());
        assert_eq!(inner.as_list().unwrap().with(|v| v.len()), 1);
        assert_eq!(heap.objects(None).len(), 2);
    });
}

#[test]
#[cfg(not(feature = "extra-checks"))] // the checks add a borrow flag to every PyCell
fn payloads_fit_the_memory_budget() {
    // With the header, links and weak slot, these keep a 1-key dict, an instance with two
    // attributes and a bound method at or below CPython 3.14's size (benchmarks/memory).
    use crate::objects::class::InstanceObj;
    assert!(std::mem::size_of::<PyCell<DictTable>>() <= 72);
    assert!(std::mem::size_of::<InstanceObj>() <= 64);
    assert!(std::mem::size_of::<BoundMethodObj>() <= 16);
}

#[test]
fn view_tags_are_kinds() {
    // The order `Object`'s variants share with `Kind` (see `Object`).
    fn tag(o: &Object<'_>) -> u8 {
        // SAFETY: `Object` is `repr(u8)`: its first byte is the tag.
        unsafe { *(o as *const Object<'_> as *const u8) }
    }
    let samples = [
        ObjRef::new_str("s"),
        ObjRef::new_bytes(b"b"),
        ObjRef::new_tuple(vec![]),
        ObjRef::new(Payload::List(PyCell::new(Vec::new()))),
        ObjRef::new(Payload::Dict(PyCell::new(Default::default()))),
        ObjRef::new(Payload::Cell(PyCell::new(Value::None))),
        ObjRef::new(Payload::Ellipsis),
    ];
    for o in &samples {
        assert_eq!(tag(&o.view()), o.kind() as u8);
    }
}

#[test]
fn allocated_sizes_follow_the_layout() {
    with_heap(|_| {
        // A str of up to 8 ASCII characters is one 32-byte allocation, without links.
        let s = ObjRef::new_str("abc");
        assert_eq!(s.allocated_size(), 32);
        assert_eq!(s.gc_links_size(), 0);
        let long = ObjRef::new_str(&"x".repeat(100));
        assert!(long.allocated_size() >= 100 + 8);
        // A tuple carries links and its items inline.
        let t0 = ObjRef::new_tuple(vec![]);
        let t3 = ObjRef::new_tuple(vec![Value::None, Value::None, Value::None]);
        assert_eq!(t0.gc_links_size(), 16);
        assert_eq!(t3.allocated_size() - t0.allocated_size(), 3 * 16);
        assert_eq!(t0.allocated_size(), object_layout(Kind::Tuple, 8).size());
        let big = ObjRef::new_bigint(&(BigInt::from(1) << 200usize));
        assert!(big.allocated_size() > 8);
    });
}
