//! dict: an insertion-ordered compact table (hash indices into a dense entry vector).
//!
//! The table itself never runs Python code: key equality comes from the caller as a closure
//! that may fail, so the VM decides when a comparison needs `__eq__` (see `Vm::dict_*`).

use crate::value::Value;
use hashbrown::HashTable;

#[derive(Clone)]
pub struct DictEntry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// The storage of a dict. Deleted entries leave holes that are compacted on growth.
#[derive(Clone, Default)]
pub struct DictTable {
    indices: HashTable<usize>,
    entries: Vec<Option<DictEntry>>,
    /// Bumped on every insertion or removal, so iterators detect "changed size during iteration".
    pub version: u64,
    /// Bumped whenever CPython's dict would have a new keys table (a resize, clear) or ours
    /// renumbers its entries (compaction): a lookup paused for a Python `__eq__` then starts
    /// over (CPython's `dk != mp->ma_keys`), so it calls `__eq__` as often as CPython does.
    pub layout: u32,
    /// Insertions left before CPython's table of the same history would resize (its
    /// `dk_usable`); only counted, our own storage grows as it needs.
    usable: u32,
}

/// CPython's smallest keys table size.
const CPY_MIN_SIZE: usize = 8;

/// CPython's usable fraction of a keys table of `size` slots.
fn cpy_usable(size: usize) -> usize {
    (size << 1) / 3
}

/// CPython's table size for at least `min` slots.
fn cpy_size_for(min: usize) -> usize {
    min.max(CPY_MIN_SIZE).next_power_of_two()
}

/// The hash the index table files an entry under. hashbrown takes the bucket from the low bits
/// and a 7-bit tag from the top bits; Python's hashes of small ints (and of objects whose
/// `__hash__` returns one) have all-zero top bits, which would give every entry the same tag and
/// make each probe compare every entry of a group. The multiplication by an odd constant keeps
/// the low bits a permutation of the hash's low bits and fills the top bits.
#[inline(always)]
fn slot_hash(hash: i64) -> u64 {
    (hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

pub type EqFn<'a, E> = &'a mut dyn FnMut(&Value, &Value) -> Result<bool, E>;

impl DictTable {
    /// Bytes of the buffers the table owns (its index and its entries), for `__sizeof__`.
    pub fn allocated_bytes(&self) -> usize {
        self.indices.capacity() * (std::mem::size_of::<usize>() + 1)
            + self.entries.capacity() * std::mem::size_of::<Option<DictEntry>>()
    }

    pub fn new() -> Self {
        Self::default()
    }

    pub fn with_capacity(n: usize) -> Self {
        DictTable {
            indices: HashTable::with_capacity(n),
            entries: Vec::with_capacity(n),
            version: 0,
            layout: 0,
            // CPython's _PyDict_NewPresized.
            usable: if n == 0 {
                0
            } else if n <= cpy_usable(CPY_MIN_SIZE) {
                cpy_usable(CPY_MIN_SIZE) as u32
            } else {
                cpy_usable(cpy_size_for((n * 3).div_ceil(2))).min(u32::MAX as usize) as u32
            },
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.indices.len()
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.indices.is_empty()
    }

    /// Index of the entry holding `key`, if any.
    pub fn find<E>(&self, key: &Value, hash: i64, eq: EqFn<'_, E>) -> Result<Option<usize>, E> {
        let mut error = None;
        let entries = &self.entries;
        let found = self.indices.find(slot_hash(hash), |&i| match &entries[i] {
            Some(e) if e.hash == hash => {
                if e.key.is(key) {
                    return true;
                }
                match eq(&e.key, key) {
                    Ok(b) => b,
                    Err(err) => {
                        error = Some(err);
                        true
                    }
                }
            }
            _ => false,
        });
        if let Some(err) = error {
            return Err(err);
        }
        Ok(found.copied())
    }

    /// The value of entry `index` if that entry's key is `key` itself (the check of an inline
    /// cache that remembered where a name was found).
    /// Pushes the value straight onto `out`, so that it is copied memory to memory.
    #[inline]
    pub fn push_value_at_if_key(&self, index: usize, key: &Value, out: &mut Vec<Value>) -> bool {
        match self.entries.get(index) {
            Some(Some(e)) if e.key.is(key) => {
                out.push(e.value.clone());
                true
            }
            _ => false,
        }
    }

    pub fn get<E>(&self, key: &Value, hash: i64, eq: EqFn<'_, E>) -> Result<Option<Value>, E> {
        Ok(self
            .find(key, hash, eq)?
            .and_then(|i| self.entries[i].as_ref().map(|e| e.value.clone())))
    }

    /// Inserts or replaces; returns the previous value.
    pub fn insert<E>(
        &mut self,
        key: Value,
        hash: i64,
        value: Value,
        eq: EqFn<'_, E>,
    ) -> Result<Option<Value>, E> {
        if let Some(i) = self.find(&key, hash, eq)? {
            if let Some(e) = self.entries[i].as_mut() {
                return Ok(Some(std::mem::replace(&mut e.value, value)));
            }
        }
        self.push_new(key, hash, value);
        Ok(None)
    }

    /// Appends an entry known to be absent.
    pub fn push_new(&mut self, key: Value, hash: i64, value: Value) {
        if self.usable == 0 {
            // CPython's insertion_resize: a new table for three times the live entries.
            let size = cpy_size_for(self.len() * 3);
            self.usable = cpy_usable(size)
                .saturating_sub(self.len())
                .min(u32::MAX as usize) as u32;
            self.layout = self.layout.wrapping_add(1);
        }
        self.usable = self.usable.saturating_sub(1);
        if self.entries.len() >= 16 && self.entries.len() >= self.len() * 2 {
            self.compact();
        }
        let idx = self.entries.len();
        if idx == self.entries.capacity() {
            // Doubling from the current size (a 1-entry dict grows to 2, not to Vec's minimum
            // of 4): small dicts, the most common, waste no entries.
            self.entries.reserve_exact(idx.max(1));
        }
        self.entries.push(Some(DictEntry { hash, key, value }));
        let entries = &self.entries;
        self.indices.insert_unique(slot_hash(hash), idx, |&i| {
            entries[i].as_ref().map_or(0, |e| slot_hash(e.hash))
        });
        self.version += 1;
    }

    pub fn remove<E>(
        &mut self,
        key: &Value,
        hash: i64,
        eq: EqFn<'_, E>,
    ) -> Result<Option<DictEntry>, E> {
        let Some(i) = self.find(key, hash, eq)? else {
            return Ok(None);
        };
        Ok(self.remove_at(i))
    }

    /// The entries whose key has hash `hash`, in the order a lookup compares them: (entry index,
    /// key). What a lookup that runs Python `__eq__` walks, outside any borrow of the table.
    pub fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        self.indices
            .iter_hash(slot_hash(hash))
            .filter_map(|&i| match self.entries.get(i) {
                Some(Some(e)) if e.hash == hash => Some((i, e.key.clone())),
                _ => None,
            })
            .collect()
    }

    /// The key of entry `i`, if that entry is live.
    pub fn key_at(&self, i: usize) -> Option<&Value> {
        self.entries.get(i)?.as_ref().map(|e| &e.key)
    }

    /// Removes entry `i` (found by a lookup; the table is unchanged since).
    pub fn remove_at(&mut self, i: usize) -> Option<DictEntry> {
        let hash = self.entries.get(i)?.as_ref()?.hash;
        if let Ok(slot) = self.indices.find_entry(slot_hash(hash), |&j| j == i) {
            slot.remove();
        }
        self.version += 1;
        self.entries[i].take()
    }

    /// Removes and returns the last entry (dict.popitem).
    pub fn pop_last(&mut self) -> Option<DictEntry> {
        let i = self.entries.iter().rposition(|e| e.is_some())?;
        let e = self.remove_at(i);
        self.entries.truncate(i);
        e
    }

    pub fn clear(&mut self) {
        self.indices.clear();
        self.entries.clear();
        self.usable = 0;
        self.version += 1;
        self.layout = self.layout.wrapping_add(1);
    }

    fn compact(&mut self) {
        self.layout = self.layout.wrapping_add(1);
        self.entries.retain(|e| e.is_some());
        self.indices.clear();
        for (i, e) in self.entries.iter().enumerate() {
            let hash = e.as_ref().map_or(0, |e| e.hash);
            let entries = &self.entries;
            self.indices.insert_unique(slot_hash(hash), i, |&j| {
                entries[j].as_ref().map_or(0, |e| slot_hash(e.hash))
            });
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &DictEntry> + '_ {
        self.entries.iter().flatten()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// The entry at position `pos` of the entry vector or the next live one after it, with the
    /// position to continue from. Iterators keep a position rather than a borrow.
    pub fn next_from(&self, pos: usize) -> Option<(usize, &DictEntry)> {
        self.entries
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, e)| e.as_ref().map(|e| (i + 1, e)))
    }

    /// The last live entry before position `end` of the entry vector, with its position (the
    /// `end` to continue from): what reversed iterators use.
    pub fn prev_before(&self, end: usize) -> Option<(usize, &DictEntry)> {
        self.entries
            .iter()
            .take(end)
            .enumerate()
            .rev()
            .find_map(|(i, e)| e.as_ref().map(|e| (i, e)))
    }

    /// The length of the entry vector (live entries and holes): where reversed iteration starts.
    pub fn entries_end(&self) -> usize {
        self.entries.len()
    }

    pub fn value_at(&self, i: usize) -> Option<&Value> {
        self.entries.get(i)?.as_ref().map(|e| &e.value)
    }
    pub fn set_value_at(&mut self, i: usize, v: Value) -> Option<Value> {
        self.entries
            .get_mut(i)?
            .as_mut()
            .map(|e| std::mem::replace(&mut e.value, v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_eq(a: &Value, b: &Value) -> Result<bool, ()> {
        Ok(matches!((a, b), (Value::Int(x), Value::Int(y)) if x == y))
    }

    #[test]
    fn insertion_order_and_replace() {
        let mut d = DictTable::new();
        for k in [5i64, 1, 9, 1] {
            d.insert(Value::Int(k), k, Value::Int(k * 10), &mut int_eq)
                .unwrap();
        }
        let keys: Vec<i64> = d
            .iter()
            .map(|e| match e.key {
                Value::Int(i) => i,
                _ => 0,
            })
            .collect();
        assert_eq!(keys, vec![5, 1, 9]);
        assert_eq!(d.len(), 3);
    }

    #[test]
    fn remove_and_compact() {
        let mut d = DictTable::new();
        for k in 0..100i64 {
            d.insert(Value::Int(k), k, Value::None, &mut int_eq)
                .unwrap();
        }
        for k in 0..90i64 {
            assert!(d.remove(&Value::Int(k), k, &mut int_eq).unwrap().is_some());
        }
        for k in 100..140i64 {
            d.insert(Value::Int(k), k, Value::None, &mut int_eq)
                .unwrap();
        }
        assert_eq!(d.len(), 50);
        assert!(d.find(&Value::Int(95), 95, &mut int_eq).unwrap().is_some());
        assert!(d.find(&Value::Int(5), 5, &mut int_eq).unwrap().is_none());
        let first = d.iter().next().map(|e| e.key.clone());
        assert!(matches!(first, Some(Value::Int(90))));
        let last = d.pop_last().unwrap();
        assert!(matches!(last.key, Value::Int(139)));
    }

    #[test]
    fn candidates_and_layout() {
        let mut d = DictTable::new();
        for k in [1i64, 2, 3] {
            d.insert(Value::Int(k), 9, Value::None, &mut int_eq)
                .unwrap();
        }
        d.insert(Value::Int(4), 5, Value::None, &mut int_eq)
            .unwrap();
        let keys: Vec<(usize, i64)> = d
            .candidates(9)
            .into_iter()
            .map(|(i, k)| (i, if let Value::Int(n) = k { n } else { 0 }))
            .collect();
        assert_eq!(keys, vec![(0, 1), (1, 2), (2, 3)]);
        assert!(d.key_at(1).is_some_and(|k| k.is(&Value::Int(2))));
        assert!(d.remove_at(1).is_some());
        assert!(d.key_at(1).is_none());
        assert!(d.remove_at(1).is_none());
        assert!(d.remove_at(99).is_none());
        let layout = d.layout;
        d.clear();
        assert_ne!(d.layout, layout);
        assert!(d.candidates(9).is_empty());
    }

    #[test]
    fn eq_errors_propagate() {
        let mut d = DictTable::new();
        d.insert(Value::Int(1), 7, Value::None, &mut int_eq)
            .unwrap();
        let r = d.find(&Value::Int(2), 7, &mut |_, _| Err("boom"));
        assert_eq!(r.err(), Some("boom"));
    }
}
