//! set and frozenset as Python sees them: construction, membership, methods and operators, on
//! top of the CPython-ordered table in `set.rs`. Each operation follows the steps of CPython's
//! `Objects/setobject.c` (which table is walked, when a table is presized, which keys are
//! inserted in which order), so results iterate in CPython's order.
//!
//! Key comparisons use builtin equality first; a comparison that needs `__eq__` re-runs the step
//! on a snapshot of the table, so that Python code never runs while a table is borrowed.

use crate::objects::function::Args;
use crate::objects::list_type::{base_value, method_args, Sig};
use crate::objects::set::{self, SetTable};
use crate::protocols::names::{native_key_eq, NeedsPython};
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

    /// A copy of the table of a set or frozenset.
    pub fn set_table(&self, v: &Value) -> Option<SetTable> {
        match v.builtin_payload()? {
            Object::Set(s) => Some(s.get()),
            Object::FrozenSet(t) => Some(t.clone()),
            _ => None,
        }
    }

    /// `item in set`. An unhashable set item is looked up as a frozenset, as in CPython.
    pub fn set_contains(&mut self, set: &Value, item: &Value) -> PyResult<bool> {
        let (key, hash) = lookup_key(self, item)?;
        let r = match set.builtin_payload() {
            Some(Object::Set(s)) => s.with(|t| t.contains(&key, hash, &mut native_key_eq)),
            Some(Object::FrozenSet(t)) => t.contains(&key, hash, &mut native_key_eq),
            _ => Ok(false),
        };
        match r {
            Ok(b) => Ok(b),
            Err(NeedsPython) => {
                let table = self.set_table(set).unwrap_or_default();
                table.contains(&key, hash, &mut |a, b| self.eq(a, b))
            }
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
        let same = a.is(b);
        let ta = self.set_table(a).unwrap_or_default();
        let tb = if same {
            ta.clone()
        } else {
            self.set_table(b).unwrap_or_default()
        };
        let table = self.table_op(&ta, &tb, op, same)?;
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
                let mine = cell.get();
                let mut result = intersection(self, &mine, b, same)?;
                cell.with_mut(|t| t.swap_bodies(&mut result));
                drop(result);
            }
            BinOp::Subtract => difference_update(self, target, b, same)?,
            BinOp::Xor => symmetric_difference_update(self, target, b, same)?,
            _ => return Ok(None),
        }
        Ok(Some(a.clone()))
    }

    pub fn table_op(
        &mut self,
        ta: &SetTable,
        tb: &SetTable,
        op: BinOp,
        same: bool,
    ) -> PyResult<SetTable> {
        let tb_ref = if same { ta } else { tb };
        let native = match op {
            BinOp::Or => set::union(ta, tb_ref, &mut native_key_eq),
            BinOp::And => set::intersection(ta, tb_ref, &mut native_key_eq),
            BinOp::Subtract => set::difference(ta, tb_ref, &mut native_key_eq),
            _ => set::symmetric_difference(ta, tb_ref, &mut native_key_eq),
        };
        match native {
            Ok(t) => Ok(t),
            Err(NeedsPython) => {
                let mut eq = |x: &Value, y: &Value| self.eq(x, y);
                match op {
                    BinOp::Or => set::union(ta, tb_ref, &mut eq),
                    BinOp::And => set::intersection(ta, tb_ref, &mut eq),
                    BinOp::Subtract => set::difference(ta, tb_ref, &mut eq),
                    _ => set::symmetric_difference(ta, tb_ref, &mut eq),
                }
            }
        }
    }

    /// Subset/superset comparisons and equality of sets.
    pub fn set_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
        let ta = self.set_table(a).unwrap_or_default();
        let tb = self.set_table(b).unwrap_or_default();
        tables_compare(self, &ta, &tb, op)
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

    fn snapshot(&mut self) -> SetTable {
        self.apply(|t| t.clone())
    }

    /// Adds a key with its hash (CPython's `set_add_entry`); whether it was absent.
    pub(crate) fn insert(&mut self, vm: &mut Vm, key: Value, hash: i64) -> PyResult<bool> {
        match self.apply(|t| t.insert(key.clone(), hash, &mut native_key_eq)) {
            Ok(added) => Ok(added),
            Err(NeedsPython) => match self {
                Target::Owned(t) => t.insert(key, hash, &mut |a, b| vm.eq(a, b)),
                Target::Cell(c) => {
                    let mut snapshot = c.get();
                    let added = snapshot.insert(key, hash, &mut |a, b| vm.eq(a, b))?;
                    let old = c.replace(snapshot);
                    drop(old);
                    Ok(added)
                }
            },
        }
    }

    /// Removes an equal key (CPython's `set_discard_entry`); whether one was present.
    pub(crate) fn remove(&mut self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<bool> {
        match self.apply(|t| t.remove(key, hash, &mut native_key_eq)) {
            Ok(found) => Ok(found),
            Err(NeedsPython) => match self {
                Target::Owned(t) => t.remove(key, hash, &mut |a, b| vm.eq(a, b)),
                Target::Cell(c) => {
                    let mut snapshot = c.get();
                    let found = snapshot.remove(key, hash, &mut |a, b| vm.eq(a, b))?;
                    let old = c.replace(snapshot);
                    drop(old);
                    Ok(found)
                }
            },
        }
    }
}

/// Whether `key` (with `hash`) is in `table`.
fn table_contains(vm: &mut Vm, table: &SetTable, key: &Value, hash: i64) -> PyResult<bool> {
    match table.contains(key, hash, &mut native_key_eq) {
        Ok(b) => Ok(b),
        Err(NeedsPython) => table.contains(key, hash, &mut |a, b| vm.eq(a, b)),
    }
}

fn is_anyset(v: &Value) -> bool {
    matches!(
        v.builtin_payload(),
        Some(Object::Set(_) | Object::FrozenSet(_))
    )
}

/// The (hash, key) pairs of an exact dict, in dict order (CPython reuses the stored hashes).
fn exact_dict_entries(v: &Value) -> Option<Vec<(i64, Value)>> {
    match v.as_object() {
        Some(Object::Dict(d)) => {
            Some(d.with(|t| t.iter().map(|e| (e.hash, e.key.clone())).collect()))
        }
        _ => None,
    }
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

/// CPython's `set_merge`: adds the keys of a set table.
fn merge(vm: &mut Vm, target: &mut Target, other: &SetTable) -> PyResult<()> {
    if other.is_empty() {
        return Ok(());
    }
    if target.len() == 0 {
        // No live keys: the merge compares nothing.
        let r = target.apply(|t| t.merge_from(other, &mut native_key_eq));
        if r.is_ok() {
            return Ok(());
        }
    }
    target.apply(|t| t.presize(other.len()));
    for (hash, key) in other.iter_with_hash() {
        target.insert(vm, key.clone(), hash)?;
    }
    Ok(())
}

/// CPython's `set_update_internal`: `same` when `other` is the target set itself.
fn update_from(vm: &mut Vm, target: &mut Target, other: &Value, same: bool) -> PyResult<()> {
    if same {
        return Ok(());
    }
    if let Some(t) = vm.set_table(other) {
        return merge(vm, target, &t);
    }
    if let Some(entries) = exact_dict_entries(other) {
        target.apply(|t| t.presize(entries.len()));
        for (hash, key) in entries {
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
fn intersection(vm: &mut Vm, so: &SetTable, other: &Value, same: bool) -> PyResult<SetTable> {
    if same {
        return Ok(so.copy());
    }
    if let Some(ot) = vm.set_table(other) {
        return vm.table_op(so, &ot, BinOp::And, false);
    }
    let mut result = SetTable::new();
    let it = vm.get_iter(other)?;
    while let Some(x) = vm.iter_next(&it)? {
        let hash = vm.hash(&x)?;
        if table_contains(vm, so, &x, hash)? {
            Target::Owned(&mut result).insert(vm, x, hash)?;
            if result.len() >= so.len() {
                break;
            }
        }
    }
    Ok(result)
}

/// CPython's `set_difference(so, other)` for a table `so`.
fn difference(vm: &mut Vm, so: &SetTable, other: &Value, same: bool) -> PyResult<SetTable> {
    if same {
        return Ok(SetTable::new());
    }
    let other_table = match vm.set_table(other) {
        Some(t) => Some(t),
        None if matches!(other.as_object(), Some(Object::Dict(_))) => {
            Some(vm.table_from_iterable(other)?)
        }
        None => None,
    };
    match other_table {
        Some(ot) => vm.table_op(so, &ot, BinOp::Subtract, false),
        None => {
            let mut result = so.copy();
            difference_update(vm, &mut Target::Owned(&mut result), other, false)?;
            Ok(result)
        }
    }
}

/// CPython's `set_difference_update_internal`.
fn difference_update(vm: &mut Vm, target: &mut Target, other: &Value, same: bool) -> PyResult<()> {
    if same {
        target.apply(|t| t.clear());
        return Ok(());
    }
    if let Some(ot) = vm.set_table(other) {
        let keys: Vec<(i64, Value)> = if (ot.len() >> 3) > target.len() {
            let mine = target.snapshot();
            let common = vm.table_op(&mine, &ot, BinOp::And, false)?;
            common
                .iter_with_hash()
                .map(|(h, k)| (h, k.clone()))
                .collect()
        } else {
            ot.iter_with_hash().map(|(h, k)| (h, k.clone())).collect()
        };
        for (hash, key) in keys {
            target.remove(vm, &key, hash)?;
        }
    } else {
        let it = vm.get_iter(other)?;
        while let Some(x) = vm.iter_next(&it)? {
            let hash = vm.hash(&x)?;
            target.remove(vm, &x, hash)?;
        }
    }
    target.apply(|t| t.purge_dummies());
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
    let keys: Vec<(i64, Value)> = match exact_dict_entries(other) {
        Some(entries) => entries,
        None => {
            let ot = match vm.set_table(other) {
                Some(t) => t,
                None => vm.table_from_iterable(other)?,
            };
            ot.iter_with_hash().map(|(h, k)| (h, k.clone())).collect()
        }
    };
    for (hash, key) in keys {
        if !target.remove(vm, &key, hash)? {
            target.insert(vm, key, hash)?;
        }
    }
    Ok(())
}

/// `a <= b` for tables: every key of `a` is in `b`.
fn table_le(vm: &mut Vm, a: &SetTable, b: &SetTable) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (hash, key) in a.iter_with_hash() {
        if !table_contains(vm, b, key, hash)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn tables_compare(vm: &mut Vm, ta: &SetTable, tb: &SetTable, op: CmpOp) -> PyResult<bool> {
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

/// The receiver and its table snapshot.
fn recv_table(
    vm: &Vm,
    args: &Args,
    kind: Kind,
    meth: &str,
    sig: Sig,
) -> PyResult<(Value, SetTable)> {
    let me = recv(vm, args, kind, meth, sig)?;
    let table = vm.set_table(me).unwrap_or_default();
    Ok((me.clone(), table))
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
    let mine = cell.get();
    let mut result = intersection_multi(vm, me, &mine, &args.pos[1..])?;
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
fn intersection_multi(
    vm: &mut Vm,
    me: &Value,
    mine: &SetTable,
    others: &[Value],
) -> PyResult<SetTable> {
    let Some((first, rest)) = others.split_first() else {
        return Ok(mine.copy());
    };
    let mut result = intersection(vm, mine, first, me.is(first))?;
    for other in rest {
        result = intersection(vm, &result, other, false)?;
    }
    Ok(result)
}

fn any_copy(vm: &mut Vm, args: &Args, kind: Kind, meth: &str) -> PyResult<Value> {
    let (me, table) = recv_table(vm, args, kind, meth, Sig::NoArgs)?;
    if kind == Kind::Frozen && matches!(me.as_object(), Some(Object::FrozenSet(_))) {
        return Ok(me);
    }
    Ok(kind.make(vm, table.copy()))
}

fn any_union(vm: &mut Vm, args: &Args, kind: Kind, meth: &str) -> PyResult<Value> {
    let me = varargs_recv(vm, args, kind, meth)?;
    let mut result = vm.set_table(me).unwrap_or_default().copy();
    for other in &args.pos[1..] {
        update_from(vm, &mut Target::Owned(&mut result), other, me.is(other))?;
    }
    Ok(kind.make(vm, result))
}

fn any_intersection(vm: &mut Vm, args: &Args, kind: Kind, meth: &str) -> PyResult<Value> {
    let me = varargs_recv(vm, args, kind, meth)?;
    let mine = vm.set_table(me).unwrap_or_default();
    let result = intersection_multi(vm, me, &mine, &args.pos[1..])?;
    Ok(kind.make(vm, result))
}

fn any_difference(vm: &mut Vm, args: &Args, kind: Kind, meth: &str) -> PyResult<Value> {
    let me = varargs_recv(vm, args, kind, meth)?;
    let mine = vm.set_table(me).unwrap_or_default();
    if args.pos.len() == 1 {
        return Ok(kind.make(vm, mine.copy()));
    }
    let mut result = difference(vm, &mine, &args.pos[1], me.is(&args.pos[1]))?;
    for other in &args.pos[2..] {
        difference_update(vm, &mut Target::Owned(&mut result), other, false)?;
    }
    Ok(kind.make(vm, result))
}

fn any_symmetric_difference(vm: &mut Vm, args: &Args, kind: Kind, meth: &str) -> PyResult<Value> {
    let (_, mine) = recv_table(vm, args, kind, meth, Sig::One)?;
    let mut result = vm.table_from_iterable(&args.pos[1])?;
    let keys: Vec<(i64, Value)> = mine.iter_with_hash().map(|(h, k)| (h, k.clone())).collect();
    let target = &mut Target::Owned(&mut result);
    for (hash, key) in keys {
        if !target.remove(vm, &key, hash)? {
            target.insert(vm, key, hash)?;
        }
    }
    Ok(kind.make(vm, result))
}

fn any_issubset(vm: &mut Vm, args: &Args, kind: Kind, meth: &str) -> PyResult<Value> {
    let (_, mine) = recv_table(vm, args, kind, meth, Sig::One)?;
    let other = match vm.set_table(&args.pos[1]) {
        Some(t) => t,
        None => vm.table_from_iterable(&args.pos[1])?,
    };
    table_le(vm, &mine, &other).map(Value::Bool)
}

fn any_issuperset(vm: &mut Vm, args: &Args, kind: Kind, meth: &str) -> PyResult<Value> {
    let (_, mine) = recv_table(vm, args, kind, meth, Sig::One)?;
    if let Some(other) = vm.set_table(&args.pos[1]) {
        return table_le(vm, &other, &mine).map(Value::Bool);
    }
    let it = vm.get_iter(&args.pos[1])?;
    while let Some(x) = vm.iter_next(&it)? {
        let hash = vm.hash(&x)?;
        if !table_contains(vm, &mine, &x, hash)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any_isdisjoint(vm: &mut Vm, args: &Args, kind: Kind, meth: &str) -> PyResult<Value> {
    let (me, mine) = recv_table(vm, args, kind, meth, Sig::One)?;
    let other = &args.pos[1];
    if me.is(other) {
        return Ok(Value::Bool(mine.is_empty()));
    }
    if let Some(ot) = vm.set_table(other) {
        let (small, large) = if ot.len() > mine.len() {
            (&mine, &ot)
        } else {
            (&ot, &mine)
        };
        for (hash, key) in small.iter_with_hash() {
            if table_contains(vm, large, key, hash)? {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    let it = vm.get_iter(other)?;
    while let Some(x) = vm.iter_next(&it)? {
        let hash = vm.hash(&x)?;
        if table_contains(vm, &mine, &x, hash)? {
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
    let mine = vm.set_table(set).unwrap_or_default();
    let result = intersection(vm, &mine, other, set.is(other))?;
    Ok(vm.new_set(result))
}
