//! Iteration: iter(), next() for every builtin iterator, collecting and unpacking.

use crate::interp::Exit;
use crate::objects::dict::{DictEntry, DictTable};
use crate::objects::function::Args;
use crate::objects::generator::GenKind;
use crate::objects::iterators::{DictIterKind, IterState};
use crate::value::{Object, Payload, PyCell, Value};
use crate::vm::{PyResult, Vm};

/// What one step of a builtin iterator needs next. States that need Python calls take their
/// parts out of the cell first.
enum Step {
    Done(Option<Value>),
    Enumerate(Value, Value),
    Zip(Vec<Value>, bool),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    Callable(Value, Value),
    GetItem(Value, i64),
    SizeChanged(&'static str),
}

/// One step of a dict iterator in either direction: `find` gives the entry after (or before)
/// `cursor`. `Done(None)` means exhausted; a change of size is an error from then on.
fn dict_step(
    dict: &Value,
    cursor: &mut usize,
    len: &mut usize,
    kind: DictIterKind,
    find: impl FnOnce(&DictTable, usize) -> Option<(usize, &DictEntry)>,
) -> Step {
    let Some(d) = dict.as_dict() else {
        return Step::Done(None);
    };
    let (cur_len, found) = d.with(|t| {
        (
            t.len(),
            find(t, *cursor).map(|(p, e)| (p, e.key.clone(), e.value.clone())),
        )
    });
    if cur_len != *len {
        *len = usize::MAX;
        return Step::SizeChanged("dictionary changed size during iteration");
    }
    match found {
        Some((p, k, v)) => {
            *cursor = p;
            Step::Done(Some(match kind {
                DictIterKind::Keys => k,
                DictIterKind::Values => v,
                DictIterKind::Items => Value::obj(Payload::Tuple(Box::new([k, v]))),
            }))
        }
        None => Step::Done(None),
    }
}

impl Vm {
    pub fn new_iterator(&self, state: IterState) -> Value {
        Value::obj(Payload::Iterator(PyCell::new(state)))
    }

    /// Whether iter(v) would succeed (without calling anything).
    pub fn is_iterable(&self, v: &Value) -> bool {
        match v.as_object() {
            Some(
                Object::Str(_)
                | Object::Tuple(_)
                | Object::List(_)
                | Object::Dict(_)
                | Object::Set(_)
                | Object::FrozenSet(_)
                | Object::Bytes(_)
                | Object::ByteArray(_)
                | Object::Range(_)
                | Object::Iterator(_),
            ) => true,
            Some(Object::Generator(g)) => g.kind == GenKind::Generator,
            Some(
                Object::Instance(_)
                | Object::Exception(_)
                | Object::Class(_)
                | Object::MemoryView(_),
            ) => {
                let class = self.type_of(v);
                self.class_lookup_str(&class, "__iter__").is_some()
                    || self.class_lookup_str(&class, "__getitem__").is_some()
            }
            _ => false,
        }
    }

    /// iter(v).
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(r) = self.proxy_referent(v)? {
            return self.get_iter(&r);
        }
        let state = match v.as_object() {
            Some(
                Object::Str(_)
                | Object::Tuple(_)
                | Object::List(_)
                | Object::Bytes(_)
                | Object::ByteArray(_),
            ) => IterState::Seq {
                seq: v.clone(),
                index: 0,
            },
            Some(Object::Range(r)) => IterState::Range {
                next: r.start,
                step: r.step,
                remaining: r.len(),
            },
            Some(Object::Dict(d)) => IterState::Dict {
                dict: v.clone(),
                pos: 0,
                len: d.with(|t| t.len()),
                kind: DictIterKind::Keys,
            },
            Some(Object::Set(s)) => IterState::Set {
                set: v.clone(),
                pos: 0,
                len: s.with(|t| t.len()),
            },
            Some(Object::FrozenSet(s)) => IterState::Set {
                set: v.clone(),
                pos: 0,
                len: s.len(),
            },
            Some(Object::Iterator(_)) => return Ok(v.clone()),
            Some(Object::Generator(g)) if g.kind == GenKind::Generator => return Ok(v.clone()),
            _ => {
                let class = self.type_of(v);
                let user = matches!(class.view(), Object::Class(c) if !c.is_builtin)
                    || matches!(
                        v.as_object(),
                        Some(Object::Instance(_) | Object::MemoryView(_))
                    );
                if user {
                    if let Some(f) = self.class_lookup_str(&class, "__iter__") {
                        if f.is_none() {
                            let t = self.type_name(v);
                            return Err(self.type_error(format!("'{t}' object is not iterable")));
                        }
                        let it = self.call_method_value(&f, v, vec![])?;
                        let it_class = self.type_of(&it);
                        let ok = match it.as_object() {
                            Some(Object::Iterator(_)) => true,
                            Some(Object::Generator(g)) => g.kind == GenKind::Generator,
                            _ => false,
                        } || self.class_lookup_str(&it_class, "__next__").is_some();
                        if !ok {
                            let t = self.type_name(&it);
                            return Err(self.type_error(format!(
                                "iter() returned non-iterator of type '{t}'"
                            )));
                        }
                        return Ok(it);
                    }
                    if self.class_lookup_str(&class, "__getitem__").is_some() {
                        return Ok(self.new_iterator(IterState::GetItem {
                            seq: v.clone(),
                            index: 0,
                        }));
                    }
                    if let Some(Object::Instance(i)) = v.as_object() {
                        if let Some(b) = i.base_value().cloned() {
                            return self.get_iter(&b);
                        }
                    }
                }
                let t = self.type_name(v);
                return Err(self.type_error(format!("'{t}' object is not iterable")));
            }
        };
        Ok(self.new_iterator(state))
    }

    /// next(it): Some(value), or None when exhausted.
    pub fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it.as_object() {
            Some(Object::Iterator(cell)) if cell.with(|s| matches!(s, IterState::Awaitable(_))) => {
                self.awaitable_next(it)
            }
            Some(Object::Iterator(cell)) => {
                let r = self.builtin_iter_next(cell)?;
                if r.is_none() {
                    self.last_stop_value = Value::None;
                }
                Ok(r)
            }
            Some(Object::Generator(g)) if g.kind == GenKind::Generator => {
                match self.resume_generator(it, Value::None, None)? {
                    Exit::Yield(v) => Ok(Some(v)),
                    Exit::Return(v) => {
                        self.last_stop_value = v;
                        Ok(None)
                    }
                }
            }
            _ => {
                let class = self.type_of(it);
                let Some(f) = self.class_lookup_str(&class, "__next__") else {
                    let t = self.type_name(it);
                    return Err(self.type_error(format!("'{t}' object is not an iterator")));
                };
                // A native `__next__` (native modules' iterators) is called without building
                // an argument vector.
                let plain_native = matches!(f.as_object(), Some(Object::NativeFunction(n))
                    if !n.is_staticmethod && !n.is_classmethod && n.self_.is_null());
                let r = if plain_native {
                    self.call(&f, Args::new([it.clone()]))
                } else {
                    self.call_method_value(&f, it, vec![])
                };
                match r {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_matches(&e, &self.types.exc.stop_iteration.clone()) => {
                        self.last_stop_value = self.stop_iteration_value(&e);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    fn builtin_iter_next(&mut self, cell: &PyCell<IterState>) -> PyResult<Option<Value>> {
        let small = &self.small_strs;
        let step = cell.with_mut(|st| match st {
            IterState::Seq { seq, index } => {
                let i = *index;
                let v = match seq.as_object() {
                    Some(Object::List(l)) => l.with(|v| v.get(i).cloned()),
                    Some(Object::Tuple(t)) => t.get(i).cloned(),
                    Some(Object::Str(s)) => {
                        // For strings the index is a byte offset.
                        s.as_str()
                            .get(i..)
                            .and_then(|rest| rest.chars().next())
                            .map(|c| {
                                *index += c.len_utf8() - 1;
                                if c.is_ascii() {
                                    small[c as usize].clone()
                                } else {
                                    Value::str(&c.to_string())
                                }
                            })
                    }
                    Some(Object::Bytes(b)) => b.get(i).map(|x| Value::Int(*x as i64)),
                    Some(Object::ByteArray(b)) => {
                        b.with(|v| v.get(i).map(|x| Value::Int(*x as i64)))
                    }
                    _ => None,
                };
                match v {
                    Some(v) => {
                        *index += 1;
                        Step::Done(Some(v))
                    }
                    None => {
                        *st = IterState::Exhausted;
                        Step::Done(None)
                    }
                }
            }
            IterState::Range {
                next,
                step,
                remaining,
            } => {
                if *remaining <= 0 {
                    return Step::Done(None);
                }
                let v = *next;
                *remaining -= 1;
                if *remaining > 0 {
                    *next = next.wrapping_add(*step);
                }
                Step::Done(Some(Value::from_i128(v)))
            }
            IterState::Dict {
                dict,
                pos,
                len,
                kind,
            } => {
                let r = dict_step(dict, pos, len, *kind, |t, p| t.next_from(p));
                if matches!(r, Step::Done(None)) {
                    *st = IterState::Exhausted;
                }
                r
            }
            IterState::DictReversed {
                dict,
                end,
                len,
                kind,
            } => {
                let r = dict_step(dict, end, len, *kind, |t, p| t.prev_before(p));
                if matches!(r, Step::Done(None)) {
                    *st = IterState::Exhausted;
                }
                r
            }
            IterState::Set { set, pos, len } => {
                let r = match set.as_object() {
                    Some(Object::Set(s)) => s.with(|t| (t.len(), t.next_from(*pos))),
                    Some(Object::FrozenSet(t)) => (t.len(), t.next_from(*pos)),
                    _ => (0, None),
                };
                if r.0 != *len {
                    *len = usize::MAX;
                    return Step::SizeChanged("Set changed size during iteration");
                }
                match r.1 {
                    Some((p, v)) => {
                        *pos = p;
                        Step::Done(Some(v))
                    }
                    None => {
                        *st = IterState::Exhausted;
                        Step::Done(None)
                    }
                }
            }
            IterState::Reversed { seq, index } => {
                if *index < 0 {
                    return Step::Done(None);
                }
                let i = *index as usize;
                let v = match seq.as_object() {
                    Some(Object::List(l)) => l.with(|v| v.get(i).cloned()),
                    Some(Object::Tuple(t)) => t.get(i).cloned(),
                    _ => None,
                };
                *index -= 1;
                match v {
                    Some(v) => Step::Done(Some(v)),
                    None => {
                        *index = -1;
                        Step::Done(None)
                    }
                }
            }
            IterState::Enumerate { iter, count } => Step::Enumerate(iter.clone(), count.clone()),
            IterState::Zip { iters, strict } => Step::Zip(iters.clone(), *strict),
            IterState::Map { func, iters } => Step::Map(func.clone(), iters.clone()),
            IterState::Filter { func, iter } => Step::Filter(func.clone(), iter.clone()),
            IterState::Callable { func, sentinel } => {
                Step::Callable(func.clone(), sentinel.clone())
            }
            IterState::GetItem { seq, index } => Step::GetItem(seq.clone(), *index),
            // `iter_next` steps awaitables before reaching here.
            IterState::Awaitable(_) | IterState::Exhausted => Step::Done(None),
        });
        match step {
            Step::Done(v) => Ok(v),
            Step::SizeChanged(msg) => Err(self.runtime_error(msg)),
            Step::Enumerate(iter, count) => {
                let Some(v) = self.iter_next(&iter)? else {
                    return Ok(None);
                };
                let next =
                    self.binary_op(&count, &Value::Int(1), pyvm_compiler::bytecode::BinOp::Add)?;
                cell.with_mut(|st| {
                    if let IterState::Enumerate { count: c, .. } = st {
                        *c = next;
                    }
                });
                Ok(Some(self.new_tuple(vec![count, v])))
            }
            Step::Zip(iters, strict) => {
                if iters.is_empty() {
                    return Ok(None);
                }
                let mut items = Vec::with_capacity(iters.len());
                for (i, it) in iters.iter().enumerate() {
                    match self.iter_next(it)? {
                        Some(v) => items.push(v),
                        None => {
                            if strict {
                                if i > 0 {
                                    let plural = if i == 1 { " " } else { "s 1-" };
                                    return Err(self.value_error(format!(
                                        "zip() argument {} is shorter than argument{plural}{}",
                                        i + 1,
                                        i
                                    )));
                                }
                                for (j, other) in iters.iter().enumerate().skip(1) {
                                    if self.iter_next(other)?.is_some() {
                                        let plural = if j == 1 { " " } else { "s 1-" };
                                        return Err(self.value_error(format!(
                                            "zip() argument {} is longer than argument{plural}{}",
                                            j + 1,
                                            j
                                        )));
                                    }
                                }
                            }
                            cell.replace(IterState::Exhausted);
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(self.new_tuple(items)))
            }
            Step::Map(func, iters) => {
                let mut args = Vec::with_capacity(iters.len());
                for it in &iters {
                    match self.iter_next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&func, Args::new(args)).map(Some)
            }
            Step::Filter(func, iter) => loop {
                let Some(v) = self.iter_next(&iter)? else {
                    return Ok(None);
                };
                let keep = if func.is_none() {
                    self.is_true(&v)?
                } else {
                    let r = self.call(&func, Args::new([v.clone()]))?;
                    self.is_true(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            Step::Callable(func, sentinel) => {
                let v = self.call(&func, Args::default())?;
                if self.eq(&v, &sentinel)? {
                    cell.replace(IterState::Exhausted);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            Step::GetItem(seq, index) => match self.get_item(&seq, &Value::Int(index)) {
                Ok(v) => {
                    cell.with_mut(|st| {
                        if let IterState::GetItem { index: i, .. } = st {
                            *i += 1;
                        }
                    });
                    Ok(Some(v))
                }
                Err(e)
                    if self.err_matches(&e, &self.types.exc.index_error.clone())
                        || self.err_matches(&e, &self.types.exc.stop_iteration.clone()) =>
                {
                    cell.replace(IterState::Exhausted);
                    Ok(None)
                }
                Err(e) => Err(e),
            },
        }
    }

    /// list(iterable).
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v.as_object() {
            Some(Object::List(l)) => return Ok(l.get()),
            Some(Object::Tuple(t)) => return Ok(t.to_vec()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Unpacks exactly `n` items (no star), or `n` before + list + `after` items (star).
    pub fn unpack_iterable(
        &mut self,
        seq: &Value,
        n: usize,
        after: Option<usize>,
    ) -> PyResult<Vec<Value>> {
        if !self.is_iterable(seq) {
            let t = self.type_name(seq);
            return Err(self.type_error(format!("cannot unpack non-iterable {t} object")));
        }
        let it = self.get_iter(seq)?;
        let mut items = Vec::new();
        match after {
            None => {
                while let Some(x) = self.iter_next(&it)? {
                    items.push(x);
                    if items.len() > n {
                        return Err(
                            self.value_error(format!("too many values to unpack (expected {n})"))
                        );
                    }
                }
                if items.len() < n {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected {n}, got {})",
                        items.len()
                    )));
                }
                Ok(items)
            }
            Some(after) => {
                while let Some(x) = self.iter_next(&it)? {
                    items.push(x);
                }
                if items.len() < n + after {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        n + after,
                        items.len()
                    )));
                }
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(n);
                items.push(self.new_list(middle));
                items.extend(tail);
                Ok(items)
            }
        }
    }
}
