//! str: immutable UTF-8 with a cached length in code points and a cached hash.
//! ASCII strings index and slice in O(1); others walk the UTF-8.

use std::cell::Cell;

pub struct StrObj {
    text: Box<str>,
    char_len: usize,
    hash: Cell<i64>,
    /// Whether this is the VM's interned str for its text (see `Vm::intern`).
    interned: Cell<bool>,
}

const HASH_UNSET: i64 = -1;

impl StrObj {
    pub fn new(text: impl Into<Box<str>>) -> StrObj {
        let text = text.into();
        let char_len = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        StrObj {
            text,
            char_len,
            hash: Cell::new(HASH_UNSET),
            interned: Cell::new(false),
        }
    }

    /// Whether this str is the interned one for its text: then any equal interned str is this
    /// very object, and comparing addresses is enough.
    #[inline]
    pub fn is_interned(&self) -> bool {
        self.interned.get()
    }

    pub(crate) fn mark_interned(&self) {
        self.interned.set(true);
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }
    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }

    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != HASH_UNSET {
            return h;
        }
        let h = crate::numeric::hash_str(&self.text);
        self.hash.set(h);
        h
    }

    /// The code point at index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.text.as_bytes().get(i).map(|b| *b as char)
        } else {
            self.text.chars().nth(i)
        }
    }

    /// Byte offset of code point index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.text.len())
        } else {
            self.text
                .char_indices()
                .nth(i)
                .map_or(self.text.len(), |(o, _)| o)
        }
    }

    /// Substring by code point range (start <= end, both clamped).
    pub fn substring(&self, start: usize, end: usize) -> &str {
        let s = self.byte_offset(start);
        let e = self.byte_offset(end);
        if s >= e {
            ""
        } else {
            &self.text[s..e]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_and_indexing() {
        let a = StrObj::new("hello");
        assert!(a.is_ascii());
        assert_eq!(a.char_at(1), Some('e'));
        let u = StrObj::new("héllo wörld");
        assert_eq!(u.char_len(), 11);
        assert!(!u.is_ascii());
        assert_eq!(u.char_at(1), Some('é'));
        assert_eq!(u.substring(1, 4), "éll");
        assert_eq!(u.substring(4, 2), "");
    }
}
