//! Constants: conversion from the AST and constant folding.
//!
//! Folding never changes behaviour: anything that could raise (division by zero, negative
//! shift, ...) or produce a huge object is left to run time.

use crate::bytecode::{BinOp, Constant};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use rustpython_parser::ast::{self, Expr};
use std::rc::Rc;

const MAX_INT_BITS: u64 = 4096;
const MAX_STR_LEN: usize = 4096;
const MAX_EXACT_FLOAT_INT: i64 = 1 << 53;

pub fn from_ast(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Str(s) => Constant::Str(Rc::from(s.as_str())),
        ast::Constant::Bytes(b) => Constant::Bytes(Rc::from(b.as_slice())),
        ast::Constant::Int(i) => norm(i.clone()),
        ast::Constant::Tuple(t) => Constant::Tuple(t.iter().map(from_ast).collect()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex { real, imag } => Constant::Complex(*real, *imag),
        ast::Constant::Ellipsis => Constant::Ellipsis,
    }
}

/// An int constant in its canonical form (inline when it fits i64).
pub fn norm(b: BigInt) -> Constant {
    match b.to_i64() {
        Some(i) => Constant::Int(i),
        None => Constant::BigInt(b),
    }
}

fn to_big(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Int(i) => Some(BigInt::from(*i)),
        Constant::BigInt(b) => Some(b.clone()),
        Constant::Bool(b) => Some(BigInt::from(*b as i64)),
        _ => None,
    }
}

fn is_intlike(c: &Constant) -> bool {
    matches!(
        c,
        Constant::Int(_) | Constant::BigInt(_) | Constant::Bool(_)
    )
}

/// A float for an int-like or float constant, when the conversion is exact.
fn to_float(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        Constant::Int(i) if i.abs() <= MAX_EXACT_FLOAT_INT => Some(*i as f64),
        Constant::Bool(b) => Some(*b as i64 as f64),
        _ => None,
    }
}

fn to_complex(c: &Constant) -> Option<(f64, f64)> {
    match c {
        Constant::Complex(r, i) => Some((*r, *i)),
        _ => to_float(c).map(|f| (f, 0.0)),
    }
}

/// Python truthiness of a constant.
pub fn truthiness(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(b) => !b.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex(r, i) => *r != 0.0 || *i != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
        Constant::Ellipsis => true,
        Constant::Code(_) => return None,
    })
}

/// Folds an expression made only of constants, or returns None.
pub fn fold(e: &Expr) -> Option<Constant> {
    match e {
        Expr::Constant(c) => Some(from_ast(&c.value)),
        Expr::UnaryOp(u) => {
            let v = fold(&u.operand)?;
            unary(u.op, &v)
        }
        Expr::BinOp(b) => {
            // Left-nested chains are folded without recursion.
            let mut spine = vec![b];
            let mut left = b.left.as_ref();
            while let Expr::BinOp(inner) = left {
                spine.push(inner);
                left = inner.left.as_ref();
            }
            let mut acc = fold(left)?;
            for node in spine.into_iter().rev() {
                let r = fold(&node.right)?;
                acc = binary(binop_of(node.op), &acc, &r)?;
            }
            Some(acc)
        }
        Expr::Tuple(t) if t.ctx == ast::ExprContext::Load => {
            let mut items = Vec::with_capacity(t.elts.len());
            for x in &t.elts {
                if matches!(x, Expr::Starred(_)) {
                    return None;
                }
                items.push(fold(x)?);
            }
            Some(Constant::Tuple(items.into()))
        }
        _ => None,
    }
}

pub fn binop_of(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Subtract,
        ast::Operator::Mult => BinOp::Multiply,
        ast::Operator::MatMult => BinOp::MatrixMultiply,
        ast::Operator::Div => BinOp::TrueDivide,
        ast::Operator::Mod => BinOp::Remainder,
        ast::Operator::Pow => BinOp::Power,
        ast::Operator::LShift => BinOp::Lshift,
        ast::Operator::RShift => BinOp::Rshift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDivide,
    }
}

pub fn unary(op: ast::UnaryOp, v: &Constant) -> Option<Constant> {
    match op {
        ast::UnaryOp::Not => match v {
            Constant::None
            | Constant::Bool(_)
            | Constant::Int(_)
            | Constant::BigInt(_)
            | Constant::Float(_)
            | Constant::Str(_) => Some(Constant::Bool(!truthiness(v)?)),
            _ => None,
        },
        ast::UnaryOp::USub => match v {
            Constant::Float(f) => Some(Constant::Float(-f)),
            Constant::Complex(r, i) => Some(Constant::Complex(-r, -i)),
            _ if is_intlike(v) => Some(norm(-to_big(v)?)),
            _ => None,
        },
        ast::UnaryOp::UAdd => match v {
            Constant::Float(_) | Constant::Complex(..) => Some(v.clone()),
            _ if is_intlike(v) => Some(norm(to_big(v)?)),
            _ => None,
        },
        ast::UnaryOp::Invert => {
            if is_intlike(v) {
                Some(norm(-to_big(v)? - 1))
            } else {
                None
            }
        }
    }
}

fn floor_divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    let mut q = a / b;
    let mut r = a % b;
    if !r.is_zero() && (r.is_negative() != b.is_negative()) {
        q -= 1;
        r += b;
    }
    (q, r)
}

pub fn binary(op: BinOp, l: &Constant, r: &Constant) -> Option<Constant> {
    if is_intlike(l) && is_intlike(r) {
        if let (Constant::Bool(a), Constant::Bool(b)) = (l, r) {
            match op {
                BinOp::And => return Some(Constant::Bool(*a & *b)),
                BinOp::Or => return Some(Constant::Bool(*a | *b)),
                BinOp::Xor => return Some(Constant::Bool(*a ^ *b)),
                _ => {}
            }
        }
        let a = to_big(l)?;
        let b = to_big(r)?;
        let bits = |x: &BigInt| x.bits();
        let res = match op {
            BinOp::Add => a + b,
            BinOp::Subtract => a - b,
            BinOp::Multiply => {
                if bits(&a) + bits(&b) > MAX_INT_BITS {
                    return None;
                }
                a * b
            }
            BinOp::FloorDivide => {
                if b.is_zero() {
                    return None;
                }
                floor_divmod(&a, &b).0
            }
            BinOp::Remainder => {
                if b.is_zero() {
                    return None;
                }
                floor_divmod(&a, &b).1
            }
            BinOp::Power => {
                if b.is_negative() {
                    return None;
                }
                let e = b.to_u64()?;
                let ab = bits(&a);
                if ab > 1 && ab.saturating_mul(e) > MAX_INT_BITS {
                    return None;
                }
                if e > u32::MAX as u64 {
                    return None;
                }
                num_traits::pow::Pow::pow(&a, e as u32)
            }
            BinOp::Lshift => {
                if b.is_negative() {
                    return None;
                }
                let s = b.to_u64()?;
                if a.is_zero() {
                    BigInt::zero()
                } else {
                    if bits(&a) + s > MAX_INT_BITS {
                        return None;
                    }
                    a << (s as usize)
                }
            }
            BinOp::Rshift => {
                if b.is_negative() {
                    return None;
                }
                match b.to_u64() {
                    Some(s) if s <= MAX_INT_BITS * 4 => a >> (s as usize),
                    _ => {
                        if a.is_negative() {
                            BigInt::from(-1)
                        } else {
                            BigInt::zero()
                        }
                    }
                }
            }
            BinOp::And => a & b,
            BinOp::Or => a | b,
            BinOp::Xor => a ^ b,
            BinOp::TrueDivide => {
                let x = a.to_i64().filter(|x| x.abs() <= MAX_EXACT_FLOAT_INT)?;
                let y = b.to_i64().filter(|y| y.abs() <= MAX_EXACT_FLOAT_INT)?;
                if y == 0 {
                    return None;
                }
                return Some(Constant::Float(x as f64 / y as f64));
            }
            BinOp::MatrixMultiply => return None,
        };
        return Some(norm(res));
    }
    match (l, r) {
        (Constant::Str(a), Constant::Str(b)) if op == BinOp::Add => {
            if a.chars().count() + b.chars().count() > MAX_STR_LEN {
                return None;
            }
            let mut s = String::with_capacity(a.len() + b.len());
            s.push_str(a);
            s.push_str(b);
            return Some(Constant::Str(s.into()));
        }
        (Constant::Bytes(a), Constant::Bytes(b)) if op == BinOp::Add => {
            if a.len() + b.len() > MAX_STR_LEN {
                return None;
            }
            let mut v = a.to_vec();
            v.extend_from_slice(b);
            return Some(Constant::Bytes(v.into()));
        }
        (Constant::Str(s), n) | (n, Constant::Str(s)) if op == BinOp::Multiply && is_intlike(n) => {
            let k = to_big(n)?.to_i64()?.max(0) as usize;
            if s.chars().count().saturating_mul(k) > MAX_STR_LEN {
                return None;
            }
            return Some(Constant::Str(s.repeat(k).into()));
        }
        (Constant::Bytes(s), n) | (n, Constant::Bytes(s))
            if op == BinOp::Multiply && is_intlike(n) =>
        {
            let k = to_big(n)?.to_i64()?.max(0) as usize;
            if s.len().saturating_mul(k) > MAX_STR_LEN {
                return None;
            }
            return Some(Constant::Bytes(s.repeat(k).into()));
        }
        _ => {}
    }
    if matches!(l, Constant::Complex(..)) || matches!(r, Constant::Complex(..)) {
        let (a, b) = to_complex(l)?;
        let (c, d) = to_complex(r)?;
        return match op {
            BinOp::Add => Some(Constant::Complex(a + c, b + d)),
            BinOp::Subtract => Some(Constant::Complex(a - c, b - d)),
            BinOp::Multiply => Some(Constant::Complex(a * c - b * d, a * d + b * c)),
            _ => None,
        };
    }
    if matches!(l, Constant::Float(_)) || matches!(r, Constant::Float(_)) {
        let a = to_float(l)?;
        let b = to_float(r)?;
        return match op {
            BinOp::Add => Some(Constant::Float(a + b)),
            BinOp::Subtract => Some(Constant::Float(a - b)),
            BinOp::Multiply => Some(Constant::Float(a * b)),
            BinOp::TrueDivide if b != 0.0 => Some(Constant::Float(a / b)),
            _ => None,
        };
    }
    None
}
