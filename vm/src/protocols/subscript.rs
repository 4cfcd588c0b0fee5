//! Subscripts: indexing and slicing (read, assign, delete) of the builtin sequences and
//! mappings, and `__getitem__`/`__setitem__`/`__delitem__` for user classes.

use crate::objects::int;
use crate::objects::slice::{adjust_indices, SliceObj};
use crate::value::{Object, Payload, PyCell, Value};
use crate::vm::{PyResult, Vm};

/// A resolved slice: start, step and element count.
pub struct SliceRange {
    pub start: i64,
    pub step: i64,
    pub count: i64,
}

impl SliceRange {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.count).map(move |k| (self.start + k * self.step) as usize)
    }
}

impl Vm {
    pub fn new_slice(&self, start: Value, stop: Value, step: Value) -> Value {
        Value::obj(Payload::Slice(SliceObj { start, stop, step }))
    }

    /// Resolves a slice against a sequence length.
    pub fn slice_range(&mut self, s: &SliceObj, len: usize) -> PyResult<SliceRange> {
        let step = if s.step.is_none() {
            1
        } else {
            match self.slice_bound(&s.step)? {
                0 => return Err(self.value_error("slice step cannot be zero")),
                n => n,
            }
        };
        let start = if s.start.is_none() {
            None
        } else {
            Some(self.slice_bound(&s.start)?)
        };
        let stop = if s.stop.is_none() {
            None
        } else {
            Some(self.slice_bound(&s.stop)?)
        };
        let (start, _, step, count) = adjust_indices(start, stop, step, len as i64);
        Ok(SliceRange { start, step, count })
    }

    fn slice_bound(&mut self, v: &Value) -> PyResult<i64> {
        let v = &if int::is_int(v) {
            v.clone()
        } else {
            match self.call_special_opt(v, "__index__", vec![])? {
                Some(i) if int::is_int(&i) => i,
                _ => {
                    return Err(self.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    ))
                }
            }
        };
        match self.to_index(v)? {
            Some(i) => Ok(i.clamp(i64::MIN / 4, i64::MAX / 4)),
            None => {
                let big = int::as_bigint(v)
                    .map(|b| b.into_owned())
                    .unwrap_or_default();
                Ok(if num_traits::Signed::is_negative(&big) {
                    i64::MIN / 4
                } else {
                    i64::MAX / 4
                })
            }
        }
    }

    /// A sequence index, normalised (negative counts from the end) and bounds-checked.
    fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match self.to_index(key) {
            Ok(Some(i)) => i,
            Ok(None) => {
                return Err(
                    self.index_error("cannot fit 'int' into an index-sized integer".to_string())
                )
            }
            Err(e) => {
                if !self
                    .exception_message(&e)
                    .ends_with("cannot be interpreted as an integer")
                {
                    return Err(e);
                }
                let t = self.type_name(key);
                return Err(self.type_error(format!(
                    "{what} indices must be integers or slices, not {t}"
                )));
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(self.index_error(format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    /// obj[key].
    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Some(r) = self.proxy_referent(obj)? {
            return self.get_item(&r, key);
        }
        if let Some(Object::Instance(_) | Object::MemoryView(_)) = obj.as_object() {
            if let Some(r) = self.call_special_opt(obj, "__getitem__", vec![key.clone()])? {
                return Ok(r);
            }
            if let Some(Object::Dict(_)) = obj.builtin_payload() {
                if let Some(v) = self.dict_get(obj, key)? {
                    return Ok(v);
                }
                if let Some(r) = self.call_special_opt(obj, "__missing__", vec![key.clone()])? {
                    return Ok(r);
                }
                return Err(self.key_error(key.clone()));
            }
        }
        let slice = match key.as_object() {
            Some(Object::Slice(s)) => Some(s),
            _ => None,
        };
        match obj.builtin_payload() {
            Some(Object::List(l)) => {
                let len = l.with(|v| v.len());
                if let Some(s) = slice {
                    let r = self.slice_range(s, len)?;
                    let items = l.with(|v| r.indices().map(|i| v[i].clone()).collect());
                    return Ok(self.new_list(items));
                }
                if let Value::Int(i) = key {
                    let j = if *i < 0 { *i + len as i64 } else { *i };
                    if j >= 0 && (j as usize) < len {
                        return Ok(l.with(|v| v[j as usize].clone()));
                    }
                }
                let i = self.seq_index(key, len, "list")?;
                Ok(l.with(|v| v[i].clone()))
            }
            Some(Object::Tuple(t)) => {
                if let Some(s) = slice {
                    let r = self.slice_range(s, t.len())?;
                    if r.start == 0
                        && r.step == 1
                        && r.count as usize == t.len()
                        && !matches!(obj.as_object(), Some(Object::Instance(_)))
                    {
                        return Ok(obj.clone());
                    }
                    let items: Vec<Value> = r.indices().map(|i| t[i].clone()).collect();
                    return Ok(self.new_tuple(items));
                }
                let i = self.seq_index(key, t.len(), "tuple")?;
                Ok(t[i].clone())
            }
            Some(Object::Str(s)) => {
                if let Some(sl) = slice {
                    let r = self.slice_range(sl, s.char_len())?;
                    if r.step == 1 {
                        let sub = s
                            .substring(r.start as usize, (r.start + r.count) as usize)
                            .to_string();
                        return Ok(self.new_str(sub));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    let out: String = r.indices().map(|i| chars[i]).collect();
                    return Ok(self.new_str(out));
                }
                let i = self.seq_index(key, s.char_len(), "string")?;
                let c = s.char_at(i).unwrap_or('\0');
                Ok(self.new_str(c.to_string()))
            }
            Some(Object::Bytes(b)) => {
                if let Some(sl) = slice {
                    let r = self.slice_range(sl, b.len())?;
                    let out: Vec<u8> = r.indices().map(|i| b[i]).collect();
                    return Ok(Value::obj(Payload::Bytes(out.into())));
                }
                let i = self.seq_index(key, b.len(), "index")?;
                Ok(Value::Int(b[i] as i64))
            }
            Some(Object::ByteArray(b)) => {
                let data = b.get();
                if let Some(sl) = slice {
                    let r = self.slice_range(sl, data.len())?;
                    let out: Vec<u8> = r.indices().map(|i| data[i]).collect();
                    return Ok(Value::obj(Payload::ByteArray(PyCell::new(out))));
                }
                let i = self.seq_index(key, data.len(), "bytearray")?;
                Ok(Value::Int(data[i] as i64))
            }
            Some(Object::Range(rg)) => {
                if slice.is_none() {
                    // Indexing works for any length, in i128.
                    let len = rg.len();
                    let Some(i) =
                        int::as_bigint(key).and_then(|b| num_traits::ToPrimitive::to_i128(&*b))
                    else {
                        if int::is_int(key) {
                            return Err(self.index_error("range object index out of range"));
                        }
                        let i = self.seq_index(key, 0, "range object")?;
                        return Ok(Value::Int(i as i64));
                    };
                    let j = if i < 0 { i + len } else { i };
                    if j < 0 || j >= len {
                        return Err(self.index_error("range object index out of range"));
                    }
                    return Ok(Value::from_i128(rg.at(j)));
                }
                let len = usize::try_from(rg.len()).map_err(|_| {
                    self.overflow_error("Python int too large to convert to C ssize_t")
                })?;
                if let Some(sl) = slice {
                    let r = self.slice_range(sl, len)?;
                    let start = rg.at(r.start as i128);
                    let step = rg.step * r.step as i128;
                    let stop = start + step * r.count as i128;
                    return Ok(Value::obj(Payload::Range(
                        crate::objects::range::RangeObj { start, stop, step },
                    )));
                }
                let _ = len;
                Err(self.type_error("range indices must be integers or slices"))
            }
            Some(Object::Dict(_)) => match self.dict_get(obj, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key.clone())),
            },
            _ => {
                if let Some(Object::Class(_)) = obj.as_object() {
                    if let Some(r) = self.call_special_opt(obj, "__getitem__", vec![key.clone()])? {
                        return Ok(r);
                    }
                    let name = self.intern("__class_getitem__");
                    if let Some(f) = self.get_attr_opt(obj, &name)? {
                        return self.call_args(&f, vec![key.clone()]);
                    }
                    let n = obj.as_obj().map(crate::vm::class_name).unwrap_or_default();
                    return Err(self.type_error(format!("type '{n}' is not subscriptable")));
                }
                if let Some(r) = self.call_special_opt(obj, "__getitem__", vec![key.clone()])? {
                    return Ok(r);
                }
                let t = self.type_name(obj);
                Err(self.type_error(format!("'{t}' object is not subscriptable")))
            }
        }
    }

    /// obj[key] = value.
    pub fn set_item(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        if let Some(r) = self.proxy_referent(obj)? {
            return self.set_item(&r, key, value);
        }
        if let Some(Object::Instance(_) | Object::MemoryView(_)) = obj.as_object() {
            if self
                .call_special_opt(obj, "__setitem__", vec![key.clone(), value.clone()])?
                .is_some()
            {
                return Ok(());
            }
        }
        match obj.builtin_payload() {
            Some(Object::List(l)) => {
                let len = l.with(|v| v.len());
                if let Some(Object::Slice(s)) = key.as_object() {
                    let r = self.slice_range(s, len)?;
                    let msg = if r.step == 1 {
                        "can only assign an iterable"
                    } else {
                        "must assign iterable to extended slice"
                    };
                    if !self.is_iterable(&value) {
                        return Err(self.type_error(msg));
                    }
                    let items = self.collect(&value)?;
                    if r.step == 1 {
                        let start = r.start as usize;
                        let end = start + r.count as usize;
                        let old: Vec<Value> = l.with_mut(|v| v.splice(start..end, items).collect());
                        drop(old);
                        return Ok(());
                    }
                    if items.len() as i64 != r.count {
                        return Err(self.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            items.len(),
                            r.count
                        )));
                    }
                    let idx: Vec<usize> = r.indices().collect();
                    let old: Vec<Value> = l.with_mut(|v| {
                        idx.iter()
                            .zip(items)
                            .map(|(&i, x)| std::mem::replace(&mut v[i], x))
                            .collect()
                    });
                    drop(old);
                    return Ok(());
                }
                let i = match self.seq_index(&key, len, "list") {
                    Ok(i) => i,
                    Err(e) if self.err_matches(&e, &self.types.exc.index_error.clone()) => {
                        return Err(self.index_error("list assignment index out of range"))
                    }
                    Err(e) => return Err(e),
                };
                let old = l.with_mut(|v| std::mem::replace(&mut v[i], value));
                drop(old);
                Ok(())
            }
            Some(Object::Dict(_)) => self.dict_set(obj, key, value),
            Some(Object::ByteArray(b)) => {
                let len = b.with(|v| v.len());
                if let Some(Object::Slice(s)) = key.as_object() {
                    let Some(items) = self.bytes_like(&value).or_else(|| {
                        self.collect(&value)
                            .ok()
                            .map(|v| v.iter().filter_map(int::as_i64).map(|x| x as u8).collect())
                    }) else {
                        return Err(self.type_error(
                            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                        ));
                    };
                    let r = self.slice_range(s, len)?;
                    if r.step == 1 {
                        let start = r.start as usize;
                        b.with_mut(|v| {
                            v.splice(start..start + r.count as usize, items);
                        });
                        return Ok(());
                    }
                    let idx: Vec<usize> = r.indices().collect();
                    b.with_mut(|v| idx.iter().zip(items).for_each(|(&i, x)| v[i] = x));
                    return Ok(());
                }
                let i = self.seq_index(&key, len, "bytearray")?;
                let x = match int::as_i64(&value) {
                    Some(x) if (0..256).contains(&x) => x as u8,
                    Some(_) => return Err(self.value_error("byte must be in range(0, 256)")),
                    None => {
                        let t = self.type_name(&value);
                        return Err(self.type_error(format!(
                            "'{t}' object cannot be interpreted as an integer"
                        )));
                    }
                };
                b.with_mut(|v| v[i] = x);
                Ok(())
            }
            _ => {
                let t = self.type_name(obj);
                Err(self.type_error(format!("'{t}' object does not support item assignment")))
            }
        }
    }

    /// del obj[key].
    pub fn del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if let Some(r) = self.proxy_referent(obj)? {
            return self.del_item(&r, key);
        }
        if let Some(Object::Instance(_) | Object::MemoryView(_)) = obj.as_object() {
            if self
                .call_special_opt(obj, "__delitem__", vec![key.clone()])?
                .is_some()
            {
                return Ok(());
            }
        }
        match obj.builtin_payload() {
            Some(Object::List(l)) => {
                let len = l.with(|v| v.len());
                if let Some(Object::Slice(s)) = key.as_object() {
                    let r = self.slice_range(s, len)?;
                    let mut idx: Vec<usize> = r.indices().collect();
                    idx.sort_unstable();
                    let removed: Vec<Value> = l.with_mut(|v| {
                        let mut out = Vec::with_capacity(idx.len());
                        for &i in idx.iter().rev() {
                            out.push(v.remove(i));
                        }
                        out
                    });
                    drop(removed);
                    return Ok(());
                }
                let i = match self.seq_index(key, len, "list") {
                    Ok(i) => i,
                    Err(e) if self.err_matches(&e, &self.types.exc.index_error.clone()) => {
                        return Err(self.index_error("list assignment index out of range"))
                    }
                    Err(e) => return Err(e),
                };
                let old = l.with_mut(|v| v.remove(i));
                drop(old);
                Ok(())
            }
            Some(Object::Dict(_)) => match self.dict_del(obj, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key.clone())),
            },
            Some(Object::ByteArray(b)) => {
                let len = b.with(|v| v.len());
                if let Some(Object::Slice(s)) = key.as_object() {
                    let r = self.slice_range(s, len)?;
                    let mut idx: Vec<usize> = r.indices().collect();
                    idx.sort_unstable();
                    b.with_mut(|v| {
                        for &i in idx.iter().rev() {
                            v.remove(i);
                        }
                    });
                    return Ok(());
                }
                let i = self.seq_index(key, len, "bytearray")?;
                b.with_mut(|v| v.remove(i));
                Ok(())
            }
            _ => {
                let t = self.type_name(obj);
                Err(self.type_error(format!("'{t}' object does not support item deletion")))
            }
        }
    }
}
