//! set and frozenset as Python sees them: construction, membership and the operators, on top
//! of the CPython-ordered table in `set.rs`. Key comparisons that need `__eq__` run on a snapshot
//! of the table so that Python code never runs while the table is borrowed.

use crate::objects::set::{self, SetTable};
use crate::protocols::names::{native_key_eq, NeedsPython};
use crate::value::{Object, PyCell, Value};
use crate::vm::{PyResult, Vm};
use pyvm_compiler::bytecode::{BinOp, CmpOp};

impl Vm {
    pub fn new_set(&self, table: SetTable) -> Value {
        Value::obj(Object::Set(PyCell::new(table)))
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
        match table.insert(item.clone(), hash, &mut native_key_eq) {
            Ok(added) => Ok(added),
            Err(NeedsPython) => table.insert(item, hash, &mut |a, b| self.eq(a, b)),
        }
    }

    /// set.add.
    pub fn set_add(&mut self, set: &Value, item: Value) -> PyResult<()> {
        let hash = self.hash(&item)?;
        let Some(Object::Set(cell)) = set.builtin_payload() else {
            return Ok(());
        };
        let fast = cell.with_mut(|t| t.insert(item.clone(), hash, &mut native_key_eq));
        if fast.is_err() {
            let mut snapshot = cell.get();
            snapshot.insert(item, hash, &mut |a, b| self.eq(a, b))?;
            cell.replace(snapshot);
        }
        Ok(())
    }

    /// set.discard; returns whether the item was present.
    pub fn set_discard(&mut self, set: &Value, item: &Value) -> PyResult<bool> {
        let hash = self.hash(item)?;
        let Some(Object::Set(cell)) = set.builtin_payload() else {
            return Ok(false);
        };
        match cell.with_mut(|t| t.remove(item, hash, &mut native_key_eq)) {
            Ok(r) => Ok(r),
            Err(NeedsPython) => {
                let mut snapshot = cell.get();
                let r = snapshot.remove(item, hash, &mut |a, b| self.eq(a, b))?;
                cell.replace(snapshot);
                Ok(r)
            }
        }
    }

    /// A copy of the table of a set or frozenset.
    pub fn set_table(&self, v: &Value) -> Option<SetTable> {
        match v.builtin_payload()? {
            Object::Set(s) => Some(s.get()),
            Object::FrozenSet(t) => Some(t.clone()),
            _ => None,
        }
    }

    pub fn set_contains(&mut self, set: &Value, item: &Value) -> PyResult<bool> {
        let hash = match self.hash(item) {
            Ok(h) => h,
            Err(e) => {
                // `[1] in {1}` looks up frozenset([1]) in CPython; an unhashable set is still an error.
                return Err(e);
            }
        };
        let r = match set.builtin_payload() {
            Some(Object::Set(s)) => s.with(|t| t.contains(item, hash, &mut native_key_eq)),
            Some(Object::FrozenSet(t)) => t.contains(item, hash, &mut native_key_eq),
            _ => Ok(false),
        };
        match r {
            Ok(b) => Ok(b),
            Err(NeedsPython) => {
                let table = self.set_table(set).unwrap_or_default();
                table.contains(item, hash, &mut |a, b| self.eq(a, b))
            }
        }
    }

    /// A table holding the items of any iterable.
    pub fn table_from_iterable(&mut self, iterable: &Value) -> PyResult<SetTable> {
        if let Some(t) = self.set_table(iterable) {
            let mut out = SetTable::new();
            out.merge_from(&t, &mut |a, b| Ok::<bool, ()>(a.is(b))).ok();
            return Ok(out);
        }
        let mut table = SetTable::new();
        if let Some(d) = iterable.as_dict() {
            table.presize(d.with(|t| t.len()));
        }
        let it = self.get_iter(iterable)?;
        while let Some(x) = self.iter_next(&it)? {
            self.table_insert(&mut table, x)?;
        }
        Ok(table)
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` for sets; the result has the type of `a`.
    pub fn set_algebra(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let same = a.is(b);
        let ta = self.set_table(a).unwrap_or_default();
        let tb = if same { ta.clone() } else { self.set_table(b).unwrap_or_default() };
        let table = self.table_op(&ta, &tb, op, same)?;
        Ok(match a.builtin_payload() {
            Some(Object::FrozenSet(_)) => Value::obj(Object::FrozenSet(table)),
            _ => self.new_set(table),
        })
    }

    pub fn table_op(&mut self, ta: &SetTable, tb: &SetTable, op: BinOp, same: bool) -> PyResult<SetTable> {
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
        let a_in_b = |vm: &mut Vm, x: &SetTable, y: &SetTable| -> PyResult<bool> {
            for (h, item) in x.iter_with_hash() {
                let found = match y.contains(item, h, &mut native_key_eq) {
                    Ok(f) => f,
                    Err(NeedsPython) => y.contains(item, h, &mut |p, q| vm.eq(p, q))?,
                };
                if !found {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        Ok(match op {
            CmpOp::Eq => ta.len() == tb.len() && a_in_b(self, &ta, &tb)?,
            CmpOp::Ne => !(ta.len() == tb.len() && a_in_b(self, &ta, &tb)?),
            CmpOp::Le => ta.len() <= tb.len() && a_in_b(self, &ta, &tb)?,
            CmpOp::Lt => ta.len() < tb.len() && a_in_b(self, &ta, &tb)?,
            CmpOp::Ge => tb.len() <= ta.len() && a_in_b(self, &tb, &ta)?,
            CmpOp::Gt => tb.len() < ta.len() && a_in_b(self, &tb, &ta)?,
        })
    }

    /// A shallow copy of a dict.
    pub fn dict_copy(&mut self, d: &Value) -> PyResult<Value> {
        let table = d.as_dict().map(|c| c.get()).unwrap_or_default();
        Ok(Value::obj(Object::Dict(PyCell::new(table))))
    }
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.set.clone();
    vm.add_staticmethod(&t, "__new__", set_new);
    vm.add_method(&t, "__init__", set_init);
    vm.add_method(&t, "add", set_add_method);
    let f = vm.types.frozenset.clone();
    vm.add_staticmethod(&f, "__new__", frozenset_new);
}

fn set_new(vm: &mut Vm, args: crate::objects::function::Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or_default();
    let s = vm.new_set(SetTable::new());
    match cls.as_obj() {
        Some(c) if !std::rc::Rc::ptr_eq(c, &vm.types.set) => Ok(crate::objects::type_type::new_instance(vm, c, s)),
        _ => Ok(s),
    }
}

fn set_init(vm: &mut Vm, args: crate::objects::function::Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!("set expected at most 1 argument, got {}", args.pos.len() - 1)));
    }
    let table = match args.pos.get(1) {
        Some(it) => vm.table_from_iterable(it)?,
        None => SetTable::new(),
    };
    if let Some(Object::Set(s)) = args.pos[0].builtin_payload() {
        let old = s.replace(table);
        drop(old);
    }
    Ok(Value::None)
}

fn set_add_method(vm: &mut Vm, args: crate::objects::function::Args) -> PyResult<Value> {
    vm.check_args("add", &args, 2, 2)?;
    let item = args.pos[1].clone();
    vm.set_add(&args.pos[0], item)?;
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, args: crate::objects::function::Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("frozenset() takes no keyword arguments"));
    }
    let cls = args.pos.first().cloned().unwrap_or_default();
    let table = match args.pos.get(1) {
        Some(it) => vm.table_from_iterable(it)?,
        None => SetTable::new(),
    };
    let v = Value::obj(Object::FrozenSet(table));
    match cls.as_obj() {
        Some(c) if !std::rc::Rc::ptr_eq(c, &vm.types.frozenset) => Ok(crate::objects::type_type::new_instance(vm, c, v)),
        _ => Ok(v),
    }
}
