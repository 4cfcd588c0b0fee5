//! The _collections module: deque (a ring buffer, O(1) at both ends) with its iterators, and
//! `_count_elements` (Counter's counting loop). defaultdict, OrderedDict and the rest are
//! Python, in lib/collections/__init__.py.

use crate::clinic::{bind, index_arg, new_cls};
use pyvm_compiler::bytecode::CmpOp;
use pyvm_vm::objects::int;
use pyvm_vm::objects::native::NativeData;
use pyvm_vm::{Args, NativeFn, ObjRef, Object, PyResult, Value, Vm};
use std::collections::VecDeque;

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("_collections");
    let t = vm.new_native_type("collections", "deque", true);
    // A sequence for `match`, as CPython's type flags make it.
    vm.set_patma_kind(&t, pyvm_vm::objects::class::PATMA_SEQUENCE);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", deque_init),
        ("append", deque_append),
        ("appendleft", deque_appendleft),
        ("pop", deque_pop),
        ("popleft", deque_popleft),
        ("extend", deque_extend),
        ("extendleft", deque_extendleft),
        ("rotate", deque_rotate),
        ("clear", deque_clear),
        ("copy", deque_copy),
        ("__copy__", deque_copy),
        ("count", deque_count),
        ("index", deque_index),
        ("insert", deque_insert),
        ("remove", deque_remove),
        ("reverse", deque_reverse),
        ("__len__", deque_len),
        ("__bool__", deque_bool),
        ("__getitem__", deque_getitem),
        ("__setitem__", deque_setitem),
        ("__delitem__", deque_delitem),
        ("__contains__", deque_contains),
        ("__iter__", deque_iter),
        ("__reversed__", deque_reversed),
        ("__repr__", deque_repr),
        ("__eq__", deque_eq),
        ("__ne__", deque_ne),
        ("__lt__", deque_lt),
        ("__le__", deque_le),
        ("__gt__", deque_gt),
        ("__ge__", deque_ge),
        ("__add__", deque_add),
        ("__iadd__", deque_iadd),
        ("__mul__", deque_mul),
        ("__rmul__", deque_rmul),
        ("__imul__", deque_imul),
        ("__reduce__", deque_reduce),
    ];
    vm.add_staticmethod(&t, "__new__", deque_new);
    for (name, f) in methods {
        vm.add_method(&t, name, *f);
    }
    let key = vm.intern("__hash__");
    vm.class_set_attr(&t, key, Value::None);
    let getter = vm.new_native("maxlen", deque_maxlen);
    let setter = vm.new_native("maxlen", deque_maxlen_set);
    let prop = vm.call(
        &Value::Obj(vm.types.property.clone()),
        Args::new([getter, setter, Value::None]),
    )?;
    let key = vm.intern("maxlen");
    vm.class_set_attr(&t, key, prop);
    vm.module_set(&m, "deque", Value::Obj(t.clone()));
    vm.module_state
        .insert("_collections.deque".into(), Value::Obj(t));
    for (name, next) in [
        ("_deque_iterator", deque_iter_next as NativeFn),
        ("_deque_reverse_iterator", deque_iter_next),
    ] {
        let it = vm.new_native_type("_collections", name, false);
        vm.add_method(&it, "__iter__", iter_self);
        vm.add_method(&it, "__next__", next);
        vm.add_method(&it, "__length_hint__", deque_iter_length_hint);
        vm.module_state
            .insert(format!("_collections.{name}"), Value::Obj(it.clone()));
        vm.module_set(&m, name, Value::Obj(it));
    }
    let f = vm.new_native("_count_elements", count_elements);
    vm.module_set(&m, "_count_elements", f);
    let f = vm.new_native("_caller_module", caller_module);
    vm.module_set(&m, "_caller_module", f);
    let tg = vm.new_native_type("_collections", "_tuplegetter", false);
    vm.add_staticmethod(&tg, "__new__", tuplegetter_new);
    vm.add_method(&tg, "__get__", tuplegetter_get);
    vm.add_method(&tg, "__set__", tuplegetter_set);
    vm.add_method(&tg, "__delete__", tuplegetter_set);
    let fget = vm.new_native("__doc__", tuplegetter_doc);
    let fset = vm.new_native("__doc__", tuplegetter_set_doc);
    let prop = vm.call(
        &Value::Obj(vm.types.property.clone()),
        Args::new([fget, fset]),
    )?;
    let key = vm.intern("__doc__");
    vm.class_set_attr(&tg, key, prop);
    vm.module_set(&m, "_tuplegetter", Value::Obj(tg));
    Ok(m)
}

struct Deque {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
    /// Bumped by every mutation, so that iterators and comparisons notice changes.
    state: u64,
}

impl NativeData for Deque {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.items.iter().for_each(visit);
    }
    fn clear(&mut self) {
        self.items.clear();
    }
}

impl Deque {
    /// Appends on the right, dropping from the left past maxlen; returns what fell off.
    fn push_back(&mut self, v: Value) -> Option<Value> {
        self.state += 1;
        if self.maxlen == Some(0) {
            return Some(v);
        }
        self.items.push_back(v);
        if self.maxlen.is_some_and(|m| self.items.len() > m) {
            return self.items.pop_front();
        }
        None
    }

    fn push_front(&mut self, v: Value) -> Option<Value> {
        self.state += 1;
        if self.maxlen == Some(0) {
            return Some(v);
        }
        self.items.push_front(v);
        if self.maxlen.is_some_and(|m| self.items.len() > m) {
            return self.items.pop_back();
        }
        None
    }
}

const D: &str = "collections.deque";

fn me(args: &Args) -> Value {
    args.pos.first().cloned().unwrap_or(Value::None)
}

fn with<R>(vm: &Vm, me: &Value, method: &str, f: impl FnOnce(&mut Deque) -> R) -> PyResult<R> {
    vm.native_self_mut(me, D, method, f)
}

fn iter_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__iter__", &args, 1, 1)?;
    Ok(args.pos[0].clone())
}

fn deque_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args);
    let data = Deque {
        items: VecDeque::new(),
        maxlen: None,
        state: 0,
    };
    Ok(vm.new_native_object(&cls, Box::new(data)))
}

fn maxlen_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    if v.is_none() {
        return Ok(None);
    }
    if !int::is_int(v) {
        return Err(vm.type_error("an integer is required"));
    }
    let Some(n) = int::as_i64(v) else {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    };
    if n < 0 {
        return Err(vm.value_error("maxlen must be non-negative"));
    }
    Ok(Some(n as usize))
}

fn deque_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    let a = bind(vm, "deque", &args, 1, &["iterable", "maxlen"], 0, 2)?;
    let maxlen = match &a[1] {
        Some(v) => maxlen_arg(vm, v)?,
        None => None,
    };
    let old = with(vm, &me, "__init__", |d| {
        d.maxlen = maxlen;
        d.state += 1;
        std::mem::take(&mut d.items)
    })?;
    drop(old);
    if let Some(it) = &a[0] {
        extend(vm, &me, it, false)?;
    }
    Ok(Value::None)
}

fn deque_maxlen(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = with(vm, &me(&args), "maxlen", |d| d.maxlen)?;
    Ok(m.map_or(Value::None, |m| Value::Int(m as i64)))
}

fn deque_maxlen_set(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.attribute_error("attribute 'maxlen' of 'collections.deque' objects is not writable"))
}

fn one_arg<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a Value> {
    if args.pos.len() != 2 || !args.kw.is_empty() {
        if !args.kw.is_empty() {
            return Err(vm.type_error(format!("deque.{name}() takes no keyword arguments")));
        }
        return Err(vm.type_error(format!(
            "deque.{name}() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    }
    Ok(&args.pos[1])
}

fn no_arg(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.pos.len() != 1 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "deque.{name}() takes no arguments ({} given)",
            (args.pos.len() + args.kw.len()).saturating_sub(1)
        )));
    }
    Ok(())
}

fn deque_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "append")?.clone();
    let dropped = with(vm, &args.pos[0], "append", |d| d.push_back(v))?;
    drop(dropped);
    Ok(Value::None)
}

fn deque_appendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "appendleft")?.clone();
    let dropped = with(vm, &args.pos[0], "appendleft", |d| d.push_front(v))?;
    drop(dropped);
    Ok(Value::None)
}

fn deque_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arg(vm, &args, "pop")?;
    let v = with(vm, &args.pos[0], "pop", |d| {
        d.state += 1;
        d.items.pop_back()
    })?;
    v.ok_or_else(|| vm.index_error("pop from an empty deque"))
}

fn deque_popleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arg(vm, &args, "popleft")?;
    let v = with(vm, &args.pos[0], "popleft", |d| {
        d.state += 1;
        d.items.pop_front()
    })?;
    v.ok_or_else(|| vm.index_error("pop from an empty deque"))
}

/// Extends on the right (or left), consuming `iterable` one item at a time.
fn extend(vm: &mut Vm, me: &Value, iterable: &Value, left: bool) -> PyResult<()> {
    // Extending a deque with itself iterates over a snapshot.
    let iterable = if iterable.is(me) {
        let items = with(vm, me, "extend", |d| {
            d.items.iter().cloned().collect::<Vec<_>>()
        })?;
        vm.new_list(items)
    } else {
        iterable.clone()
    };
    if let Some(Object::List(l)) = iterable.as_object() {
        let items = l.get();
        let dropped = with(vm, me, "extend", |d| {
            let mut dropped = Vec::new();
            for v in items {
                let r = if left {
                    d.push_front(v)
                } else {
                    d.push_back(v)
                };
                dropped.extend(r);
            }
            dropped
        })?;
        drop(dropped);
        return Ok(());
    }
    let it = vm.get_iter(&iterable)?;
    while let Some(v) = vm.iter_next(&it)? {
        let dropped = with(vm, me, "extend", |d| {
            if left {
                d.push_front(v)
            } else {
                d.push_back(v)
            }
        })?;
        drop(dropped);
    }
    Ok(())
}

fn deque_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = one_arg(vm, &args, "extend")?.clone();
    extend(vm, &args.pos[0], &it, false)?;
    Ok(Value::None)
}

fn deque_extendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = one_arg(vm, &args, "extendleft")?.clone();
    extend(vm, &args.pos[0], &it, true)?;
    Ok(Value::None)
}

fn deque_rotate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("deque.rotate() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "deque.rotate expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let n = match args.pos.get(1) {
        Some(v) => index_arg(vm, v)?,
        None => 1,
    };
    with(vm, &args.pos[0], "rotate", |d| {
        let len = d.items.len() as i64;
        if len > 1 {
            d.state += 1;
            let k = n.rem_euclid(len) as usize;
            d.items.rotate_right(k);
        }
    })?;
    Ok(Value::None)
}

fn deque_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arg(vm, &args, "clear")?;
    let old = with(vm, &args.pos[0], "clear", |d| {
        d.state += 1;
        std::mem::take(&mut d.items)
    })?;
    drop(old);
    Ok(Value::None)
}

fn deque_class(vm: &Vm) -> ObjRef {
    vm.module_state
        .get("_collections.deque")
        .and_then(|v| v.as_obj().cloned())
        .unwrap_or_else(|| vm.types.object.clone())
}

/// A copy of the deque: a plain one for deque itself, `type(d)(d[, maxlen])` for subclasses.
fn copy_of(vm: &mut Vm, me: &Value) -> PyResult<Value> {
    let (items, maxlen) = with(vm, me, "copy", |d| (d.items.clone(), d.maxlen))?;
    let cls = vm.type_of(me);
    if ObjRef::ptr_eq(&cls, &deque_class(vm)) {
        let data = Deque {
            items,
            maxlen,
            state: 0,
        };
        return Ok(vm.new_native_object(&cls, Box::new(data)));
    }
    let mut a = vec![me.clone()];
    if let Some(m) = maxlen {
        a.push(Value::Int(m as i64));
    }
    vm.call(&Value::Obj(cls), Args::new(a))
}

fn deque_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arg(vm, &args, "copy")?;
    copy_of(vm, &args.pos[0])
}

fn item_at(vm: &Vm, me: &Value, i: usize) -> PyResult<Option<(Value, u64)>> {
    with(vm, me, "__getitem__", |d| {
        d.items.get(i).map(|v| (v.clone(), d.state))
    })
}

fn state_of(vm: &Vm, me: &Value) -> PyResult<u64> {
    with(vm, me, "__len__", |d| d.state)
}

fn len_of(vm: &Vm, me: &Value) -> PyResult<usize> {
    with(vm, me, "__len__", |d| d.items.len())
}

fn deque_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "count")?.clone();
    let me = &args.pos[0];
    let state = state_of(vm, me)?;
    let mut n = 0;
    let mut i = 0;
    while let Some((v, _)) = item_at(vm, me, i)? {
        let eq = v.is(&x) || vm.eq(&v, &x)?;
        if state_of(vm, me)? != state {
            return Err(vm.runtime_error("deque mutated during iteration"));
        }
        if eq {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn deque_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("deque.index() takes no keyword arguments"));
    }
    let n = args.pos.len().saturating_sub(1);
    if !(1..=3).contains(&n) {
        return Err(vm.type_error(if n == 0 {
            "index() takes at least 1 argument (0 given)".to_string()
        } else {
            format!("index() takes at most 3 arguments ({n} given)")
        }));
    }
    let me = &args.pos[0];
    let x = args.pos[1].clone();
    let len = len_of(vm, me)? as i64;
    let norm = |v: i64| if v < 0 { (v + len).max(0) } else { v.min(len) };
    let start = match args.pos.get(2) {
        Some(v) => norm(slice_index(vm, v)?),
        None => 0,
    };
    let stop = match args.pos.get(3) {
        Some(v) => norm(slice_index(vm, v)?),
        None => len,
    };
    let state = state_of(vm, me)?;
    let mut i = start;
    while i < stop {
        let Some((v, _)) = item_at(vm, me, i as usize)? else {
            break;
        };
        let eq = v.is(&x) || vm.eq(&v, &x)?;
        if state_of(vm, me)? != state {
            return Err(vm.runtime_error("deque mutated during iteration"));
        }
        if eq {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    let r = vm.repr(&x)?;
    Err(vm.value_error(format!("{r} is not in deque")))
}

/// An index argument clipped as `_PyEval_SliceIndexNotNone` does.
fn slice_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(b) = int::as_bigint(v) {
        return Ok(
            int::as_i64(v).unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }),
        );
    }
    match vm.to_index(v) {
        Ok(Some(i)) => Ok(i),
        Ok(None) => Ok(i64::MAX),
        Err(e) if vm.err_matches(&e, &vm.types.exc.type_error.clone()) => {
            Err(vm.type_error("slice indices must be integers or have an __index__ method"))
        }
        Err(e) => Err(e),
    }
}

fn deque_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("deque.insert() takes no keyword arguments"));
    }
    if args.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "insert() takes exactly 2 arguments ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    }
    let i = index_arg(vm, &args.pos[1])?;
    let v = args.pos[2].clone();
    let full = with(vm, &args.pos[0], "insert", |d| {
        if d.maxlen.is_some_and(|m| d.items.len() >= m) {
            return true;
        }
        let len = d.items.len() as i64;
        let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
        d.state += 1;
        d.items.insert(at as usize, v);
        false
    })?;
    if full {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    Ok(Value::None)
}

fn deque_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "remove")?.clone();
    let me = &args.pos[0];
    let state = state_of(vm, me)?;
    let mut i = 0;
    while let Some((v, _)) = item_at(vm, me, i)? {
        let eq = v.is(&x) || vm.eq(&v, &x)?;
        if state_of(vm, me)? != state {
            return Err(vm.index_error("deque mutated during iteration"));
        }
        if eq {
            let old = with(vm, me, "remove", |d| {
                d.state += 1;
                d.items.remove(i)
            })?;
            drop(old);
            return Ok(Value::None);
        }
        i += 1;
    }
    let r = vm.repr(&x)?;
    Err(vm.value_error(format!("{r} is not in deque")))
}

fn deque_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arg(vm, &args, "reverse")?;
    with(vm, &args.pos[0], "reverse", |d| {
        d.state += 1;
        d.items.make_contiguous().reverse();
    })?;
    Ok(Value::None)
}

fn deque_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(len_of(vm, &me(&args))? as i64))
}

fn deque_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(len_of(vm, &me(&args))? > 0))
}

/// A deque index (sequence protocol: no slices), normalised and bounds-checked.
fn seq_index(vm: &mut Vm, me: &Value, key: &Value) -> PyResult<usize> {
    let i = if int::is_int(key) {
        int::as_i64(key)
    } else {
        let c = vm.type_of(key);
        if vm.class_lookup_str(&c, "__index__").is_none() {
            let t = vm.type_name(key);
            return Err(vm.type_error(format!("sequence index must be integer, not '{t}'")));
        }
        vm.to_index(key)?
    };
    let Some(i) = i else {
        return Err(vm.index_error("cannot fit 'int' into an index-sized integer"));
    };
    let len = len_of(vm, me)? as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn key_arg(vm: &Vm, args: &Args, n: usize, name: &str) -> PyResult<()> {
    if args.pos.len() != n + 1 {
        return Err(vm.type_error(format!(
            "{name} expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            args.pos.len().saturating_sub(1)
        )));
    }
    Ok(())
}

fn deque_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_arg(vm, &args, 1, "__getitem__")?;
    let me = &args.pos[0];
    let i = seq_index(vm, me, &args.pos[1])?;
    let v = item_at(vm, me, i)?;
    v.map(|(v, _)| v)
        .ok_or_else(|| vm.index_error("deque index out of range"))
}

fn deque_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_arg(vm, &args, 2, "__setitem__")?;
    let me = &args.pos[0];
    let i = seq_index(vm, me, &args.pos[1])?;
    let v = args.pos[2].clone();
    let old = with(vm, me, "__setitem__", |d| {
        d.items.get_mut(i).map(|slot| std::mem::replace(slot, v))
    })?;
    drop(old);
    Ok(Value::None)
}

fn deque_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_arg(vm, &args, 1, "__delitem__")?;
    let me = &args.pos[0];
    let i = seq_index(vm, me, &args.pos[1])?;
    let old = with(vm, me, "__delitem__", |d| {
        d.state += 1;
        d.items.remove(i)
    })?;
    drop(old);
    Ok(Value::None)
}

fn deque_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_arg(vm, &args, 1, "__contains__")?;
    let me = &args.pos[0];
    let x = args.pos[1].clone();
    let state = state_of(vm, me)?;
    let mut i = 0;
    while let Some((v, _)) = item_at(vm, me, i)? {
        let eq = v.is(&x) || vm.eq(&v, &x)?;
        if state_of(vm, me)? != state {
            return Err(vm.runtime_error("deque mutated during iteration"));
        }
        if eq {
            return Ok(Value::Bool(true));
        }
        i += 1;
    }
    Ok(Value::Bool(false))
}

// ----- iteration -----

struct DequeIter {
    deque: Value,
    index: usize,
    /// Items left.
    counter: usize,
    state: u64,
    reverse: bool,
}

impl NativeData for DequeIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.deque);
    }
    fn clear(&mut self) {
        self.deque = Value::None;
    }
}

fn make_iter(vm: &mut Vm, args: &Args, reverse: bool) -> PyResult<Value> {
    let me = me(args);
    let (len, state) = with(vm, &me, "__iter__", |d| (d.items.len(), d.state))?;
    let name = if reverse {
        "_collections._deque_reverse_iterator"
    } else {
        "_collections._deque_iterator"
    };
    let cls = vm
        .module_state
        .get(name)
        .and_then(|v| v.as_obj().cloned())
        .unwrap_or_else(|| vm.types.object.clone());
    let data = DequeIter {
        deque: me,
        index: if reverse { len.wrapping_sub(1) } else { 0 },
        counter: len,
        state,
        reverse,
    };
    Ok(vm.new_native_object(&cls, Box::new(data)))
}

fn deque_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    make_iter(vm, &args, false)
}

fn deque_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    make_iter(vm, &args, true)
}

fn deque_iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = me(&args);
    let (deque, index, counter, state, reverse) = vm.native_self(
        &it,
        "_collections._deque_iterator",
        "__next__",
        |d: &DequeIter| (d.deque.clone(), d.index, d.counter, d.state, d.reverse),
    )?;
    let now = with(vm, &deque, "__next__", |d| {
        if d.state != state {
            return Err(());
        }
        Ok(d.items.get(index).cloned())
    })?;
    let v = match now {
        Err(()) => {
            vm.native_with_mut(&it, |d: &mut DequeIter| d.counter = 0);
            return Err(vm.runtime_error("deque mutated during iteration"));
        }
        Ok(v) => v,
    };
    match v {
        Some(v) if counter > 0 => {
            vm.native_with_mut(&it, |d: &mut DequeIter| {
                d.counter -= 1;
                d.index = if reverse {
                    d.index.wrapping_sub(1)
                } else {
                    d.index + 1
                };
            });
            Ok(v)
        }
        _ => Err(vm.stop_iteration(Value::None)),
    }
}

fn deque_iter_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = vm.native_self(
        &me(&args),
        "_collections._deque_iterator",
        "__length_hint__",
        |d: &DequeIter| d.counter,
    )?;
    Ok(Value::Int(n as i64))
}

// ----- repr, comparisons, arithmetic -----

fn deque_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    let (items, maxlen) = with(vm, &me, "__repr__", |d| {
        (d.items.iter().cloned().collect::<Vec<_>>(), d.maxlen)
    })?;
    let name = vm.type_short_name(&me);
    let addr = me.address();
    if vm.repr_stack.contains(&addr) {
        return Ok(vm.new_str("[...]"));
    }
    vm.repr_stack.push(addr);
    let list = vm.new_list(items);
    let r = vm.repr(&list);
    vm.repr_stack.retain(|&a| a != addr);
    let r = r?;
    Ok(vm.new_str(match maxlen {
        Some(m) => format!("{name}({r}, maxlen={m})"),
        None => format!("{name}({r})"),
    }))
}

fn compare(vm: &mut Vm, args: Args, op: CmpOp) -> PyResult<Value> {
    key_arg(vm, &args, 1, "__eq__")?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    if !vm.is_native::<Deque>(b) || !vm.is_native::<Deque>(a) {
        return Ok(vm.not_implemented.clone());
    }
    let (la, lb) = (len_of(vm, a)?, len_of(vm, b)?);
    if la != lb && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::Bool(op == CmpOp::Ne));
    }
    let mut i = 0;
    loop {
        let x = item_at(vm, a, i)?;
        let y = item_at(vm, b, i)?;
        match (x, y) {
            (Some((x, _)), Some((y, _))) => {
                if !(x.is(&y) || vm.eq(&x, &y)?) {
                    if op == CmpOp::Eq {
                        return Ok(Value::Bool(false));
                    }
                    if op == CmpOp::Ne {
                        return Ok(Value::Bool(true));
                    }
                    return vm.rich_compare(&x, &y, op);
                }
            }
            _ => {
                let (la, lb) = (len_of(vm, a)?, len_of(vm, b)?);
                let r = match op {
                    CmpOp::Lt => la < lb,
                    CmpOp::Le => la <= lb,
                    CmpOp::Eq => la == lb,
                    CmpOp::Ne => la != lb,
                    CmpOp::Gt => la > lb,
                    CmpOp::Ge => la >= lb,
                };
                return Ok(Value::Bool(r));
            }
        }
        i += 1;
    }
}

fn deque_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Eq)
}
fn deque_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Ne)
}
fn deque_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Lt)
}
fn deque_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Le)
}
fn deque_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Gt)
}
fn deque_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Ge)
}

fn deque_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_arg(vm, &args, 1, "__add__")?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    if !vm.is_native::<Deque>(b) {
        let t = vm.type_name(b);
        return Err(vm.type_error(format!("can only concatenate deque (not \"{t}\") to deque")));
    }
    let new = copy_of(vm, a)?;
    extend(vm, &new, b, false)?;
    Ok(new)
}

fn deque_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_arg(vm, &args, 1, "__iadd__")?;
    extend(vm, &args.pos[0], &args.pos[1], false)?;
    Ok(args.pos[0].clone())
}

fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    if int::is_int(v) {
        return match int::as_i64(v) {
            Some(n) => Ok(Some(n)),
            None => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        };
    }
    let c = vm.type_of(v);
    if vm.class_lookup_str(&c, "__index__").is_some() {
        return Ok(Some(index_arg(vm, v)?));
    }
    Ok(None)
}

fn imul(vm: &mut Vm, me: &Value, n: i64) -> PyResult<()> {
    let items = with(vm, me, "__imul__", |d| {
        d.items.iter().cloned().collect::<Vec<_>>()
    })?;
    if n <= 0 || items.is_empty() {
        let old = with(vm, me, "__imul__", |d| {
            d.state += 1;
            std::mem::take(&mut d.items)
        })?;
        drop(old);
        return Ok(());
    }
    if n == 1 {
        return Ok(());
    }
    let maxlen = with(vm, me, "__imul__", |d| d.maxlen)?;
    let total = (items.len() as u128) * (n as u128);
    let keep = maxlen.map_or(total, |m| total.min(m as u128));
    if keep > (isize::MAX as u128) / 16 {
        return Err(vm.new_exception(&vm.types.exc.memory_error.clone(), ""));
    }
    // Only the last `keep` items of the repetition survive a maxlen.
    let mut out = VecDeque::with_capacity(keep as usize);
    let skip = total - keep;
    let len = items.len() as u128;
    for k in skip..total {
        out.push_back(items[(k % len) as usize].clone());
    }
    let old = with(vm, me, "__imul__", |d| {
        d.state += 1;
        std::mem::replace(&mut d.items, out)
    })?;
    drop(old);
    Ok(())
}

fn deque_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_arg(vm, &args, 1, "__mul__")?;
    let Some(n) = repeat_count(vm, &args.pos[1])? else {
        let t = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{t}'")));
    };
    let new = copy_of(vm, &args.pos[0])?;
    imul(vm, &new, n)?;
    Ok(new)
}

fn deque_rmul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_arg(vm, &args, 1, "__rmul__")?;
    let Some(n) = repeat_count(vm, &args.pos[1])? else {
        return Ok(vm.not_implemented.clone());
    };
    let new = copy_of(vm, &args.pos[0])?;
    imul(vm, &new, n)?;
    Ok(new)
}

fn deque_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_arg(vm, &args, 1, "__imul__")?;
    let Some(n) = repeat_count(vm, &args.pos[1])? else {
        return Ok(vm.not_implemented.clone());
    };
    imul(vm, &args.pos[0], n)?;
    Ok(args.pos[0].clone())
}

fn deque_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    let (items, maxlen) = with(vm, &me, "__reduce__", |d| {
        (d.items.iter().cloned().collect::<Vec<_>>(), d.maxlen)
    })?;
    let cls = Value::Obj(vm.type_of(&me));
    let list = vm.new_list(items);
    let m = maxlen.map_or(Value::None, |m| Value::Int(m as i64));
    let inner = vm.new_tuple(vec![list, m]);
    Ok(vm.new_tuple(vec![cls, inner]))
}

// ----- Counter's loop -----

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1` for each x.
fn count_elements(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("_count_elements", &args, 2, 2)?;
    let mapping = args.pos[0].clone();
    let it = vm.get_iter(&args.pos[1])?;
    // A dict (or a subclass that keeps dict's get and __setitem__) is updated directly.
    let class = vm.type_of(&mapping);
    let dict_class = vm.types.dict.clone();
    let plain = matches!(mapping.builtin_payload(), Some(Object::Dict(_))) && {
        let own = |vm: &Vm, name: &'static str| {
            vm.class_lookup_str(&class, name)
                .zip(vm.class_lookup_str(&dict_class, name))
                .is_some_and(|(a, b)| a.is(&b))
        };
        own(vm, "get") && own(vm, "__setitem__")
    };
    let target = if plain {
        match mapping.as_obj().and_then(|o| o.as_instance()) {
            Some(i) => i.base_value().cloned().unwrap_or(mapping.clone()),
            None => mapping.clone(),
        }
    } else {
        mapping.clone()
    };
    let one = Value::Int(1);
    while let Some(x) = vm.iter_next(&it)? {
        if plain {
            let old = vm.dict_get(&target, &x)?;
            let new = match old {
                Some(Value::Int(n)) if n < i64::MAX => Value::Int(n + 1),
                Some(v) => vm.binary_op(&v, &one, pyvm_compiler::bytecode::BinOp::Add)?,
                None => Value::Int(1),
            };
            vm.dict_set(&target, x, new)?;
        } else {
            let get = vm.get_attr_str(&mapping, "get")?;
            let old = vm.call(&get, Args::new([x.clone(), Value::Int(0)]))?;
            let new = vm.binary_op(&old, &one, pyvm_compiler::bytecode::BinOp::Add)?;
            vm.set_item(&mapping, x, new)?;
        }
    }
    Ok(Value::None)
}

// ----- namedtuple's helpers -----

/// `_caller_module(depth)`: `__name__` of the globals of the Python frame `depth` levels above
/// the calling function (namedtuple's default `__module__`), or None.
fn caller_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("_caller_module", &args, 1, 1)?;
    let depth = index_arg(vm, &args.pos[0])?;
    let n = vm.frames.len() as i64;
    let at = n - 1 - depth;
    if depth < 0 || at < 0 {
        return Ok(Value::None);
    }
    let globals = vm.frames[at as usize].globals.clone();
    let key = vm.intern("__name__");
    Ok(pyvm_vm::protocols::names::dict_get_str(&globals, &key).unwrap_or(Value::None))
}

/// namedtuple's field descriptor: `obj[index]` on instances, itself on the class.
struct TupleGetter {
    index: usize,
    doc: Value,
}

impl NativeData for TupleGetter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.doc);
    }
    fn clear(&mut self) {
        self.doc = Value::None;
    }
}

const TG: &str = "_collections._tuplegetter";

fn tuplegetter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::clinic::positional(vm, "_tuplegetter", &args, 1, 2, 2)?;
    let index = index_arg(vm, &args.pos[1])?;
    if index < 0 {
        return Err(vm.index_error("tuple index out of range"));
    }
    let cls = new_cls(vm, &args);
    let data = TupleGetter {
        index: index as usize,
        doc: args.pos[2].clone(),
    };
    Ok(vm.new_native_object(&cls, Box::new(data)))
}

fn tuplegetter_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    let index = vm.native_self(&me, TG, "__get__", |t: &TupleGetter| t.index)?;
    let obj = args.pos.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(me);
    }
    let item = match obj.builtin_payload() {
        Some(Object::Tuple(t)) => Some(t.get(index).cloned()),
        _ => None,
    };
    match item {
        Some(Some(v)) => Ok(v),
        Some(None) => Err(vm.index_error("tuple index out of range")),
        None => {
            let t = vm.type_name(&obj);
            Err(vm.type_error(format!(
                "descriptor for index '{index}' for tuple subclasses doesn't apply to '{t}' object"
            )))
        }
    }
}

fn tuplegetter_set(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.attribute_error("can't set attribute"))
}

fn tuplegetter_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.native_self(&me(&args), TG, "__doc__", |t: &TupleGetter| t.doc.clone())
}

fn tuplegetter_set_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let doc = args.pos.get(1).cloned().unwrap_or(Value::None);
    let old = vm.native_self_mut(&me(&args), TG, "__doc__", |t: &mut TupleGetter| {
        std::mem::replace(&mut t.doc, doc)
    })?;
    drop(old);
    Ok(Value::None)
}
