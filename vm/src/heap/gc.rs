//! The cycle collector (CPython's algorithm) and the allocation accounting point.
//!
//! Container objects are linked into generation lists of the heap that was current when they
//! were made (the VM makes its heap current whenever it runs). A collection of generation `g`
//! examines generations 0..=g: each object's count minus the references from other examined
//! objects (trial deletion) says whether something outside refers to it; everything reachable
//! from such objects survives and moves to the next generation, the rest is garbage. For the
//! garbage, weak references are cleared (their callbacks run) before finalizers (`__del__`, once
//! per object, PEP 442); if a finalizer resurrected anything, the whole set survives this time;
//! otherwise every object is cleared, which breaks the cycles and frees them.

use super::{flags, header_of, links_of, GcLinks, Header, Kind, ObjRef};
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

pub const GENERATIONS: usize = 3;

/// A circular list of container objects, through a sentinel that is not an object.
pub struct GcList {
    head: Box<GcLinks>,
}

impl GcList {
    fn new() -> GcList {
        let head = Box::new(GcLinks {
            prev: Cell::new(std::ptr::null()),
            next: Cell::new(std::ptr::null()),
        });
        let p: *const GcLinks = &*head;
        head.prev.set(p);
        head.next.set(p);
        GcList { head }
    }

    fn sentinel(&self) -> *const GcLinks {
        &*self.head
    }

    fn is_empty(&self) -> bool {
        self.head.next.get() == self.sentinel()
    }

    fn push(&self, l: &GcLinks) {
        let last = self.head.prev.get();
        l.prev.set(last);
        l.next.set(self.sentinel());
        // SAFETY: `last` is the sentinel or a linked object's links, alive while linked.
        unsafe { &*last }.next.set(l);
        self.head.prev.set(l);
    }

    /// The objects in the list, in order.
    fn members(&self) -> Vec<NonNull<Header>> {
        let mut out = Vec::new();
        let end = self.sentinel();
        let mut cur = self.head.next.get();
        while cur != end {
            // SAFETY: every node but the sentinel is a linked object's links.
            out.push(unsafe { header_of(cur) });
            cur = unsafe { &*cur }.next.get();
        }
        out
    }

    /// The objects in the list, walked lazily (the list must not change meanwhile).
    fn members_iter(&self) -> impl Iterator<Item = NonNull<Header>> + '_ {
        let end = self.sentinel();
        let mut cur = self.head.next.get();
        std::iter::from_fn(move || {
            if cur == end {
                return None;
            }
            // SAFETY: every node but the sentinel is a linked object's links.
            let h = unsafe { header_of(cur) };
            cur = unsafe { &*cur }.next.get();
            Some(h)
        })
    }

    fn len(&self) -> usize {
        self.members_iter().count()
    }

    /// Moves every member of `other` to the end of this list.
    fn splice_from(&self, other: &GcList) {
        if other.is_empty() {
            return;
        }
        let first = other.head.next.get();
        let last = other.head.prev.get();
        let my_last = self.head.prev.get();
        // SAFETY: the nodes are the sentinels or linked objects' links, all alive.
        unsafe {
            (*my_last).next.set(first);
            (*first).prev.set(my_last);
            (*last).next.set(self.sentinel());
        }
        self.head.prev.set(last);
        other.reset();
    }

    /// Empties the list without touching its members' links.
    fn reset(&self) {
        let p = self.sentinel();
        self.head.prev.set(p);
        self.head.next.set(p);
    }
}

fn unlink(l: &GcLinks) {
    let prev = l.prev.get();
    let next = l.next.get();
    // SAFETY: a linked node's neighbours are the sentinel or linked objects, all alive.
    unsafe {
        (*prev).next.set(next);
        (*next).prev.set(prev);
    }
    l.prev.set(std::ptr::null());
    l.next.set(std::ptr::null());
}

/// What a collection reports to `gc.callbacks` and `gc.get_stats()`.
#[derive(Clone, Copy, Default)]
pub struct GenStats {
    pub collections: usize,
    pub collected: usize,
    pub uncollectable: usize,
}

/// One interpreter's heap: its collector state and its allocation count.
pub struct Heap {
    generations: [GcList; GENERATIONS],
    permanent: GcList,
    /// Generation 0: containers made minus containers freed since its last collection;
    /// generations 1 and 2: collections of the younger generation since their own last one.
    pub counts: [Cell<usize>; GENERATIONS],
    pub thresholds: [Cell<usize>; GENERATIONS],
    pub enabled: Cell<bool>,
    collecting: Cell<bool>,
    /// A collection is due (checked at the VM's safe points).
    pub collect_requested: Cell<bool>,
    /// Raised when work for the VM's next safe point appears.
    pub pending: std::rc::Rc<Cell<bool>>,
    /// Weak reference callbacks to call at the next safe point.
    pub weak_callbacks: RefCell<Vec<(Value, Value)>>,
    pub allocated_bytes: Cell<usize>,
    pub stats: [Cell<GenStats>; GENERATIONS],
    long_lived_total: Cell<usize>,
    long_lived_pending: Cell<usize>,
}

thread_local! {
    static CURRENT: Cell<*const Heap> = const { Cell::new(std::ptr::null()) };
}

impl Heap {
    pub fn new(pending: std::rc::Rc<Cell<bool>>) -> Box<Heap> {
        Box::new(Heap {
            generations: [GcList::new(), GcList::new(), GcList::new()],
            permanent: GcList::new(),
            counts: Default::default(),
            thresholds: [Cell::new(700), Cell::new(10), Cell::new(10)],
            enabled: Cell::new(true),
            collecting: Cell::new(false),
            collect_requested: Cell::new(false),
            pending,
            weak_callbacks: RefCell::new(Vec::new()),
            allocated_bytes: Cell::new(0),
            stats: Default::default(),
            long_lived_total: Cell::new(0),
            long_lived_pending: Cell::new(0),
        })
    }

    /// Makes this heap the one new containers join and allocations are counted in, on this
    /// thread. Returns the previous one, for `leave`.
    pub fn enter(&self) -> *const Heap {
        CURRENT.with(|c| c.replace(self))
    }

    pub fn leave(previous: *const Heap) {
        CURRENT.with(|c| c.set(previous));
    }

    /// The tracked objects of a generation (0-2), or of every generation.
    pub fn objects(&self, generation: Option<usize>) -> Vec<ObjRef> {
        let lists: Vec<&GcList> = match generation {
            Some(g) => vec![&self.generations[g]],
            None => self.generations.iter().collect(),
        };
        lists
            .into_iter()
            .flat_map(|l| l.members())
            // SAFETY: linked objects are alive; a count of 0 means being freed: skipped.
            .filter(|h| unsafe { h.as_ref() }.refcount() > 0)
            .map(|h| unsafe { ObjRef::from_borrowed(h) })
            .collect()
    }

    /// `gc.freeze()`: moves every tracked object to the permanent generation.
    pub fn freeze(&self) {
        for g in &self.generations {
            for h in g.members() {
                // SAFETY: linked objects are alive.
                let l = unsafe { links_of(h) };
                unlink(l);
                self.permanent.push(l);
            }
        }
        self.counts[0].set(0);
    }

    pub fn unfreeze(&self) {
        for h in self.permanent.members() {
            // SAFETY: linked objects are alive.
            let l = unsafe { links_of(h) };
            unlink(l);
            self.generations[GENERATIONS - 1].push(l);
        }
    }

    pub fn freeze_count(&self) -> usize {
        self.permanent.members().len()
    }
}

impl Drop for Heap {
    /// Objects that outlive their heap (held by a host) stay valid, untracked.
    fn drop(&mut self) {
        for list in self.generations.iter().chain([&self.permanent]) {
            for h in list.members() {
                // SAFETY: linked objects are alive.
                unsafe {
                    let l = links_of(h);
                    l.prev.set(std::ptr::null());
                    l.next.set(std::ptr::null());
                    h.as_ref().set_flag(flags::TRACKED, false);
                }
            }
            list.reset();
        }
        CURRENT.with(|c| {
            if std::ptr::eq(c.get(), self) {
                c.set(std::ptr::null())
            }
        });
    }
}

fn with_current<R>(f: impl FnOnce(&Heap) -> R) -> Option<R> {
    let p = CURRENT.with(|c| c.get());
    if p.is_null() {
        return None;
    }
    // SAFETY: a heap is current only between `enter` and `leave`, or until it is dropped
    // (which clears the pointer), so it is alive here.
    Some(f(unsafe { &*p }))
}

#[inline]
pub(super) fn account_alloc(size: usize) {
    with_current(|h| h.allocated_bytes.set(h.allocated_bytes.get() + size));
}

#[inline]
pub(super) fn account_free(size: usize) {
    with_current(|h| {
        h.allocated_bytes
            .set(h.allocated_bytes.get().saturating_sub(size))
    });
}

/// Links a new container into the current heap's youngest generation.
pub(super) fn track_new(p: NonNull<Header>) {
    with_current(|h| {
        // SAFETY: `p` is a new container object, its links written.
        unsafe {
            h.generations[0].push(links_of(p));
            p.as_ref().set_flag(flags::TRACKED, true);
        }
        let n = h.counts[0].get() + 1;
        h.counts[0].set(n);
        if n > h.thresholds[0].get()
            && h.enabled.get()
            && h.thresholds[0].get() > 0
            && !h.collecting.get()
        {
            h.collect_requested.set(true);
            h.pending.set(true);
        }
    });
}

/// Unlinks a container that is being freed (or untracked).
pub(super) fn untrack(p: NonNull<Header>) {
    // SAFETY: `p` is a tracked container: its links are in a list.
    unsafe {
        unlink(links_of(p));
        p.as_ref().set_flag(flags::TRACKED, false);
    }
    with_current(|h| {
        let n = h.counts[0].get();
        if n > 0 {
            h.counts[0].set(n - 1);
        }
    });
}

pub(super) fn queue_weak_callbacks(callbacks: Vec<(Value, Value)>) {
    with_current(|h| {
        h.weak_callbacks.borrow_mut().extend(callbacks);
        h.pending.set(true);
    });
}

impl ObjRef {
    /// Whether the collector tracks this object.
    pub fn is_tracked(&self) -> bool {
        self.header().has_flag(flags::TRACKED)
    }

    /// `gc.is_tracked`: as `is_tracked`, except that a dict counts as tracked only once it has
    /// held a container (until a full collection finds it holds none), as in CPython.
    pub fn is_tracked_for_python(&self) -> bool {
        if !self.is_tracked() {
            return false;
        }
        if let super::Object::Dict(d) = self.view() {
            let h = self.header();
            if !h.has_flag(flags::DICT_SHOWN_TRACKED) && dict_holds_container(d) {
                h.set_flag(flags::DICT_SHOWN_TRACKED, true);
            }
            return h.has_flag(flags::DICT_SHOWN_TRACKED);
        }
        true
    }

    /// Stops tracking (for containers that can no longer be part of a cycle).
    pub fn untrack(&self) {
        if self.is_tracked() {
            untrack(self.raw());
        }
    }

    /// Starts tracking a container that was untracked, in the current heap.
    pub fn track(&self) {
        if self.kind().is_container() && !self.is_tracked() {
            // SAFETY: containers have links (see `alloc_raw`); the object is untracked.
            track_new(self.raw());
        }
    }
}

/// Calls `visit` with every object reference `obj` owns. Must not report a reference it does
/// not own (that would make a live object look unreachable); missing one only keeps garbage.
pub fn traverse(obj: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let visit = std::cell::RefCell::new(visit);
    crate::objects::traverse::traverse(
        obj.view(),
        &mut |v: &Value| {
            if let Value::Obj(o) = v {
                (visit.borrow_mut())(o)
            }
        },
        &mut |o: &ObjRef| (visit.borrow_mut())(o),
    );
}

/// The result of a collection.
pub struct Collected {
    pub unreachable: usize,
    pub uncollectable: usize,
}

/// The objects a collection found unreachable, held (counted) while Python code runs for them.
pub struct Garbage {
    pub objects: Vec<ObjRef>,
    list: GcList,
}

impl Heap {
    /// Begins a collection of generations 0..=`generation`: finds the unreachable objects,
    /// moves the survivors to the next generation, clears weak references to the garbage and
    /// returns it with the weak reference callbacks to call. None if a collection is already
    /// running.
    ///
    /// No memory is allocated in proportion to the examined objects (as CPython): while
    /// reachability is computed, an examined object's `prev` link holds its count of references
    /// from outside (`gc_refs`) and the list is walked through `next`.
    pub fn find_garbage(&self, generation: usize) -> Option<(Garbage, Vec<(Value, Value)>)> {
        if self.collecting.get() {
            return None;
        }
        self.collecting.set(true);
        self.collect_requested.set(false);
        let generation = generation.min(GENERATIONS - 1);
        let young = GcList::new();
        for g in &self.generations[..=generation] {
            young.splice_from(g);
        }
        let y = young.sentinel();
        // SAFETY (whole computation): every node of `young` but the sentinel is a linked,
        // alive container; no Python code runs and no count changes until the lists are whole.
        unsafe {
            // update_refs: gc_refs = count.
            let mut cur = (*y).next.get();
            while cur != y {
                let h = header_of(cur);
                h.as_ref().set_flag(flags::COLLECTING, true);
                (*cur)
                    .prev
                    .set(std::ptr::without_provenance(h.as_ref().refcount()));
                cur = (*cur).next.get();
            }
            // subtract_refs: minus the references from other examined objects.
            let mut cur = (*y).next.get();
            while cur != y {
                let o = std::mem::ManuallyDrop::new(ObjRef::from_raw(header_of(cur)));
                traverse(&o, &mut |r| {
                    if r.header().has_flag(flags::COLLECTING) {
                        let l = links_of(r.raw());
                        l.prev.set(std::ptr::without_provenance(
                            (l.prev.get() as usize).wrapping_sub(1),
                        ));
                    }
                });
                cur = (*cur).next.get();
            }
        }
        let unreachable = GcList::new();
        // SAFETY: as above.
        unsafe { move_unreachable(&young, &unreachable) };
        let survivors = young.len();
        // Survivors go to the next generation; tuples of atomic values stop being tracked.
        for h in young.members_iter() {
            // SAFETY: alive, as above.
            if unsafe { h.as_ref() }.kind() == Kind::Tuple {
                untrack_atomic_tuple(h);
            }
        }
        let older_index = (generation + 1).min(GENERATIONS - 1);
        self.generations[older_index].splice_from(&young);
        if generation == GENERATIONS - 2 {
            self.long_lived_pending
                .set(self.long_lived_pending.get() + survivors);
        }
        if generation == GENERATIONS - 1 {
            for h in self.generations[GENERATIONS - 1].members() {
                // SAFETY: linked objects are alive.
                if unsafe { h.as_ref() }.kind() == Kind::Dict {
                    untrack_atomic_dict(h);
                }
            }
            self.long_lived_pending.set(0);
            self.long_lived_total
                .set(self.generations[GENERATIONS - 1].len());
        }
        self.counts[0].set(0);
        for g in 1..=generation {
            self.counts[g].set(0);
        }
        if generation + 1 < GENERATIONS {
            let c = &self.counts[generation + 1];
            c.set(c.get() + 1);
        }
        let mut objects = Vec::new();
        for h in unreachable.members_iter() {
            // SAFETY: alive, as above; the count taken here keeps it so while Python runs.
            objects.push(unsafe { ObjRef::from_borrowed(h) });
        }
        let mut callbacks = Vec::new();
        for o in &objects {
            callbacks.extend(super::weak::clear_for_collection(o.raw()));
        }
        Some((
            Garbage {
                objects,
                list: unreachable,
            },
            callbacks,
        ))
    }

    /// Whether a full collection is worth it: CPython's rule, that the objects that survived
    /// into the oldest generation since the last full collection are at least a quarter of it
    /// (which keeps the cost of building a large structure linear).
    pub fn full_collection_due(&self) -> bool {
        self.long_lived_pending.get() * 4 >= self.long_lived_total.get()
    }

    /// Ends a collection after the garbage's finalizers ran: if any of it was resurrected (is
    /// referred to from outside the set, beyond the collection's own references), all of it
    /// survives into the oldest generation; otherwise every object is cleared and freed.
    /// Returns the number of unreachable objects found (0 when resurrected, as CPython).
    pub fn finish_garbage(&self, garbage: Garbage) -> Collected {
        let Garbage { objects, list } = garbage;
        let members = list.members();
        let mut resurrected = false;
        {
            let mut refs: Vec<isize> = Vec::with_capacity(members.len());
            for (i, &h) in members.iter().enumerate() {
                // SAFETY: held by `objects`, so alive; the index goes in a spare field below.
                unsafe {
                    let hd = h.as_ref();
                    hd.set_flag(flags::COLLECTING, true);
                    refs.push(hd.refcount() as isize - 1);
                    let _ = i;
                }
            }
            let pos: std::collections::HashMap<usize, usize> = members
                .iter()
                .enumerate()
                .map(|(i, h)| (h.as_ptr() as usize, i))
                .collect();
            for &h in &members {
                // SAFETY: as above.
                let o = std::mem::ManuallyDrop::new(unsafe { ObjRef::from_raw(h) });
                traverse(&o, &mut |r| {
                    if let Some(&j) = pos.get(&(r.as_ptr() as usize)) {
                        refs[j] -= 1;
                    }
                });
            }
            for &h in &members {
                // SAFETY: as above.
                unsafe { h.as_ref() }.set_flag(flags::COLLECTING, false);
            }
            if refs.iter().any(|&r| r > 0) {
                resurrected = true;
            }
        }
        let oldest = &self.generations[GENERATIONS - 1];
        for &h in &members {
            // SAFETY: held by `objects`.
            unsafe {
                h.as_ref().set_flag(flags::UNREACHABLE, false);
                let l = links_of(h);
                unlink(l);
                oldest.push(l);
            }
        }
        let found = objects.len();
        if !resurrected {
            for o in &objects {
                crate::objects::traverse::clear(o.view());
            }
        }
        drop(objects);
        self.collecting.set(false);
        Collected {
            unreachable: if resurrected { 0 } else { found },
            uncollectable: 0,
        }
    }
}

/// Splits `young` (whose `prev` links hold gc_refs) into reachable objects, left in `young`
/// with their links restored, and the rest, moved to `unreachable` (CPython's algorithm).
///
/// # Safety
/// `young` must be in the state `find_garbage` leaves it in after subtract_refs.
unsafe fn move_unreachable(young: &GcList, unreachable: &GcList) {
    let y = young.sentinel();
    // SAFETY: the caller's state: nodes are alive containers; `prev` of unprocessed nodes of
    // `young` holds gc_refs, of processed ones the previous node; `unreachable` is whole.
    unsafe {
        let mut prev = y;
        let mut cur = (*y).next.get();
        while cur != y {
            let h = header_of(cur);
            if (*cur).prev.get() as usize > 0 {
                // Reachable: so is everything it refers to.
                h.as_ref().set_flag(flags::COLLECTING, false);
                (*cur).prev.set(prev);
                prev = cur;
                let o = std::mem::ManuallyDrop::new(ObjRef::from_raw(h));
                traverse(&o, &mut |r| {
                    let rh = r.header();
                    if !rh.has_flag(flags::COLLECTING) {
                        return;
                    }
                    let l = links_of(r.raw());
                    if rh.has_flag(flags::UNREACHABLE) {
                        // Moved too early: back to the end of `young`, to be scanned.
                        unlink(l);
                        rh.set_flag(flags::UNREACHABLE, false);
                        let last = (*y).prev.get();
                        (*last).next.set(l);
                        l.next.set(y);
                        (*y).prev.set(l);
                        l.prev.set(std::ptr::without_provenance(1));
                    } else if l.prev.get() as usize == 0 {
                        l.prev.set(std::ptr::without_provenance(1));
                    }
                });
                // Read after the scan: it may have appended objects after this one.
                cur = (*cur).next.get();
            } else {
                let next = (*cur).next.get();
                // Tentatively unreachable.
                (*prev).next.set(next);
                if (*y).prev.get() == cur {
                    (*y).prev.set(prev);
                }
                h.as_ref().set_flag(flags::UNREACHABLE, true);
                unreachable.push(&*cur);
                cur = next;
            }
        }
        (*y).prev.set(prev);
        let mut cur = (*unreachable.sentinel()).next.get();
        while cur != unreachable.sentinel() {
            header_of(cur).as_ref().set_flag(flags::COLLECTING, false);
            cur = (*cur).next.get();
        }
    }
}

/// Any collection untracks tuples that hold only objects the collector cannot see.
fn untrack_atomic_tuple(h: NonNull<Header>) {
    // SAFETY: linked objects are alive; a borrowed reference, not dropped.
    let o = std::mem::ManuallyDrop::new(unsafe { ObjRef::from_raw(h) });
    if let super::Object::Tuple(items) = o.view() {
        if items.iter().all(|v| !may_be_tracked(v)) {
            o.untrack();
        }
    }
}

/// A full collection forgets that dicts holding only atomic values held a container (they
/// stay tracked: dicts change, and this keeps no insertion path responsible for tracking).
fn untrack_atomic_dict(h: NonNull<Header>) {
    // SAFETY: as above.
    let o = std::mem::ManuallyDrop::new(unsafe { ObjRef::from_raw(h) });
    if let super::Object::Dict(d) = o.view() {
        if !dict_holds_container(d) {
            o.header().set_flag(flags::DICT_SHOWN_TRACKED, false);
        }
    }
}

fn dict_holds_container(d: &crate::value::PyCell<crate::objects::dict::DictTable>) -> bool {
    d.with(|t| {
        t.iter()
            .any(|e| may_be_tracked(&e.key) || may_be_tracked(&e.value))
    })
}

/// CPython's "may be tracked": a container, unless it is a tuple that is not tracked.
#[inline]
pub fn may_be_tracked(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            let kind = o.kind();
            kind.is_container() && (kind != Kind::Tuple || o.is_tracked())
        }
        _ => false,
    }
}

/// Notes that `key: value` was stored in the dict `d` (for `gc.is_tracked`, see
/// `DICT_SHOWN_TRACKED`).
#[inline]
pub fn note_dict_store(d: &Value, key: &Value, value: &Value) {
    if !(may_be_tracked(key) || may_be_tracked(value)) {
        return;
    }
    let Value::Obj(o) = d else { return };
    let target = match o.as_instance().and_then(|i| i.base_value()) {
        Some(Value::Obj(b)) => b,
        _ => o,
    };
    if target.kind() == Kind::Dict {
        target.header().set_flag(flags::DICT_SHOWN_TRACKED, true);
    }
}
