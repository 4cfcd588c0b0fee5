//! The itertools module, natively: each iterator is a native type whose `__next__` advances
//! Rust state (values are copied out of the state before any Python code runs).
//! This file holds the simple iterators; grouping.rs has groupby, islice and tee;
//! combinatorics.rs has product, permutations and the combinations.

mod combinatorics;
mod grouping;

use crate::clinic::{bind, new_cls, positional};
use pyvm_compiler::bytecode::BinOp;
use pyvm_vm::objects::int;
use pyvm_vm::objects::native::NativeData;
use pyvm_vm::{Args, NativeFn, ObjRef, Object, PyErr, PyResult, Value, Vm};

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("itertools");
    let types: &[(&str, bool, NativeFn, NativeFn)] = &[
        ("count", true, count_new, count_next),
        ("cycle", true, cycle_new, cycle_next),
        ("repeat", true, repeat_new, repeat_next),
        ("accumulate", true, accumulate_new, accumulate_next),
        ("chain", true, chain_new, chain_next),
        ("compress", true, compress_new, compress_next),
        ("dropwhile", true, dropwhile_new, dropwhile_next),
        ("takewhile", true, takewhile_new, takewhile_next),
        ("filterfalse", true, filterfalse_new, filterfalse_next),
        ("starmap", true, starmap_new, starmap_next),
        ("pairwise", true, pairwise_new, pairwise_next),
        ("zip_longest", true, zip_longest_new, zip_longest_next),
        (
            "groupby",
            true,
            grouping::groupby_new,
            grouping::groupby_next,
        ),
        (
            "_grouper",
            false,
            grouping::grouper_new,
            grouping::grouper_next,
        ),
        ("islice", true, grouping::islice_new, grouping::islice_next),
        ("_tee", false, grouping::tee_new, grouping::tee_next),
        (
            "product",
            true,
            combinatorics::product_new,
            combinatorics::product_next,
        ),
        (
            "permutations",
            true,
            combinatorics::permutations_new,
            combinatorics::permutations_next,
        ),
        (
            "combinations",
            true,
            combinatorics::combinations_new,
            combinatorics::combinations_next,
        ),
        (
            "combinations_with_replacement",
            true,
            combinatorics::cwr_new,
            combinatorics::cwr_next,
        ),
    ];
    for (name, sub, new, next) in types {
        let t = vm.new_native_type("itertools", name, *sub);
        vm.add_staticmethod(&t, "__new__", *new);
        vm.add_method(&t, "__iter__", iter_self);
        vm.add_method(&t, "__next__", *next);
        match *name {
            "count" => vm.add_method(&t, "__repr__", count_repr),
            "repeat" => {
                vm.add_method(&t, "__repr__", repeat_repr);
                vm.add_method(&t, "__length_hint__", repeat_length_hint);
            }
            "chain" => vm.add_classmethod(&t, "from_iterable", chain_from_iterable),
            "_tee" => vm.add_method(&t, "__copy__", grouping::tee_copy),
            _ => {}
        }
        vm.module_state
            .insert(format!("itertools.{name}"), Value::Obj(t.clone()));
        vm.module_set(&m, name, Value::Obj(t));
    }
    let block = vm.new_native_type("itertools", "_tee_dataobject", false);
    vm.module_state.insert(
        "itertools._tee_dataobject".into(),
        Value::Obj(block.clone()),
    );
    vm.module_set(&m, "_tee_dataobject", Value::Obj(block));
    let tee = vm.new_native("tee", grouping::tee);
    vm.module_set(&m, "tee", tee);
    Ok(m)
}

/// A class made by this module, by name (for objects built by other objects: groupers, tees).
fn class(vm: &Vm, name: &str) -> ObjRef {
    vm.module_state
        .get(name)
        .and_then(|v| v.as_obj().cloned())
        .unwrap_or_else(|| vm.types.object.clone())
}

fn iter_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__iter__", &args, 1, 1)?;
    Ok(args.pos[0].clone())
}

fn stop(vm: &Vm) -> PyErr {
    vm.stop_iteration(Value::None)
}

fn me(args: &Args) -> Value {
    args.pos.first().cloned().unwrap_or(Value::None)
}

/// Runs `f` on the state of iterator `me` of type `T` (named `itertools.<name>` in errors).
fn with<T: NativeData, R>(
    vm: &Vm,
    me: &Value,
    name: &str,
    f: impl FnOnce(&mut T) -> R,
) -> PyResult<R> {
    vm.native_self_mut(me, name, "__next__", f)
}

/// Clears a held value to Null (an exhausted source iterator).
fn clear_value(v: &mut Value) {
    *v = Value::Null;
}

// ----- count -----

struct Count {
    cnt: Value,
    step: Value,
}

impl NativeData for Count {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.cnt);
        visit(&self.step);
    }
    fn clear(&mut self) {
        self.cnt = Value::Int(0);
        self.step = Value::Int(1);
    }
}

fn is_number(vm: &Vm, v: &Value) -> bool {
    if int::is_int(v) || matches!(v, Value::FloatBits(_)) {
        return true;
    }
    let c = vm.type_of(v);
    ["__index__", "__int__", "__float__", "__complex__"]
        .iter()
        .any(|n| vm.class_lookup_str(&c, n).is_some())
}

fn count_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, "count", &args, 1, &["start", "step"], 0, 2)?;
    let mut start = a[0].clone().unwrap_or(Value::Int(0));
    let step = a[1].clone().unwrap_or(Value::Int(1));
    if !is_number(vm, &start) || !is_number(vm, &step) {
        return Err(vm.type_error("a number is required"));
    }
    // CPython's fast mode keeps an int start with step 1 as a machine integer: bool becomes int.
    if matches!(step, Value::Int(1)) {
        if let Value::BoolWord(_) = start {
            start = Value::Int(int::as_i64(&start).unwrap_or(0));
        }
    }
    let cls = new_cls(vm, &args);
    Ok(vm.new_native_object(&cls, Box::new(Count { cnt: start, step })))
}

fn count_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    let slow = with(vm, &me, "itertools.count", |c: &mut Count| {
        if let (Value::Int(a), Value::Int(b)) = (&c.cnt, &c.step) {
            if let Some(n) = a.checked_add(*b) {
                return Ok(std::mem::replace(&mut c.cnt, Value::Int(n)));
            }
        }
        Err((c.cnt.clone(), c.step.clone()))
    })?;
    match slow {
        Ok(v) => Ok(v),
        Err((cnt, step)) => {
            let next = vm.binary_op(&cnt, &step, BinOp::Add)?;
            with(vm, &me, "itertools.count", |c: &mut Count| c.cnt = next)?;
            Ok(cnt)
        }
    }
}

fn count_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    let (cnt, step) = vm.native_self(&me, "itertools.count", "__repr__", |c: &Count| {
        (c.cnt.clone(), c.step.clone())
    })?;
    let name = vm.type_short_name(&me);
    let c = vm.repr(&cnt)?;
    let one = int::is_int(&step) && int::as_i64(&step) == Some(1);
    let s = if one {
        format!("{name}({c})")
    } else {
        let st = vm.repr(&step)?;
        format!("{name}({c}, {st})")
    };
    Ok(vm.new_str(s))
}

// ----- cycle -----

struct Cycle {
    it: Value,
    saved: Vec<Value>,
    index: usize,
}

impl NativeData for Cycle {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.it);
        self.saved.iter().for_each(visit);
    }
    fn clear(&mut self) {
        self.it = Value::Null;
        self.saved.clear();
    }
}

fn cycle_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    positional(vm, "cycle", &args, 1, 1, 1)?;
    let it = vm.get_iter(&args.pos[1])?;
    let cls = new_cls(vm, &args);
    let data = Cycle {
        it,
        saved: Vec::new(),
        index: 0,
    };
    Ok(vm.new_native_object(&cls, Box::new(data)))
}

fn cycle_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    let it = with(vm, &me, "itertools.cycle", |c: &mut Cycle| c.it.clone())?;
    if !it.is_null() {
        match vm.iter_next(&it)? {
            Some(v) => {
                with(vm, &me, "itertools.cycle", |c: &mut Cycle| {
                    c.saved.push(v.clone())
                })?;
                return Ok(v);
            }
            None => with(vm, &me, "itertools.cycle", |c: &mut Cycle| {
                clear_value(&mut c.it)
            })?,
        }
    }
    let r = with(vm, &me, "itertools.cycle", |c: &mut Cycle| {
        if c.saved.is_empty() {
            return None;
        }
        if c.index >= c.saved.len() {
            c.index = 0;
        }
        let v = c.saved[c.index].clone();
        c.index += 1;
        Some(v)
    })?;
    r.ok_or_else(|| stop(vm))
}

// ----- repeat -----

struct Repeat {
    obj: Value,
    /// Items left; -1 for forever.
    cnt: i64,
}

impl NativeData for Repeat {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.obj);
    }
    fn clear(&mut self) {
        self.obj = Value::None;
    }
}

fn repeat_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, "repeat", &args, 1, &["object", "times"], 1, 2)?;
    let obj = a[0].clone().unwrap_or_default();
    let cnt = match &a[1] {
        None => -1,
        Some(t) => crate::clinic::index_arg(vm, t)?.max(0),
    };
    let cls = new_cls(vm, &args);
    Ok(vm.new_native_object(&cls, Box::new(Repeat { obj, cnt })))
}

fn repeat_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    let r = with(vm, &me, "itertools.repeat", |r: &mut Repeat| {
        if r.cnt == 0 {
            return None;
        }
        if r.cnt > 0 {
            r.cnt -= 1;
        }
        Some(r.obj.clone())
    })?;
    r.ok_or_else(|| stop(vm))
}

fn repeat_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    let (obj, cnt) = vm.native_self(&me, "itertools.repeat", "__repr__", |r: &Repeat| {
        (r.obj.clone(), r.cnt)
    })?;
    let name = vm.type_short_name(&me);
    let o = vm.repr(&obj)?;
    let s = if cnt < 0 {
        format!("{name}({o})")
    } else {
        format!("{name}({o}, {cnt})")
    };
    Ok(vm.new_str(s))
}

fn repeat_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    let cnt = vm.native_self(&me, "itertools.repeat", "__length_hint__", |r: &Repeat| {
        r.cnt
    })?;
    if cnt < 0 {
        return Err(vm.type_error("len() of unsized object"));
    }
    Ok(Value::Int(cnt))
}

// ----- accumulate -----

struct Accumulate {
    it: Value,
    func: Value,
    total: Value,
    initial: Value,
}

impl NativeData for Accumulate {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.it);
        visit(&self.func);
        visit(&self.total);
        visit(&self.initial);
    }
    fn clear(&mut self) {
        self.it = Value::Null;
        self.func = Value::Null;
        self.total = Value::Null;
        self.initial = Value::Null;
    }
}

fn none_to_null(v: Option<Value>) -> Value {
    match v {
        None | Some(Value::None) => Value::Null,
        Some(v) => v,
    }
}

fn accumulate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(
        vm,
        "accumulate",
        &args,
        1,
        &["iterable", "func", "initial"],
        1,
        2,
    )?;
    let it = vm.get_iter(a[0].as_ref().unwrap_or(&Value::None))?;
    let cls = new_cls(vm, &args);
    let data = Accumulate {
        it,
        func: none_to_null(a[1].clone()),
        total: Value::Null,
        initial: none_to_null(a[2].clone()),
    };
    Ok(vm.new_native_object(&cls, Box::new(data)))
}

fn accumulate_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    const N: &str = "itertools.accumulate";
    let (it, func, total, initial) = with(vm, &me, N, |a: &mut Accumulate| {
        (
            a.it.clone(),
            a.func.clone(),
            a.total.clone(),
            std::mem::take(&mut a.initial),
        )
    })?;
    if !initial.is_null() && !initial.is_none() {
        with(vm, &me, N, |a: &mut Accumulate| a.total = initial.clone())?;
        return Ok(initial);
    }
    if it.is_null() {
        return Err(stop(vm));
    }
    let Some(v) = vm.iter_next(&it)? else {
        return Err(stop(vm));
    };
    let new = if total.is_null() {
        v
    } else if func.is_null() {
        vm.binary_op(&total, &v, BinOp::Add)?
    } else {
        vm.call(&func, Args::new([total, v]))?
    };
    with(vm, &me, N, |a: &mut Accumulate| a.total = new.clone())?;
    Ok(new)
}

// ----- chain -----

struct Chain {
    /// The iterator over the iterables (Null once exhausted).
    source: Value,
    /// The iterator of the current iterable (Null between iterables).
    active: Value,
}

impl NativeData for Chain {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.source);
        visit(&self.active);
    }
    fn clear(&mut self) {
        self.source = Value::Null;
        self.active = Value::Null;
    }
}

fn chain_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args);
    if !args.kw.is_empty() {
        return Err(vm.type_error("chain() takes no keyword arguments"));
    }
    let iterables = vm.new_tuple(args.pos[1.min(args.pos.len())..].to_vec());
    let source = vm.get_iter(&iterables)?;
    let data = Chain {
        source,
        active: Value::Null,
    };
    Ok(vm.new_native_object(&cls, Box::new(data)))
}

fn chain_from_iterable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("chain.from_iterable() takes no keyword arguments"));
    }
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    }
    let cls = new_cls(vm, &args);
    let source = vm.get_iter(&args.pos[1])?;
    let data = Chain {
        source,
        active: Value::Null,
    };
    Ok(vm.new_native_object(&cls, Box::new(data)))
}

fn chain_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    const N: &str = "itertools.chain";
    loop {
        let (source, active) = with(vm, &me, N, |c: &mut Chain| {
            (c.source.clone(), c.active.clone())
        })?;
        if !active.is_null() {
            if let Some(v) = vm.iter_next(&active)? {
                return Ok(v);
            }
            with(vm, &me, N, |c: &mut Chain| clear_value(&mut c.active))?;
        }
        if source.is_null() {
            return Err(stop(vm));
        }
        match vm.iter_next(&source)? {
            Some(iterable) => {
                let it = vm.get_iter(&iterable)?;
                with(vm, &me, N, |c: &mut Chain| c.active = it)?;
            }
            None => {
                with(vm, &me, N, |c: &mut Chain| clear_value(&mut c.source))?;
                return Err(stop(vm));
            }
        }
    }
}

// ----- compress, dropwhile, takewhile, filterfalse, starmap -----

/// A predicate (or function) and one source iterator; `flag` is dropwhile's "done dropping"
/// and takewhile's "stopped".
struct PredIter {
    func: Value,
    it: Value,
    flag: bool,
}

impl NativeData for PredIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.it);
    }
    fn clear(&mut self) {
        self.func = Value::Null;
        self.it = Value::Null;
    }
}

fn pred_new(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    positional(vm, name, args, 1, 2, 2)?;
    let it = vm.get_iter(&args.pos[2])?;
    let cls = new_cls(vm, args);
    let data = PredIter {
        func: args.pos[1].clone(),
        it,
        flag: false,
    };
    Ok(vm.new_native_object(&cls, Box::new(data)))
}

fn pred_parts(vm: &Vm, me: &Value, name: &str) -> PyResult<(Value, Value, bool)> {
    with(vm, me, name, |p: &mut PredIter| {
        (p.func.clone(), p.it.clone(), p.flag)
    })
}

fn set_flag(vm: &Vm, me: &Value, name: &str) -> PyResult<()> {
    with(vm, me, name, |p: &mut PredIter| p.flag = true)
}

fn truth_of(vm: &mut Vm, func: &Value, v: &Value) -> PyResult<bool> {
    let r = vm.call(func, Args::new([v.clone()]))?;
    vm.is_true(&r)
}

fn compress_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, "compress", &args, 1, &["data", "selectors"], 2, 2)?;
    let data = vm.get_iter(a[0].as_ref().unwrap_or(&Value::None))?;
    let sel = vm.get_iter(a[1].as_ref().unwrap_or(&Value::None))?;
    let cls = new_cls(vm, &args);
    let d = PredIter {
        func: sel,
        it: data,
        flag: false,
    };
    Ok(vm.new_native_object(&cls, Box::new(d)))
}

fn compress_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    let (sel, data, _) = pred_parts(vm, &me, "itertools.compress")?;
    loop {
        let Some(d) = vm.iter_next(&data)? else {
            return Err(stop(vm));
        };
        let Some(s) = vm.iter_next(&sel)? else {
            return Err(stop(vm));
        };
        if vm.is_true(&s)? {
            return Ok(d);
        }
    }
}

fn dropwhile_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred_new(vm, &args, "dropwhile")
}

fn dropwhile_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    const N: &str = "itertools.dropwhile";
    let (func, it, done) = pred_parts(vm, &me, N)?;
    loop {
        let Some(v) = vm.iter_next(&it)? else {
            return Err(stop(vm));
        };
        if done {
            return Ok(v);
        }
        if !truth_of(vm, &func, &v)? {
            set_flag(vm, &me, N)?;
            return Ok(v);
        }
    }
}

fn takewhile_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred_new(vm, &args, "takewhile")
}

fn takewhile_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    const N: &str = "itertools.takewhile";
    let (func, it, stopped) = pred_parts(vm, &me, N)?;
    if stopped {
        return Err(stop(vm));
    }
    let Some(v) = vm.iter_next(&it)? else {
        return Err(stop(vm));
    };
    if truth_of(vm, &func, &v)? {
        return Ok(v);
    }
    set_flag(vm, &me, N)?;
    Err(stop(vm))
}

fn filterfalse_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred_new(vm, &args, "filterfalse")
}

fn filterfalse_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    let (func, it, _) = pred_parts(vm, &me, "itertools.filterfalse")?;
    let plain = func.is_none() || func.is(&Value::Obj(vm.types.bool_.clone()));
    loop {
        let Some(v) = vm.iter_next(&it)? else {
            return Err(stop(vm));
        };
        let keep = if plain {
            vm.is_true(&v)?
        } else {
            truth_of(vm, &func, &v)?
        };
        if !keep {
            return Ok(v);
        }
    }
}

fn starmap_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred_new(vm, &args, "starmap")
}

fn starmap_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    let (func, it, _) = pred_parts(vm, &me, "itertools.starmap")?;
    let Some(v) = vm.iter_next(&it)? else {
        return Err(stop(vm));
    };
    let items = match v.as_object() {
        Some(Object::Tuple(t)) => Args::new(t.iter().cloned()),
        _ => Args::new(vm.collect(&v)?),
    };
    vm.call(&func, items)
}

// ----- pairwise -----

struct Pairwise {
    it: Value,
    old: Value,
}

impl NativeData for Pairwise {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.it);
        visit(&self.old);
    }
    fn clear(&mut self) {
        self.it = Value::Null;
        self.old = Value::Null;
    }
}

fn pairwise_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    positional(vm, "pairwise", &args, 1, 1, 1)?;
    let it = vm.get_iter(&args.pos[1])?;
    let cls = new_cls(vm, &args);
    let data = Pairwise {
        it,
        old: Value::Null,
    };
    Ok(vm.new_native_object(&cls, Box::new(data)))
}

fn pairwise_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    const N: &str = "itertools.pairwise";
    let (it, mut old) = with(vm, &me, N, |p: &mut Pairwise| (p.it.clone(), p.old.clone()))?;
    if it.is_null() {
        return Err(stop(vm));
    }
    if old.is_null() {
        match vm.iter_next(&it)? {
            Some(v) => old = v,
            None => {
                with(vm, &me, N, |p: &mut Pairwise| p.clear())?;
                return Err(stop(vm));
            }
        }
    }
    match vm.iter_next(&it)? {
        Some(new) => {
            with(vm, &me, N, |p: &mut Pairwise| p.old = new.clone())?;
            Ok(vm.new_tuple(vec![old, new]))
        }
        None => {
            with(vm, &me, N, |p: &mut Pairwise| p.clear())?;
            Err(stop(vm))
        }
    }
}

// ----- zip_longest -----

struct ZipLongest {
    /// The source iterators; an exhausted one is Null.
    its: Vec<Value>,
    active: usize,
    fill: Value,
}

impl NativeData for ZipLongest {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.its.iter().for_each(&mut *visit);
        visit(&self.fill);
    }
    fn clear(&mut self) {
        self.its.clear();
        self.fill = Value::None;
    }
}

fn zip_longest_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut fill = Value::None;
    for (k, v) in &args.kw {
        if k.as_str().is_some_and(|s| s.as_str() == "fillvalue") {
            fill = v.clone();
        } else {
            return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
        }
    }
    let mut its = Vec::with_capacity(args.pos.len());
    for a in args.pos.iter().skip(1) {
        its.push(vm.get_iter(a)?);
    }
    let cls = new_cls(vm, &args);
    let active = its.len();
    let data = ZipLongest { its, active, fill };
    Ok(vm.new_native_object(&cls, Box::new(data)))
}

fn zip_longest_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = me(&args);
    const N: &str = "itertools.zip_longest";
    let (n, fill, active) = with(vm, &me, N, |z: &mut ZipLongest| {
        (z.its.len(), z.fill.clone(), z.active)
    })?;
    if n == 0 || active == 0 {
        return Err(stop(vm));
    }
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let it = with(vm, &me, N, |z: &mut ZipLongest| {
            z.its.get(i).cloned().unwrap_or(Value::Null)
        })?;
        if it.is_null() {
            out.push(fill.clone());
            continue;
        }
        match vm.iter_next(&it)? {
            Some(v) => out.push(v),
            None => {
                let left = with(vm, &me, N, |z: &mut ZipLongest| {
                    if let Some(slot) = z.its.get_mut(i) {
                        *slot = Value::Null;
                    }
                    z.active = z.active.saturating_sub(1);
                    z.active
                })?;
                if left == 0 {
                    return Err(stop(vm));
                }
                out.push(fill.clone());
            }
        }
    }
    Ok(vm.new_tuple(out))
}
