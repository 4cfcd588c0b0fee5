//! The hash table behind `set` and `frozenset`.
//!
//! The table follows the layout rules of CPython 3.11 (`Objects/setobject.c`) closely enough that,
//! given the same hashes, iteration order, `pop()` order and the order of set-algebra results are
//! the ones CPython produces. The table never looks inside a `Value`: every caller supplies the
//! CPython hash of the key and an equality callback, which may fail with the caller's error type.
//!
//! How the table behaves (these are the facts the order depends on):
//!
//! * The table is a power-of-two array of slots (8 at first). A slot is empty, a dummy (a
//!   deleted entry, which keeps probe chains intact) or a live `(hash, key)` pair. `used` counts
//!   live slots and `fill` counts live plus dummy slots.
//! * A probe for `hash` starts at `hash & mask`. From a start index `i` it inspects `i` and, when
//!   `i + 9 <= mask`, the nine slots after it as well. It then shifts `perturb` (the hash taken as
//!   an unsigned 64-bit word) right by 5 and moves to `(i * 5 + 1 + perturb) & mask`, computed
//!   with wrapping arithmetic.
//! * Only live slots whose stored hash equals the probe hash are compared, stored key first.
//! * Inserting an absent key goes into the last dummy seen before the probe met an empty slot;
//!   with no dummy it takes that empty slot, and then, if `fill * 5 >= mask * 3`, the table is
//!   rebuilt for `used * 4` keys (`used * 2` above 50 000). A rebuild picks the smallest power of
//!   two above that number (at least 8) and re-inserts the live keys in old table order, dropping
//!   dummies; an 8-slot table without dummies that would stay at 8 slots is left untouched.
//! * `pop` scans forward, wrapping around, from a "finger" kept across calls (and across `clear`
//!   and rebuilds), turns the slot it finds into a dummy and moves the finger past it.
//! * Merging a whole set (`update`, `copy`, `set(other_set)`) first rebuilds the target for
//!   `(used + other.used) * 2` keys when `(fill + other.used) * 5 >= mask * 3`. An empty target of
//!   the same size as a dummy-free source receives a slot-for-slot copy; any other empty target
//!   gets the source's keys placed in source table order without comparisons; a non-empty target
//!   gets ordinary inserts in source table order.
//!
//! Callers must never pass `-1` as a hash (CPython's hash functions never produce it).
//!
//! The set-algebra helpers take `&SetTable` operands and treat two references to the same table
//! as "the same Python object", exactly like CPython's identity checks (`s & s` is a copy,
//! `s | s` is a copy). Pass the same reference in that case rather than a clone. In-place
//! operations with the set itself as the operand must be handled by the caller:
//! `s |= s` does nothing, `s -= s` and `s ^= s` are [`SetTable::clear`], and `s &= s` is
//! `let mut c = s.copy(); s.swap_bodies(&mut c);`.

use crate::value::Value;

/// Number of slots in a fresh table.
const MIN_SIZE: usize = 8;
/// Extra slots inspected after each probe start when they fit before the end of the table.
const LINEAR_PROBES: usize = 9;
/// How far `perturb` is shifted between probe starts.
const PERTURB_SHIFT: u32 = 5;
/// Above this many live keys a growing table only doubles instead of quadrupling.
const LARGE_SET: usize = 50_000;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Full(i64, Value),
}

/// The sequence of slot indices CPython inspects for one hash.
struct Probe {
    mask: usize,
    start: usize,
    offset: usize,
    run: usize,
    perturb: u64,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Self {
        let perturb = hash as u64;
        let start = (perturb as usize) & mask;
        Probe {
            mask,
            start,
            offset: 0,
            run: linear_run(start, mask),
            perturb,
        }
    }

    fn next_index(&mut self) -> usize {
        if self.offset > self.run {
            self.perturb >>= PERTURB_SHIFT;
            self.start = self
                .start
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb as usize)
                & self.mask;
            self.offset = 0;
            self.run = linear_run(self.start, self.mask);
        }
        let index = self.start + self.offset;
        self.offset += 1;
        index
    }
}

fn linear_run(start: usize, mask: usize) -> usize {
    if start.saturating_add(LINEAR_PROBES) <= mask {
        LINEAR_PROBES
    } else {
        0
    }
}

fn empty_slots(size: usize) -> Vec<Slot> {
    let mut slots = Vec::with_capacity(size);
    slots.resize_with(size, || Slot::Empty);
    slots
}

/// Puts a key known to be absent into a table that has no dummies, without comparisons.
fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
    let mask = slots.len().wrapping_sub(1);
    let mut probe = Probe::new(hash, mask);
    loop {
        match slots.get_mut(probe.next_index()) {
            Some(slot @ Slot::Empty) => {
                *slot = Slot::Full(hash, key);
                return;
            }
            Some(_) => {}
            // Indices are always masked into range; nothing sensible is left to do otherwise.
            None => return,
        }
    }
}

/// Where a probe that may pause for Python comparisons stands (see [`SetTable::probe_step`]).
pub struct Cursor {
    probe: Probe,
    /// The last dummy slot the probe passed: where an absent key goes.
    dummy: Option<usize>,
    /// The table's `generation` when the probe started.
    generation: u64,
}

/// How far one [`SetTable::probe_step`] got.
pub enum Step {
    /// The slot of a key equal to the probed one.
    Found(usize),
    /// No equal key: the empty slot that ended the probe and the last dummy slot before it.
    Absent { empty: usize, dummy: Option<usize> },
    /// Slot `index` holds `stored`, with the probed hash; only Python code can tell whether it
    /// equals the probed key.
    Compare { index: usize, stored: Value },
}

/// The outcome of a probe for one key.
enum Lookup {
    Found(usize),
    Absent { empty: usize, dummy: Option<usize> },
}

/// An open-addressing hash table of keys with CPython 3.11's `set` layout and iteration order.
///
/// `Clone` duplicates the table exactly (dummies and `pop` finger included); a Python-level copy
/// (`set.copy()`, `set(s)`, `frozenset(s)`) is [`SetTable::copy`], which can reorder keys the way
/// CPython does.
#[derive(Clone)]
pub struct SetTable {
    /// Power-of-two number of slots, at least `MIN_SIZE`.
    slots: Vec<Slot>,
    /// Live plus dummy slots.
    fill: usize,
    /// Live slots.
    used: usize,
    /// Where the next `pop` starts scanning (taken modulo the table size).
    finger: usize,
    /// Bumped whenever the slot array is rebuilt or replaced (resize, clear, swap): a probe paused
    /// for a Python `__eq__` restarts when it changed (CPython's `table != so->table`).
    generation: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        Self::new()
    }
}

impl SetTable {
    /// Bytes of the slot array the table owns, for `__sizeof__`.
    pub fn allocated_bytes(&self) -> usize {
        self.slots.capacity() * std::mem::size_of::<Slot>()
    }

    /// An empty table of 8 slots.
    pub fn new() -> Self {
        SetTable {
            slots: empty_slots(MIN_SIZE),
            fill: 0,
            used: 0,
            finger: 0,
            generation: 0,
        }
    }

    /// The number of keys.
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len().wrapping_sub(1)
    }

    /// The keys in table order, which is CPython's iteration order.
    pub fn iter(&self) -> impl Iterator<Item = &Value> + '_ {
        self.slots.iter().filter_map(|slot| match slot {
            Slot::Full(_, key) => Some(key),
            _ => None,
        })
    }

    /// For walks that re-borrow the table at every step (CPython's `set_next`): the first live
    /// key at slot `pos` or later, with its hash and the `pos` to continue from.
    pub fn next_with_hash(&self, pos: usize) -> Option<(usize, i64, Value)> {
        self.slots
            .get(pos..)?
            .iter()
            .enumerate()
            .find_map(|(offset, slot)| match slot {
                Slot::Full(hash, key) => Some((pos + offset + 1, *hash, key.clone())),
                _ => None,
            })
    }

    /// The keys with their hashes, in table order.
    pub fn iter_with_hash(&self) -> impl Iterator<Item = (i64, &Value)> + '_ {
        self.slots.iter().filter_map(|slot| match slot {
            Slot::Full(hash, key) => Some((*hash, key)),
            _ => None,
        })
    }

    /// For iterators that re-borrow the table on every step: the first live key at slot index
    /// `pos` or later, as `Some((next_pos, key))` where `next_pos` is the index just after that
    /// key's slot (the `pos` to pass next time). `None` once the table is exhausted. Start at 0.
    pub fn next_from(&self, pos: usize) -> Option<(usize, Value)> {
        self.slots
            .get(pos..)?
            .iter()
            .enumerate()
            .find_map(|(offset, slot)| match slot {
                Slot::Full(_, key) => Some((pos + offset + 1, key.clone())),
                _ => None,
            })
    }

    /// Probes for `key`. `eq(stored, key)` is asked only about live keys with an equal hash that
    /// are not `key` itself. Inlined into its three callers, as the hot paths of every set.
    #[inline(always)]
    fn lookup<E>(
        &self,
        key: &Value,
        hash: i64,
        eq: &mut dyn FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<Lookup, E> {
        let mut probe = Probe::new(hash, self.mask());
        let mut dummy = None;
        loop {
            let index = probe.next_index();
            match self.slots.get(index) {
                Some(Slot::Full(stored_hash, stored)) => {
                    if *stored_hash == hash && (stored.is(key) || eq(stored, key)?) {
                        return Ok(Lookup::Found(index));
                    }
                }
                Some(Slot::Dummy) => dummy = Some(index),
                Some(Slot::Empty) | None => {
                    return Ok(Lookup::Absent {
                        empty: index,
                        dummy,
                    })
                }
            }
        }
    }

    /// Whether an equal key is present.
    pub fn contains<E>(
        &self,
        key: &Value,
        hash: i64,
        eq: &mut dyn FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<bool, E> {
        Ok(matches!(self.lookup(key, hash, eq)?, Lookup::Found(_)))
    }

    /// Adds `key` (CPython's `set_add_entry`). Returns `true` if no equal key was present. On an
    /// error from `eq` the table is unchanged.
    pub fn insert<E>(
        &mut self,
        key: Value,
        hash: i64,
        eq: &mut dyn FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<bool, E> {
        match self.lookup(&key, hash, eq)? {
            Lookup::Found(_) => Ok(false),
            Lookup::Absent { empty, dummy } => {
                self.insert_absent(empty, dummy, key, hash);
                Ok(true)
            }
        }
    }

    /// Puts a key known to be absent where its probe ended ([`Step::Absent`], with no change to
    /// the table since): into the last dummy it passed, or into the empty slot that ended it
    /// (then grows the table when it is full enough).
    #[inline]
    pub fn insert_absent(&mut self, empty: usize, dummy: Option<usize>, key: Value, hash: i64) {
        if let Some(slot @ Slot::Dummy) = dummy.and_then(|i| self.slots.get_mut(i)) {
            *slot = Slot::Full(hash, key);
            self.used += 1;
            return;
        }
        if let Some(slot @ Slot::Empty) = self.slots.get_mut(empty) {
            *slot = Slot::Full(hash, key);
            self.fill += 1;
            self.used += 1;
            if self.fill * 5 >= self.mask() * 3 {
                self.resize(self.growth_target());
            }
        }
    }

    /// A probe for `hash` that can pause at a key only Python code can compare: see
    /// [`SetTable::probe_step`].
    pub fn cursor(&self, hash: i64) -> Cursor {
        Cursor {
            probe: Probe::new(hash, self.mask()),
            dummy: None,
            generation: self.generation,
        }
    }

    /// Goes on with the probe of `cur` for `key` (CPython's `set_lookkey`, one comparison at a
    /// time). Stored keys with the probe's hash are compared by identity, then by `native`, which
    /// answers without running Python code or returns `None`; in that case the step stops at
    /// [`Step::Compare`] and the caller compares `stored` with `key` outside any borrow of the
    /// table, checks [`SetTable::unchanged`], and then either calls this again with the same
    /// cursor (the probe goes on after that slot) or starts over with a fresh cursor.
    pub fn probe_step(
        &self,
        cur: &mut Cursor,
        key: &Value,
        hash: i64,
        native: &mut dyn FnMut(&Value, &Value) -> Option<bool>,
    ) -> Step {
        loop {
            let index = cur.probe.next_index();
            match self.slots.get(index) {
                Some(Slot::Full(stored_hash, stored)) if *stored_hash == hash => {
                    if stored.is(key) {
                        return Step::Found(index);
                    }
                    match native(stored, key) {
                        Some(true) => return Step::Found(index),
                        Some(false) => {}
                        None => {
                            return Step::Compare {
                                index,
                                stored: stored.clone(),
                            }
                        }
                    }
                }
                Some(Slot::Full(..)) => {}
                Some(Slot::Dummy) => cur.dummy = Some(index),
                Some(Slot::Empty) | None => {
                    return Step::Absent {
                        empty: index,
                        dummy: cur.dummy,
                    }
                }
            }
        }
    }

    /// Whether the probe of `cur` can go on after a Python comparison with the key that was in
    /// slot `index`: the slots were not rebuilt and that slot still holds `stored` (CPython's
    /// `table == so->table && entry->key == startkey`).
    pub fn unchanged(&self, cur: &Cursor, index: usize, stored: &Value) -> bool {
        cur.generation == self.generation
            && matches!(self.slots.get(index), Some(Slot::Full(_, k)) if k.is(stored))
    }

    /// Removes the key in slot `index` (found by a probe; the table is unchanged since), leaving
    /// a dummy. Returns whether there was one.
    pub fn remove_slot(&mut self, index: usize) -> bool {
        match self.slots.get_mut(index) {
            Some(slot @ Slot::Full(..)) => {
                *slot = Slot::Dummy;
                self.used -= 1;
                true
            }
            _ => false,
        }
    }

    /// Removes an equal key, leaving a dummy. Returns `true` if one was present.
    pub fn remove<E>(
        &mut self,
        key: &Value,
        hash: i64,
        eq: &mut dyn FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<bool, E> {
        if let Lookup::Found(index) = self.lookup(key, hash, eq)? {
            if let Some(slot) = self.slots.get_mut(index) {
                *slot = Slot::Dummy;
                self.used -= 1;
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// CPython's `set.pop()`: removes and returns the first live key at or after the finger,
    /// wrapping around. `None` if the table is empty (Python raises `KeyError`).
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut index = self.finger & mask;
        while !matches!(self.slots.get(index), Some(Slot::Full(..))) {
            index = if index >= mask { 0 } else { index + 1 };
        }
        let slot = self.slots.get_mut(index)?;
        match std::mem::replace(slot, Slot::Dummy) {
            Slot::Full(_, key) => {
                self.used -= 1;
                self.finger = index + 1;
                Some(key)
            }
            other => {
                *slot = other;
                None
            }
        }
    }

    /// Removes every key and goes back to 8 slots. The `pop` finger is kept, as in CPython.
    pub fn clear(&mut self) {
        self.slots = empty_slots(MIN_SIZE);
        self.fill = 0;
        self.used = 0;
        self.generation += 1;
    }

    /// CPython's `set_merge`: `self.update(other)` for a set or frozenset `other` (also the core
    /// of `set(other)`, `copy` and `|`). `other` must not be `self` (`s.update(s)` is a no-op).
    pub fn merge_from<E>(
        &mut self,
        other: &SetTable,
        eq: &mut dyn FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<(), E> {
        if self.merge_fast(other) {
            return Ok(());
        }
        for (hash, key) in other.iter_with_hash() {
            self.insert(key.clone(), hash, eq)?;
        }
        Ok(())
    }

    /// The parts of `set_merge` that need no comparisons. Returns `false` when `other`'s keys
    /// still have to be inserted one by one (always `true` for an empty `self`).
    fn merge_fast(&mut self, other: &SetTable) -> bool {
        if other.used == 0 {
            return true;
        }
        self.presize(other.used);
        if self.fill != 0 {
            return false;
        }
        if self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots.clone_from(&other.slots);
        } else {
            for (hash, key) in other.iter_with_hash() {
                insert_clean(&mut self.slots, hash, key.clone());
            }
        }
        self.fill = other.used;
        self.used = other.used;
        true
    }

    /// The one-off rebuild CPython does before adding `incoming` keys in bulk: when
    /// `(fill + incoming) * 5 >= mask * 3` the table is rebuilt for `(used + incoming) * 2`
    /// keys. `merge_from` does this itself; call it before inserting the keys of an exact `dict`
    /// in `set.update(d)` / `set(d)` (with `incoming = len(d)`), which is what CPython does.
    pub fn presize(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// A Python-level copy (`s.copy()`, `set(s)`, `frozenset(s)` for a non-frozenset `s`): a new
    /// table merged from this one, with a fresh `pop` finger.
    pub fn copy(&self) -> SetTable {
        let mut result = SetTable::new();
        result.merge_fast(self);
        result
    }

    /// Exchanges the contents of two tables but not their `pop` fingers (CPython's
    /// `set_swap_bodies`, used by `intersection_update`).
    pub fn swap_bodies(&mut self, other: &mut SetTable) {
        std::mem::swap(&mut self.slots, &mut other.slots);
        std::mem::swap(&mut self.fill, &mut other.fill);
        std::mem::swap(&mut self.used, &mut other.used);
        self.generation += 1;
        other.generation += 1;
    }

    /// `self -= other` / `self.difference_update(other)` for a set `other` that is not `self`
    /// (for `s -= s` call [`SetTable::clear`]). For other iterables, CPython removes each item
    /// with [`SetTable::remove`] and then calls [`SetTable::purge_dummies`].
    pub fn difference_update<E>(
        &mut self,
        other: &SetTable,
        eq: &mut dyn FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<(), E> {
        if (other.used >> 3) > self.used {
            let common = intersection(self, other, eq)?;
            for (hash, key) in common.iter_with_hash() {
                self.remove(key, hash, eq)?;
            }
        } else {
            for (hash, key) in other.iter_with_hash() {
                self.remove(key, hash, eq)?;
            }
        }
        self.purge_dummies();
        Ok(())
    }

    /// The end of CPython's `difference_update`: rebuilds the table when more than a quarter of
    /// its slots are dummies.
    pub fn purge_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth_target());
        }
    }

    /// `self ^= other` / `self.symmetric_difference_update(other)` for a set `other` that is not
    /// `self` (for `s ^= s` call [`SetTable::clear`]). For an exact `dict`, CPython runs the same
    /// remove-else-insert step over the dict's keys; for other iterables it first builds a set
    /// from them and passes that here.
    pub fn symmetric_difference_update<E>(
        &mut self,
        other: &SetTable,
        eq: &mut dyn FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<(), E> {
        for (hash, key) in other.iter_with_hash() {
            if !self.remove(key, hash, eq)? {
                self.insert(key.clone(), hash, eq)?;
            }
        }
        Ok(())
    }

    /// `self &= other` / `self.intersection_update(other)` for a set `other` that is not `self`
    /// (see the module docs for `s &= s`): the intersection swapped into `self`.
    pub fn intersection_update<E>(
        &mut self,
        other: &SetTable,
        eq: &mut dyn FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<(), E> {
        let mut result = intersection(self, other, eq)?;
        self.swap_bodies(&mut result);
        Ok(())
    }

    /// The frozenset constant CPython's compiler makes for a set display of more than two
    /// constants, given the items in source order. The compiler builds a frozenset from the items
    /// and then, when it deduplicates constants, rebuilds it from its own iteration order; the
    /// display `{c1, c2, c3, ...}` then runs as `BUILD_SET 0; LOAD_CONST <this>; SET_UPDATE`,
    /// that is `SetTable::new()` followed by [`SetTable::merge_from`] with this table.
    pub fn frozenset_constant<E>(
        items: impl IntoIterator<Item = (i64, Value)>,
        eq: &mut dyn FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<SetTable, E> {
        let mut first = SetTable::new();
        for (hash, key) in items {
            first.insert(key, hash, eq)?;
        }
        let mut second = SetTable::new();
        for (hash, key) in first.iter_with_hash() {
            second.insert(key.clone(), hash, eq)?;
        }
        Ok(second)
    }

    /// `hash(frozenset)` as CPython 3.11 computes it from the keys' hashes.
    pub fn frozenset_hash(&self) -> i64 {
        fn shuffle_bits(h: u64) -> u64 {
            ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
        }
        let mut hash = self
            .iter_with_hash()
            .fold(0u64, |acc, (h, _)| acc ^ shuffle_bits(h as u64));
        hash ^= (self.used as u64)
            .wrapping_add(1)
            .wrapping_mul(1_927_868_237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
        if hash == u64::MAX {
            hash = 590_923_713;
        }
        hash as i64
    }

    fn growth_target(&self) -> usize {
        if self.used > LARGE_SET {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// Rebuilds the table with the smallest power of two above `min_used` slots (at least 8),
    /// re-inserting live keys in old table order.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        if size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, empty_slots(size));
        self.generation += 1;
        self.fill = self.used;
        for slot in old {
            if let Slot::Full(hash, key) = slot {
                insert_clean(&mut self.slots, hash, key);
            }
        }
    }
}

/// `a & b` / `a.intersection(b)` for two sets: a copy of `a` when both are the same table;
/// otherwise the smaller one (`b` on a tie) is walked in table order and the keys found in the
/// other are added to a new table. (For a non-set iterable CPython walks the iterable instead,
/// inserting hits and stopping once the result is as large as `a`.)
pub fn intersection<E>(
    a: &SetTable,
    b: &SetTable,
    eq: &mut dyn FnMut(&Value, &Value) -> Result<bool, E>,
) -> Result<SetTable, E> {
    if std::ptr::eq(a, b) {
        return Ok(a.copy());
    }
    let (walked, probed) = if b.len() > a.len() { (a, b) } else { (b, a) };
    let mut result = SetTable::new();
    for (hash, key) in walked.iter_with_hash() {
        if probed.contains(key, hash, eq)? {
            result.insert(key.clone(), hash, eq)?;
        }
    }
    Ok(result)
}

/// `a - b` / `a.difference(b)` for two sets: when `len(a) / 4 > len(b)` a copy of `a` with `b`'s
/// keys removed ([`SetTable::difference_update`]); otherwise a new table of `a`'s keys missing
/// from `b`, added in `a`'s table order.
pub fn difference<E>(
    a: &SetTable,
    b: &SetTable,
    eq: &mut dyn FnMut(&Value, &Value) -> Result<bool, E>,
) -> Result<SetTable, E> {
    if (a.len() >> 2) > b.len() {
        let mut result = a.copy();
        result.difference_update(b, eq)?;
        return Ok(result);
    }
    let mut result = SetTable::new();
    for (hash, key) in a.iter_with_hash() {
        if !b.contains(key, hash, eq)? {
            result.insert(key.clone(), hash, eq)?;
        }
    }
    Ok(result)
}

/// `a ^ b` / `a.symmetric_difference(b)` for two sets: a copy of `b`, then
/// [`SetTable::symmetric_difference_update`] with `a`.
pub fn symmetric_difference<E>(
    a: &SetTable,
    b: &SetTable,
    eq: &mut dyn FnMut(&Value, &Value) -> Result<bool, E>,
) -> Result<SetTable, E> {
    let mut result = b.copy();
    result.symmetric_difference_update(a, eq)?;
    Ok(result)
}

/// `a | b` / `a.union(b)` for two sets: a copy of `a` merged with `b` (just the copy when both
/// are the same table).
pub fn union<E>(
    a: &SetTable,
    b: &SetTable,
    eq: &mut dyn FnMut(&Value, &Value) -> Result<bool, E>,
) -> Result<SetTable, E> {
    let mut result = a.copy();
    if !std::ptr::eq(a, b) {
        result.merge_from(b, eq)?;
    }
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    struct Boom;

    /// CPython's `hash(int)` for an int that fits in i64.
    fn py_hash(n: i64) -> i64 {
        const MODULUS: u64 = (1 << 61) - 1;
        let magnitude = (n.unsigned_abs() % MODULUS) as i64;
        let h = if n < 0 { -magnitude } else { magnitude };
        if h == -1 {
            -2
        } else {
            h
        }
    }

    fn int_eq(a: &Value, b: &Value) -> Result<bool, Boom> {
        Ok(matches!((a, b), (Value::Int(x), Value::Int(y)) if x == y))
    }

    fn as_int(v: &Value) -> i64 {
        match v {
            Value::Int(n) => *n,
            _ => i64::MIN,
        }
    }

    fn ints(t: &SetTable) -> Vec<i64> {
        t.iter().map(as_int).collect()
    }

    fn add(t: &mut SetTable, n: i64) -> bool {
        t.insert(Value::Int(n), py_hash(n), &mut int_eq) == Ok(true)
    }

    fn discard(t: &mut SetTable, n: i64) -> bool {
        t.remove(&Value::Int(n), py_hash(n), &mut int_eq) == Ok(true)
    }

    fn has(t: &SetTable, n: i64) -> bool {
        t.contains(&Value::Int(n), py_hash(n), &mut int_eq) == Ok(true)
    }

    fn from_keys(keys: &[i64]) -> SetTable {
        let mut t = SetTable::new();
        for &k in keys {
            add(&mut t, k);
        }
        t
    }

    /// Keys for a scenario: a literal list, or `((i * mult + add) % modulus) * scale + offset`
    /// for `i` in `0..n`.
    enum K {
        L(&'static [i64]),
        F(i64, i64, i64, i64, i64, i64),
    }

    fn keys(k: &K) -> Vec<i64> {
        match *k {
            K::L(list) => list.to_vec(),
            K::F(n, mult, add, modulus, scale, offset) => (0..n)
                .map(|i| {
                    let base =
                        (i128::from(i) * i128::from(mult) + i128::from(add)) % i128::from(modulus);
                    (base * i128::from(scale) + i128::from(offset)) as i64
                })
                .collect(),
        }
    }

    /// One step of a scenario; the numbers are set slots. Each step's Python equivalent is in
    /// the comment next to it.
    enum Op {
        New(usize),                   // s = set()
        Add(usize, K),                // for k in keys: s.add(k)
        Discard(usize, K),            // for k in keys: s.discard(k)
        Pop(usize, usize),            // record [s.pop() for _ in range(n)]
        Clear(usize),                 // s.clear()
        Copy(usize, usize),           // d = s.copy()
        Update(usize, usize),         // d.update(s)
        Inter(usize, usize, usize),   // d = a & b
        Diff(usize, usize, usize),    // d = a - b
        SymDiff(usize, usize, usize), // d = a ^ b
        Union(usize, usize, usize),   // d = a | b
        IAnd(usize, usize),           // d &= s
        ISub(usize, usize),           // d -= s
        IXor(usize, usize),           // d ^= s
        Lit(usize, &'static [i64]),   // s = {k1, k2, ...} (a set display)
        Show(usize),                  // record list(s)
        Sum(usize),                   // record [len(s), checksum of list(s)]
        Hash(usize),                  // record [hash(frozenset(s))]
    }

    struct Scenario {
        name: &'static str,
        ops: &'static [Op],
        expected: &'static [&'static [i64]],
    }

    fn checksum(t: &SetTable) -> i64 {
        t.iter().fold(0u64, |h, v| {
            h.wrapping_mul(1_000_003).wrapping_add(as_int(v) as u64)
        }) as i64
    }

    fn run(ops: &[Op]) -> Result<Vec<Vec<i64>>, Boom> {
        let eq = &mut int_eq;
        let mut sets: Vec<SetTable> = (0..8).map(|_| SetTable::new()).collect();
        let mut out = Vec::new();
        for op in ops {
            match op {
                Op::New(s) => sets[*s] = SetTable::new(),
                Op::Add(s, k) => {
                    for n in keys(k) {
                        sets[*s].insert(Value::Int(n), py_hash(n), eq)?;
                    }
                }
                Op::Discard(s, k) => {
                    for n in keys(k) {
                        sets[*s].remove(&Value::Int(n), py_hash(n), eq)?;
                    }
                }
                Op::Pop(s, n) => out.push(
                    (0..*n)
                        .map(|_| sets[*s].pop().map_or(i64::MAX, |v| as_int(&v)))
                        .collect(),
                ),
                Op::Clear(s) => sets[*s].clear(),
                Op::Copy(d, s) => sets[*d] = sets[*s].copy(),
                Op::Update(d, s) if d == s => {}
                Op::IAnd(d, s) if d == s => {
                    let mut copy = sets[*d].copy();
                    sets[*d].swap_bodies(&mut copy);
                }
                Op::ISub(d, s) | Op::IXor(d, s) if d == s => sets[*d].clear(),
                Op::Update(d, s) => {
                    let other = sets[*s].clone();
                    sets[*d].merge_from(&other, eq)?;
                }
                Op::Inter(d, a, b) => sets[*d] = intersection(&sets[*a], &sets[*b], eq)?,
                Op::Diff(d, a, b) => sets[*d] = difference(&sets[*a], &sets[*b], eq)?,
                Op::SymDiff(d, a, b) => {
                    sets[*d] = symmetric_difference(&sets[*a], &sets[*b], eq)?;
                }
                Op::Union(d, a, b) => sets[*d] = union(&sets[*a], &sets[*b], eq)?,
                Op::IAnd(d, s) => {
                    let other = sets[*s].clone();
                    sets[*d].intersection_update(&other, eq)?;
                }
                Op::ISub(d, s) => {
                    let other = sets[*s].clone();
                    sets[*d].difference_update(&other, eq)?;
                }
                Op::IXor(d, s) => {
                    let other = sets[*s].clone();
                    sets[*d].symmetric_difference_update(&other, eq)?;
                }
                Op::Lit(s, items) => {
                    let mut t = SetTable::new();
                    if items.len() > 2 {
                        let items = items.iter().map(|&n| (py_hash(n), Value::Int(n)));
                        let constant = SetTable::frozenset_constant(items, eq)?;
                        t.merge_from(&constant, eq)?;
                    } else {
                        for &n in items.iter() {
                            t.insert(Value::Int(n), py_hash(n), eq)?;
                        }
                    }
                    sets[*s] = t;
                }
                Op::Show(s) => out.push(ints(&sets[*s])),
                Op::Sum(s) => out.push(vec![sets[*s].len() as i64, checksum(&sets[*s])]),
                Op::Hash(s) => out.push(vec![sets[*s].frozenset_hash()]),
            }
        }
        Ok(out)
    }

    #[test]
    fn scenarios_match_cpython() {
        for scenario in SCENARIOS {
            let got = run(scenario.ops);
            let expected: Vec<Vec<i64>> = scenario.expected.iter().map(|e| e.to_vec()).collect();
            assert_eq!(got, Ok(expected), "scenario {}", scenario.name);
        }
    }

    #[test]
    fn py_hash_matches_cpython() {
        // hash(-1), hash(2**61 - 1), hash(2**61), hash(-(2**63)), hash(2**63 - 1) in CPython.
        assert_eq!(py_hash(-1), -2);
        assert_eq!(py_hash((1 << 61) - 1), 0);
        assert_eq!(py_hash(1 << 61), 1);
        assert_eq!(py_hash(i64::MIN), -4);
        assert_eq!(py_hash(i64::MAX), 3);
    }

    #[test]
    fn basic_membership() {
        let mut t = SetTable::new();
        assert!(t.is_empty());
        assert!(add(&mut t, -1));
        assert!(add(&mut t, -2));
        assert!(!add(&mut t, -1));
        assert_eq!(t.len(), 2);
        assert!(has(&t, -1) && has(&t, -2) && !has(&t, 0));
        assert!(discard(&mut t, -2));
        assert!(!discard(&mut t, -2));
        assert!(has(&t, -1) && !has(&t, -2));
        assert_eq!(t.len(), 1);
    }

    #[test]
    fn equality_errors_propagate_and_leave_table_unchanged() {
        let mut t = from_keys(&[1, 9, 17]);
        let mut failing = |_: &Value, _: &Value| -> Result<bool, Boom> { Err(Boom) };
        // Same hash as a stored key that is not the same value: the comparison runs and fails
        // (a key identical to the stored one is found without a comparison, as in CPython).
        assert_eq!(t.insert(Value::Int(100), 1, &mut failing), Err(Boom));
        assert_eq!(t.contains(&Value::Int(100), 9, &mut failing), Err(Boom));
        assert_eq!(t.remove(&Value::Int(100), 17, &mut failing), Err(Boom));
        assert_eq!(t.contains(&Value::Int(9), 9, &mut failing), Ok(true));
        // A hash nobody has: no comparison, no error.
        assert_eq!(t.insert(Value::Int(2), 2, &mut failing), Ok(true));
        assert_eq!(ints(&t), vec![1, 2, 9, 17]);
        let mut other = SetTable::new();
        other.insert(Value::Int(100), 1, &mut int_eq).unwrap();
        assert_eq!(t.merge_from(&other, &mut failing), Err(Boom));
        assert_eq!(intersection(&t, &other, &mut failing).err(), Some(Boom));
    }

    #[test]
    fn next_from_walks_table_order() {
        let mut t = from_keys(&[5, 3, 100, 1, 12]);
        discard(&mut t, 3);
        let mut pos = 0;
        let mut seen = Vec::new();
        while let Some((next, v)) = t.next_from(pos) {
            assert!(next > pos);
            seen.push(as_int(&v));
            pos = next;
        }
        assert_eq!(seen, ints(&t));
        assert!(t.next_from(1000).is_none());
    }

    #[test]
    fn pop_empty_and_iteration_with_hashes() {
        let mut t = SetTable::new();
        assert!(t.pop().is_none());
        add(&mut t, -1);
        add(&mut t, 7);
        let pairs: Vec<(i64, i64)> = t.iter_with_hash().map(|(h, v)| (h, as_int(v))).collect();
        assert_eq!(pairs, vec![(-2, -1), (7, 7)]);
        assert_eq!(t.pop().map(|v| as_int(&v)), Some(-1));
        assert_eq!(t.pop().map(|v| as_int(&v)), Some(7));
        assert!(t.pop().is_none());
        assert!(t.is_empty());
    }

    /// A probe that cannot decide any comparison pauses at each key with the probed hash, in
    /// probe order, and can go on while the table is unchanged.
    #[test]
    fn paused_probe_goes_on_or_restarts() {
        let mut t = SetTable::new();
        for k in [3i64, 11, 19] {
            // Equal hashes (3): the keys chain in insertion order.
            t.insert(Value::Int(k), 3, &mut int_eq).unwrap();
        }
        let key = Value::Int(27);
        let mut undecided = |_: &Value, _: &Value| None;
        let mut cur = t.cursor(3);
        let mut seen = Vec::new();
        loop {
            match t.probe_step(&mut cur, &key, 3, &mut undecided) {
                Step::Compare { index, stored } => {
                    assert!(t.unchanged(&cur, index, &stored));
                    seen.push(as_int(&stored));
                }
                Step::Found(_) => panic!("nothing equal"),
                Step::Absent { empty, dummy } => {
                    assert!(dummy.is_none());
                    t.insert_absent(empty, dummy, key.clone(), 3);
                    break;
                }
            }
        }
        assert_eq!(seen, vec![3, 11, 19]);
        assert_eq!(t.len(), 4);
        // Identity answers without a comparison; a removed or rebuilt slot is a change.
        let mut cur = t.cursor(3);
        let Step::Compare { index, stored } = t.probe_step(&mut cur, &key, 3, &mut undecided)
        else {
            panic!("expected a comparison first");
        };
        assert!(t.remove_slot(index));
        assert!(!t.unchanged(&cur, index, &stored));
        let mut cur = t.cursor(3);
        assert!(matches!(
            t.probe_step(&mut cur, &key, 3, &mut undecided),
            Step::Compare { .. }
        ));
        t.clear();
        assert!(!t.unchanged(&cur, index, &stored));
    }

    #[test]
    fn self_operand_cases() {
        let t = from_keys(&[8, 16, 0, 24, 32, 40]);
        let eq = &mut int_eq;
        let copy = t.copy();
        assert_eq!(
            ints(&intersection(&t, &t, eq).unwrap_or_default()),
            ints(&copy)
        );
        assert_eq!(ints(&union(&t, &t, eq).unwrap_or_default()), ints(&copy));
        assert!(difference(&t, &t, eq).unwrap_or_default().is_empty());
        assert!(symmetric_difference(&t, &t, eq)
            .unwrap_or_default()
            .is_empty());
        let mut s = t.clone();
        s.pop();
        let before = ints(&s);
        let expected = ints(&s.copy());
        let mut c = s.copy();
        s.swap_bodies(&mut c);
        assert_eq!(ints(&s), expected);
        assert_eq!(ints(&c), before);
        assert_eq!(SetTable::default().len(), 0);
    }

    // Generated by running the scenarios on cpython 3.11.7.
    const SCENARIOS: &[Scenario] = &[
        Scenario {
            name: "small_literal_adds",
            ops: &[Op::New(0), Op::Add(0, K::L(&[5, 3, 100, 1])), Op::Show(0)],
            expected: &[&[1, 3, 100, 5]],
        },
        Scenario {
            name: "comprehension_mod11",
            ops: &[
                Op::New(0),
                Op::Add(
                    0,
                    K::L(&[0, 7, 3, 10, 6, 2, 9, 5, 1, 8, 4, 0, 7, 3, 10, 6, 2, 9, 5, 1]),
                ),
                Op::Show(0),
            ],
            expected: &[&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
        },
        Scenario {
            name: "perm100",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(100, 37, 11, 100, 1, 0)),
                Op::Show(0),
            ],
            expected: &[&[
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
                44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64,
                65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85,
                86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99,
            ]],
        },
        Scenario {
            name: "perm100_scaled8",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(100, 37, 11, 100, 8, 0)),
                Op::Show(0),
            ],
            expected: &[&[
                512, 0, 520, 8, 528, 16, 24, 536, 544, 32, 552, 40, 560, 48, 56, 568, 576, 64, 584,
                72, 80, 592, 88, 600, 608, 96, 616, 104, 112, 624, 632, 120, 640, 128, 648, 136,
                144, 656, 664, 152, 672, 160, 680, 168, 176, 688, 696, 184, 704, 192, 200, 712,
                720, 208, 728, 216, 736, 224, 232, 744, 752, 240, 248, 760, 768, 256, 264, 776,
                784, 272, 792, 280, 288, 296, 304, 312, 320, 328, 336, 344, 352, 360, 368, 376,
                384, 392, 400, 408, 416, 424, 432, 440, 448, 456, 464, 472, 480, 488, 496, 504,
            ]],
        },
        Scenario {
            name: "perm100_scaled1024",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(100, 61, 5, 100, 1024, -3)),
                Op::Show(0),
            ],
            expected: &[&[
                82941, 50173, 1021, 66557, 99325, 33789, 17405, 51197, 67581, 100349, 18429, 83965,
                2045, 34813, 19453, 3069, 35837, 68605, 101373, 52221, 84989, 4093, 36861, 20477,
                53245, 86013, 69629, 54269, 37885, 5117, 70653, 21501, 87037, 38909, 55293, 88061,
                71677, 6141, 22525, 56317, 72701, 23549, 89085, 7165, 39933, 90109, 8189, 40957,
                73725, 24573, 57341, 25597, 58365, 91133, 9213, 41981, 74749, 26621, 59389, 10237,
                43005, 75773, 92157, 11261, 44029, 60413, 27645, 93181, 76797, 61437, 94205, 28669,
                77821, 12285, 45053, 95229, 13309, 78845, 29693, 62461, 14333, 30717, 63485, 96253,
                47101, 79869, 31741, 15357, 48125, 80893, 64509, 97277, 81917, 16381, 49149, 32765,
                65533, 98301, -3, 46077,
            ]],
        },
        Scenario {
            name: "high_bits",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(40, 7, 3, 40, 4294967296, 1)),
                Op::Show(0),
            ],
            expected: &[&[
                12884901889,
                103079215105,
                133143986177,
                42949672961,
                73014444033,
                163208757249,
                21474836481,
                51539607553,
                81604378625,
                111669149697,
                141733920769,
                1,
                30064771073,
                60129542145,
                90194313217,
                167503724545,
                25769803777,
                55834574849,
                85899345921,
                115964116993,
                146028888065,
                4294967297,
                77309411329,
                107374182401,
                137438953473,
                8589934593,
                38654705665,
                150323855361,
                120259084289,
                68719476737,
                98784247809,
                128849018881,
                158913789953,
                17179869185,
                47244640257,
                34359738369,
                64424509441,
                94489280513,
                124554051585,
                154618822657,
            ]],
        },
        Scenario {
            name: "growth_steps",
            ops: &[
                Op::New(0),
                Op::Add(0, K::L(&[208])),
                Op::Show(0),
                Op::Add(0, K::L(&[416])),
                Op::Show(0),
                Op::Add(0, K::L(&[160])),
                Op::Show(0),
                Op::Add(0, K::L(&[368])),
                Op::Show(0),
                Op::Add(0, K::L(&[112])),
                Op::Show(0),
                Op::Add(0, K::L(&[320])),
                Op::Show(0),
                Op::Add(0, K::L(&[64])),
                Op::Show(0),
                Op::Add(0, K::L(&[272])),
                Op::Show(0),
                Op::Add(0, K::L(&[16])),
                Op::Show(0),
                Op::Add(0, K::L(&[224])),
                Op::Show(0),
                Op::Add(0, K::L(&[432])),
                Op::Show(0),
                Op::Add(0, K::L(&[176])),
                Op::Show(0),
                Op::Add(0, K::L(&[384])),
                Op::Show(0),
                Op::Add(0, K::L(&[128])),
                Op::Show(0),
                Op::Add(0, K::L(&[336])),
                Op::Show(0),
                Op::Add(0, K::L(&[80])),
                Op::Show(0),
                Op::Add(0, K::L(&[288])),
                Op::Show(0),
                Op::Add(0, K::L(&[32])),
                Op::Show(0),
                Op::Add(0, K::L(&[240])),
                Op::Show(0),
                Op::Add(0, K::L(&[448])),
                Op::Show(0),
                Op::Add(0, K::L(&[192])),
                Op::Show(0),
                Op::Add(0, K::L(&[400])),
                Op::Show(0),
                Op::Add(0, K::L(&[144])),
                Op::Show(0),
            ],
            expected: &[
                &[208],
                &[208, 416],
                &[208, 416, 160],
                &[208, 368, 416, 160],
                &[416, 160, 208, 368, 112],
                &[416, 160, 320, 208, 368, 112],
                &[416, 160, 320, 64, 208, 368, 112],
                &[416, 160, 320, 64, 208, 368, 112, 272],
                &[416, 160, 320, 64, 208, 368, 112, 272, 16],
                &[416, 160, 320, 64, 224, 208, 368, 112, 272, 16],
                &[416, 160, 320, 64, 224, 208, 368, 112, 272, 16, 432],
                &[416, 160, 320, 64, 224, 208, 368, 112, 272, 16, 432, 176],
                &[
                    416, 160, 320, 64, 224, 384, 208, 368, 112, 272, 16, 432, 176,
                ],
                &[
                    416, 160, 320, 64, 224, 384, 128, 208, 368, 112, 272, 16, 432, 176,
                ],
                &[
                    416, 160, 320, 64, 224, 384, 128, 208, 368, 112, 272, 16, 432, 176, 336,
                ],
                &[
                    416, 160, 320, 64, 224, 384, 128, 208, 368, 112, 272, 16, 432, 176, 336, 80,
                ],
                &[
                    416, 160, 320, 64, 224, 384, 128, 288, 208, 368, 112, 272, 16, 432, 176, 336,
                    80,
                ],
                &[
                    416, 160, 320, 64, 224, 384, 128, 288, 32, 208, 368, 112, 272, 16, 432, 176,
                    336, 80,
                ],
                &[
                    384, 128, 272, 16, 416, 160, 288, 32, 432, 176, 320, 64, 208, 336, 80, 224,
                    368, 112, 240,
                ],
                &[
                    384, 128, 272, 16, 416, 160, 288, 32, 432, 176, 320, 64, 448, 208, 336, 80,
                    224, 368, 112, 240,
                ],
                &[
                    384, 128, 272, 16, 416, 160, 288, 32, 432, 176, 320, 64, 448, 192, 208, 336,
                    80, 224, 368, 112, 240,
                ],
                &[
                    384, 128, 272, 16, 400, 416, 160, 288, 32, 432, 176, 320, 64, 448, 192, 208,
                    336, 80, 224, 368, 112, 240,
                ],
                &[
                    384, 128, 272, 16, 400, 144, 416, 160, 288, 32, 432, 176, 320, 64, 448, 192,
                    208, 336, 80, 224, 368, 112, 240,
                ],
            ],
        },
        Scenario {
            name: "negatives",
            ops: &[
                Op::New(0),
                Op::Add(
                    0,
                    K::L(&[
                        -20, -19, -18, -17, -16, -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5,
                        -4, -3, -2, -1, 0, 1, 2, 3, 4,
                    ]),
                ),
                Op::Show(0),
                Op::Discard(0, K::L(&[-2])),
                Op::Show(0),
                Op::Add(0, K::L(&[-2, -1])),
                Op::Show(0),
            ],
            expected: &[
                &[
                    0, 1, 2, 3, 4, -20, -19, -18, -17, -16, -15, -14, -13, -12, -11, -10, -9, -8,
                    -7, -6, -5, -4, -3, -2, -1,
                ],
                &[
                    0, 1, 2, 3, 4, -20, -19, -18, -17, -16, -15, -14, -13, -12, -11, -10, -9, -8,
                    -7, -6, -5, -4, -3, -1,
                ],
                &[
                    0, 1, 2, 3, 4, -20, -19, -18, -17, -16, -15, -14, -13, -12, -11, -10, -9, -8,
                    -7, -6, -5, -4, -3, -2, -1,
                ],
            ],
        },
        Scenario {
            name: "minus_one_minus_two",
            ops: &[
                Op::New(0),
                Op::Add(0, K::L(&[-1, -2, -3, 7, -9])),
                Op::Show(0),
                Op::Discard(0, K::L(&[-1])),
                Op::Add(0, K::L(&[-17, -1])),
                Op::Show(0),
            ],
            expected: &[&[7, -2, -9, -3, -1], &[7, -17, -2, -9, -3, -1]],
        },
        Scenario {
            name: "big_hashes",
            ops: &[
                Op::New(0),
                Op::Add(
                    0,
                    K::L(&[
                        2305843009213693951,
                        0,
                        2305843009213693952,
                        1,
                        4611686018427387904,
                        i64::MIN,
                        9223372036854775807,
                        -2305843009213693951,
                        -2305843009213693952,
                        2305843009213693959,
                        4611686018427387902,
                        4611686018427387903,
                        -4611686018427387903,
                        8,
                        16,
                        -4611686018427387909,
                        2305843009213693950,
                        -2305843009213693950,
                    ]),
                ),
                Op::Show(0),
                Op::Hash(0),
            ],
            expected: &[
                &[
                    2305843009213693951,
                    0,
                    4611686018427387904,
                    2305843009213693952,
                    1,
                    9223372036854775807,
                    -2305843009213693951,
                    4611686018427387902,
                    2305843009213693959,
                    4611686018427387903,
                    8,
                    -2305843009213693950,
                    16,
                    -4611686018427387903,
                    2305843009213693950,
                    -4611686018427387909,
                    i64::MIN,
                    -2305843009213693952,
                ],
                &[-2602052490677241999],
            ],
        },
        Scenario {
            name: "dummy_reuse_last",
            ops: &[
                Op::New(0),
                Op::Add(0, K::L(&[1, 9, 17])),
                Op::Discard(0, K::L(&[1, 17])),
                Op::Add(0, K::L(&[25])),
                Op::Show(0),
            ],
            expected: &[&[9, 25]],
        },
        Scenario {
            name: "dummy_reuse_chain",
            ops: &[
                Op::New(0),
                Op::Add(0, K::L(&[0, 8, 16, 24])),
                Op::Discard(0, K::L(&[8, 0])),
                Op::Add(0, K::L(&[32, 40])),
                Op::Show(0),
                Op::Discard(0, K::L(&[24, 32])),
                Op::Add(0, K::L(&[8, 48, 0])),
                Op::Show(0),
            ],
            expected: &[&[32, 40, 16, 24], &[0, 40, 8, 16, 48]],
        },
        Scenario {
            name: "remove_then_insert",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(20, 1, 0, 20, 1, 0)),
                Op::Discard(0, K::F(10, 2, 0, 10, 1, 0)),
                Op::Show(0),
                Op::Add(0, K::F(30, 1, 0, 30, 1, 100)),
                Op::Show(0),
                Op::Discard(0, K::F(30, 1, 0, 30, 1, 95)),
                Op::Show(0),
                Op::Add(0, K::F(12, 5, 0, 12, 3, -7)),
                Op::Show(0),
            ],
            expected: &[
                &[1, 3, 5, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
                &[
                    1, 3, 5, 129, 7, 128, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 100, 101, 102,
                    103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118,
                    119, 120, 121, 122, 123, 124, 125, 126, 127,
                ],
                &[
                    1, 3, 5, 129, 7, 128, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 125, 126, 127,
                ],
                &[
                    1, 3, 2, 5, 129, 7, 128, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 23, 26,
                    8, -4, -7, -1, 125, 126, 127,
                ],
            ],
        },
        Scenario {
            name: "churn_resize_with_dummies",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(5, 1, 0, 5, 1, 0)),
                Op::Discard(0, K::F(4, 1, 0, 4, 1, 0)),
                Op::Add(0, K::L(&[40, 48])),
                Op::Show(0),
                Op::Discard(0, K::L(&[40, 4])),
                Op::Add(0, K::L(&[56, 64, 72])),
                Op::Show(0),
            ],
            expected: &[&[4, 40, 48], &[64, 72, 48, 56]],
        },
        Scenario {
            name: "exact_thresholds",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(4, 1, 0, 4, 1, 0)),
                Op::New(1),
                Op::Add(1, K::L(&[100, 101])),
                Op::Update(0, 1),
                Op::Show(0),
                Op::Copy(5, 0),
                Op::Add(0, K::L(&[200])),
                Op::Show(0),
                Op::Add(0, K::L(&[216])),
                Op::Show(0),
                Op::Add(0, K::L(&[232])),
                Op::Show(0),
                Op::Add(0, K::L(&[248])),
                Op::Show(0),
                Op::New(2),
                Op::Add(2, K::L(&[300, 316, 332])),
                Op::Update(5, 2),
                Op::Show(5),
            ],
            expected: &[
                &[0, 1, 2, 3, 100, 101],
                &[0, 1, 2, 3, 100, 101, 200],
                &[0, 1, 2, 3, 100, 101, 200, 216],
                &[0, 1, 2, 3, 200, 216, 100, 101, 232],
                &[0, 1, 2, 3, 200, 216, 100, 101, 232, 248],
                &[0, 1, 2, 3, 100, 101, 300, 332, 316],
            ],
        },
        Scenario {
            name: "pop_sequence",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(10, 1, 0, 10, 1, 0)),
                Op::Pop(0, 3),
                Op::Show(0),
                Op::Add(0, K::L(&[50, 3, 8, 1])),
                Op::Pop(0, 4),
                Op::Show(0),
                Op::Clear(0),
                Op::Add(0, K::L(&[1, 2, 3, 4, 5, 6, 7])),
                Op::Pop(0, 2),
                Op::Show(0),
                Op::Pop(0, 5),
            ],
            expected: &[
                &[0, 1, 2],
                &[3, 4, 5, 6, 7, 8, 9],
                &[3, 4, 5, 6],
                &[1, 7, 8, 9, 50],
                &[7, 1],
                &[2, 3, 4, 5, 6],
                &[2, 3, 4, 5, 6],
            ],
        },
        Scenario {
            name: "pop_wraps",
            ops: &[
                Op::New(0),
                Op::Add(0, K::L(&[7, 15, 6])),
                Op::Pop(0, 1),
                Op::Add(0, K::L(&[0])),
                Op::Pop(0, 3),
                Op::Add(0, K::L(&[9, 1])),
                Op::Pop(0, 2),
            ],
            expected: &[&[15], &[6, 7, 0], &[9, 1]],
        },
        Scenario {
            name: "pop_big",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(200, 17, 3, 200, 5, -11)),
                Op::Pop(0, 50),
                Op::Sum(0),
                Op::Add(0, K::F(60, 3, 0, 60, 7, 0)),
                Op::Pop(0, 20),
                Op::Show(0),
            ],
            expected: &[
                &[
                    514, 4, 519, 9, 524, 14, 529, 19, 534, 24, 539, 29, 544, 34, 549, 39, 554, 44,
                    559, 49, 564, 54, 569, 59, 574, 64, 579, 69, 584, 74, 589, 79, 594, 84, 599,
                    89, 604, 94, 609, 99, 614, 104, 619, 109, 624, 114, 629, 119, 634, 124,
                ],
                &[150, -4223618098046694296],
                &[
                    126, 639, 129, 644, 134, 649, 139, 654, 144, 659, 147, 149, 664, 154, 669, 159,
                    674, 164, 679, 168,
                ],
                &[
                    0, 21, 42, 63, 84, 105, 169, 684, 174, 689, 179, 694, 184, 699, 189, 704, 194,
                    709, 199, 714, 204, 719, 209, 210, 724, 214, 729, 219, 734, 224, 739, 229, 231,
                    744, 234, 749, 239, 754, 244, 759, 249, 764, 252, 254, 769, 259, 774, 264, 779,
                    269, 784, 273, 274, 789, 279, 794, 284, 799, 289, 804, 294, 809, 299, 814, 304,
                    819, 309, 824, 314, 315, 829, 319, 834, 324, 839, 329, 844, 334, 336, 849, 339,
                    854, 344, 859, 349, 864, 354, 869, 357, 359, 874, 364, 879, 369, 884, 374, 889,
                    378, 379, 894, 384, 899, 389, 904, 394, 909, 399, 914, 404, 919, 409, 924, 414,
                    929, 419, 934, 424, 939, 429, 944, 434, 949, 439, 954, 444, 959, 449, 964, 454,
                    969, 459, 974, 464, 979, 469, 984, 474, 479, 484, 489, 494, 499, -11, 504, -6,
                    509, -1,
                ],
            ],
        },
        Scenario {
            name: "pop_after_copy_and_iand",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(12, 1, 0, 12, 1, 0)),
                Op::Pop(0, 5),
                Op::Copy(1, 0),
                Op::Pop(1, 2),
                Op::New(2),
                Op::Add(2, K::F(30, 3, 0, 30, 1, 0)),
                Op::IAnd(0, 2),
                Op::Show(0),
                Op::Pop(0, 2),
            ],
            expected: &[&[0, 1, 2, 3, 4], &[5, 6], &[9, 6], &[6, 9]],
        },
        Scenario {
            name: "self_operands",
            ops: &[
                Op::New(0),
                Op::Add(0, K::L(&[8, 16, 0, 24, 32, 40])),
                Op::Pop(0, 1),
                Op::Show(0),
                Op::Copy(1, 0),
                Op::Show(1),
                Op::Copy(2, 0),
                Op::IAnd(0, 0),
                Op::Show(0),
                Op::Pop(0, 2),
                Op::Update(1, 1),
                Op::Show(1),
                Op::ISub(1, 1),
                Op::Show(1),
                Op::Add(1, K::L(&[3])),
                Op::Pop(1, 1),
                Op::IXor(2, 2),
                Op::Show(2),
                Op::Inter(3, 0, 0),
                Op::Show(3),
                Op::Union(4, 0, 0),
                Op::Show(4),
                Op::SymDiff(5, 0, 0),
                Op::Show(5),
                Op::Diff(6, 0, 0),
                Op::Show(6),
            ],
            expected: &[
                &[32],
                &[0, 8, 40, 16, 24],
                &[0, 16, 8, 24, 40],
                &[0, 16, 8, 24, 40],
                &[16, 8],
                &[0, 16, 8, 24, 40],
                &[],
                &[3],
                &[],
                &[0, 24, 40],
                &[0, 24, 40],
                &[],
                &[],
            ],
        },
        Scenario {
            name: "copy_no_dummies",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(50, 13, 2, 50, 9, 0)),
                Op::Copy(1, 0),
                Op::Show(0),
                Op::Show(1),
            ],
            expected: &[
                &[
                    0, 387, 261, 135, 9, 396, 270, 144, 18, 405, 279, 153, 27, 414, 288, 162, 36,
                    423, 297, 171, 45, 432, 306, 180, 54, 441, 315, 189, 63, 324, 198, 72, 333,
                    207, 81, 342, 216, 90, 351, 225, 99, 360, 234, 108, 369, 243, 117, 378, 252,
                    126,
                ],
                &[
                    0, 387, 261, 135, 9, 396, 270, 144, 18, 405, 279, 153, 27, 414, 288, 162, 36,
                    423, 297, 171, 45, 432, 306, 180, 54, 441, 315, 189, 63, 324, 198, 72, 333,
                    207, 81, 342, 216, 90, 351, 225, 99, 360, 234, 108, 369, 243, 117, 378, 252,
                    126,
                ],
            ],
        },
        Scenario {
            name: "copy_with_dummies",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(50, 13, 2, 50, 9, 0)),
                Op::Discard(0, K::F(45, 1, 0, 45, 9, 0)),
                Op::Copy(1, 0),
                Op::Show(0),
                Op::Show(1),
            ],
            expected: &[&[405, 414, 423, 432, 441], &[432, 405, 423, 441, 414]],
        },
        Scenario {
            name: "copy_small_collisions",
            ops: &[
                Op::New(0),
                Op::Add(0, K::L(&[8, 16, 0, 24])),
                Op::Copy(1, 0),
                Op::Show(1),
                Op::Add(0, K::L(&[32])),
                Op::Copy(2, 0),
                Op::Show(2),
                Op::Discard(0, K::L(&[0])),
                Op::Copy(3, 0),
                Op::Show(3),
            ],
            expected: &[&[8, 16, 0, 24], &[32, 0, 16, 8, 24], &[32, 8, 16, 24]],
        },
        Scenario {
            name: "update_into_empty",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(20, 7, 1, 20, 32, 0)),
                Op::New(1),
                Op::Update(1, 0),
                Op::Show(1),
                Op::New(2),
                Op::Add(2, K::L(&[5])),
                Op::Discard(2, K::L(&[5])),
                Op::Update(2, 0),
                Op::Show(2),
            ],
            expected: &[
                &[
                    256, 512, 128, 384, 0, 64, 320, 192, 576, 448, 32, 288, 544, 160, 416, 480, 96,
                    352, 224, 608,
                ],
                &[
                    256, 512, 128, 384, 0, 64, 320, 192, 576, 448, 32, 288, 544, 160, 416, 480, 96,
                    352, 224, 608,
                ],
            ],
        },
        Scenario {
            name: "update_nonempty",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(20, 7, 1, 20, 32, 0)),
                Op::New(1),
                Op::Add(1, K::F(15, 4, 0, 15, 16, 8)),
                Op::Update(1, 0),
                Op::Show(1),
                Op::Update(0, 1),
                Op::Show(0),
            ],
            expected: &[
                &[
                    256, 512, 128, 384, 0, 8, 136, 24, 152, 32, 288, 544, 160, 416, 40, 168, 56,
                    184, 64, 320, 192, 576, 448, 72, 200, 88, 216, 480, 96, 352, 224, 608, 104,
                    232, 120,
                ],
                &[
                    256, 512, 128, 384, 0, 8, 136, 24, 152, 32, 288, 544, 160, 416, 40, 168, 56,
                    184, 64, 320, 192, 576, 448, 72, 200, 88, 216, 480, 96, 352, 224, 608, 104,
                    232, 120,
                ],
            ],
        },
        Scenario {
            name: "union",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(9, 5, 0, 9, 8, 0)),
                Op::New(1),
                Op::Add(1, K::F(12, 5, 1, 12, 4, 0)),
                Op::Union(2, 0, 1),
                Op::Show(2),
                Op::Union(3, 1, 0),
                Op::Show(3),
                Op::Union(4, 0, 0),
                Op::Show(4),
            ],
            expected: &[
                &[0, 64, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 56],
                &[0, 64, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 56],
                &[0, 64, 32, 8, 40, 48, 16, 56, 24],
            ],
        },
        Scenario {
            name: "intersection",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(30, 7, 0, 30, 8, 0)),
                Op::New(1),
                Op::Add(1, K::F(20, 3, 0, 20, 12, 0)),
                Op::Inter(2, 0, 1),
                Op::Show(2),
                Op::Inter(3, 1, 0),
                Op::Show(3),
                Op::Inter(4, 0, 0),
                Op::Show(4),
            ],
            expected: &[
                &[0, 192, 96, 168, 72, 48, 144, 24, 120, 216],
                &[0, 192, 96, 168, 72, 48, 144, 24, 120, 216],
                &[
                    0, 128, 192, 64, 136, 8, 200, 72, 144, 16, 208, 80, 24, 152, 216, 88, 120, 184,
                    160, 32, 224, 96, 168, 40, 232, 104, 176, 48, 112, 56,
                ],
            ],
        },
        Scenario {
            name: "intersection_equal_sizes",
            ops: &[
                Op::New(0),
                Op::Add(0, K::L(&[64, 0, 32, 8, 72, 16])),
                Op::New(1),
                Op::Add(1, K::L(&[16, 72, 8, 32, 0, 64])),
                Op::Inter(2, 0, 1),
                Op::Show(2),
                Op::Inter(3, 1, 0),
                Op::Show(3),
            ],
            expected: &[&[32, 0, 64, 8, 72, 16], &[64, 0, 32, 72, 8, 16]],
        },
        Scenario {
            name: "difference_fresh",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(40, 11, 0, 40, 8, 0)),
                Op::New(1),
                Op::Add(1, K::F(12, 1, 0, 12, 24, 0)),
                Op::Diff(2, 0, 1),
                Op::Show(2),
                Op::Diff(3, 1, 0),
                Op::Show(3),
                Op::Diff(4, 0, 0),
                Op::Show(4),
            ],
            expected: &[
                &[
                    128, 256, 136, 8, 272, 16, 280, 152, 32, 160, 288, 296, 40, 176, 304, 312, 56,
                    184, 64, 200, 208, 80, 88, 224, 104, 232, 112, 248,
                ],
                &[],
                &[],
            ],
        },
        Scenario {
            name: "difference_copy_path",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(100, 11, 0, 100, 8, 0)),
                Op::New(1),
                Op::Add(1, K::F(12, 1, 0, 12, 24, 0)),
                Op::Diff(2, 0, 1),
                Op::Show(2),
                Op::Add(2, K::L(&[3, 11])),
                Op::Show(2),
            ],
            expected: &[
                &[
                    512, 256, 768, 520, 8, 776, 528, 16, 784, 272, 536, 792, 280, 32, 544, 288, 40,
                    552, 296, 560, 304, 56, 568, 312, 64, 576, 320, 584, 328, 80, 592, 336, 88,
                    600, 344, 608, 352, 616, 104, 360, 112, 624, 368, 632, 376, 128, 640, 384, 136,
                    648, 392, 656, 400, 152, 664, 408, 160, 672, 416, 680, 424, 176, 688, 432, 696,
                    184, 440, 704, 448, 200, 712, 456, 208, 720, 464, 728, 472, 224, 736, 248, 480,
                    232, 744, 488, 504, 752, 496, 760,
                ],
                &[
                    512, 256, 768, 3, 520, 8, 776, 11, 528, 16, 784, 272, 536, 792, 280, 32, 544,
                    288, 40, 552, 296, 560, 304, 56, 568, 312, 64, 576, 320, 584, 328, 80, 592,
                    336, 88, 600, 344, 608, 352, 616, 104, 360, 112, 624, 368, 632, 376, 128, 640,
                    384, 136, 648, 392, 656, 400, 152, 664, 408, 160, 672, 416, 680, 424, 176, 688,
                    432, 696, 184, 440, 704, 448, 200, 712, 456, 208, 720, 464, 728, 472, 224, 736,
                    248, 480, 232, 744, 488, 504, 752, 496, 760,
                ],
            ],
        },
        Scenario {
            name: "difference_copy_path_shrinks",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(100, 11, 0, 100, 8, 0)),
                Op::New(1),
                Op::Add(1, K::F(24, 1, 0, 24, 8, 0)),
                Op::Diff(2, 0, 1),
                Op::Show(2),
                Op::Add(2, K::L(&[1, 2, 3])),
                Op::Show(2),
            ],
            expected: &[
                &[
                    512, 256, 768, 520, 264, 776, 528, 784, 272, 536, 792, 280, 544, 288, 552, 296,
                    560, 304, 568, 312, 576, 320, 584, 328, 592, 336, 600, 344, 608, 352, 616, 360,
                    624, 368, 632, 376, 640, 384, 648, 392, 656, 400, 664, 408, 672, 416, 680, 424,
                    688, 432, 696, 440, 704, 192, 448, 200, 712, 456, 208, 720, 464, 216, 728, 472,
                    224, 736, 248, 480, 232, 744, 488, 504, 240, 752, 496, 760,
                ],
                &[
                    512, 256, 768, 1, 2, 3, 520, 264, 776, 528, 784, 272, 536, 792, 280, 544, 288,
                    552, 296, 560, 304, 568, 312, 576, 320, 584, 328, 592, 336, 600, 344, 608, 352,
                    616, 360, 624, 368, 632, 376, 640, 384, 648, 392, 656, 400, 664, 408, 672, 416,
                    680, 424, 688, 432, 696, 440, 704, 192, 448, 200, 712, 456, 208, 720, 464, 216,
                    728, 472, 224, 736, 248, 480, 232, 744, 488, 504, 240, 752, 496, 760,
                ],
            ],
        },
        Scenario {
            name: "difference_update_8x",
            ops: &[
                Op::New(0),
                Op::Add(0, K::L(&[8, 0, 16, 40])),
                Op::New(1),
                Op::Add(1, K::F(60, 1, 0, 60, 8, 0)),
                Op::ISub(0, 1),
                Op::Show(0),
                Op::Add(0, K::L(&[1, 9])),
                Op::Show(0),
            ],
            expected: &[&[], &[1, 9]],
        },
        Scenario {
            name: "difference_update_resizes",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(64, 19, 0, 64, 4, 0)),
                Op::New(1),
                Op::Add(1, K::F(40, 1, 0, 40, 4, 0)),
                Op::ISub(0, 1),
                Op::Show(0),
                Op::Add(0, K::L(&[0, 4, 3])),
                Op::Show(0),
            ],
            expected: &[
                &[
                    160, 164, 168, 172, 176, 180, 184, 188, 192, 196, 200, 204, 208, 212, 216, 220,
                    224, 228, 232, 236, 240, 244, 248, 252,
                ],
                &[
                    0, 3, 4, 160, 164, 168, 172, 176, 180, 184, 188, 192, 196, 200, 204, 208, 212,
                    216, 220, 224, 228, 232, 236, 240, 244, 248, 252,
                ],
            ],
        },
        Scenario {
            name: "symmetric_difference",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(25, 7, 0, 25, 8, 0)),
                Op::New(1),
                Op::Add(1, K::F(25, 3, 10, 25, 8, 0)),
                Op::SymDiff(2, 0, 1),
                Op::Show(2),
                Op::SymDiff(3, 1, 0),
                Op::Show(3),
                Op::SymDiff(4, 0, 0),
                Op::Show(4),
                Op::Add(4, K::L(&[5, 13])),
                Op::Show(4),
            ],
            expected: &[&[], &[], &[], &[5, 13]],
        },
        Scenario {
            name: "symmetric_difference_asymmetric",
            ops: &[
                Op::New(0),
                Op::Add(0, K::L(&[0, 8, 16, 24, 32, 40, 3])),
                Op::New(1),
                Op::Add(1, K::F(40, 7, 0, 40, 8, 0)),
                Op::SymDiff(2, 0, 1),
                Op::Show(2),
                Op::SymDiff(3, 1, 0),
                Op::Show(3),
                Op::New(4),
                Op::Add(4, K::L(&[5, 13, 21, 29])),
                Op::New(5),
                Op::Add(5, K::L(&[29, 37, 45, 53, 61, 69, 5])),
                Op::SymDiff(6, 4, 5),
                Op::Show(6),
                Op::SymDiff(7, 5, 4),
                Op::Show(7),
            ],
            expected: &[
                &[
                    128, 256, 3, 136, 264, 144, 272, 280, 152, 160, 288, 168, 296, 48, 176, 304,
                    312, 56, 184, 64, 192, 72, 200, 80, 208, 88, 216, 224, 248, 96, 104, 232, 112,
                    240, 120,
                ],
                &[
                    128, 256, 64, 3, 192, 264, 136, 72, 200, 144, 272, 80, 208, 152, 280, 56, 88,
                    216, 120, 184, 160, 288, 224, 248, 96, 104, 168, 296, 232, 48, 176, 304, 112,
                    240, 312,
                ],
                &[13, 61, 37, 69, 53, 21, 45],
                &[37, 69, 13, 45, 61, 21, 53],
            ],
        },
        Scenario {
            name: "inplace_ops",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(30, 7, 0, 30, 8, 0)),
                Op::New(1),
                Op::Add(1, K::F(20, 3, 5, 20, 16, 0)),
                Op::Copy(2, 0),
                Op::IXor(2, 1),
                Op::Show(2),
                Op::Copy(3, 0),
                Op::IAnd(3, 1),
                Op::Show(3),
                Op::Copy(4, 1),
                Op::ISub(4, 0),
                Op::Show(4),
            ],
            expected: &[
                &[
                    256, 136, 8, 200, 72, 272, 24, 152, 216, 88, 120, 184, 288, 168, 40, 232, 104,
                    240, 304, 56,
                ],
                &[
                    128, 0, 160, 32, 192, 64, 224, 96, 144, 16, 176, 48, 80, 208, 112,
                ],
                &[256, 272, 288, 304, 240],
            ],
        },
        Scenario {
            name: "literals",
            ops: &[
                Op::Lit(0, &[5, 3, 100, 1]),
                Op::Show(0),
                Op::Lit(1, &[194, 264, -1, 120, 203, 77, 131]),
                Op::Show(1),
                Op::Lit(2, &[17, 75, 136, 40, 184, 63, 264, 184, 168, 128]),
                Op::Show(2),
                Op::Lit(3, &[-2, 73, 144, 144, 8, 16, 48, 81, 17, 62]),
                Op::Show(3),
                Op::Lit(4, &[8, 0]),
                Op::Show(4),
                Op::Lit(5, &[24, 16, 8, 0, 32, 40, 48, 56, 64]),
                Op::Show(5),
            ],
            expected: &[
                &[1, 3, 100, 5],
                &[194, 131, 264, 203, 120, 77, -1],
                &[128, 264, 40, 136, 75, 168, 17, 184, 63],
                &[8, 73, 48, 144, 16, 81, 17, -2, 62],
                &[8, 0],
                &[32, 0, 64, 40, 8, 16, 48, 24, 56],
            ],
        },
        Scenario {
            name: "frozenset_hashes",
            ops: &[
                Op::New(0),
                Op::Hash(0),
                Op::Add(0, K::L(&[1, 2, 3])),
                Op::Hash(0),
                Op::Add(0, K::F(100, 7, 0, 100, 3, -50)),
                Op::Hash(0),
                Op::Discard(0, K::F(50, 1, 0, 50, 1, 0)),
                Op::Hash(0),
                Op::New(1),
                Op::Add(1, K::L(&[0])),
                Op::Hash(1),
                Op::Add(1, K::L(&[-1, -2])),
                Op::Hash(1),
            ],
            expected: &[
                &[133146708735736],
                &[-272375401224217160],
                &[-6208026647372357691],
                &[-636587977156123136],
                &[-2704248722033767810],
                &[-2704584967493951443],
            ],
        },
        Scenario {
            name: "large_60000",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(60000, 7919, 13, 60000, 3, -1000)),
                Op::Sum(0),
                Op::Discard(0, K::F(30000, 2, 0, 60000, 3, -1000)),
                Op::Sum(0),
                Op::Add(0, K::F(5000, 1, 0, 5000, 1048576, 0)),
                Op::Sum(0),
                Op::Copy(1, 0),
                Op::Sum(1),
                Op::Pop(1, 3),
                Op::Sum(1),
            ],
            expected: &[
                &[60000, -8975592707257421490],
                &[30000, -5429904926963748740],
                &[35000, 8659873801400234446],
                &[35000, 3479137432581927724],
                &[0, 1048576, 2097152],
                &[34997, 2987555962876818220],
            ],
        },
        Scenario {
            name: "large_80000_grows_by_doubling",
            ops: &[
                Op::New(0),
                Op::Add(0, K::F(80000, 7919, 13, 80000, 7, -1000)),
                Op::Sum(0),
                Op::Discard(0, K::F(40000, 2, 1, 80000, 7, -1000)),
                Op::New(1),
                Op::Add(1, K::F(3, 1, 0, 3, 1, 0)),
                Op::ISub(0, 1),
                Op::Sum(0),
                Op::Pop(0, 4),
                Op::Copy(1, 0),
                Op::Sum(1),
            ],
            expected: &[
                &[80000, -7997230324899062236],
                &[40000, 6215259579848764524],
                &[262144, 524294, 8, 262158],
                &[39996, 9156873908913419632],
            ],
        },
    ];
}
