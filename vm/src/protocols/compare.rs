//! Equality, ordering, hashing and membership.

use crate::numeric;
use crate::objects::dict::DictTable;
use crate::objects::int;
use crate::protocols::names::native_eq;
use crate::value::{Object, PyCell, Value};
use crate::vm::{PyResult, Vm};
use pyvm_compiler::bytecode::CmpOp;
use std::cmp::Ordering;

fn dunder(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "__lt__",
        CmpOp::Le => "__le__",
        CmpOp::Eq => "__eq__",
        CmpOp::Ne => "__ne__",
        CmpOp::Gt => "__gt__",
        CmpOp::Ge => "__ge__",
    }
}

fn ordering_matches(o: Ordering, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

impl Vm {
    /// `a == b` as a bool, with the identity shortcut containers use.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        // Containers compare by identity first; floats are unboxed, so a NaN is "identical" to
        // any NaN with the same bits (CPython tells two NaN objects apart).
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = native_eq(a, b) {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, CmpOp::Eq)?;
        self.is_true(&r)
    }

    /// `a op b` as a bool.
    pub fn compare_bool(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
        if op == CmpOp::Eq {
            return self.eq(a, b);
        }
        let r = self.rich_compare(a, b, op)?;
        self.is_true(&r)
    }

    /// `a op b`.
    pub fn rich_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        if let Some(r) = self.builtin_compare(a, b, op)? {
            return Ok(Value::Bool(r));
        }
        self.compare_protocol(a, b, op)
    }

    /// Comparisons between builtin values; None when the protocol must decide.
    fn builtin_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        use Value::*;
        let num = |v: &Value| {
            matches!(v, Int(_) | BoolWord(_) | FloatBits(_))
                || matches!(v.as_object(), Some(Object::BigInt(_)))
        };
        if num(a) && num(b) {
            return Ok(Some(match compare_numbers(a, b) {
                Some(o) => ordering_matches(o, op),
                Option::None => op == CmpOp::Ne,
            }));
        }
        if crate::objects::complex_type::is_exact_complex(a)
            || crate::objects::complex_type::is_exact_complex(b)
        {
            return Ok(complex_compare(a, b, op));
        }
        let (Obj(x), Obj(y)) = (a, b) else {
            return Ok(Option::None);
        };
        match (x.view(), y.view()) {
            (Object::Str(s), Object::Str(t)) => {
                Ok(Some(ordering_matches(s.as_str().cmp(t.as_str()), op)))
            }
            (Object::BoundMethod(m), Object::BoundMethod(n))
                if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
            {
                let same = m.func().is(&n.func()) && m.self_().is(&n.self_());
                Ok(Some(same == (op == CmpOp::Eq)))
            }
            (Object::Bytes(_) | Object::ByteArray(_), Object::Bytes(_) | Object::ByteArray(_)) => {
                Ok(crate::objects::bytes::bytes_compare(a, b).map(|o| ordering_matches(o, op)))
            }
            (Object::List(s), Object::List(t)) => {
                let (s, t) = (s.get(), t.get());
                self.compare_sequences(&s, &t, op).map(Some)
            }
            (Object::Tuple(s), Object::Tuple(t)) => {
                let (s, t) = (s.to_vec(), t.to_vec());
                self.compare_sequences(&s, &t, op).map(Some)
            }
            (Object::Dict(_), Object::Dict(_)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = self.dict_eq(a, b)?;
                Ok(Some(eq == (op == CmpOp::Eq)))
            }
            (Object::Set(_) | Object::FrozenSet(_), Object::Set(_) | Object::FrozenSet(_)) => {
                self.set_compare(a, b, op).map(Some)
            }
            (Object::Range(r), Object::Range(s)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let same = r.len() == s.len()
                    && (r.is_empty() || (r.start == s.start && (r.len() == 1 || r.step == s.step)));
                Ok(Some(same == (op == CmpOp::Eq)))
            }
            _ => Ok(Option::None),
        }
    }

    fn compare_sequences(&mut self, s: &[Value], t: &[Value], op: CmpOp) -> PyResult<bool> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && s.len() != t.len() {
            return Ok(op == CmpOp::Ne);
        }
        // Nested containers compare recursively on the Rust stack.
        self.enter_native_at(" in comparison")?;
        let r = self.compare_items(s, t, op);
        self.depth -= 1;
        r
    }

    fn compare_items(&mut self, s: &[Value], t: &[Value], op: CmpOp) -> PyResult<bool> {
        for (x, y) in s.iter().zip(t.iter()) {
            if !self.eq(x, y)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::Ne => Ok(true),
                    _ => self.compare_bool(x, y, op),
                };
            }
        }
        Ok(ordering_matches(s.len().cmp(&t.len()), op))
    }

    fn dict_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let (Some(x), Some(y)) = (a.as_dict(), b.as_dict()) else {
            return Ok(false);
        };
        if x.with(|t| t.len()) != y.with(|t| t.len()) {
            return Ok(false);
        }
        self.enter_native_at(" in comparison")?;
        let r = self.dict_items_eq(x, b);
        self.depth -= 1;
        r
    }

    /// Whether every entry of `a` is in `b` with an equal value (CPython's `dict_equal`): `a` is
    /// walked by position with a short borrow per entry, and each key is looked up in `b` with
    /// its stored hash, so that Python `__eq__` never runs while either table is borrowed.
    fn dict_items_eq(&mut self, a: &PyCell<DictTable>, b: &Value) -> PyResult<bool> {
        let mut pos = 0;
        while let Some((next, hash, k, v)) = a.with(|t| {
            t.next_from(pos)
                .map(|(p, e)| (p, e.hash, e.key.clone(), e.value.clone()))
        }) {
            pos = next;
            match self.dict_get_hashed(b, &k, hash)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    fn compare_protocol(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        if Vm::is_proxy(a) || Vm::is_proxy(b) {
            let (a, b) = (self.unproxy(a)?, self.unproxy(b)?);
            return self.rich_compare(&a, &b, op);
        }
        if matches!(a.as_object(), Some(Object::WeakRef(_)))
            && matches!(b.as_object(), Some(Object::WeakRef(_)))
        {
            if let Some(r) = self.weakref_compare(a, b, op)? {
                return Ok(r);
            }
        }
        let name = dunder(op);
        let rname = dunder(op.swapped());
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same = crate::value::ObjRef::ptr_eq(&ta, &tb);
        let b_first = !same && crate::vm::is_subclass(&tb, &ta);
        if b_first {
            if let Some(r) = self.call_special_opt(b, rname, vec![a.clone()])? {
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.call_special_opt(a, name, vec![b.clone()])? {
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !b_first {
            if let Some(r) = self.call_special_opt(b, rname, vec![a.clone()])? {
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        // Builtin bases of subclass instances compare as their base values.
        let ua = base_of(a);
        let ub = base_of(b);
        if ua.is_some() || ub.is_some() {
            let x = ua.unwrap_or_else(|| a.clone());
            let y = ub.unwrap_or_else(|| b.clone());
            if let Some(r) = self.builtin_compare(&x, &y, op)? {
                return Ok(Value::Bool(r));
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => {
                // Default __ne__ inverts __eq__.
                for (x, y) in [(a, b), (b, a)] {
                    if let Some(r) = self.call_special_opt(x, "__eq__", vec![y.clone()])? {
                        if !self.is_not_implemented(&r) {
                            let t = self.is_true(&r)?;
                            return Ok(Value::Bool(!t));
                        }
                    }
                }
                Ok(Value::Bool(!a.is(b)))
            }
            _ => {
                let (x, y) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{x}' and '{y}'",
                    op.symbol()
                )))
            }
        }
    }

    /// hash(v), with str and small ints inline.
    #[inline]
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Obj(o) => {
                if let Object::Str(s) = o.view() {
                    return Ok(s.hash());
                }
            }
            Value::Int(i) if *i != -1 && (*i as u64) < (1u64 << 60) => return Ok(*i),
            _ => {}
        }
        self.hash_slow(v)
    }

    fn hash_slow(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(numeric::hash_int_i64(*i)),
            Value::BoolWord(b) => Ok(*b as i64),
            Value::FloatBits(f) => Ok(numeric::hash_float(f64::from_bits(*f))),
            Value::None | Value::Null => Ok(0x5f3759df),
            Value::Obj(o) => match o.view() {
                Object::Str(s) => Ok(s.hash()),
                Object::BigInt(b) => Ok(numeric::hash_bigint(&b.to_bigint())),
                Object::Tuple(items) => {
                    let mut hashes = Vec::with_capacity(items.len());
                    for item in items.iter() {
                        hashes.push(self.hash(item)?);
                    }
                    Ok(numeric::hash_tuple(&hashes))
                }
                Object::Bytes(b) => Ok(numeric::hash_bytes(b)),
                Object::Complex(c) => Ok(crate::objects::complex_type::complex_hash((c.re, c.im))),
                Object::FrozenSet(t) => Ok(frozenset_hash(t.iter_with_hash().map(|(h, _)| h))),
                Object::List(_)
                | Object::Dict(_)
                | Object::Set(_)
                | Object::ByteArray(_)
                | Object::Slice(_) => {
                    let t = self.type_name(v);
                    Err(self.type_error(format!("unhashable type: '{t}'")))
                }
                Object::Instance(_) | Object::Exception(_) => self.user_hash(v),
                Object::WeakRef(_) => self.weakref_hash(v),
                Object::MemoryView(m) => crate::objects::memoryview::memoryview_hash(self, m),
                _ => Ok((v.address() >> 4) as i64),
            },
        }
    }

    fn user_hash(&mut self, v: &Value) -> PyResult<i64> {
        let class = self.type_of(v);
        match self.class_lookup_str(&class, "__hash__") {
            Some(Value::None) => {
                let t = self.type_name(v);
                Err(self.type_error(format!("unhashable type: '{t}'")))
            }
            Some(h) if !matches!(h.as_object(), Some(Object::NativeFunction(n)) if !n.owner.as_obj().is_some_and(|o| matches!(o.view(), Object::Class(c) if c.layout.natives_are_methods()))) =>
            {
                let r = self.call_method_value(&h, v, vec![])?;
                match &r {
                    Value::Int(i) => Ok(if *i == -1 { -2 } else { *i }),
                    Value::BoolWord(b) => Ok(*b as i64),
                    _ => match int::as_bigint(&r) {
                        Some(b) => Ok(numeric::hash_bigint(&b)),
                        None => Err(self.type_error("__hash__ method should return an integer")),
                    },
                }
            }
            _ => match v.as_object() {
                Some(Object::Instance(i)) if i.base_value().is_some() => {
                    let b = i.base_value().cloned().unwrap_or_default();
                    self.hash(&b)
                }
                _ => Ok((v.address() >> 4) as i64),
            },
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(r) = self.proxy_referent(container)? {
            return self.contains(&r, item);
        }
        if let Some(Object::Instance(i)) = container.as_object() {
            if let Some(r) = self.call_special_opt(container, "__contains__", vec![item.clone()])? {
                return self.is_true(&r);
            }
            if let Some(base) = i.base_value().cloned() {
                return self.contains(&base, item);
            }
        }
        match container.as_object() {
            Some(Object::Str(s)) => match item.as_str() {
                Some(t) => Ok(s.as_str().contains(t.as_str())),
                None => {
                    let t = self.type_name(item);
                    Err(self.type_error(format!(
                        "'in <string>' requires string as left operand, not {t}"
                    )))
                }
            },
            Some(Object::List(l)) => {
                let mut i = 0;
                loop {
                    let Some(x) = l.with(|v| v.get(i).cloned()) else {
                        return Ok(false);
                    };
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Some(Object::Tuple(t)) => {
                for x in t.iter() {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Some(Object::Dict(_)) => Ok(self.dict_get(container, item)?.is_some()),
            Some(Object::Set(_) | Object::FrozenSet(_)) => self.set_contains(container, item),
            Some(Object::Range(r)) => {
                match int::as_bigint(item).and_then(|b| num_traits::ToPrimitive::to_i128(&*b)) {
                    Some(i) if !matches!(item.as_object(), Some(Object::Instance(_))) => {
                        Ok(r.contains(i))
                    }
                    _ => {
                        let items = self.collect(container)?;
                        self.contains_in(&items, item)
                    }
                }
            }
            Some(Object::Bytes(_) | Object::ByteArray(_)) => {
                let hay = self.bytes_like(container).unwrap_or_default();
                if let Some(b) = int::as_i64(item) {
                    if !(0..256).contains(&b) {
                        return Err(self.value_error("byte must be in range(0, 256)"));
                    }
                    return Ok(hay.contains(&(b as u8)));
                }
                match self.bytes_like(item) {
                    Some(needle) => {
                        Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle))
                    }
                    None => {
                        let t = self.type_name(item);
                        Err(self.type_error(format!("a bytes-like object is required, not '{t}'")))
                    }
                }
            }
            _ => {
                if let Some(r) =
                    self.call_special_opt(container, "__contains__", vec![item.clone()])?
                {
                    return self.is_true(&r);
                }
                if !self.is_iterable(container) {
                    let t = self.type_name(container);
                    return Err(self.type_error(format!("argument of type '{t}' is not iterable")));
                }
                let it = self.get_iter(container)?;
                while let Some(x) = self.iter_next(&it)? {
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    fn contains_in(&mut self, items: &[Value], item: &Value) -> PyResult<bool> {
        for x in items {
            if self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// `==` and `!=` between a complex and a number (either side); None for anything else, and
/// for orderings, which complex does not have.
fn complex_compare(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    use crate::objects::complex_type::{complex_eq, complex_of, is_exact_complex};
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return None;
    }
    let user = |v: &Value| matches!(v.as_object(), Some(Object::Instance(_)));
    if user(a) || user(b) {
        return None;
    }
    let (z, other) = if is_exact_complex(a) { (a, b) } else { (b, a) };
    let eq = complex_eq(complex_of(z)?, other)?;
    Some(eq == (op == CmpOp::Eq))
}

fn base_of(v: &Value) -> Option<Value> {
    match v.as_object() {
        Some(Object::Instance(i)) => i.base_value().cloned(),
        _ => None,
    }
}

/// Exact comparison of two numbers (int, bool, float, bigint); None if a NaN is involved.
pub fn compare_numbers(a: &Value, b: &Value) -> Option<Ordering> {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => Some(x.cmp(y)),
        (FloatBits(x), FloatBits(y)) => f64::from_bits(*x).partial_cmp(&f64::from_bits(*y)),
        (BoolWord(x), _) => compare_numbers(&Int(*x as i64), b),
        (_, BoolWord(y)) => compare_numbers(a, &Int(*y as i64)),
        (FloatBits(x), _) => {
            let big = int::as_bigint(b)?;
            int::cmp_int_float(&big, f64::from_bits(*x)).map(|o| o.reverse())
        }
        (_, FloatBits(y)) => {
            let big = int::as_bigint(a)?;
            int::cmp_int_float(&big, f64::from_bits(*y))
        }
        _ => {
            let x = int::as_bigint(a)?;
            let y = int::as_bigint(b)?;
            Some(x.cmp(&y))
        }
    }
}

/// CPython's frozenset hash: order-independent mixing of the element hashes.
pub fn frozenset_hash(hashes: impl Iterator<Item = i64>) -> i64 {
    let mut h: u64 = 0;
    let mut n: u64 = 0;
    for eh in hashes {
        let e = eh as u64;
        h ^= ((e ^ 89869747) ^ (e << 16)).wrapping_mul(3644798167);
        n += 1;
    }
    h ^= (n.wrapping_add(1)).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    let r = h as i64;
    if r == -1 {
        590923713
    } else {
        r
    }
}
