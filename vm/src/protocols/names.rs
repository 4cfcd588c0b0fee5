//! Name resolution (locals, globals, builtins) and the dict operations everything else uses.

use crate::objects::dict::DictTable;
use crate::objects::function::CodeObj;
use crate::value::{Object, PyCell, Value};
use crate::vm::{str_eq, PyErr, PyResult, Vm};

/// Raised inside a dict probe when a key comparison needs Python code.
pub struct NeedsPython;

impl Vm {
    pub fn frame_globals(&self) -> Value {
        self.frames
            .last()
            .map_or_else(|| self.builtins.clone(), |f| f.globals.clone())
    }

    /// The LOAD_NAME namespace of the running frame.
    pub fn frame_locals(&self) -> Value {
        match self.frames.last() {
            Some(f) if !f.locals.is_null() => f.locals.clone(),
            Some(f) => f.globals.clone(),
            None => self.builtins.clone(),
        }
    }

    pub fn unbound_local(&self, code: &CodeObj, idx: usize) -> PyErr {
        let name = code.code.varnames.get(idx).map_or("?", |n| n);
        self.new_exception(
            &self.types.exc.unbound_local_error,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    pub fn deref_name(&mut self, code: &CodeObj, idx: usize) -> Value {
        let c = &code.code;
        let name = if idx < c.cellvars.len() {
            c.cellvars[idx].clone()
        } else {
            c.freevars
                .get(idx - c.cellvars.len())
                .cloned()
                .unwrap_or_else(|| "?".into())
        };
        self.intern(&name)
    }

    pub fn unbound_deref(&mut self, code: &CodeObj, idx: usize) -> PyErr {
        let c = &code.code;
        let name = self.deref_name(code, idx);
        let name = name
            .as_str()
            .map_or(String::new(), |s| s.as_str().to_string());
        if idx < c.cellvars.len() {
            self.new_exception(
                &self.types.exc.unbound_local_error,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            self.name_error(format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ))
        }
    }

    pub fn name_not_defined(&self, name: &Value) -> PyErr {
        let n = name.as_str().map_or("?", |s| s.as_str());
        self.name_error(format!("name '{n}' is not defined"))
    }

    /// LOAD_GLOBAL: globals, then builtins.
    #[inline]
    pub fn load_global(&mut self, name: &Value) -> PyResult<Value> {
        let globals = match self.frames.last() {
            Some(f) => &f.globals,
            None => &self.builtins,
        };
        if let Some(v) = dict_get_str(globals, name) {
            return Ok(v);
        }
        if let Some(v) = dict_get_str(&self.builtins, name) {
            return Ok(v);
        }
        Err(self.name_not_defined(name))
    }

    /// LOAD_NAME: locals, globals, builtins.
    pub fn load_name(&mut self, name: &Value) -> PyResult<Value> {
        if let Some(f) = self.frames.last() {
            let locals = if f.locals.is_null() {
                &f.globals
            } else {
                &f.locals
            };
            if matches!(locals.as_object(), Some(Object::Dict(_))) {
                if let Some(v) = dict_get_str(locals, name) {
                    return Ok(v);
                }
                return self.load_global(name);
            }
        }
        let locals = self.frame_locals();
        if let Some(v) = self.mapping_get_opt(&locals, name)? {
            return Ok(v);
        }
        self.load_global(name)
    }

    pub fn builtin(&mut self, name: &str) -> PyResult<Value> {
        let key = self.intern(name);
        dict_get_str(&self.builtins, &key).ok_or_else(|| self.name_not_defined(&key))
    }

    /// A lookup in a namespace mapping (a dict, or any object with `__getitem__`).
    pub fn mapping_get_opt(&mut self, mapping: &Value, key: &Value) -> PyResult<Option<Value>> {
        if mapping.as_dict().is_some() {
            return self.dict_get(mapping, key);
        }
        match self.get_item(mapping, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, &self.types.exc.key_error.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn mapping_set(&mut self, mapping: &Value, key: Value, v: Value) -> PyResult<()> {
        if mapping.as_dict().is_some() {
            return self.dict_set(mapping, key, v);
        }
        self.set_item(mapping, key, v)
    }

    /// Deletes a key; returns whether it was there.
    pub fn mapping_del(&mut self, mapping: &Value, key: &Value) -> PyResult<bool> {
        if mapping.as_dict().is_some() {
            return Ok(self.dict_del(mapping, key)?.is_some());
        }
        match self.del_item(mapping, key) {
            Ok(()) => Ok(true),
            Err(e) if self.err_matches(&e, &self.types.exc.key_error.clone()) => Ok(false),
            Err(e) => Err(e),
        }
    }

    // ----- dicts -----

    /// d[key], or None when absent.
    pub fn dict_get(&mut self, d: &Value, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        let Some(cell) = d.as_dict() else {
            return Ok(None);
        };
        match cell.with(|t| t.get(key, hash, &mut native_key_eq)) {
            Ok(v) => Ok(v),
            Err(NeedsPython) => self.dict_get_slow(cell, key, hash),
        }
    }

    /// d[key] for a key whose hash is known, or None when absent. (The same steps as `dict_get`,
    /// written out again so that each fast path stays one function for the optimiser.)
    pub fn dict_get_hashed(
        &mut self,
        d: &Value,
        key: &Value,
        hash: i64,
    ) -> PyResult<Option<Value>> {
        let Some(cell) = d.as_dict() else {
            return Ok(None);
        };
        match cell.with(|t| t.get(key, hash, &mut native_key_eq)) {
            Ok(v) => Ok(v),
            Err(NeedsPython) => self.dict_get_slow(cell, key, hash),
        }
    }

    /// The part of `dict_get` that runs `__eq__` (kept out of line, away from the fast path).
    #[cold]
    #[inline(never)]
    fn dict_get_slow(
        &mut self,
        cell: &PyCell<DictTable>,
        key: &Value,
        hash: i64,
    ) -> PyResult<Option<Value>> {
        let found = self.dict_find_slow(cell, key, hash)?;
        Ok(found.and_then(|i| cell.with(|t| t.value_at(i).cloned())))
    }

    /// d[key] = v.
    pub fn dict_set(&mut self, d: &Value, key: Value, v: Value) -> PyResult<()> {
        let hash = self.hash(&key)?;
        crate::heap::gc::note_dict_store(d, &key, &v);
        let Some(cell) = d.as_dict() else {
            return Ok(());
        };
        // `set_without_python` is repeated in `dict_set_hashed` rather than shared through it:
        // measured, one shared body was outlined and cost 3-5% on name stores.
        match cell.with_mut(|t| set_without_python(t, key, hash, v)) {
            Ok(old) => {
                drop(old);
                Ok(())
            }
            Err((key, v)) => self.dict_set_slow(cell, key, hash, v),
        }
    }

    /// d[key] = v for a key whose hash is known.
    pub fn dict_set_hashed(&mut self, d: &Value, key: Value, hash: i64, v: Value) -> PyResult<()> {
        crate::heap::gc::note_dict_store(d, &key, &v);
        let Some(cell) = d.as_dict() else {
            return Ok(());
        };
        match cell.with_mut(|t| set_without_python(t, key, hash, v)) {
            Ok(old) => {
                drop(old);
                Ok(())
            }
            Err((key, v)) => self.dict_set_slow(cell, key, hash, v),
        }
    }

    /// The part of `dict_set` that runs `__eq__` (kept out of line, away from the fast path).
    #[cold]
    #[inline(never)]
    fn dict_set_slow(
        &mut self,
        cell: &PyCell<DictTable>,
        key: Value,
        hash: i64,
        v: Value,
    ) -> PyResult<()> {
        let found = self.dict_find_slow(cell, &key, hash)?;
        let old = cell.with_mut(|t| match found {
            Some(i) => t.set_value_at(i, v),
            None => {
                t.push_new(key, hash, v);
                None
            }
        });
        drop(old);
        Ok(())
    }

    /// dict.setdefault: d[key] if present, else `default` stored under key (one lookup).
    pub fn dict_setdefault(&mut self, d: &Value, key: &Value, default: Value) -> PyResult<Value> {
        let hash = self.hash(key)?;
        let Some(cell) = d.as_dict() else {
            return Ok(default);
        };
        let fast = cell.with_mut(|t| match t.find(key, hash, &mut native_key_eq) {
            Ok(Some(i)) => Ok(t.value_at(i).cloned()),
            Ok(None) => Ok(None),
            Err(NeedsPython) => Err(NeedsPython),
        });
        let found = match fast {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => None,
            Err(NeedsPython) => self.dict_find_slow(cell, key, hash)?,
        };
        Ok(
            cell.with_mut(|t| match found.and_then(|i| t.value_at(i).cloned()) {
                Some(v) => v,
                None => {
                    crate::heap::gc::note_dict_store(d, key, &default);
                    t.push_new(key.clone(), hash, default.clone());
                    default
                }
            }),
        )
    }

    /// del d[key]; returns the removed value.
    pub fn dict_del(&mut self, d: &Value, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        let Some(cell) = d.as_dict() else {
            return Ok(None);
        };
        match cell.with_mut(|t| t.remove(key, hash, &mut native_key_eq)) {
            Ok(e) => Ok(e.map(|e| e.value)),
            Err(NeedsPython) => self.dict_del_slow(cell, key, hash),
        }
    }

    /// The part of `dict_del` that runs `__eq__` (kept out of line, away from the fast path).
    #[cold]
    #[inline(never)]
    fn dict_del_slow(
        &mut self,
        cell: &PyCell<DictTable>,
        key: &Value,
        hash: i64,
    ) -> PyResult<Option<Value>> {
        let found = self.dict_find_slow(cell, key, hash)?;
        let entry = found.and_then(|i| cell.with_mut(|t| t.remove_at(i)));
        Ok(entry.map(|e| e.value))
    }

    /// The entry index of the key equal to `key` in a dict where some key with its hash needs
    /// Python `__eq__` to compare: CPython's lookup, in place. The candidates are found under a
    /// short borrow; each comparison runs with the table released, holding a reference to the
    /// stored key. Afterwards the lookup starts over if the entries were renumbered or the
    /// compared entry no longer holds that key, and takes in new candidates (skipping the ones
    /// already compared) if keys were added or removed meanwhile. The index is valid until the
    /// table next changes.
    pub(crate) fn dict_find_slow(
        &mut self,
        cell: &PyCell<DictTable>,
        key: &Value,
        hash: i64,
    ) -> PyResult<Option<usize>> {
        'restart: loop {
            let (layout, mut version, mut candidates) =
                cell.with(|t| (t.layout, t.version, t.candidates(hash)));
            let mut compared: Vec<usize> = Vec::new();
            let mut next = 0;
            while let Some((i, stored)) = candidates.get(next) {
                let (i, stored) = (*i, stored.clone());
                next += 1;
                if stored.is(key) {
                    return Ok(Some(i));
                }
                let equal = match native_eq(&stored, key) {
                    Some(b) => b,
                    None => {
                        let equal = self.eq(&stored, key)?;
                        let (now_layout, now_version, same) = cell.with(|t| {
                            let same = t.key_at(i).is_some_and(|k| k.is(&stored));
                            (t.layout, t.version, same)
                        });
                        if now_layout != layout || !same {
                            continue 'restart;
                        }
                        if now_version != version && !equal {
                            // Keys came or went: look again, past the ones compared already.
                            version = now_version;
                            compared.push(i);
                            candidates = cell.with(|t| t.candidates(hash));
                            candidates.retain(|(j, _)| !compared.contains(j));
                            next = 0;
                            continue;
                        }
                        equal
                    }
                };
                if equal {
                    return Ok(Some(i));
                }
                compared.push(i);
            }
            return Ok(None);
        }
    }

    /// Adds the items of a mapping (or iterable of pairs) to a dict; `strict` rejects duplicates
    /// (for `f(**a, **b)`).
    pub fn dict_update_from(&mut self, d: &Value, other: &Value, strict: bool) -> PyResult<()> {
        if let Some(o) = other.as_dict() {
            // The stored hashes are reused, as CPython's dict_merge does.
            let entries: Vec<(i64, Value, Value)> = o.with(|t| {
                t.iter()
                    .map(|e| (e.hash, e.key.clone(), e.value.clone()))
                    .collect()
            });
            for (hash, k, v) in entries {
                if strict && self.dict_get_hashed(d, &k, hash)?.is_some() {
                    let name = self.str_of(&k)?;
                    return Err(self
                        .type_error(format!("got multiple values for keyword argument '{name}'")));
                }
                self.dict_set_hashed(d, k, hash, v)?;
            }
            return Ok(());
        }
        let items: Vec<(Value, Value)> = if self.has_attr_str(other, "keys")? {
            let keys = self.call_method(other, "keys", vec![])?;
            let mut items = Vec::new();
            for k in self.collect(&keys)? {
                let v = self.get_item(other, &k)?;
                items.push((k, v));
            }
            items
        } else {
            if strict {
                let t = self.type_name(other);
                return Err(
                    self.type_error(format!("argument after ** must be a mapping, not {t}"))
                );
            }
            let mut items = Vec::new();
            for (i, pair) in self.collect(other)?.into_iter().enumerate() {
                let kv = self.collect(&pair).map_err(|_| {
                    self.type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    ))
                })?;
                if kv.len() != 2 {
                    return Err(self.value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        kv.len()
                    )));
                }
                let mut it = kv.into_iter();
                items.push((it.next().unwrap_or_default(), it.next().unwrap_or_default()));
            }
            items
        };
        for (k, v) in items {
            if strict && self.dict_get(d, &k)?.is_some() {
                let name = self.str_of(&k)?;
                return Err(
                    self.type_error(format!("got multiple values for keyword argument '{name}'"))
                );
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }
}

/// Lookup of an interned-str key in a dict of str keys, without hashing twice or calling Python.
#[inline(always)]
pub fn dict_get_str(d: &Value, key: &Value) -> Option<Value> {
    let cell = d.as_dict()?;
    // Names are nearly always exact strs: test for one first.
    let hash = match key {
        Value::Obj(k) => match k.as_str_obj() {
            Some(s) => s.hash(),
            None => key.as_str()?.hash(),
        },
        _ => return None,
    };
    cell.with(|t| {
        t.get(key, hash, &mut |a, b| Ok::<bool, NeedsPython>(str_eq(a, b)))
            .ok()
            .flatten()
    })
}

/// The store of `dict_set` when no key comparison needs Python: the replaced value, or the key
/// and value back when one does (the caller then takes the slow path, outside the borrow).
#[inline(always)]
fn set_without_python(
    t: &mut crate::objects::dict::DictTable,
    key: Value,
    hash: i64,
    v: Value,
) -> Result<Option<Value>, (Value, Value)> {
    match t.find(&key, hash, &mut native_key_eq) {
        Ok(Some(i)) => Ok(t.set_value_at(i, v)),
        Ok(None) => {
            t.push_new(key, hash, v);
            Ok(None)
        }
        Err(NeedsPython) => Err((key, v)),
    }
}

/// Key equality that never runs Python code: decides for builtin keys, and reports the
/// comparisons that need `__eq__`.
pub fn native_key_eq(a: &Value, b: &Value) -> Result<bool, NeedsPython> {
    native_eq(a, b).ok_or(NeedsPython)
}

/// `a == b` for builtin values, or None when the answer needs Python code.
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => Some(x == y),
        (Int(x), BoolWord(y)) | (BoolWord(y), Int(x)) => Some(*x == *y as i64),
        (BoolWord(x), BoolWord(y)) => Some(x == y),
        (FloatBits(x), FloatBits(y)) => Some(f64::from_bits(*x) == f64::from_bits(*y)),
        (Int(x), FloatBits(y)) | (FloatBits(y), Int(x)) => {
            Some(crate::objects::int::int_float_eq(*x, f64::from_bits(*y)))
        }
        (BoolWord(x), FloatBits(y)) | (FloatBits(y), BoolWord(x)) => {
            Some(*x as f64 == f64::from_bits(*y))
        }
        (None, None) => Some(true),
        (Obj(x), _) | (_, Obj(x)) if matches!(x.view(), Object::Complex(_)) => {
            let Object::Complex(c) = x.view() else {
                return Option::None;
            };
            let other = if matches!(a, Obj(o) if crate::value::ObjRef::ptr_eq(o, x)) {
                b
            } else {
                a
            };
            if matches!(other.as_object(), Some(Object::Instance(_))) {
                return Option::None;
            }
            Some(crate::objects::complex_type::complex_eq((c.re, c.im), other).unwrap_or(false))
        }
        (Obj(x), Obj(y)) => {
            if crate::value::ObjRef::ptr_eq(x, y) {
                return Some(true);
            }
            match (x.view(), y.view()) {
                (Object::Str(s), Object::Str(t)) => Some(s.as_str() == t.as_str()),
                (Object::BoundMethod(m), Object::BoundMethod(n)) => {
                    Some(m.func().is(&n.func()) && m.self_().is(&n.self_()))
                }
                (Object::BigInt(s), Object::BigInt(t)) => Some(s == t),
                (Object::Bytes(s), Object::Bytes(t)) => Some(s == t),
                (Object::Tuple(s), Object::Tuple(t)) => {
                    if s.len() != t.len() {
                        return Some(false);
                    }
                    for (p, q) in s.iter().zip(t.iter()) {
                        if !p.is(q) && !native_eq(p, q)? {
                            return Some(false);
                        }
                    }
                    Some(true)
                }
                (Object::Instance(_) | Object::Exception(_), _)
                | (_, Object::Instance(_) | Object::Exception(_)) => Option::None,
                (Object::WeakRef(_), _) | (_, Object::WeakRef(_)) => Option::None,
                (Object::List(_) | Object::Dict(_) | Object::Set(_) | Object::FrozenSet(_), _)
                | (_, Object::List(_) | Object::Dict(_) | Object::Set(_) | Object::FrozenSet(_)) => {
                    Option::None
                }
                (Object::Str(_) | Object::BigInt(_) | Object::Bytes(_) | Object::Tuple(_), _) => {
                    Some(false)
                }
                _ => Some(false),
            }
        }
        (Obj(o), Int(_) | FloatBits(_) | BoolWord(_))
        | (Int(_) | FloatBits(_) | BoolWord(_), Obj(o)) => {
            match o.view() {
                Object::BigInt(_) => {
                    // A BigInt never equals a small int; against a float compare exactly.
                    match (a, b) {
                        (FloatBits(f), Obj(_)) | (Obj(_), FloatBits(f)) => {
                            let Object::BigInt(big) = o.view() else {
                                return Some(false);
                            };
                            Some(crate::objects::int::bigint_float_eq(
                                &big.to_bigint(),
                                f64::from_bits(*f),
                            ))
                        }
                        _ => Some(false),
                    }
                }
                Object::Instance(_) => Option::None,
                _ => Some(false),
            }
        }
        (Obj(o), None) | (None, Obj(o)) => match o.view() {
            Object::Instance(_) => Option::None,
            _ => Some(false),
        },
        _ => Some(false),
    }
}
