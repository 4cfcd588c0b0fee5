//! str: immutable UTF-8 with a cached length in code points and a cached hash, stored inline in
//! its object (see `heap::inline`). ASCII strings index and slice in O(1); others walk the UTF-8.

pub use crate::heap::StrObj;

#[cfg(test)]
mod tests {
    use crate::value::ObjRef;
    use crate::value::Object;

    #[test]
    fn lengths_and_indexing() {
        let a = ObjRef::new_str("hello");
        let Object::Str(a) = a.view() else { panic!() };
        assert!(a.is_ascii());
        assert_eq!(a.char_at(1), Some('e'));
        let u = ObjRef::new_str("héllo wörld");
        let Object::Str(u) = u.view() else { panic!() };
        assert_eq!(u.char_len(), 11);
        assert!(!u.is_ascii());
        assert_eq!(u.char_at(1), Some('é'));
        assert_eq!(u.substring(1, 4), "éll");
        assert_eq!(u.substring(4, 2), "");
    }
}
