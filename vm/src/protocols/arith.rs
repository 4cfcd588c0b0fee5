//! Arithmetic: binary, in-place and unary operators, with builtin fast paths first and the
//! `__op__` / `__rop__` protocol (NotImplemented, subclass priority) for everything else.

use crate::objects::{complex_type, int};
use crate::value::{Object, Value};
use crate::vm::{PyResult, Vm};
use pyvm_compiler::bytecode::BinOp;

fn dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Lshift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Multiply => ("__mul__", "__rmul__", "__imul__"),
        BinOp::Remainder => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Power => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::Rshift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::Subtract => ("__sub__", "__rsub__", "__isub__"),
        BinOp::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

/// A float operand: floats, and ints converted when the other side is a float.
fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::FloatBits(f) => Some(f64::from_bits(*f)),
        Value::Obj(o) => match o.view() {
            Object::Instance(i) => match i.base_value() {
                Some(v @ Value::FloatBits(_)) => v.as_f64(),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

impl Vm {
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let Some(r) = self.builtin_binop(a, b, op) {
            return r;
        }
        self.binop_protocol(a, b, op)
    }

    /// Builtin operands of builtin types (no user subclass involved).
    fn builtin_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
        let user = |v: &Value| matches!(v.as_object(), Some(Object::Instance(_)));
        if user(a) || user(b) {
            return None;
        }
        if int::is_int(a) && int::is_int(b) {
            return int::int_binop(self, a, b, op);
        }
        if complex_type::is_exact_complex(a) || complex_type::is_exact_complex(b) {
            return self.complex_binop(a, b, op);
        }
        if let Some(x) = float_of(a) {
            let y = match float_of(b) {
                Some(y) => y,
                None if int::is_int(b) => match int::int_to_f64(self, b) {
                    Ok(y) => y,
                    Err(e) => return Some(Err(e)),
                },
                None => return self.sequence_binop(a, b, op),
            };
            return crate::objects::float::float_binop(self, x, y, op);
        }
        if let Some(y) = float_of(b) {
            if int::is_int(a) {
                let x = match int::int_to_f64(self, a) {
                    Ok(x) => x,
                    Err(e) => return Some(Err(e)),
                };
                return crate::objects::float::float_binop(self, x, y, op);
            }
        }
        self.sequence_binop(a, b, op)
    }

    /// An operator with a complex operand: the other must be a number.
    fn complex_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
        let x = match complex_type::complex_operand(self, a) {
            Ok(Some(x)) => x,
            Ok(None) => return self.sequence_binop(a, b, op),
            Err(e) => return Some(Err(e)),
        };
        let y = match complex_type::complex_operand(self, b) {
            Ok(Some(y)) => y,
            Ok(None) => return self.sequence_binop(a, b, op),
            Err(e) => return Some(Err(e)),
        };
        complex_type::complex_binop(self, x, y, op)
    }

    /// str, bytes, list and tuple concatenation/repetition, `%` formatting, set and dict operators.
    fn sequence_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
        let (Value::Obj(oa), _) = (a, b) else {
            if op == BinOp::Multiply {
                if let Value::Obj(_) = b {
                    return self.sequence_binop(b, a, op);
                }
            }
            return None;
        };
        match (oa.view(), op) {
            (Object::Str(s), BinOp::Add) => {
                let t = b.as_str()?;
                let mut out = String::with_capacity(s.as_str().len() + t.as_str().len());
                out.push_str(s.as_str());
                out.push_str(t.as_str());
                Some(Ok(self.new_str(out)))
            }
            (Object::Str(s), BinOp::Multiply) => {
                let n = self.repeat_count(b)?;
                Some(n.and_then(|n| {
                    self.check_size(s.as_str().len(), n)?;
                    Ok(self.new_str(s.as_str().repeat(n)))
                }))
            }
            (Object::Str(_), BinOp::Remainder) => {
                Some(crate::objects::strformat::percent_format(self, a, b))
            }
            (Object::Bytes(_) | Object::ByteArray(_), _) => {
                crate::objects::bytes::bytes_binop(self, a, b, op)
            }
            (Object::List(x), BinOp::Add) => {
                let Some(Object::List(y)) = b.as_object() else {
                    return None;
                };
                let mut out = x.get();
                out.extend(y.get());
                Some(Ok(self.new_list(out)))
            }
            (Object::List(x), BinOp::Multiply) => {
                let n = self.repeat_count(b)?;
                Some(n.and_then(|n| {
                    let items = x.get();
                    self.check_size(items.len(), n)?;
                    Ok(self.new_list(repeat_values(&items, n)))
                }))
            }
            (Object::Tuple(x), BinOp::Add) => {
                let Some(Object::Tuple(y)) = b.as_object() else {
                    return None;
                };
                let mut out = x.to_vec();
                out.extend(y.iter().cloned());
                Some(Ok(self.new_tuple(out)))
            }
            (Object::Tuple(x), BinOp::Multiply) => {
                let n = self.repeat_count(b)?;
                Some(n.and_then(|n| {
                    self.check_size(x.len(), n)?;
                    Ok(self.new_tuple(repeat_values(x, n)))
                }))
            }
            (
                Object::Set(_) | Object::FrozenSet(_),
                BinOp::Or | BinOp::And | BinOp::Subtract | BinOp::Xor,
            ) => {
                if !matches!(b.as_object(), Some(Object::Set(_) | Object::FrozenSet(_))) {
                    return None;
                }
                Some(self.set_algebra(a, b, op))
            }
            (Object::Dict(_), BinOp::Or) => {
                b.as_dict()?;
                Some((|| {
                    let d = self.dict_copy(a)?;
                    self.dict_update_from(&d, b, false)?;
                    Ok(d)
                })())
            }
            _ => None,
        }
    }

    fn check_size(&self, unit: usize, n: usize) -> PyResult<()> {
        if unit.saturating_mul(n) > (1usize << 32) {
            return Err(self.new_exception(&self.types.exc.memory_error, ""));
        }
        Ok(())
    }

    /// The count of a sequence repetition, or None if `n` is not an int.
    fn repeat_count(&mut self, n: &Value) -> Option<PyResult<usize>> {
        if !int::is_int(n) {
            // Objects with __index__ repeat too.
            if let Some(Object::Instance(_)) = n.as_object() {
                return match self.call_special_opt(n, "__index__", vec![]) {
                    Ok(Some(i)) if int::is_int(&i) => self.repeat_count(&i),
                    Ok(_) => None,
                    Err(e) => Some(Err(e)),
                };
            }
            return None;
        }
        Some(match int::as_i64(n) {
            Some(i) => Ok(i.max(0) as usize),
            None => {
                let big = int::as_bigint(n)?;
                if num_traits::Signed::is_negative(&*big) {
                    Ok(0)
                } else {
                    Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
                }
            }
        })
    }

    /// The bytes of a bytes-like value.
    pub fn bytes_like(&self, v: &Value) -> Option<Vec<u8>> {
        match v.builtin_payload()? {
            Object::Bytes(b) => Some(b.to_vec()),
            Object::ByteArray(b) => Some(b.get()),
            Object::MemoryView(m) if !m.released.get() => Some(m.bytes()),
            _ => None,
        }
    }

    /// Calls `a.__op__(b)`, then `b.__rop__(a)`, honouring subclass priority and NotImplemented.
    fn binop_protocol(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if Vm::is_proxy(a) || Vm::is_proxy(b) {
            let (a, b) = (self.unproxy(a)?, self.unproxy(b)?);
            return self.binary_op(&a, &b, op);
        }
        let (name, rname, _) = dunder(op);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same = crate::value::ObjRef::ptr_eq(&ta, &tb);
        let b_first = !same && crate::vm::is_subclass(&tb, &ta) && self.overrides(&tb, &ta, rname);
        if b_first {
            if let Some(r) = self.call_special_opt(b, rname, vec![a.clone()])? {
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        // The builtin operator of a base type answers first only for operands of its own kind
        // (int.__add__ returns NotImplemented for a float, letting the float's __radd__ run).
        let base_kind = |vm: &Vm, v: &Value| match v.as_object() {
            Some(Object::Instance(i)) => i.base_value().map(|b| vm.type_of(b)),
            _ => Some(vm.type_of(v)),
        };
        let same_kind = match (base_kind(self, a), base_kind(self, b)) {
            (Some(x), Some(y)) => {
                let t = &self.types;
                let intish = |k: &crate::value::ObjRef| {
                    crate::value::ObjRef::ptr_eq(k, &t.int)
                        || crate::value::ObjRef::ptr_eq(k, &t.bool_)
                };
                crate::value::ObjRef::ptr_eq(&x, &y)
                    || (intish(&x) && intish(&y))
                    || (crate::value::ObjRef::ptr_eq(&x, &t.float) && intish(&y))
                    || (op == BinOp::Multiply && intish(&y))
            }
            _ => false,
        };
        let mut base_tried = false;
        if let Some(r) = self.call_special_opt(a, name, vec![b.clone()])? {
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        } else if same_kind {
            base_tried = true;
            if let Some(r) = self.builtin_binop_of_base(a, b, op) {
                return r;
            }
        }
        if !same && !b_first {
            if let Some(r) = self.call_special_opt(b, rname, vec![a.clone()])? {
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if !base_tried {
            if let Some(r) = self.builtin_binop_of_base(a, b, op) {
                return r;
            }
        }
        // Sequence repetition by an object with __index__ (CPython's sq_repeat comes last).
        if op == BinOp::Multiply {
            let (seq, n) = if matches!(a.as_object(), Some(Object::Instance(_))) {
                (b, a)
            } else {
                (a, b)
            };
            if !matches!(seq.as_object(), Some(Object::Instance(_))) {
                if let Some(r) = self.sequence_binop(seq, n, op) {
                    return r;
                }
            }
        }
        Err(self.binop_type_error(a, b, op))
    }

    /// For instances of builtin subclasses without their own operator: the base type's operator.
    fn builtin_binop_of_base(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
    ) -> Option<PyResult<Value>> {
        let unwrap = |v: &Value| match v.as_object() {
            Some(Object::Instance(i)) => i.base_value().cloned(),
            _ => Some(v.clone()),
        };
        let x = unwrap(a)?;
        if op == BinOp::Remainder && x.as_str().is_some() {
            // `fmt % args` formats the arguments themselves, not their builtin bases.
            return Some(crate::objects::strformat::percent_format(self, &x, b));
        }
        let y = unwrap(b)?;
        if matches!(x.as_object(), Some(Object::Instance(_)))
            || matches!(y.as_object(), Some(Object::Instance(_)))
        {
            return None;
        }
        self.builtin_binop(&x, &y, op)
    }

    /// Whether `sub` defines `name` somewhere other than where `base` gets it.
    fn overrides(
        &self,
        sub: &crate::value::ObjRef,
        base: &crate::value::ObjRef,
        name: &'static str,
    ) -> bool {
        let a = self.class_lookup_str(sub, name);
        let b = self.class_lookup_str(base, name);
        match (a, b) {
            (Some(x), Some(y)) => !x.is(&y),
            (Some(_), None) => true,
            _ => false,
        }
    }

    pub fn is_not_implemented(&self, v: &Value) -> bool {
        matches!(v.as_object(), Some(Object::NotImplemented))
    }

    fn binop_type_error(&self, a: &Value, b: &Value, op: BinOp) -> crate::vm::PyErr {
        let ta = self.type_name(a);
        let tb = self.type_name(b);
        match (op, a.builtin_payload()) {
            (BinOp::Add, Some(Object::Str(_))) => {
                return self.type_error(format!("can only concatenate str (not \"{tb}\") to str"))
            }
            (BinOp::Add, Some(Object::List(_))) => {
                return self.type_error(format!("can only concatenate list (not \"{tb}\") to list"))
            }
            (BinOp::Add, Some(Object::Bytes(_) | Object::ByteArray(_))) => {
                return self.type_error(format!("can't concat {tb} to {ta}"))
            }
            (BinOp::Add, Some(Object::Tuple(_))) => {
                return self.type_error(format!(
                    "can only concatenate tuple (not \"{tb}\") to tuple"
                ))
            }
            (
                BinOp::Multiply,
                Some(Object::Str(_) | Object::List(_) | Object::Tuple(_) | Object::Bytes(_)),
            ) => {
                return self
                    .type_error(format!("can't multiply sequence by non-int of type '{tb}'"))
            }
            _ => {}
        }
        if op == BinOp::Multiply
            && matches!(
                b.as_object(),
                Some(Object::Str(_) | Object::List(_) | Object::Tuple(_) | Object::Bytes(_))
            )
        {
            return self.type_error(format!("can't multiply sequence by non-int of type '{ta}'"));
        }
        let sym = if op == BinOp::Power {
            "** or pow()"
        } else {
            op.symbol()
        };
        self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
        ))
    }

    /// `a op= b`: in-place forms for mutable builtins and `__iop__`, else the binary operator.
    pub fn inplace_op(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        match (a.as_object(), op) {
            (Some(Object::List(l)), BinOp::Add) => {
                let items = self.collect(&b)?;
                l.with_mut(|v| v.extend(items));
                return Ok(a);
            }
            (Some(Object::List(l)), BinOp::Multiply) => {
                if let Some(n) = self.repeat_count(&b) {
                    let n = n?;
                    let items = l.get();
                    self.check_size(items.len(), n)?;
                    l.replace(repeat_values(&items, n));
                    return Ok(a);
                }
            }
            (Some(Object::ByteArray(x)), BinOp::Add) => {
                if let Some(y) = self.bytes_like(&b) {
                    if !y.is_empty() {
                        self.check_resizable(x)?;
                    }
                    x.with_mut(|v| v.extend_from_slice(&y));
                    return Ok(a);
                }
            }
            (Some(Object::Set(_)), BinOp::Or | BinOp::And | BinOp::Subtract | BinOp::Xor) => {
                if let Some(r) = self.set_inplace(&a, &b, op)? {
                    return Ok(r);
                }
            }
            (Some(Object::Dict(_)), BinOp::Or) => {
                self.dict_update_from(&a, &b, false)?;
                return Ok(a);
            }
            (Some(Object::Instance(inst)), _) => {
                let (_, _, iname) = dunder(op);
                if let Some(r) = self.call_special_opt(&a, iname, vec![b.clone()])? {
                    if !self.is_not_implemented(&r) {
                        return Ok(r);
                    }
                } else if let Some(base) = inst.base_value().cloned() {
                    // A subclass of a mutable builtin without its own `__iop__` updates its base.
                    if matches!(
                        base.as_object(),
                        Some(
                            Object::List(_)
                                | Object::Set(_)
                                | Object::Dict(_)
                                | Object::ByteArray(_)
                        )
                    ) {
                        let r = self.inplace_op(base.clone(), b.clone(), op)?;
                        if r.is(&base) {
                            return Ok(a);
                        }
                        return Ok(r);
                    }
                }
            }
            _ => {}
        }
        self.binary_op(&a, &b, op).map_err(|e| {
            // CPython names the augmented operator in the message.
            if self.err_matches(&e, &self.types.exc.type_error) {
                let msg = self.exception_message(&e);
                if let Some(rest) = msg.strip_prefix("unsupported operand type(s) for ") {
                    if let Some((sym, tail)) = rest.split_once(':') {
                        let sym = sym.trim_end_matches(" or pow()");
                        let isym = if op == BinOp::Power {
                            "**=".to_string()
                        } else {
                            format!("{sym}=")
                        };
                        return self
                            .type_error(format!("unsupported operand type(s) for {isym}:{tail}"));
                    }
                }
            }
            e
        })
    }

    pub fn unary_neg(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::FloatBits(f) => Ok(Value::Float(-f64::from_bits(*f))),
            Value::Obj(o) if matches!(o.view(), Object::Complex(_)) => {
                let Object::Complex(c) = o.view() else {
                    unreachable!()
                };
                Ok(complex_type::new_complex(-c.re, -c.im))
            }
            _ => {
                if let (Some(v), false) = (
                    int::int_neg(a),
                    matches!(a.as_object(), Some(Object::Instance(_))),
                ) {
                    return Ok(v);
                }
                self.unary_protocol(a, "__neg__", "-")
            }
        }
    }

    pub fn unary_pos(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::FloatBits(_) | Value::Int(_) => Ok(a.clone()),
            Value::BoolWord(b) => Ok(Value::Int(*b as i64)),
            Value::Obj(o) if matches!(o.view(), Object::BigInt(_) | Object::Complex(_)) => {
                Ok(a.clone())
            }
            _ => self.unary_protocol(a, "__pos__", "+"),
        }
    }

    pub fn unary_invert(&mut self, a: &Value) -> PyResult<Value> {
        if !matches!(a.as_object(), Some(Object::Instance(_))) {
            if let Some(v) = int::int_invert(a) {
                return Ok(v);
            }
        }
        self.unary_protocol(a, "__invert__", "~")
    }

    fn unary_protocol(&mut self, a: &Value, name: &'static str, sym: &str) -> PyResult<Value> {
        if let Some(r) = self.call_special_opt(a, name, vec![])? {
            return Ok(r);
        }
        if let Some(Object::Instance(i)) = a.as_object() {
            if let Some(base) = i.base_value().cloned() {
                return match sym {
                    "-" => self.unary_neg(&base),
                    "+" => self.unary_pos(&base),
                    _ => self.unary_invert(&base),
                };
            }
        }
        let t = self.type_name(a);
        Err(self.type_error(format!("bad operand type for unary {sym}: '{t}'")))
    }
}

fn repeat_values(items: &[Value], n: usize) -> Vec<Value> {
    let mut out = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    out
}
