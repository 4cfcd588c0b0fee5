//! Shapes (hidden classes): the attribute names of an instance, in insertion order, shared by all
//! instances that gained the same attributes in the same order. Such an instance stores only a
//! vector of values; the name of value `i` is key `i` of its shape.
//!
//! Shapes form a tree from one root (no attributes): adding attribute `n` to an instance of shape
//! `s` moves it to the child of `s` for `n`, made on first use. Keys are interned strs, so a name
//! from bytecode is found by comparing addresses. The tree is bounded: a shape has at most
//! `MAX_KEYS` keys and `MAX_CHILDREN` children; an instance that would go beyond keeps its
//! attributes in a dict instead.

use crate::value::{PyCell, Value};
use std::rc::Rc;

/// Most keys in one shape (CPython's shared-keys dicts stop at 30 too).
pub const MAX_KEYS: usize = 30;
/// Most distinct attributes added after one shape.
const MAX_CHILDREN: usize = 16;

pub struct Shape {
    keys: Box<[Value]>,
    children: PyCell<Vec<(Value, Rc<Shape>)>>,
}

impl Shape {
    /// The shape with no attributes.
    pub fn root() -> Rc<Shape> {
        Rc::new(Shape {
            keys: Box::new([]),
            children: PyCell::new(Vec::new()),
        })
    }

    #[inline]
    pub fn keys(&self) -> &[Value] {
        &self.keys
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The position of `name` (a str), if the shape has it.
    #[inline]
    pub fn index_of(&self, name: &Value) -> Option<usize> {
        // A str-subclass name compares by the str it holds.
        let s = name.as_str()?;
        if let Some(i) = self
            .keys
            .iter()
            .position(|k| k.as_str().is_some_and(|t| std::ptr::eq(t, s)))
        {
            return Some(i);
        }
        // Keys are interned, so an interned name that is not one of them is absent.
        if s.is_interned() {
            return None;
        }
        self.keys
            .iter()
            .position(|k| k.as_str().is_some_and(|t| t.as_str() == s.as_str()))
    }

    /// The shape after adding `key` (an interned str not in this shape), or None when the tree
    /// is full there.
    pub fn child(self: &Rc<Shape>, key: &Value) -> Option<Rc<Shape>> {
        let Value::Obj(k) = key else {
            return None;
        };
        let found = self.children.with(|c| {
            c.iter()
                .find(
                    |(name, _)| matches!(name, Value::Obj(o) if crate::value::ObjRef::ptr_eq(o, k)),
                )
                .map(|(_, s)| s.clone())
        });
        if found.is_some() {
            return found;
        }
        if self.keys.len() >= MAX_KEYS || self.children.with(|c| c.len()) >= MAX_CHILDREN {
            return None;
        }
        let mut keys = Vec::with_capacity(self.keys.len() + 1);
        keys.extend(self.keys.iter().cloned());
        keys.push(key.clone());
        let child = Rc::new(Shape {
            keys: keys.into_boxed_slice(),
            children: PyCell::new(Vec::new()),
        });
        self.children
            .with_mut(|c| c.push((key.clone(), child.clone())));
        Some(child)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    fn interned(s: &str) -> Value {
        let v = Value::str(s);
        v.as_str().unwrap().mark_interned();
        v
    }

    #[test]
    fn same_additions_share_a_shape() {
        let root = Shape::root();
        let (x, y) = (interned("x"), interned("y"));
        let a = root.child(&x).unwrap().child(&y).unwrap();
        let b = root.child(&x).unwrap().child(&y).unwrap();
        assert!(Rc::ptr_eq(&a, &b));
        assert_eq!(a.index_of(&y), Some(1));
        let other_order = root.child(&y).unwrap().child(&x).unwrap();
        assert!(!Rc::ptr_eq(&a, &other_order));
        assert_eq!(other_order.index_of(&y), Some(0));
    }

    #[test]
    fn names_found_by_address_or_by_text() {
        let root = Shape::root();
        let x = interned("x");
        let s = root.child(&x).unwrap();
        let plain = Value::str("x");
        assert_eq!(
            s.index_of(&plain),
            Some(0),
            "a non-interned name compares by text"
        );
        assert_eq!(
            s.index_of(&interned("x")),
            None,
            "another interned 'x' is not the VM's"
        );
        assert_eq!(s.index_of(&Value::Int(0)), None);
    }

    #[test]
    fn tree_is_bounded() {
        let mut s = Shape::root();
        for i in 0..MAX_KEYS {
            s = s.child(&interned(&format!("k{i}"))).unwrap();
        }
        assert_eq!(s.len(), MAX_KEYS);
        assert!(s.child(&interned("one_more")).is_none());
        let root = Shape::root();
        for i in 0..MAX_CHILDREN {
            assert!(root.child(&interned(&format!("c{i}"))).is_some());
        }
        assert!(root.child(&interned("extra")).is_none());
    }
}
