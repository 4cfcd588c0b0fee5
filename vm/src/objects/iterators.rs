//! The builtin iterator objects (list_iterator, range_iterator, enumerate, zip, map, ...).
//! Their `__next__` lives in `Vm::iter_next`; each keeps a position, never a borrow.

use crate::value::Value;

pub enum IterState {
    /// list, tuple, str, bytes, bytearray: index into the sequence.
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i128,
        step: i128,
        remaining: i128,
    },
    /// dict keys / values / items, by entry position; `len` detects size changes.
    Dict {
        dict: Value,
        pos: usize,
        len: usize,
        kind: DictIterKind,
    },
    /// reversed() of a dict or its views: by entry position, from the end.
    DictReversed {
        dict: Value,
        end: usize,
        len: usize,
        kind: DictIterKind,
    },
    Set {
        set: Value,
        pos: usize,
        len: usize,
    },
    Reversed {
        seq: Value,
        index: i64,
    },
    Enumerate {
        iter: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    /// iter(callable, sentinel)
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// A Python-level sequence iterated through `__getitem__`.
    GetItem {
        seq: Value,
        index: i64,
    },
    /// The awaitables of the async protocols (coroutine.rs), stepped through `send`.
    Awaitable(crate::objects::coroutine::AwaitState),
    Exhausted,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

impl IterState {
    /// The Python type name of the iterator.
    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::Seq { seq, .. } => match seq.as_object() {
                Some(crate::value::Object::Str(_)) => "str_ascii_iterator",
                Some(crate::value::Object::Tuple(_)) => "tuple_iterator",
                Some(crate::value::Object::Bytes(_)) => "bytes_iterator",
                Some(crate::value::Object::ByteArray(_)) => "bytearray_iterator",
                _ => "list_iterator",
            },
            IterState::Range { .. } => "range_iterator",
            IterState::Dict { kind, .. } => match kind {
                DictIterKind::Keys => "dict_keyiterator",
                DictIterKind::Values => "dict_valueiterator",
                DictIterKind::Items => "dict_itemiterator",
            },
            IterState::DictReversed { kind, .. } => match kind {
                DictIterKind::Keys => "dict_reversekeyiterator",
                DictIterKind::Values => "dict_reversevalueiterator",
                DictIterKind::Items => "dict_reverseitemiterator",
            },
            IterState::Set { .. } => "set_iterator",
            IterState::Reversed { .. } => "reversed",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Callable { .. } => "callable_iterator",
            IterState::GetItem { .. } => "iterator",
            IterState::Awaitable(a) => a.type_name(),
            IterState::Exhausted => "iterator",
        }
    }
}
