//! set and frozenset as Python sees them: construction, membership, methods and operators, on
//! top of the CPython-ordered table in `set.rs`. Each operation follows the steps of CPython's
//! `Objects/setobject.c` (which table is walked, when a table is presized, which keys are
//! inserted in which order), so results iterate in CPython's order.
//!
//! Key comparisons use builtin equality first; when one needs `__eq__`, the step runs again on
//! the live tables as CPython does it: a set is read in short borrows (a probe pauses at a key to
//! compare, keeps a reference to it, and goes on or starts over depending on what the comparison
//! did to the table; walks keep a position), so that Python code never runs while a table is
//! borrowed and no table is copied.

use crate::objects::dict::DictTable;
use crate::objects::function::Args;
use crate::objects::list_type::{base_value, method_args, Sig};
use crate::objects::set::{self, SetTable, Step};
use crate::protocols::names::{native_eq, native_key_eq, NeedsPython};
use crate::value::{Object, Payload, PyCell, Value};
use crate::vm::{PyResult, Vm};
use pyvm_compiler::bytecode::{BinOp, CmpOp};

impl Vm {
    pub fn new_set(&self, table: SetTable) -> Value {
        Value::obj(Payload::Set(PyCell::new(table)))
    }

    /// A set display `{a, b, c}`: CPython builds displays of constants through a frozenset, which
    /// decides their order; items are added in order otherwise.
    pub fn new_set_from(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let mut table = SetTable::new();
        for item in items {
            self.table_insert(&mut table, item)?;
        }
        Ok(self.new_set(table))
    }

    /// Inserts into a table owned by the caller (not shared yet).
    pub fn table_insert(&mut self, table: &mut SetTable, item: Value) -> PyResult<bool> {
        let hash = self.hash(&item)?;
        Target::Owned(table).insert(self, item, hash)
    }

    /// set.add.
    pub fn set_add(&mut self, set: &Value, item: Value) -> PyResult<()> {
        let hash = self.hash(&item)?;
        let Some(Object::Set(cell)) = set.builtin_payload() else {
            return Ok(());
        };
        Target::Cell(cell).insert(self, item, hash)?;
        Ok(())
    }

    /// set.discard; returns whether the item was present.
    pub fn set_discard(&mut self, set: &Value, item: &Value) -> PyResult<bool> {
        let hash = self.hash(item)?;
        let Some(Object::Set(cell)) = set.builtin_payload() else {
            return Ok(false);
        };
        Target::Cell(cell).remove(self, item, hash)
    }

    /// `set |= iterable` / `set.update(iterable)` / SET_UPDATE: CPython's `set_update_internal`
    /// (a whole-table merge for sets, a presized insert for dicts, item by item otherwise).
    pub fn set_update(&mut self, set: &Value, iterable: &Value) -> PyResult<()> {
        let Some(Object::Set(cell)) = set.builtin_payload() else {
            return Ok(());
        };
        update_from(self, &mut Target::Cell(cell), iterable, set.is(iterable))
    }

    /// `item in set`. An unhashable set item is looked up as a frozenset, as in CPython.
    pub fn set_contains(&mut self, set: &Value, item: &Value) -> PyResult<bool> {
        let (key, hash) = lookup_key(self, item)?;
        match Live::of(set) {
            Some(live) => contains(self, live, &key, hash),
            None => Ok(false),
        }
    }

    /// A table holding the items of any iterable (`set(iterable)`).
    pub fn table_from_iterable(&mut self, iterable: &Value) -> PyResult<SetTable> {
        let mut table = SetTable::new();
        update_from(self, &mut Target::Owned(&mut table), iterable, false)?;
        Ok(table)
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` for sets; the result has the type of `a`.
    pub fn set_algebra(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let empty = SetTable::new();
        let la = Live::of(a).unwrap_or(Live::Fixed(&empty));
        let lb = Live::of(b).unwrap_or(Live::Fixed(&empty));
        let table = table_op(self, la, lb, op)?;
        Ok(match a.builtin_payload() {
            Some(Object::FrozenSet(_)) => Value::obj(Payload::FrozenSet(table)),
            _ => self.new_set(table),
        })
    }

    /// `a op= b` for a set `a` and a set or frozenset `b`, in place as CPython does it (the
    /// result order can differ from `a op b`). Returns None when `a` is not a set or `b` not a
    /// set or frozenset (the caller falls back to the binary operator).
    pub fn set_inplace(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        let Some(Object::Set(cell)) = a.builtin_payload() else {
            return Ok(None);
        };
        if !is_anyset(b) {
            return Ok(None);
        }
        let same = a.is(b);
        let target = &mut Target::Cell(cell);
        match op {
            BinOp::Or => update_from(self, target, b, same)?,
            BinOp::And => {
                let mut result = intersection(self, Live::Cell(cell), b, same)?;
                cell.with_mut(|t| t.swap_bodies(&mut result));
                drop(result);
            }
            BinOp::Subtract => difference_update(self, target, b, same)?,
            BinOp::Xor => symmetric_difference_update(self, target, b, same)?,
            _ => return Ok(None),
        }
        Ok(Some(a.clone()))
    }

    /// Subset/superset comparisons and equality of sets.
    pub fn set_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
        let empty = SetTable::new();
        let la = Live::of(a).unwrap_or(Live::Fixed(&empty));
        let lb = Live::of(b).unwrap_or(Live::Fixed(&empty));
        tables_compare(self, la, lb, op)
    }

    /// A shallow copy of a dict.
    pub fn dict_copy(&mut self, d: &Value) -> PyResult<Value> {
        let table = d.as_dict().map(|c| c.get()).unwrap_or_default();
        Ok(Value::obj(Payload::Dict(PyCell::new(table))))
    }
}

// ----- table steps -----

/// A table being changed: the cell of a live set, or a table the caller owns.
pub(crate) enum Target<'a> {
    Cell(&'a PyCell<SetTable>),
    Owned(&'a mut SetTable),
}

impl Target<'_> {
    fn apply<R>(&mut self, f: impl FnOnce(&mut SetTable) -> R) -> R {
        match self {
            Target::Cell(c) => c.with_mut(f),
            Target::Owned(t) => f(t),
        }
    }

    fn len(&mut self) -> usize {
        self.apply(|t| t.len())
    }

    /// The table to read (lookups, walks) between changes.
    fn live(&self) -> Live<'_> {
        match self {
            Target::Cell(c) => Live::Cell(c),
            Target::Owned(t) => Live::Fixed(t),
        }
    }

    /// Adds a key with its hash (CPython's `set_add_entry`); whether it was absent.
    pub(crate) fn insert(&mut self, vm: &mut Vm, key: Value, hash: i64) -> PyResult<bool> {
        match self.apply(|t| t.insert(key.clone(), hash, &mut native_key_eq)) {
            Ok(added) => Ok(added),
            Err(NeedsPython) => match self {
                // Python code cannot reach a table the caller owns.
                Target::Owned(t) => t.insert(key, hash, &mut |a, b| vm.eq(a, b)),
                Target::Cell(c) => add_live(vm, c, key, hash),
            },
        }
    }

    /// Removes an equal key (CPython's `set_discard_entry`); whether one was present.
    pub(crate) fn remove(&mut self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<bool> {
        match self.apply(|t| t.remove(key, hash, &mut native_key_eq)) {
            Ok(found) => Ok(found),
            Err(NeedsPython) => match self {
                Target::Owned(t) => t.remove(key, hash, &mut |a, b| vm.eq(a, b)),
                Target::Cell(c) => match find(vm, Live::Cell(c), key, hash)? {
                    // Nothing ran since the probe found the slot.
                    Some(index) => Ok(c.with_mut(|t| t.remove_slot(index))),
                    None => Ok(false),
                },
            },
        }
    }
}

// ----- live tables -----

/// A set table read in short borrows while Python code may run between them: the cell of a
/// set, or a table no Python code can change (a frozenset's, or one an operation is building).
#[derive(Clone, Copy)]
pub(crate) enum Live<'a> {
    Cell(&'a PyCell<SetTable>),
    Fixed(&'a SetTable),
}

impl<'a> Live<'a> {
    /// The table of a set or frozenset (or of an instance of a subclass).
    fn of(v: &'a Value) -> Option<Live<'a>> {
        match v.builtin_payload()? {
            Object::Set(s) => Some(Live::Cell(s)),
            Object::FrozenSet(t) => Some(Live::Fixed(t)),
            _ => None,
        }
    }

    fn with<R>(self, f: impl FnOnce(&SetTable) -> R) -> R {
        match self {
            Live::Cell(c) => c.with(f),
            Live::Fixed(t) => f(t),
        }
    }

    fn len(self) -> usize {
        self.with(|t| t.len())
    }

    /// A Python-level copy (`SetTable::copy`).
    fn copy(self) -> SetTable {
        self.with(|t| t.copy())
    }

    /// The first key at slot `pos` or later, with its hash and the position after it: a walk
    /// that survives changes to the table between steps (CPython's `set_next`).
    fn next(self, pos: usize) -> Option<(usize, i64, Value)> {
        self.with(|t| t.next_with_hash(pos))
    }

    /// Whether both are the same table.
    fn same(self, other: Live) -> bool {
        let addr = |l: Live| match l {
            Live::Cell(c) => c as *const PyCell<SetTable> as *const u8,
            Live::Fixed(t) => t as *const SetTable as *const u8,
        };
        std::ptr::eq(addr(self), addr(other))
    }
}

/// Runs `f` with both tables borrowed (the same reference twice when they are one table, which
/// the table-level operations treat as one Python object, as CPython's identity checks do).
fn with_both<R>(a: Live, b: Live, f: impl FnOnce(&SetTable, &SetTable) -> R) -> R {
    if a.same(b) {
        return a.with(|t| f(t, t));
    }
    a.with(|ta| b.with(|tb| f(ta, tb)))
}

/// CPython's `set_lookkey` on a live table: the slot of a key equal to `key`. A comparison that
/// needs `__eq__` runs outside the borrow; the probe then goes on, or starts over when the table
/// was rebuilt or the compared slot no longer holds that key. The slot is valid until the table
/// next changes.
fn find(vm: &mut Vm, live: Live, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    let mut cur = live.with(|t| t.cursor(hash));
    loop {
        match live.with(|t| t.probe_step(&mut cur, key, hash, &mut native_eq)) {
            Step::Found(index) => return Ok(Some(index)),
            Step::Absent { .. } => return Ok(None),
            Step::Compare { index, stored } => {
                let equal = vm.eq(&stored, key)?;
                if !live.with(|t| t.unchanged(&cur, index, &stored)) {
                    cur = live.with(|t| t.cursor(hash));
                } else if equal {
                    return Ok(Some(index));
                }
            }
        }
    }
}

/// Whether `key` (with `hash`) is in a live table (CPython's `set_contains_entry`).
fn contains(vm: &mut Vm, live: Live, key: &Value, hash: i64) -> PyResult<bool> {
    match live.with(|t| t.contains(key, hash, &mut native_key_eq)) {
        Ok(b) => Ok(b),
        Err(NeedsPython) => Ok(find(vm, live, key, hash)?.is_some()),
    }
}

/// CPython's `set_add_entry` on the table of a set, in place: an equal key found by `__eq__`
/// ends the insertion even if the comparison changed the table; otherwise such a change starts
/// the probe over. Whether the key was added.
fn add_live(vm: &mut Vm, cell: &PyCell<SetTable>, key: Value, hash: i64) -> PyResult<bool> {
    let mut cur = cell.with(|t| t.cursor(hash));
    loop {
        let step = cell.with_mut(
            |t| match t.probe_step(&mut cur, &key, hash, &mut native_eq) {
                Step::Absent { empty, dummy } => {
                    t.insert_absent(empty, dummy, key.clone(), hash);
                    None
                }
                step => Some(step),
            },
        );
        match step {
            None => return Ok(true),
            Some(Step::Found(_)) => return Ok(false),
            Some(Step::Absent { .. }) => return Ok(true),
            Some(Step::Compare { index, stored }) => {
                if vm.eq(&stored, &key)? {
                    return Ok(false);
                }
                if !cell.with(|t| t.unchanged(&cur, index, &stored)) {
                    cur = cell.with(|t| t.cursor(hash));
                }
            }
        }
    }
}

/// The next entry of a dict at position `pos` or later, with its hash and the position after it
/// (CPython's `_PyDict_Next`): a walk that survives changes to the dict between steps.
fn dict_next(d: &PyCell<DictTable>, pos: usize) -> Option<(usize, i64, Value)> {
    d.with(|t| t.next_from(pos).map(|(p, e)| (p, e.hash, e.key.clone())))
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` of two set tables: builtin comparisons on the borrowed
/// tables first; if a key needs `__eq__`, CPython's steps on the live tables.
fn table_op(vm: &mut Vm, a: Live, b: Live, op: BinOp) -> PyResult<SetTable> {
    let native = with_both(a, b, |ta, tb| match op {
        BinOp::Or => set::union(ta, tb, &mut native_key_eq),
        BinOp::And => set::intersection(ta, tb, &mut native_key_eq),
        BinOp::Subtract => set::difference(ta, tb, &mut native_key_eq),
        _ => set::symmetric_difference(ta, tb, &mut native_key_eq),
    });
    if let Ok(t) = native {
        return Ok(t);
    }
    match op {
        BinOp::Or => {
            let mut result = a.copy();
            if !a.same(b) {
                merge(vm, &mut Target::Owned(&mut result), b)?;
            }
            Ok(result)
        }
        BinOp::And => intersect_tables(vm, a, b),
        BinOp::Subtract => {
            if (a.len() >> 2) > b.len() {
                let mut result = a.copy();
                difference_update_with(vm, &mut Target::Owned(&mut result), b)?;
                return Ok(result);
            }
            let mut result = SetTable::new();
            let mut pos = 0;
            while let Some((next, hash, key)) = a.next(pos) {
                pos = next;
                if !contains(vm, b, &key, hash)? {
                    Target::Owned(&mut result).insert(vm, key, hash)?;
                }
            }
            Ok(result)
        }
        _ => {
            let mut result = b.copy();
            symmetric_update_walk(vm, &mut Target::Owned(&mut result), a)?;
            Ok(result)
        }
    }
}

/// CPython's `set_intersection` of two sets: the smaller one (`b` on a tie) is walked and the
/// keys found in the other are added to a new table.
fn intersect_tables(vm: &mut Vm, a: Live, b: Live) -> PyResult<SetTable> {
    if a.same(b) {
        return Ok(a.copy());
    }
    let (walked, probed) = if b.len() > a.len() { (a, b) } else { (b, a) };
    let mut result = SetTable::new();
    let mut pos = 0;
    while let Some((next, hash, key)) = walked.next(pos) {
        pos = next;
        if contains(vm, probed, &key, hash)? {
            Target::Owned(&mut result).insert(vm, key, hash)?;
        }
    }
    Ok(result)
}

fn is_anyset(v: &Value) -> bool {
    matches!(
        v.builtin_payload(),
        Some(Object::Set(_) | Object::FrozenSet(_))
    )
}

/// The key and hash to look up for `item`: an unhashable set is looked up as a frozenset of its
/// items (`{1} in {frozenset({1})}`), as CPython's contains/remove/discard do.
fn lookup_key(vm: &mut Vm, item: &Value) -> PyResult<(Value, i64)> {
    match vm.hash(item) {
        Ok(h) => Ok((item.clone(), h)),
        Err(e) => {
            let is_type_error = vm.err_matches(&e, &vm.types.exc.type_error.clone());
            match item.builtin_payload() {
                Some(Object::Set(s)) if is_type_error => {
                    let frozen = Value::obj(Payload::FrozenSet(s.with(|t| t.copy())));
                    let h = vm.hash(&frozen)?;
                    Ok((frozen, h))
                }
                _ => Err(e),
            }
        }
    }
}

/// CPython's `set_merge`: adds the keys of another set table (not the target's own).
fn merge(vm: &mut Vm, target: &mut Target, other: Live) -> PyResult<()> {
    if other.len() == 0 {
        return Ok(());
    }
    if target.len() == 0 {
        // No live keys: the merge compares nothing.
        let r = other.with(|o| target.apply(|t| t.merge_from(o, &mut native_key_eq)));
        if r.is_ok() {
            return Ok(());
        }
    }
    let incoming = other.len();
    target.apply(|t| t.presize(incoming));
    let mut pos = 0;
    while let Some((next, hash, key)) = other.next(pos) {
        pos = next;
        target.insert(vm, key, hash)?;
    }
    Ok(())
}

/// CPython's `set_update_internal`: `same` when `other` is the target set itself.
fn update_from(vm: &mut Vm, target: &mut Target, other: &Value, same: bool) -> PyResult<()> {
    if let Some(live) = Live::of(other) {
        if same || target.live().same(live) {
            return Ok(());
        }
        return merge(vm, target, live);
    }
    if let Some(Object::Dict(d)) = other.as_object() {
        let incoming = d.with(|t| t.len());
        target.apply(|t| t.presize(incoming));
        let mut pos = 0;
        while let Some((next, hash, key)) = dict_next(d, pos) {
            pos = next;
            target.insert(vm, key, hash)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    while let Some(x) = vm.iter_next(&it)? {
        let hash = vm.hash(&x)?;
        target.insert(vm, x, hash)?;
    }
    Ok(())
}

/// CPython's `set_intersection(so, other)` for a table `so`; `same` when `other` is `so`.
fn intersection(vm: &mut Vm, so: Live, other: &Value, same: bool) -> PyResult<SetTable> {
    if same {
        return Ok(so.copy());
    }
    if let Some(ot) = Live::of(other) {
        return table_op(vm, so, ot, BinOp::And);
    }
    let mut result = SetTable::new();
    let it = vm.get_iter(other)?;
    while let Some(x) = vm.iter_next(&it)? {
        let hash = vm.hash(&x)?;
        if contains(vm, so, &x, hash)? {
            Target::Owned(&mut result).insert(vm, x, hash)?;
            if result.len() >= so.len() {
                break;
            }
        }
    }
    Ok(result)
}

/// CPython's `set_difference(so, other)` for a table `so`.
fn difference(vm: &mut Vm, so: Live, other: &Value, same: bool) -> PyResult<SetTable> {
    if same {
        return Ok(SetTable::new());
    }
    if let Some(ot) = Live::of(other) {
        return table_op(vm, so, ot, BinOp::Subtract);
    }
    if matches!(other.as_object(), Some(Object::Dict(_))) {
        let ot = vm.table_from_iterable(other)?;
        return table_op(vm, so, Live::Fixed(&ot), BinOp::Subtract);
    }
    let mut result = so.copy();
    difference_update(vm, &mut Target::Owned(&mut result), other, false)?;
    Ok(result)
}

/// CPython's `set_difference_update_internal`.
fn difference_update(vm: &mut Vm, target: &mut Target, other: &Value, same: bool) -> PyResult<()> {
    if same {
        target.apply(|t| t.clear());
        return Ok(());
    }
    if let Some(ot) = Live::of(other) {
        if target.live().same(ot) {
            target.apply(|t| t.clear());
            return Ok(());
        }
        return difference_update_with(vm, target, ot);
    }
    let it = vm.get_iter(other)?;
    while let Some(x) = vm.iter_next(&it)? {
        let hash = vm.hash(&x)?;
        target.remove(vm, &x, hash)?;
    }
    target.apply(|t| t.purge_dummies());
    Ok(())
}

/// The set case of `set_difference_update_internal`: removes the keys of another set (of the
/// keys both have, when the other is more than 8 times larger), walking it live.
fn difference_update_with(vm: &mut Vm, target: &mut Target, other: Live) -> PyResult<()> {
    if (other.len() >> 3) > target.len() {
        let common = table_op(vm, target.live(), other, BinOp::And)?;
        remove_walk(vm, target, Live::Fixed(&common))?;
    } else {
        remove_walk(vm, target, other)?;
    }
    target.apply(|t| t.purge_dummies());
    Ok(())
}

/// Removes every key of `keys` (walked live) from the target.
fn remove_walk(vm: &mut Vm, target: &mut Target, keys: Live) -> PyResult<()> {
    let mut pos = 0;
    while let Some((next, hash, key)) = keys.next(pos) {
        pos = next;
        target.remove(vm, &key, hash)?;
    }
    Ok(())
}

/// The symmetric-difference step for one key: removed if present, added otherwise.
fn toggle(vm: &mut Vm, target: &mut Target, key: Value, hash: i64) -> PyResult<()> {
    if !target.remove(vm, &key, hash)? {
        target.insert(vm, key, hash)?;
    }
    Ok(())
}

/// Toggles every key of `keys` (walked live) in the target.
fn symmetric_update_walk(vm: &mut Vm, target: &mut Target, keys: Live) -> PyResult<()> {
    let mut pos = 0;
    while let Some((next, hash, key)) = keys.next(pos) {
        pos = next;
        toggle(vm, target, key, hash)?;
    }
    Ok(())
}

/// CPython's `set_symmetric_difference_update`.
fn symmetric_difference_update(
    vm: &mut Vm,
    target: &mut Target,
    other: &Value,
    same: bool,
) -> PyResult<()> {
    if same {
        target.apply(|t| t.clear());
        return Ok(());
    }
    if let Some(Object::Dict(d)) = other.as_object() {
        let mut pos = 0;
        while let Some((next, hash, key)) = dict_next(d, pos) {
            pos = next;
            toggle(vm, target, key, hash)?;
        }
        return Ok(());
    }
    match Live::of(other) {
        Some(ot) if target.live().same(ot) => {
            target.apply(|t| t.clear());
            Ok(())
        }
        Some(ot) => symmetric_update_walk(vm, target, ot),
        None => {
            let ot = vm.table_from_iterable(other)?;
            symmetric_update_walk(vm, target, Live::Fixed(&ot))
        }
    }
}

/// `a <= b` for tables (CPython's `set_issubset`): every key of `a` is in `b`.
fn table_le(vm: &mut Vm, a: Live, b: Live) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    let native = with_both(a, b, |ta, tb| {
        for (hash, key) in ta.iter_with_hash() {
            if !tb.contains(key, hash, &mut native_key_eq)? {
                return Ok(false);
            }
        }
        Ok::<bool, NeedsPython>(true)
    });
    if let Ok(r) = native {
        return Ok(r);
    }
    let mut pos = 0;
    while let Some((next, hash, key)) = a.next(pos) {
        pos = next;
        if !contains(vm, b, &key, hash)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn tables_compare(vm: &mut Vm, ta: Live, tb: Live, op: CmpOp) -> PyResult<bool> {
    Ok(match op {
        CmpOp::Eq => ta.len() == tb.len() && table_le(vm, ta, tb)?,
        CmpOp::Ne => !(ta.len() == tb.len() && table_le(vm, ta, tb)?),
        CmpOp::Le => table_le(vm, ta, tb)?,
        CmpOp::Lt => ta.len() < tb.len() && table_le(vm, ta, tb)?,
        CmpOp::Ge => table_le(vm, tb, ta)?,
        CmpOp::Gt => tb.len() < ta.len() && table_le(vm, tb, ta)?,
    })
}

// ----- registration -----

pub fn init(vm: &mut Vm) {
    let t = vm.types.set.clone();
    vm.add_staticmethod(&t, "__new__", set_new);
    vm.add_method(&t, "__init__", set_init);
    vm.add_method(&t, "add", set_add_method);
    vm.add_method(&t, "remove", set_remove);
    vm.add_method(&t, "discard", set_discard_method);
    vm.add_method(&t, "pop", set_pop);
    vm.add_method(&t, "clear", set_clear);
    vm.add_method(&t, "update", set_update_method);
    vm.add_method(&t, "intersection_update", set_intersection_update);
    vm.add_method(&t, "difference_update", set_difference_update);
    vm.add_method(
        &t,
        "symmetric_difference_update",
        set_symmetric_difference_update,
    );
    vm.add_method(&t, "__ior__", set_ior);
    vm.add_method(&t, "__iand__", set_iand);
    vm.add_method(&t, "__isub__", set_isub);
    vm.add_method(&t, "__ixor__", set_ixor);
    let key = vm.intern("__hash__");
    vm.class_set_attr(&t, key, Value::None);

    let f = vm.types.frozenset.clone();
    vm.add_staticmethod(&f, "__new__", frozenset_new);
    vm.add_method(&f, "__hash__", frozenset_hash);
    crate::objects::list_type::add_class_getitem(vm, &t);
    crate::objects::list_type::add_class_getitem(vm, &f);

    macro_rules! shared {
        ($($name:literal => $set_fn:ident, $frozen_fn:ident, $imp:ident;)*) => {
            $(
                fn $set_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
                    $imp(vm, &args, Kind::Set, $name)
                }
                fn $frozen_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
                    $imp(vm, &args, Kind::Frozen, $name)
                }
                vm.add_method(&t, $name, $set_fn);
                vm.add_method(&f, $name, $frozen_fn);
            )*
        };
    }
    shared! {
        "copy" => s_copy, f_copy, any_copy;
        "union" => s_union, f_union, any_union;
        "intersection" => s_intersection, f_intersection, any_intersection;
        "difference" => s_difference, f_difference, any_difference;
        "symmetric_difference" => s_symdiff, f_symdiff, any_symmetric_difference;
        "issubset" => s_issubset, f_issubset, any_issubset;
        "issuperset" => s_issuperset, f_issuperset, any_issuperset;
        "isdisjoint" => s_isdisjoint, f_isdisjoint, any_isdisjoint;
        "__len__" => s_len, f_len, any_len;
        "__contains__" => s_contains, f_contains, any_contains;
        "__iter__" => s_iter, f_iter, any_iter;
        "__repr__" => s_repr, f_repr, any_repr;
        "__or__" => s_or, f_or, any_binop;
        "__and__" => s_and, f_and, any_binop;
        "__sub__" => s_sub, f_sub, any_binop;
        "__xor__" => s_xor, f_xor, any_binop;
        "__ror__" => s_ror, f_ror, any_binop;
        "__rand__" => s_rand, f_rand, any_binop;
        "__rsub__" => s_rsub, f_rsub, any_binop;
        "__rxor__" => s_rxor, f_rxor, any_binop;
        "__eq__" => s_eq, f_eq, any_compare;
        "__ne__" => s_ne, f_ne, any_compare;
        "__lt__" => s_lt, f_lt, any_compare;
        "__le__" => s_le, f_le, any_compare;
        "__gt__" => s_gt, f_gt, any_compare;
        "__ge__" => s_ge, f_ge, any_compare;
    }
}

/// Which of the two types a shared method was looked up on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Set,
    Frozen,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Set => "set",
            Kind::Frozen => "frozenset",
        }
    }

    fn check(self) -> fn(&Value) -> bool {
        match self {
            Kind::Set => |v| matches!(v.builtin_payload(), Some(Object::Set(_))),
            Kind::Frozen => |v| matches!(v.builtin_payload(), Some(Object::FrozenSet(_))),
        }
    }

    fn make(self, vm: &Vm, table: SetTable) -> Value {
        match self {
            Kind::Set => vm.new_set(table),
            Kind::Frozen => Value::obj(Payload::FrozenSet(table)),
        }
    }
}

fn slot_sig(meth: &str) -> Sig {
    match meth {
        "__len__" | "__iter__" | "__repr__" | "__hash__" => Sig::Slot(0),
        _ => Sig::Slot(1),
    }
}

/// Checks the receiver and arguments; returns the receiver.
fn recv<'a>(vm: &Vm, args: &'a Args, kind: Kind, meth: &str, sig: Sig) -> PyResult<&'a Value> {
    method_args(vm, args, kind.name(), meth, sig, kind.check())
}

/// The receiver and its table.
fn recv_live<'a>(
    vm: &Vm,
    args: &'a Args,
    kind: Kind,
    meth: &str,
    sig: Sig,
) -> PyResult<(&'a Value, Live<'a>)> {
    let me = recv(vm, args, kind, meth, sig)?;
    match Live::of(me) {
        Some(live) => Ok((me, live)),
        None => Err(vm.type_error(format!("descriptor '{meth}' requires a set object"))),
    }
}

/// The cell of a `set` receiver.
fn set_cell<'a>(vm: &Vm, args: &'a Args, meth: &str, sig: Sig) -> PyResult<&'a PyCell<SetTable>> {
    match recv(vm, args, Kind::Set, meth, sig)?.builtin_payload() {
        Some(Object::Set(cell)) => Ok(cell),
        _ => Err(vm.type_error("descriptor requires a 'set' object")),
    }
}

/// Methods taking `*others`: the receiver check and no keywords.
fn varargs_recv<'a>(vm: &Vm, args: &'a Args, kind: Kind, meth: &str) -> PyResult<&'a Value> {
    recv(vm, args, kind, meth, Sig::Var(0, usize::MAX))
}

// ----- constructors -----

fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or_default();
    let s = vm.new_set(SetTable::new());
    match cls.as_obj() {
        Some(c) if !crate::value::ObjRef::ptr_eq(c, &vm.types.set) => {
            Ok(crate::objects::type_type::new_instance(vm, c, s))
        }
        _ => Ok(s),
    }
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "set expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let Some(Object::Set(cell)) = args.pos.first().and_then(|v| v.builtin_payload()) else {
        let t = args
            .pos
            .first()
            .map_or(String::from("NoneType"), |v| vm.type_name(v));
        return Err(vm.type_error(format!(
            "descriptor '__init__' requires a 'set' object but received a '{t}'"
        )));
    };
    // CPython clears the set, then updates it from the iterable.
    cell.with_mut(|t| t.clear());
    if let Some(it) = args.pos.get(1) {
        let me = args.pos[0].clone();
        vm.set_update(&me, it)?;
    }
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("frozenset() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "frozenset expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let cls = args.pos.first().cloned().unwrap_or_default();
    let exact = match cls.as_obj() {
        Some(c) => crate::value::ObjRef::ptr_eq(c, &vm.types.frozenset),
        None => true,
    };
    if exact {
        if let Some(it) = args.pos.get(1) {
            if matches!(it.as_object(), Some(Object::FrozenSet(_))) {
                return Ok(it.clone());
            }
        }
    }
    let table = match args.pos.get(1) {
        Some(it) => vm.table_from_iterable(it)?,
        None => SetTable::new(),
    };
    let v = Value::obj(Payload::FrozenSet(table));
    match cls.as_obj() {
        Some(c) if !exact => Ok(crate::objects::type_type::new_instance(vm, c, v)),
        _ => Ok(v),
    }
}

// ----- set-only methods -----

fn set_add_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = set_cell(vm, &args, "add", Sig::One)?;
    let item = args.pos[1].clone();
    let hash = vm.hash(&item)?;
    Target::Cell(cell).insert(vm, item, hash)?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = set_cell(vm, &args, "remove", Sig::One)?;
    let (key, hash) = lookup_key(vm, &args.pos[1])?;
    if !Target::Cell(cell).remove(vm, &key, hash)? {
        return Err(vm.key_error(args.pos[1].clone()));
    }
    Ok(Value::None)
}

fn set_discard_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = set_cell(vm, &args, "discard", Sig::One)?;
    let (key, hash) = lookup_key(vm, &args.pos[1])?;
    Target::Cell(cell).remove(vm, &key, hash)?;
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = set_cell(vm, &args, "pop", Sig::NoArgs)?;
    match cell.with_mut(|t| t.pop()) {
        Some(v) => Ok(v),
        None => {
            let msg = vm.new_str("pop from an empty set");
            Err(vm.key_error(msg))
        }
    }
}

fn set_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = set_cell(vm, &args, "clear", Sig::NoArgs)?;
    cell.with_mut(|t| t.clear());
    Ok(Value::None)
}

fn set_update_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = varargs_recv(vm, &args, Kind::Set, "update")?;
    for other in &args.pos[1..] {
        vm.set_update(me, other)?;
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = varargs_recv(vm, &args, Kind::Set, "intersection_update")?;
    let Some(Object::Set(cell)) = me.builtin_payload() else {
        return Ok(Value::None);
    };
    let mut result = intersection_multi(vm, me, Live::Cell(cell), &args.pos[1..])?;
    cell.with_mut(|t| t.swap_bodies(&mut result));
    drop(result);
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = varargs_recv(vm, &args, Kind::Set, "difference_update")?;
    let Some(Object::Set(cell)) = me.builtin_payload() else {
        return Ok(Value::None);
    };
    for other in &args.pos[1..] {
        difference_update(vm, &mut Target::Cell(cell), other, me.is(other))?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = set_cell(vm, &args, "symmetric_difference_update", Sig::One)?;
    let same = args.pos[0].is(&args.pos[1]);
    symmetric_difference_update(vm, &mut Target::Cell(cell), &args.pos[1], same)?;
    Ok(Value::None)
}

fn set_inplace_method(vm: &mut Vm, args: &Args, meth: &str, op: BinOp) -> PyResult<Value> {
    let me = recv(vm, args, Kind::Set, meth, Sig::Slot(1))?;
    match vm.set_inplace(me, &args.pos[1], op)? {
        Some(_) => Ok(me.clone()),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn set_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_inplace_method(vm, &args, "__ior__", BinOp::Or)
}
fn set_iand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_inplace_method(vm, &args, "__iand__", BinOp::And)
}
fn set_isub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_inplace_method(vm, &args, "__isub__", BinOp::Subtract)
}
fn set_ixor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_inplace_method(vm, &args, "__ixor__", BinOp::Xor)
}

fn frozenset_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(vm, &args, Kind::Frozen, "__hash__", Sig::Slot(0))?;
    let base = base_value(me);
    vm.hash(&base).map(Value::Int)
}

// ----- methods of both types -----

/// CPython's `set_intersection_multi` on the table of `me`.
fn intersection_multi(vm: &mut Vm, me: &Value, mine: Live, others: &[Value]) -> PyResult<SetTable> {
    let Some((first, rest)) = others.split_first() else {
        return Ok(mine.copy());
    };
    let mut result = intersection(vm, mine, first, me.is(first))?;
    for other in rest {
        result = intersection(vm, Live::Fixed(&result), other, false)?;
    }
    Ok(result)
}

fn any_copy(vm: &mut Vm, args: &Args, kind: Kind, meth: &str) -> PyResult<Value> {
    let (me, mine) = recv_live(vm, args, kind, meth, Sig::NoArgs)?;
    if kind == Kind::Frozen && matches!(me.as_object(), Some(Object::FrozenSet(_))) {
        return Ok(me.clone());
    }
    Ok(kind.make(vm, mine.copy()))
}

fn any_union(vm: &mut Vm, args: &Args, kind: Kind, meth: &str) -> PyResult<Value> {
    let me = varargs_recv(vm, args, kind, meth)?;
    let mut result = Live::of(me).map(|l| l.copy()).unwrap_or_default();
    for other in &args.pos[1..] {
        update_from(vm, &mut Target::Owned(&mut result), other, me.is(other))?;
    }
    Ok(kind.make(vm, result))
}

fn any_intersection(vm: &mut Vm, args: &Args, kind: Kind, meth: &str) -> PyResult<Value> {
    let (me, mine) = recv_live(vm, args, kind, meth, Sig::Var(0, usize::MAX))?;
    let result = intersection_multi(vm, me, mine, &args.pos[1..])?;
    Ok(kind.make(vm, result))
}

fn any_difference(vm: &mut Vm, args: &Args, kind: Kind, meth: &str) -> PyResult<Value> {
    let (me, mine) = recv_live(vm, args, kind, meth, Sig::Var(0, usize::MAX))?;
    if args.pos.len() == 1 {
        return Ok(kind.make(vm, mine.copy()));
    }
    let mut result = difference(vm, mine, &args.pos[1], me.is(&args.pos[1]))?;
    for other in &args.pos[2..] {
        difference_update(vm, &mut Target::Owned(&mut result), other, false)?;
    }
    Ok(kind.make(vm, result))
}

fn any_symmetric_difference(vm: &mut Vm, args: &Args, kind: Kind, meth: &str) -> PyResult<Value> {
    let (_, mine) = recv_live(vm, args, kind, meth, Sig::One)?;
    let mut result = vm.table_from_iterable(&args.pos[1])?;
    symmetric_update_walk(vm, &mut Target::Owned(&mut result), mine)?;
    Ok(kind.make(vm, result))
}

fn any_issubset(vm: &mut Vm, args: &Args, kind: Kind, meth: &str) -> PyResult<Value> {
    let (_, mine) = recv_live(vm, args, kind, meth, Sig::One)?;
    if let Some(other) = Live::of(&args.pos[1]) {
        return table_le(vm, mine, other).map(Value::Bool);
    }
    let other = vm.table_from_iterable(&args.pos[1])?;
    table_le(vm, mine, Live::Fixed(&other)).map(Value::Bool)
}

fn any_issuperset(vm: &mut Vm, args: &Args, kind: Kind, meth: &str) -> PyResult<Value> {
    let (_, mine) = recv_live(vm, args, kind, meth, Sig::One)?;
    if let Some(other) = Live::of(&args.pos[1]) {
        return table_le(vm, other, mine).map(Value::Bool);
    }
    let it = vm.get_iter(&args.pos[1])?;
    while let Some(x) = vm.iter_next(&it)? {
        let hash = vm.hash(&x)?;
        if !contains(vm, mine, &x, hash)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any_isdisjoint(vm: &mut Vm, args: &Args, kind: Kind, meth: &str) -> PyResult<Value> {
    let (me, mine) = recv_live(vm, args, kind, meth, Sig::One)?;
    let other = &args.pos[1];
    if me.is(other) {
        return Ok(Value::Bool(mine.len() == 0));
    }
    if let Some(ot) = Live::of(other) {
        let (small, large) = if ot.len() > mine.len() {
            (mine, ot)
        } else {
            (ot, mine)
        };
        let native = with_both(small, large, |s, l| {
            for (hash, key) in s.iter_with_hash() {
                if l.contains(key, hash, &mut native_key_eq)? {
                    return Ok(false);
                }
            }
            Ok::<bool, NeedsPython>(true)
        });
        if let Ok(r) = native {
            return Ok(Value::Bool(r));
        }
        let mut pos = 0;
        while let Some((next, hash, key)) = small.next(pos) {
            pos = next;
            if contains(vm, large, &key, hash)? {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    let it = vm.get_iter(other)?;
    while let Some(x) = vm.iter_next(&it)? {
        let hash = vm.hash(&x)?;
        if contains(vm, mine, &x, hash)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any_len(vm: &mut Vm, args: &Args, kind: Kind, meth: &str) -> PyResult<Value> {
    let me = recv(vm, args, kind, meth, slot_sig(meth))?;
    let n = match me.builtin_payload() {
        Some(Object::Set(s)) => s.with(|t| t.len()),
        Some(Object::FrozenSet(t)) => t.len(),
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

fn any_contains(vm: &mut Vm, args: &Args, kind: Kind, meth: &str) -> PyResult<Value> {
    let me = recv(vm, args, kind, meth, Sig::One)?;
    vm.set_contains(me, &args.pos[1]).map(Value::Bool)
}

fn any_iter(vm: &mut Vm, args: &Args, kind: Kind, meth: &str) -> PyResult<Value> {
    let me = base_value(recv(vm, args, kind, meth, slot_sig(meth))?);
    let len = match me.as_object() {
        Some(Object::Set(s)) => s.with(|t| t.len()),
        Some(Object::FrozenSet(t)) => t.len(),
        _ => 0,
    };
    Ok(vm.new_iterator(crate::objects::iterators::IterState::Set {
        set: me,
        pos: 0,
        len,
    }))
}

/// `set.__repr__`: `{1, 2}`, `frozenset({1})`, `MySet({1})`, `set()`.
fn any_repr(vm: &mut Vm, args: &Args, kind: Kind, meth: &str) -> PyResult<Value> {
    let me = recv(vm, args, kind, meth, slot_sig(meth))?.clone();
    let name = vm.type_name(&me);
    let exact_set = matches!(me.as_object(), Some(Object::Set(_)));
    let keys: Vec<Value> = match me.builtin_payload() {
        Some(Object::Set(s)) => s.with(|t| t.iter().cloned().collect()),
        Some(Object::FrozenSet(t)) => t.iter().cloned().collect(),
        _ => Vec::new(),
    };
    if keys.is_empty() {
        return Ok(vm.new_str(format!("{name}()")));
    }
    let addr = me.address();
    if vm.repr_stack.contains(&addr) {
        return Ok(vm.new_str(format!("{name}(...)")));
    }
    vm.repr_stack.push(addr);
    let mut parts = Vec::with_capacity(keys.len());
    let mut failed = None;
    for k in &keys {
        match vm.repr(k) {
            Ok(s) => parts.push(s),
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
    }
    vm.repr_stack.retain(|&a| a != addr);
    if let Some(e) = failed {
        return Err(e);
    }
    let inner = parts.join(", ");
    Ok(vm.new_str(if exact_set {
        format!("{{{inner}}}")
    } else {
        format!("{name}({{{inner}}})")
    }))
}

/// `__or__`, `__and__`, `__sub__`, `__xor__` and their reflected forms.
fn any_binop(vm: &mut Vm, args: &Args, kind: Kind, meth: &str) -> PyResult<Value> {
    let me = recv(vm, args, kind, meth, Sig::Slot(1))?.clone();
    let other = args.pos[1].clone();
    if !is_anyset(&other) {
        return Ok(vm.not_implemented.clone());
    }
    let (op, reflected) = match meth {
        "__or__" => (BinOp::Or, false),
        "__and__" => (BinOp::And, false),
        "__sub__" => (BinOp::Subtract, false),
        "__xor__" => (BinOp::Xor, false),
        "__ror__" => (BinOp::Or, true),
        "__rand__" => (BinOp::And, true),
        "__rsub__" => (BinOp::Subtract, true),
        _ => (BinOp::Xor, true),
    };
    if reflected {
        vm.set_algebra(&other, &me, op)
    } else {
        vm.set_algebra(&me, &other, op)
    }
}

fn any_compare(vm: &mut Vm, args: &Args, kind: Kind, meth: &str) -> PyResult<Value> {
    let me = recv(vm, args, kind, meth, Sig::Slot(1))?.clone();
    let other = &args.pos[1];
    if !is_anyset(other) {
        return Ok(vm.not_implemented.clone());
    }
    let op = match meth {
        "__eq__" => CmpOp::Eq,
        "__ne__" => CmpOp::Ne,
        "__lt__" => CmpOp::Lt,
        "__le__" => CmpOp::Le,
        "__gt__" => CmpOp::Gt,
        _ => CmpOp::Ge,
    };
    vm.set_compare(&me, other, op).map(Value::Bool)
}

// ----- helpers for dict views (dict_type.rs) -----

/// `set(iterable) op= other` as CPython's dict views compute `&`-less operators: the set is
/// built from `left`, then updated in place with `other`.
pub(crate) fn view_set_op(vm: &mut Vm, left: &Value, other: &Value, op: BinOp) -> PyResult<Value> {
    let mut table = vm.table_from_iterable(left)?;
    let target = &mut Target::Owned(&mut table);
    match op {
        BinOp::Or => update_from(vm, target, other, false)?,
        BinOp::Subtract => difference_update(vm, target, other, false)?,
        _ => symmetric_difference_update(vm, target, other, false)?,
    }
    Ok(vm.new_set(table))
}

/// `set.intersection` of a table with any iterable (used by dict views when `other` is an
/// exact set no smaller than the view).
pub(crate) fn set_intersection_with(vm: &mut Vm, set: &Value, other: &Value) -> PyResult<Value> {
    let empty = SetTable::new();
    let mine = Live::of(set).unwrap_or(Live::Fixed(&empty));
    let result = intersection(vm, mine, other, set.is(other))?;
    Ok(vm.new_set(result))
}
