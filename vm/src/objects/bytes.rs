//! bytes and bytearray: constructors, repr and methods.
//!
//! Most methods are shared: one implementation takes the type it was called through (`Kind`),
//! which decides the receiver check, the error messages and the type of the results (methods of
//! bytearray return bytearrays, methods of bytes return bytes, also for subclasses).

use crate::objects::function::{Args, NativeFn};
use crate::objects::int;
use crate::objects::int_type::{
    bad_self, c_int_arg, check_shape, parse_kw, rest, ssize_arg, Shape,
};
use crate::objects::type_type::new_instance;
use crate::value::{ObjRef, Object, Payload, PyCell, Value};
use crate::vm::{PyErr, PyResult, Vm};
use std::borrow::Cow;

/// The largest bytes object the methods build (CPython would fail to allocate beyond this).
const MAX_LEN: usize = 1 << 32;

/// The largest width or precision of a `%` conversion that is attempted.
const MAX_FORMAT_WIDTH: i64 = 1 << 28;

pub fn init(vm: &mut Vm) {
    let tb = vm.types.bytes.clone();
    let ta = vm.types.bytearray.clone();
    vm.add_staticmethod(&tb, "__new__", bytes_new);
    vm.add_staticmethod(&ta, "__new__", bytearray_new);
    vm.add_method(&ta, "__init__", bytearray_init);
    for (name, fb, fa) in shared_methods() {
        vm.add_method(&tb, name, fb);
        vm.add_method(&ta, name, fa);
    }
    vm.add_classmethod(&tb, "fromhex", bytes_fromhex);
    vm.add_classmethod(&ta, "fromhex", bytearray_fromhex);
    vm.add_staticmethod(&tb, "maketrans", bytes_maketrans);
    vm.add_staticmethod(&ta, "maketrans", bytes_maketrans);
    vm.add_method(&tb, "__hash__", bytes_hash);
    vm.add_method(&tb, "__getnewargs__", bytes_getnewargs);
    vm.add_method(&tb, "__bytes__", bytes_bytes);
    let hash = vm.intern("__hash__");
    vm.class_set_attr(&ta, hash, Value::None);
    vm.add_method(&ta, "append", bytearray_append);
    vm.add_method(&ta, "extend", bytearray_extend);
    vm.add_method(&ta, "pop", bytearray_pop);
    vm.add_method(&ta, "insert", bytearray_insert);
    vm.add_method(&ta, "remove", bytearray_remove);
    vm.add_method(&ta, "reverse", bytearray_reverse);
    vm.add_method(&ta, "clear", bytearray_clear);
    vm.add_method(&ta, "copy", bytearray_copy);
    vm.add_method(&ta, "__setitem__", bytearray_setitem_method);
    vm.add_method(&ta, "__delitem__", bytearray_delitem_method);
    vm.add_method(&ta, "__iadd__", bytearray_iadd);
    vm.add_method(&ta, "__imul__", bytearray_imul);
    vm.add_method(&ta, "__alloc__", bytearray_alloc);
}

/// Generates, for each shared method, one native function per type and the table of them.
macro_rules! shared {
    ($($name:literal => $imp:ident;)*) => {
        fn shared_methods() -> Vec<(&'static str, NativeFn, NativeFn)> {
            vec![$((
                $name,
                {
                    fn on_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
                        $imp(vm, &args, Kind::Bytes, $name)
                    }
                    on_bytes as NativeFn
                },
                {
                    fn on_bytearray(vm: &mut Vm, args: Args) -> PyResult<Value> {
                        $imp(vm, &args, Kind::ByteArray, $name)
                    }
                    on_bytearray as NativeFn
                },
            ),)*]
        }
    };
}

shared! {
    "decode" => m_decode;
    "hex" => m_hex;
    "join" => m_join;
    "split" => m_split;
    "rsplit" => m_rsplit;
    "splitlines" => m_splitlines;
    "partition" => m_partition;
    "rpartition" => m_rpartition;
    "strip" => m_strip;
    "lstrip" => m_strip;
    "rstrip" => m_strip;
    "replace" => m_replace;
    "removeprefix" => m_remove_affix;
    "removesuffix" => m_remove_affix;
    "find" => m_find;
    "rfind" => m_find;
    "index" => m_find;
    "rindex" => m_find;
    "count" => m_count;
    "startswith" => m_affix;
    "endswith" => m_affix;
    "upper" => m_case;
    "lower" => m_case;
    "swapcase" => m_case;
    "capitalize" => m_case;
    "title" => m_case;
    "isalnum" => m_is;
    "isalpha" => m_is;
    "isascii" => m_is;
    "isdigit" => m_is;
    "islower" => m_is;
    "isspace" => m_is;
    "istitle" => m_is;
    "isupper" => m_is;
    "center" => m_pad;
    "ljust" => m_pad;
    "rjust" => m_pad;
    "zfill" => m_zfill;
    "expandtabs" => m_expandtabs;
    "translate" => m_translate;
    "__len__" => m_len;
    "__getitem__" => m_getitem;
    "__contains__" => m_contains;
    "__iter__" => m_iter;
    "__add__" => m_add;
    "__mul__" => m_mul;
    "__rmul__" => m_mul;
    "__mod__" => m_mod;
    "__rmod__" => m_rmod;
    "__eq__" => m_compare;
    "__ne__" => m_compare;
    "__lt__" => m_compare;
    "__le__" => m_compare;
    "__gt__" => m_compare;
    "__ge__" => m_compare;
    "__repr__" => m_repr;
    "__str__" => m_repr;
}

// ----- receivers, results and arguments -----

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Bytes,
    ByteArray,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
        }
    }

    fn make(self, data: Vec<u8>) -> Value {
        match self {
            Kind::Bytes => Value::obj(Payload::Bytes(data.into())),
            Kind::ByteArray => Value::obj(Payload::ByteArray(PyCell::new(data))),
        }
    }
}

/// The receiver's bytes (borrowed for bytes, a snapshot for bytearray).
fn this<'a>(vm: &Vm, args: &'a Args, kind: Kind, name: &str) -> PyResult<Cow<'a, [u8]>> {
    match (args.pos.first().and_then(|v| v.builtin_payload()), kind) {
        (Some(Object::Bytes(b)), Kind::Bytes) => Ok(Cow::Borrowed(b)),
        (Some(Object::ByteArray(b)), Kind::ByteArray) => Ok(Cow::Owned(b.get())),
        _ => Err(bad_self(vm, args, kind.name(), name)),
    }
}

/// The receiver of a bytearray-only method: its buffer.
fn this_array<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a PyCell<Vec<u8>>> {
    match args.pos.first().and_then(|v| v.builtin_payload()) {
        Some(Object::ByteArray(b)) => Ok(b),
        _ => Err(bad_self(vm, args, "bytearray", name)),
    }
}

/// The builtin bytes/bytearray value behind a receiver (itself, or a subclass instance's base).
fn base_value(v: &Value) -> Value {
    match v.as_object() {
        Some(Object::Instance(i)) => i.base_value().cloned().unwrap_or_else(|| v.clone()),
        _ => v.clone(),
    }
}

fn memory_error(vm: &Vm) -> PyErr {
    vm.new_exception_args(&vm.types.exc.memory_error, vec![])
}

fn check_len(vm: &Vm, n: u128) -> PyResult<()> {
    if n > MAX_LEN as u128 {
        return Err(memory_error(vm));
    }
    Ok(())
}

/// A bytes-like argument, or TypeError `a bytes-like object is required, not 'T'`.
fn buffer_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match vm.bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

/// A byte value (an int in range(256)).
fn byte_arg(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = match int::as_i64(v) {
        Some(n) => n,
        None if int::is_int(v) => -1,
        None => crate::objects::int_type::index_bigint(vm, v)
            .map(|b| num_traits::ToPrimitive::to_i64(&b).unwrap_or(-1))?,
    };
    if (0..256).contains(&n) {
        Ok(n as u8)
    } else {
        Err(vm.value_error("byte must be in range(0, 256)"))
    }
}

/// A `sub` argument of find/count/index: an int in range(256) or a bytes-like object.
fn sub_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = vm.bytes_like(v) {
        return Ok(b);
    }
    if int::is_int(v) {
        return byte_arg(vm, v).map(|b| vec![b]);
    }
    if let Some(r) = vm.call_special_opt(v, "__index__", vec![])? {
        if !int::is_int(&r) {
            let t = vm.type_name(&r);
            return Err(vm.type_error(format!("__index__ returned non-int (type {t})")));
        }
        return byte_arg(vm, &r).map(|b| vec![b]);
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{t}'"
    )))
}

/// An int clamped to the i64 range (CPython clamps slice indices to Py_ssize_t).
fn clamped(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    if let Some(i) = int::as_i64(v) {
        return Ok(Some(i));
    }
    let b = if int::is_int(v) {
        int::as_bigint(v)
            .map(|b| b.into_owned())
            .unwrap_or_default()
    } else {
        match vm.call_special_opt(v, "__index__", vec![])? {
            Some(r) if int::is_int(&r) => int::as_bigint(&r)
                .map(|b| b.into_owned())
                .unwrap_or_default(),
            Some(r) => {
                let t = vm.type_name(&r);
                return Err(vm.type_error(format!("__index__ returned non-int (type {t})")));
            }
            None => return Ok(None),
        }
    };
    Ok(Some(num_traits::ToPrimitive::to_i64(&b).unwrap_or(
        if num_traits::Signed::is_negative(&b) {
            i64::MIN
        } else {
            i64::MAX
        },
    )))
}

/// A sequence index: None when `v` is not an integer; IndexError when it does not fit.
fn item_index(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    if let Some(i) = int::as_i64(v) {
        return Ok(Some(i));
    }
    let is_index = int::is_int(v) || {
        let t = vm.type_of(v);
        matches!(v.as_object(), Some(Object::Instance(_)))
            && vm.class_lookup_str(&t, "__index__").is_some()
    };
    if !is_index {
        return Ok(None);
    }
    let b = crate::objects::int_type::index_bigint(vm, v)?;
    match num_traits::ToPrimitive::to_i64(&b) {
        Some(i) => Ok(Some(i)),
        None => Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
    }
}

/// A `start`/`end` argument: None, an int, or an object with `__index__`.
fn slice_index(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    let Some(v) = v else { return Ok(default) };
    if v.is_none() {
        return Ok(default);
    }
    match clamped(vm, v)? {
        Some(i) => Ok(i),
        None => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// CPython's ADJUST_INDICES.
fn adjust(start: i64, end: i64, len: i64) -> (i64, i64) {
    let end = if end > len {
        len
    } else if end < 0 {
        (end + len).max(0)
    } else {
        end
    };
    let start = if start < 0 {
        (start + len).max(0)
    } else {
        start
    };
    (start, end)
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    if needle.len() == 1 {
        return hay.iter().position(|&c| c == needle[0]);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn count_sub(hay: &[u8], needle: &[u8], limit: usize) -> usize {
    if needle.is_empty() {
        return (hay.len() + 1).min(limit);
    }
    let mut n = 0;
    let mut i = 0;
    while n < limit {
        match find_sub(&hay[i..], needle) {
            Some(j) => {
                n += 1;
                i += j + needle.len();
            }
            None => break,
        }
    }
    n
}

fn list_of(vm: &Vm, kind: Kind, parts: Vec<Vec<u8>>) -> Value {
    vm.new_list(parts.into_iter().map(|p| kind.make(p)).collect())
}

// ----- constructors -----

/// Reads `source`, `encoding` and `errors` of bytes()/bytearray().
fn ctor_args(vm: &Vm, args: &Args, what: &str) -> PyResult<[Option<Value>; 3]> {
    let pos = rest(args);
    let total = pos.len() + args.kw.len();
    if total > 3 {
        return Err(vm.type_error(format!(
            "{what}() takes at most 3 arguments ({total} given)"
        )));
    }
    let mut out: [Option<Value>; 3] = [
        pos.first().cloned(),
        pos.get(1).cloned(),
        pos.get(2).cloned(),
    ];
    for (k, v) in &args.kw {
        let key = k.as_str().map_or("", |s| s.as_str());
        let i = match key {
            "source" => 0,
            "encoding" => 1,
            "errors" => 2,
            _ => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {what}()"
                )))
            }
        };
        if out[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for {what}() given by name ('{key}') and position ({})",
                i + 1
            )));
        }
        out[i] = Some(v.clone());
    }
    Ok(out)
}

/// The bytes a bytes()/bytearray() constructor call stands for.
fn bytes_from_args(vm: &mut Vm, args: &Args, what: &str) -> PyResult<Vec<u8>> {
    let [src, encoding, errors] = ctor_args(vm, args, what)?;
    for (v, name) in [(&encoding, "encoding"), (&errors, "errors")] {
        if let Some(v) = v {
            if v.as_str().is_none() {
                let t = vm.type_name(v);
                return Err(
                    vm.type_error(format!("{what}() argument '{name}' must be str, not {t}"))
                );
            }
        }
    }
    let Some(src) = src else {
        if encoding.is_some() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(vm.type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = src.as_str() {
        let Some(enc) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let enc = enc
            .as_str()
            .map_or(String::new(), |e| e.as_str().to_string());
        let errors = errors.and_then(|e| e.as_str().map(|e| e.as_str().to_string()));
        let text = s.as_str().to_string();
        return encode_str(vm, &text, &enc, errors.as_deref().unwrap_or("strict"));
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if what == "bytes" {
        if let Some(r) = vm.call_special_opt(&src, "__bytes__", vec![])? {
            return bytes_result(vm, &r);
        }
    }
    if let Some(b) = vm.bytes_like(&src) {
        return Ok(b);
    }
    let is_index = int::is_int(&src)
        || (matches!(src.as_object(), Some(Object::Instance(_))) && {
            let t = vm.type_of(&src);
            vm.class_lookup_str(&t, "__index__").is_some()
        });
    if is_index {
        let n = ssize_arg(vm, &src).map_err(|e| {
            if vm.err_matches(&e, &vm.types.exc.overflow_error.clone()) {
                vm.overflow_error("cannot fit 'int' into an index-sized integer")
            } else {
                e
            }
        })?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        check_len(vm, n as u128)?;
        return Ok(vec![0; n as usize]);
    }
    iterable_bytes(vm, &src, what)
}

/// The result of a `__bytes__` call, which must be bytes.
fn bytes_result(vm: &Vm, r: &Value) -> PyResult<Vec<u8>> {
    match r.builtin_payload() {
        Some(Object::Bytes(b)) => Ok(b.to_vec()),
        _ => {
            let t = vm.type_name(r);
            Err(vm.type_error(format!("__bytes__ returned non-bytes (type {t})")))
        }
    }
}

/// The ints of an iterable as bytes.
fn iterable_bytes(vm: &mut Vm, src: &Value, what: &str) -> PyResult<Vec<u8>> {
    if src.as_str().is_some() || !vm.is_iterable(src) {
        let t = vm.type_name(src);
        return Err(vm.type_error(format!("cannot convert '{t}' object to {what}")));
    }
    let it = vm.get_iter(src)?;
    let mut out = Vec::new();
    while let Some(item) = vm.iter_next(&it)? {
        match byte_arg(vm, &item) {
            Ok(b) => out.push(b),
            Err(e) if what == "bytes" && vm.err_matches(&e, &vm.types.exc.value_error) => {
                return Err(vm.value_error("bytes must be in range(0, 256)"))
            }
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

/// `bytes(x)` for one object (CPython's PyObject_Bytes): bytes-like objects, `__bytes__`,
/// iterables of ints. Used by int.from_bytes.
pub(crate) fn bytes_from_object(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(Object::Bytes(b)) = v.as_object() {
        return Ok(b.to_vec());
    }
    if let Some(r) = vm.call_special_opt(v, "__bytes__", vec![])? {
        return bytes_result(vm, &r);
    }
    if let Some(b) = vm.bytes_like(v) {
        return Ok(b);
    }
    iterable_bytes(vm, v, "bytes")
}

/// Wraps a new builtin value for a subclass.
fn for_class(vm: &mut Vm, cls: &Value, exact: &ObjRef, value: Value) -> Value {
    match cls.as_obj() {
        Some(c) if !crate::value::ObjRef::ptr_eq(c, exact) => new_instance(vm, c, value),
        _ => value,
    }
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or_default();
    let data = bytes_from_args(vm, &args, "bytes")?;
    let exact = vm.types.bytes.clone();
    Ok(for_class(
        vm,
        &cls,
        &exact,
        Value::obj(Payload::Bytes(data.into())),
    ))
}

/// bytearray.__new__ makes an empty bytearray; `__init__` fills it (as in CPython).
fn bytearray_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or_default();
    let exact = vm.types.bytearray.clone();
    Ok(for_class(
        vm,
        &cls,
        &exact,
        Value::obj(Payload::ByteArray(PyCell::new(Vec::new()))),
    ))
}

fn bytearray_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = this_array(vm, &args, "__init__")?;
    let data = bytes_from_args(vm, &args, "bytearray")?;
    let old = cell.replace(data);
    drop(old);
    Ok(Value::None)
}

// ----- repr -----

/// CPython's repr of bytes: b'...' with escapes, choosing quotes like str.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote as u8 => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

fn m_repr(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?;
    check_shape(vm, args, kind.name(), name, Shape::Slot(0))?;
    let r = bytes_repr(&data);
    let s = match kind {
        Kind::Bytes => r,
        Kind::ByteArray => format!("{}({r})", vm.type_name(&args.pos[0])),
    };
    Ok(vm.new_str(s))
}

// ----- codecs (vm/src/codecs.rs) -----

/// Decodes bytes (str(b, enc), b.decode()).
pub(crate) fn decode_bytes(vm: &Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = crate::codecs::lookup_or_error(vm, encoding)?;
    crate::codecs::decode(vm, codec, data, errors)
}

/// Encodes a str (bytes(s, encoding, errors)).
pub(crate) fn encode_str(vm: &Vm, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = crate::codecs::lookup_or_error(vm, encoding)?;
    crate::codecs::encode(vm, codec, text, errors)
}

fn str_param(
    vm: &Vm,
    fname: &str,
    pname: &str,
    v: &Option<Value>,
    default: &str,
) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(v) => match v.as_str() {
            Some(s) => Ok(s.as_str().to_string()),
            None => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!("{fname}() argument '{pname}' must be str, not {t}")))
            }
        },
    }
}

fn m_decode(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?;
    let p = parse_kw(vm, args, "decode", &["encoding", "errors"], 0, 2)?;
    let encoding = str_param(vm, "decode", "encoding", &p[0], "utf-8")?;
    let errors = str_param(vm, "decode", "errors", &p[1], "strict")?;
    let s = decode_bytes(vm, &data, &encoding, &errors)?;
    Ok(vm.new_str(s))
}

// ----- hex -----

fn m_hex(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?;
    let p = parse_kw(vm, args, "hex", &["sep", "bytes_per_sep"], 0, 2)?;
    let per = match &p[1] {
        Some(v) => c_int_arg(vm, v)?,
        None => 1,
    };
    let sep = match &p[0] {
        None => None,
        Some(s) => {
            let bytes = if let Some(t) = s.as_str() {
                if t.char_len() != 1 {
                    return Err(vm.value_error("sep must be length 1."));
                }
                if !t.is_ascii() {
                    return Err(vm.value_error("sep must be ASCII."));
                }
                t.as_str().as_bytes().to_vec()
            } else if let Some(b) = vm.bytes_like(s) {
                if b.len() != 1 {
                    return Err(vm.value_error("sep must be length 1."));
                }
                if b[0] >= 128 {
                    return Err(vm.value_error("sep must be ASCII."));
                }
                b
            } else {
                let n = vm.len(s)?;
                if n != 1 {
                    return Err(vm.value_error("sep must be length 1."));
                }
                let t = vm.type_name(s);
                return Err(vm.type_error(format!("object of type '{t}' has no len()")));
            };
            Some(bytes[0] as char)
        }
    };
    Ok(vm.new_str(hex_string(&data, sep, per)))
}

fn hex_string(data: &[u8], sep: Option<char>, per: i64) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    let n = data.len();
    for (i, &b) in data.iter().enumerate() {
        if let Some(sep) = sep {
            if i > 0 && group > 0 {
                // Groups count from the right for a positive bytes_per_sep, from the left otherwise.
                let boundary = if per > 0 {
                    (n - i).is_multiple_of(group)
                } else {
                    i % group == 0
                };
                if boundary {
                    out.push(sep);
                }
            }
        }
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

fn fromhex_impl(vm: &mut Vm, args: &Args, kind: Kind) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or_default();
    let owner = cls
        .as_obj()
        .map_or_else(|| kind.name().to_string(), crate::vm::class_name);
    check_shape(vm, args, &owner, "fromhex", Shape::One)?;
    let Some(text) = args.pos[1].as_str().map(|s| s.as_str().to_string()) else {
        let t = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {t}")));
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let bad = |vm: &Vm, i: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let Some(hi) = chars[i].to_digit(16).filter(|_| chars[i].is_ascii()) else {
            return Err(bad(vm, i));
        };
        let Some(lo) = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()))
        else {
            return Err(bad(vm, i + 1));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let value = kind.make(out);
    let exact = match kind {
        Kind::Bytes => vm.types.bytes.clone(),
        Kind::ByteArray => vm.types.bytearray.clone(),
    };
    match cls.as_obj() {
        Some(c) if !crate::value::ObjRef::ptr_eq(c, &exact) => vm.call(&cls, Args::new([value])),
        _ => Ok(value),
    }
}

fn bytes_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fromhex_impl(vm, &args, Kind::Bytes)
}

fn bytearray_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fromhex_impl(vm, &args, Kind::ByteArray)
}

// ----- join, split, partition, strip, replace -----

fn m_join(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let sep = this(vm, args, kind, name)?.into_owned();
    check_shape(vm, args, kind.name(), name, Shape::One)?;
    let iterable = &args.pos[1];
    if !vm.is_iterable(iterable) {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = vm.collect(iterable)?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match vm.bytes_like(item) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                let t = vm.type_name(item);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {t} found"
                )));
            }
        }
        check_len(vm, out.len() as u128)?;
    }
    Ok(kind.make(out))
}

/// The `sep` and `maxsplit` arguments of split and rsplit.
fn split_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Option<Vec<u8>>, usize)> {
    let p = parse_kw(vm, args, name, &["sep", "maxsplit"], 0, 2)?;
    let sep = match &p[0] {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => {
            let b = buffer_arg(vm, v)?;
            if b.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(b)
        }
    };
    let maxsplit = match &p[1] {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    Ok((sep, limit))
}

fn split_whitespace(data: &[u8], limit: usize) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    let mut i = 0;
    let n = data.len();
    loop {
        while i < n && is_space(data[i]) {
            i += 1;
        }
        if i >= n {
            break;
        }
        if parts.len() >= limit {
            parts.push(data[i..].to_vec());
            break;
        }
        let start = i;
        while i < n && !is_space(data[i]) {
            i += 1;
        }
        parts.push(data[start..i].to_vec());
    }
    parts
}

fn rsplit_whitespace(data: &[u8], limit: usize) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    let mut end = data.len();
    loop {
        while end > 0 && is_space(data[end - 1]) {
            end -= 1;
        }
        if end == 0 {
            break;
        }
        if parts.len() >= limit {
            parts.push(data[..end].to_vec());
            break;
        }
        let stop = end;
        while end > 0 && !is_space(data[end - 1]) {
            end -= 1;
        }
        parts.push(data[end..stop].to_vec());
    }
    parts.reverse();
    parts
}

fn split_sep(data: &[u8], sep: &[u8], limit: usize) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    let mut i = 0;
    while parts.len() < limit {
        match find_sub(&data[i..], sep) {
            Some(j) => {
                parts.push(data[i..i + j].to_vec());
                i += j + sep.len();
            }
            None => break,
        }
    }
    parts.push(data[i..].to_vec());
    parts
}

fn rsplit_sep(data: &[u8], sep: &[u8], limit: usize) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    let mut end = data.len();
    while parts.len() < limit {
        match rfind_sub(&data[..end], sep) {
            Some(j) => {
                parts.push(data[j + sep.len()..end].to_vec());
                end = j;
            }
            None => break,
        }
    }
    parts.push(data[..end].to_vec());
    parts.reverse();
    parts
}

fn m_split(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?;
    let (sep, limit) = split_args(vm, args, name)?;
    let parts = match sep {
        None => split_whitespace(&data, limit),
        Some(sep) => split_sep(&data, &sep, limit),
    };
    Ok(list_of(vm, kind, parts))
}

fn m_rsplit(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?;
    let (sep, limit) = split_args(vm, args, name)?;
    let parts = match sep {
        None => rsplit_whitespace(&data, limit),
        Some(sep) => rsplit_sep(&data, &sep, limit),
    };
    Ok(list_of(vm, kind, parts))
}

fn m_splitlines(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?;
    let p = parse_kw(vm, args, name, &["keepends"], 0, 1)?;
    let keepends = match &p[0] {
        None => false,
        Some(v) if crate::objects::float_type::float_of(v).is_some() => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
        }
        Some(v) => c_int_arg(vm, v)? != 0,
    };
    let mut parts = Vec::new();
    let mut i = 0;
    let n = data.len();
    while i < n {
        let start = i;
        while i < n && data[i] != b'\n' && data[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if data[i] == b'\r' && i + 1 < n && data[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        parts.push(data[start..eol].to_vec());
    }
    Ok(list_of(vm, kind, parts))
}

fn m_partition(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?;
    check_shape(vm, args, kind.name(), name, Shape::One)?;
    let sep = buffer_arg(vm, &args.pos[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let parts = match find_sub(&data, &sep) {
        Some(i) => [
            data[..i].to_vec(),
            sep.clone(),
            data[i + sep.len()..].to_vec(),
        ],
        None => [data.to_vec(), Vec::new(), Vec::new()],
    };
    let items: Vec<Value> = parts.into_iter().map(|p| kind.make(p)).collect();
    Ok(vm.new_tuple(items))
}

fn m_rpartition(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?;
    check_shape(vm, args, kind.name(), name, Shape::One)?;
    let sep = buffer_arg(vm, &args.pos[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let parts = match rfind_sub(&data, &sep) {
        Some(i) => [
            data[..i].to_vec(),
            sep.clone(),
            data[i + sep.len()..].to_vec(),
        ],
        None => [Vec::new(), Vec::new(), data.to_vec()],
    };
    let items: Vec<Value> = parts.into_iter().map(|p| kind.make(p)).collect();
    Ok(vm.new_tuple(items))
}

fn m_strip(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?;
    check_shape(vm, args, kind.name(), name, Shape::Clinic(0, 1))?;
    let chars = match args.pos.get(1) {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(buffer_arg(vm, v)?),
    };
    let strip = |c: u8| match &chars {
        None => is_space(c),
        Some(set) => set.contains(&c),
    };
    let (left, right) = match name {
        "lstrip" => (true, false),
        "rstrip" => (false, true),
        _ => (true, true),
    };
    let mut start = 0;
    let mut end = data.len();
    if left {
        while start < end && strip(data[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(data[end - 1]) {
            end -= 1;
        }
    }
    Ok(kind.make(data[start..end].to_vec()))
}

fn m_replace(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?;
    check_shape(vm, args, kind.name(), name, Shape::Clinic(2, 3))?;
    let old = buffer_arg(vm, &args.pos[1])?;
    let new = buffer_arg(vm, &args.pos[2])?;
    let count = match args.pos.get(3) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let n = count_sub(&data, &old, limit);
    if n == 0 {
        return Ok(kind.make(data.to_vec()));
    }
    let size = data.len() as u128 + n as u128 * new.len() as u128;
    check_len(vm, size.saturating_sub(n as u128 * old.len() as u128))?;
    let mut out = Vec::with_capacity(size as usize);
    if old.is_empty() {
        for (i, &b) in data.iter().enumerate() {
            if i < n {
                out.extend_from_slice(&new);
            }
            out.push(b);
        }
        if n > data.len() {
            out.extend_from_slice(&new);
        }
        return Ok(kind.make(out));
    }
    let mut i = 0;
    for _ in 0..n {
        match find_sub(&data[i..], &old) {
            Some(j) => {
                out.extend_from_slice(&data[i..i + j]);
                out.extend_from_slice(&new);
                i += j + old.len();
            }
            None => break,
        }
    }
    out.extend_from_slice(&data[i..]);
    Ok(kind.make(out))
}

fn m_remove_affix(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?;
    check_shape(vm, args, kind.name(), name, Shape::One)?;
    let affix = buffer_arg(vm, &args.pos[1])?;
    let out = if name == "removeprefix" {
        data.strip_prefix(affix.as_slice()).unwrap_or(&data)
    } else {
        data.strip_suffix(affix.as_slice()).unwrap_or(&data)
    };
    Ok(kind.make(out.to_vec()))
}

// ----- searching -----

/// The `sub[, start[, end]]` arguments, with the window they select.
fn find_args(
    vm: &mut Vm,
    args: &Args,
    kind: Kind,
    name: &str,
) -> PyResult<(Vec<u8>, Vec<u8>, i64, i64)> {
    let data = this(vm, args, kind, name)?.into_owned();
    check_shape(vm, args, kind.name(), name, Shape::Old(1, 3))?;
    let sub = sub_arg(vm, &args.pos[1])?;
    let start = slice_index(vm, args.pos.get(2), 0)?;
    let end = slice_index(vm, args.pos.get(3), i64::MAX)?;
    let (start, end) = adjust(start, end, data.len() as i64);
    Ok((data, sub, start, end))
}

fn m_find(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let (data, sub, start, end) = find_args(vm, args, kind, name)?;
    let reverse = name.starts_with('r');
    let found = if end - start < sub.len() as i64 {
        None
    } else {
        let window = &data[start as usize..end as usize];
        let r = if reverse {
            rfind_sub(window, &sub)
        } else {
            find_sub(window, &sub)
        };
        r.map(|i| i as i64 + start)
    };
    match found {
        Some(i) => Ok(Value::Int(i)),
        None if name.ends_with("index") => Err(vm.value_error("subsection not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn m_count(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let (data, sub, start, end) = find_args(vm, args, kind, name)?;
    if end - start < sub.len() as i64 {
        return Ok(Value::Int(0));
    }
    let n = count_sub(&data[start as usize..end as usize], &sub, usize::MAX);
    Ok(Value::Int(n as i64))
}

/// CPython's tailmatch for startswith (`suffix` false) and endswith.
fn tailmatch(data: &[u8], sub: &[u8], start: i64, end: i64, suffix: bool) -> bool {
    let (mut start, end) = adjust(start, end, data.len() as i64);
    let len = data.len() as i64;
    let slen = sub.len() as i64;
    if !suffix {
        if start > len - slen {
            return false;
        }
    } else {
        if end - start < slen || start > len {
            return false;
        }
        if end - slen > start {
            start = end - slen;
        }
    }
    if end - start < slen {
        return false;
    }
    &data[start as usize..(start + slen) as usize] == sub
}

fn m_affix(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?;
    check_shape(vm, args, kind.name(), name, Shape::Old(1, 3))?;
    let start = slice_index(vm, args.pos.get(2), 0)?;
    let end = slice_index(vm, args.pos.get(3), i64::MAX)?;
    let suffix = name == "endswith";
    let what = &args.pos[1];
    if let Some(items) = what.as_tuple() {
        for item in items {
            let sub = buffer_arg(vm, item)?;
            if tailmatch(&data, &sub, start, end, suffix) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    match vm.bytes_like(what) {
        Some(sub) => Ok(Value::Bool(tailmatch(&data, &sub, start, end, suffix))),
        None => {
            let t = vm.type_name(what);
            Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {t}"
            )))
        }
    }
}

// ----- case and classification (ASCII only) -----

fn m_case(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?;
    check_shape(vm, args, kind.name(), name, Shape::NoArgs)?;
    let out: Vec<u8> = match name {
        "upper" => data.to_ascii_uppercase(),
        "lower" => data.to_ascii_lowercase(),
        "swapcase" => data
            .iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect(),
        "capitalize" => data
            .iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect(),
        _ => {
            let mut prev_cased = false;
            data.iter()
                .map(|&c| {
                    let r = if prev_cased {
                        c.to_ascii_lowercase()
                    } else {
                        c.to_ascii_uppercase()
                    };
                    prev_cased = c.is_ascii_alphabetic();
                    r
                })
                .collect()
        }
    };
    Ok(kind.make(out))
}

fn m_is(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?;
    check_shape(vm, args, kind.name(), name, Shape::NoArgs)?;
    let all = |f: fn(&u8) -> bool| !data.is_empty() && data.iter().all(f);
    let r = match name {
        "isalnum" => all(u8::is_ascii_alphanumeric),
        "isalpha" => all(u8::is_ascii_alphabetic),
        "isascii" => data.is_ascii(),
        "isdigit" => all(u8::is_ascii_digit),
        "isspace" => all(|c| is_space(*c)),
        "islower" => {
            data.iter().any(u8::is_ascii_lowercase) && !data.iter().any(u8::is_ascii_uppercase)
        }
        "isupper" => {
            data.iter().any(u8::is_ascii_uppercase) && !data.iter().any(u8::is_ascii_lowercase)
        }
        _ => {
            // istitle: uppercase only after uncased bytes, lowercase only after cased ones.
            let mut prev_cased = false;
            let mut cased = false;
            let mut ok = true;
            for &c in data.iter() {
                if c.is_ascii_uppercase() {
                    if prev_cased {
                        ok = false;
                        break;
                    }
                    prev_cased = true;
                    cased = true;
                } else if c.is_ascii_lowercase() {
                    if !prev_cased {
                        ok = false;
                        break;
                    }
                    prev_cased = true;
                    cased = true;
                } else {
                    prev_cased = false;
                }
            }
            ok && cased
        }
    };
    Ok(Value::Bool(r))
}

// ----- padding -----

fn m_pad(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?;
    check_shape(vm, args, kind.name(), name, Shape::Clinic(1, 2))?;
    let width = ssize_arg(vm, &args.pos[1])?;
    let fill = match args.pos.get(2) {
        None => b' ',
        Some(v) => match vm.bytes_like(v) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {t}"
                )));
            }
        },
    };
    let len = data.len() as i64;
    if width <= len {
        return Ok(kind.make(data.to_vec()));
    }
    check_len(vm, width as u128)?;
    let marg = (width - len) as usize;
    let left = match name {
        "ljust" => 0,
        "rjust" => marg,
        _ => marg / 2 + (marg & width as usize & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&data);
    out.resize(width as usize, fill);
    Ok(kind.make(out))
}

fn m_zfill(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?;
    check_shape(vm, args, kind.name(), name, Shape::One)?;
    let width = ssize_arg(vm, &args.pos[1])?;
    let len = data.len() as i64;
    if width <= len {
        return Ok(kind.make(data.to_vec()));
    }
    check_len(vm, width as u128)?;
    let fill = (width - len) as usize;
    let mut out = vec![b'0'; fill];
    out.extend_from_slice(&data);
    if matches!(data.first(), Some(b'+' | b'-')) {
        out[0] = data[0];
        out[fill] = b'0';
    }
    Ok(kind.make(out))
}

fn m_expandtabs(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?;
    let p = parse_kw(vm, args, name, &["tabsize"], 0, 1)?;
    let tabsize = match &p[0] {
        Some(v) => c_int_arg(vm, v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(data.len());
    let mut col: i64 = 0;
    for &c in data.iter() {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    check_len(vm, out.len() as u128 + n as u128)?;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(kind.make(out))
}

// ----- translate -----

fn bytes_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("maketrans() takes no keyword arguments"));
    }
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let from = buffer_arg(vm, &args.pos[0])?;
    let to = buffer_arg(vm, &args.pos[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(Value::obj(Payload::Bytes(table.into())))
}

fn m_translate(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?;
    // `table` is positional-only.
    if rest(args).is_empty() {
        return Err(vm.type_error(format!(
            "{name}() takes at least 1 positional argument (0 given)"
        )));
    }
    let p = parse_kw(vm, args, name, &["", "delete"], 1, 2)?;
    let table = match &p[0] {
        Some(v) if !v.is_none() => {
            let t = buffer_arg(vm, v)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        _ => None,
    };
    let delete = match &p[1] {
        Some(v) => buffer_arg(vm, v)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = data
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(kind.make(out))
}

// ----- sequence protocol dunders -----

fn m_len(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?;
    check_shape(vm, args, kind.name(), name, Shape::Slot(0))?;
    Ok(Value::Int(data.len() as i64))
}

fn m_getitem(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?;
    check_shape(vm, args, kind.name(), name, Shape::Slot(1))?;
    let key = &args.pos[1];
    if let Some(Object::Slice(s)) = key.as_object() {
        let r = vm.slice_range(s, data.len())?;
        let out: Vec<u8> = r.indices().filter_map(|i| data.get(i).copied()).collect();
        return Ok(kind.make(out));
    }
    let (what, range_msg) = match kind {
        Kind::Bytes => ("byte", "index out of range"),
        Kind::ByteArray => ("bytearray", "bytearray index out of range"),
    };
    let Some(i) = item_index(vm, key)? else {
        let t = vm.type_name(key);
        return Err(vm.type_error(format!(
            "{what} indices must be integers or slices, not {t}"
        )));
    };
    let len = data.len() as i64;
    let j = if i < 0 { i.saturating_add(len) } else { i };
    match usize::try_from(j).ok().and_then(|j| data.get(j)) {
        Some(&b) => Ok(Value::Int(b as i64)),
        None => Err(vm.index_error(range_msg)),
    }
}

fn m_contains(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    this(vm, args, kind, name)?;
    check_shape(vm, args, kind.name(), name, Shape::Slot(1))?;
    let base = base_value(&args.pos[0]);
    vm.contains(&base, &args.pos[1]).map(Value::Bool)
}

fn m_iter(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    this(vm, args, kind, name)?;
    check_shape(vm, args, kind.name(), name, Shape::Slot(0))?;
    let base = base_value(&args.pos[0]);
    vm.get_iter(&base)
}

fn m_add(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?;
    check_shape(vm, args, kind.name(), name, Shape::Slot(1))?;
    let other = &args.pos[1];
    match vm.bytes_like(other) {
        Some(b) => {
            check_len(vm, data.len() as u128 + b.len() as u128)?;
            let mut out = data.into_owned();
            out.extend_from_slice(&b);
            Ok(kind.make(out))
        }
        None => {
            let t = vm.type_name(other);
            let me = vm.type_name(&args.pos[0]);
            Err(vm.type_error(format!("can't concat {t} to {me}")))
        }
    }
}

/// A repeat count: an int (or `__index__`), negative meaning zero.
fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let b = crate::objects::int_type::index_bigint(vm, v)?;
    if num_traits::Signed::is_negative(&b) {
        return Ok(0);
    }
    match num_traits::ToPrimitive::to_usize(&b) {
        Some(n) => Ok(n),
        None => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

fn repeat(vm: &Vm, data: &[u8], n: usize) -> PyResult<Vec<u8>> {
    check_len(vm, data.len() as u128 * n as u128)?;
    Ok(data.repeat(n))
}

fn m_mul(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?.into_owned();
    check_shape(vm, args, kind.name(), name, Shape::SlotRange(1, 1))?;
    let n = repeat_count(vm, &args.pos[1])?;
    let out = repeat(vm, &data, n)?;
    Ok(kind.make(out))
}

fn m_compare(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?;
    check_shape(vm, args, kind.name(), name, Shape::Slot(1))?;
    let other = &args.pos[1];
    // bytes compares only with bytes; bytearray with any bytes-like object.
    let theirs = match (kind, other.builtin_payload()) {
        (Kind::Bytes, Some(Object::Bytes(b))) => b.to_vec(),
        (Kind::ByteArray, _) => match vm.bytes_like(other) {
            Some(b) => b,
            None => return Ok(vm.not_implemented.clone()),
        },
        _ => return Ok(vm.not_implemented.clone()),
    };
    let o = data.as_ref().cmp(theirs.as_slice());
    let op = match name {
        "__eq__" => pyvm_compiler::bytecode::CmpOp::Eq,
        "__ne__" => pyvm_compiler::bytecode::CmpOp::Ne,
        "__lt__" => pyvm_compiler::bytecode::CmpOp::Lt,
        "__le__" => pyvm_compiler::bytecode::CmpOp::Le,
        "__gt__" => pyvm_compiler::bytecode::CmpOp::Gt,
        _ => pyvm_compiler::bytecode::CmpOp::Ge,
    };
    Ok(Value::Bool(crate::objects::int_type::ordering_matches(
        o, op,
    )))
}

fn bytes_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this(vm, &args, Kind::Bytes, "__hash__")?;
    check_shape(vm, &args, "bytes", "__hash__", Shape::Slot(0))?;
    Ok(Value::Int(crate::numeric::hash_bytes(&data)))
}

fn bytes_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this(vm, &args, Kind::Bytes, "__getnewargs__")?.into_owned();
    check_shape(vm, &args, "bytes", "__getnewargs__", Shape::NoArgs)?;
    Ok(vm.new_tuple(vec![Kind::Bytes.make(data)]))
}

fn bytes_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, Kind::Bytes, "__bytes__")?;
    check_shape(vm, &args, "bytes", "__bytes__", Shape::NoArgs)?;
    let v = &args.pos[0];
    match v.as_object() {
        Some(Object::Bytes(_)) => Ok(v.clone()),
        _ => Ok(base_value(v)),
    }
}

// ----- % formatting -----

fn m_mod(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    let data = this(vm, args, kind, name)?.into_owned();
    check_shape(vm, args, kind.name(), name, Shape::Slot(1))?;
    let out = bytes_percent_format(vm, &data, &args.pos[1])?;
    Ok(kind.make(out))
}

fn m_rmod(vm: &mut Vm, args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    this(vm, args, kind, name)?;
    check_shape(vm, args, kind.name(), name, Shape::Slot(1))?;
    let other = &args.pos[1];
    let other_kind = match other.builtin_payload() {
        Some(Object::Bytes(_)) => Kind::Bytes,
        Some(Object::ByteArray(_)) => Kind::ByteArray,
        _ => return Ok(vm.not_implemented.clone()),
    };
    let fmt = vm.bytes_like(other).unwrap_or_default();
    let out = bytes_percent_format(vm, &fmt, &args.pos[0])?;
    Ok(other_kind.make(out))
}

/// `fmt % args` for bytes and bytearray (PEP 461).
pub(crate) fn bytes_percent_format(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let is_tuple = args.as_tuple().is_some();
    let is_mapping = !is_tuple
        && !matches!(
            args.builtin_payload(),
            Some(Object::Bytes(_) | Object::Str(_))
        )
        && (args.as_dict().is_some()
            || matches!(args.builtin_payload(), Some(Object::ByteArray(_)))
            || (matches!(args.as_object(), Some(Object::Instance(_))) && {
                let t = vm.type_of(args);
                vm.class_lookup_str(&t, "__getitem__").is_some()
            }));
    let items: Vec<Value> = match args.as_tuple() {
        Some(t) => t.to_vec(),
        None => vec![args.clone()],
    };
    let mut next = 0usize;
    let mut out = Vec::with_capacity(fmt.len() + 16);
    let mut i = 0;
    while i < fmt.len() {
        let c = fmt[i];
        if c != b'%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let spec_start = i;
        let mut mapped: Option<Value> = None;
        if i < fmt.len() && fmt[i] == b'(' {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < fmt.len() && depth > 0 {
                match fmt[i] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            if !is_mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            let key = Value::obj(Payload::Bytes(fmt[start..i - 1].to_vec().into()));
            mapped = Some(vm.get_item(args, &key)?);
        }
        let mut take = |vm: &mut Vm| -> PyResult<Value> {
            if let Some(v) = mapped.take() {
                return Ok(v);
            }
            if is_mapping && !is_tuple {
                next += 1;
                return Ok(args.clone());
            }
            if next >= items.len() {
                return Err(vm.type_error("not enough arguments for format string"));
            }
            next += 1;
            Ok(items[next - 1].clone())
        };
        let mut flags = String::new();
        while i < fmt.len() && b"-+ #0".contains(&fmt[i]) {
            flags.push(fmt[i] as char);
            i += 1;
        }
        let mut width: Option<i64> = None;
        if i < fmt.len() && fmt[i] == b'*' {
            let w = take(vm)?;
            if !int::is_int(&w) {
                return Err(vm.type_error("* wants int"));
            }
            let Some(w) = int::as_i64(&w) else {
                return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
            };
            if w < 0 {
                flags.push('-');
            }
            width = Some(w.saturating_abs());
            i += 1;
        } else {
            let mut w: i64 = 0;
            let mut any = false;
            while i < fmt.len() && fmt[i].is_ascii_digit() {
                w = match w
                    .checked_mul(10)
                    .and_then(|w| w.checked_add((fmt[i] - b'0') as i64))
                {
                    Some(w) => w,
                    None => return Err(vm.value_error("width too big")),
                };
                any = true;
                i += 1;
            }
            if any {
                width = Some(w);
            }
        }
        let mut precision: Option<i64> = None;
        if i < fmt.len() && fmt[i] == b'.' {
            i += 1;
            if i < fmt.len() && fmt[i] == b'*' {
                let p = take(vm)?;
                if !int::is_int(&p) {
                    return Err(vm.type_error("* wants int"));
                }
                let Some(p) = int::as_i64(&p).filter(|p| i32::try_from(*p).is_ok()) else {
                    return Err(vm.overflow_error("Python int too large to convert to C int"));
                };
                precision = Some(p.max(0));
                i += 1;
            } else {
                let mut p: i64 = 0;
                while i < fmt.len() && fmt[i].is_ascii_digit() {
                    p = p * 10 + (fmt[i] - b'0') as i64;
                    if p > i32::MAX as i64 {
                        return Err(vm.value_error("precision too big"));
                    }
                    i += 1;
                }
                precision = Some(p);
            }
        }
        // Results this large could not be allocated (CPython raises MemoryError too).
        if width.unwrap_or(0) > MAX_FORMAT_WIDTH || precision.unwrap_or(0) > MAX_FORMAT_WIDTH {
            return Err(memory_error(vm));
        }
        while i < fmt.len() && matches!(fmt[i], b'h' | b'l' | b'L') {
            i += 1;
        }
        let Some(&ty) = fmt.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        i += 1;
        if ty == b'%' {
            out.push(b'%');
            continue;
        }
        let _ = spec_start;
        let left = flags.contains('-');
        let body: Vec<u8> = match ty {
            b's' | b'b' => {
                let v = take(vm)?;
                let mut b = if let Some(b) = vm.bytes_like(&v) {
                    b
                } else if let Some(r) = vm.call_special_opt(&v, "__bytes__", vec![])? {
                    bytes_result(vm, &r)?
                } else {
                    let t = vm.type_name(&v);
                    return Err(vm.type_error(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{t}'"
                    )));
                };
                if let Some(p) = precision {
                    b.truncate(p as usize);
                }
                b
            }
            b'r' | b'a' => {
                let v = take(vm)?;
                let mut b = vm.ascii(&v)?.into_bytes();
                if let Some(p) = precision {
                    b.truncate(p as usize);
                }
                b
            }
            b'c' => {
                let v = take(vm)?;
                if let Some(b) = vm.bytes_like(&v) {
                    if b.len() != 1 {
                        return Err(
                            vm.type_error("%c requires an integer in range(256) or a single byte")
                        );
                    }
                    b
                } else if int::is_int(&v) {
                    match int::as_i64(&v) {
                        Some(n) if (0..256).contains(&n) => vec![n as u8],
                        _ => return Err(vm.overflow_error("%c arg not in range(256)")),
                    }
                } else {
                    return Err(
                        vm.type_error("%c requires an integer in range(256) or a single byte")
                    );
                }
            }
            b'd' | b'i' | b'u' | b'o' | b'x' | b'X' | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let v = take(vm)?;
                // Numbers format exactly as in str % args: reuse it for this one conversion.
                let mut spec = format!("%{flags}");
                if let Some(w) = width {
                    spec.push_str(&w.to_string());
                }
                if let Some(p) = precision {
                    spec.push_str(&format!(".{p}"));
                }
                spec.push(ty as char);
                let f = vm.new_str(spec);
                let a = vm.new_tuple(vec![v]);
                let r = crate::objects::strformat::percent_format(vm, &f, &a)?;
                out.extend_from_slice(r.as_str().map_or("", |s| s.as_str()).as_bytes());
                continue;
            }
            _ => {
                let shown = if ty < 128 {
                    (ty as char).to_string()
                } else {
                    "?".to_string()
                };
                return Err(vm.value_error(format!(
                    "unsupported format character '{shown}' (0x{ty:x}) at index {}",
                    i - 1
                )));
            }
        };
        let w = width.unwrap_or(0).max(0) as usize;
        check_len(vm, (out.len() + w.max(body.len())) as u128)?;
        if body.len() < w && !left {
            out.extend(std::iter::repeat_n(b' ', w - body.len()));
        }
        let blen = body.len();
        out.extend(body);
        if blen < w && left {
            out.extend(std::iter::repeat_n(b' ', w - blen));
        }
    }
    if !is_mapping && next < items.len() {
        return Err(vm.type_error("not all arguments converted during bytes formatting"));
    }
    Ok(out)
}

// ----- entry points for the operator protocols -----

/// `a op b` for a builtin bytes or bytearray `a` and `+`, `*` or `%`; None when it does not
/// apply (the protocol then tries the reflected operation and raises its TypeError).
pub fn bytes_binop(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: pyvm_compiler::bytecode::BinOp,
) -> Option<PyResult<Value>> {
    use pyvm_compiler::bytecode::BinOp;
    let kind = match a.as_object()? {
        Object::Bytes(_) => Kind::Bytes,
        Object::ByteArray(_) => Kind::ByteArray,
        _ => return None,
    };
    let data = vm.bytes_like(a)?;
    let r = match op {
        BinOp::Add => {
            let other = vm.bytes_like(b)?;
            check_len(vm, data.len() as u128 + other.len() as u128).map(|_| {
                let mut out = data;
                out.extend_from_slice(&other);
                kind.make(out)
            })
        }
        BinOp::Multiply => {
            if !int::is_int(b) {
                return None;
            }
            repeat_count(vm, b)
                .and_then(|n| repeat(vm, &data, n))
                .map(|out| kind.make(out))
        }
        BinOp::Remainder => bytes_percent_format(vm, &data, b).map(|out| kind.make(out)),
        _ => return None,
    };
    Some(r)
}

fn byte_view(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v.builtin_payload()? {
        Object::Bytes(x) => Some(Cow::Borrowed(x)),
        Object::ByteArray(x) => Some(Cow::Owned(x.get())),
        _ => None,
    }
}

/// The ordering of two bytes-like values (bytes, bytearray or their subclasses), if both are.
pub fn bytes_compare(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    let (x, y) = (byte_view(a)?, byte_view(b)?);
    Some(x.as_ref().cmp(y.as_ref()))
}

// ----- bytearray only -----

fn bytearray_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = this_array(vm, &args, "append")?;
    check_shape(vm, &args, "bytearray", "append", Shape::One)?;
    let item = &args.pos[1];
    let b = byte_arg(vm, item)?;
    vm.check_resizable(cell)?;
    cell.with_mut(|v| v.push(b));
    Ok(Value::None)
}

fn bytearray_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = this_array(vm, &args, "extend")?;
    check_shape(vm, &args, "bytearray", "extend", Shape::One)?;
    let src = &args.pos[1];
    let data = if let Some(b) = vm.bytes_like(src) {
        b
    } else if src.as_str().is_some() || !vm.is_iterable(src) {
        if src.as_str().is_some() {
            return Err(vm.type_error("'str' object cannot be interpreted as an integer"));
        }
        let t = vm.type_name(src);
        return Err(vm.type_error(format!("can't extend bytearray with {t}")));
    } else {
        iterable_bytes(vm, src, "bytearray")?
    };
    check_len(vm, cell.with(|v| v.len()) as u128 + data.len() as u128)?;
    vm.check_resizable(cell)?;
    cell.with_mut(|v| v.extend_from_slice(&data));
    Ok(Value::None)
}

fn bytearray_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = this_array(vm, &args, "pop")?;
    check_shape(vm, &args, "bytearray", "pop", Shape::Clinic(0, 1))?;
    let index = match args.pos.get(1) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let len = cell.with(|v| v.len()) as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = if index < 0 { index + len } else { index };
    if i < 0 || i >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    vm.check_resizable(cell)?;
    Ok(Value::Int(cell.with_mut(|v| v.remove(i as usize)) as i64))
}

fn bytearray_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = this_array(vm, &args, "insert")?;
    check_shape(vm, &args, "bytearray", "insert", Shape::Clinic(2, 2))?;
    let index = ssize_arg(vm, &args.pos[1])?;
    let item = &args.pos[2];
    let b = byte_arg(vm, item)?;
    let len = cell.with(|v| v.len()) as i64;
    let i = if index < 0 {
        (index + len).max(0)
    } else {
        index.min(len)
    };
    vm.check_resizable(cell)?;
    cell.with_mut(|v| v.insert(i as usize, b));
    Ok(Value::None)
}

fn bytearray_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = this_array(vm, &args, "remove")?;
    check_shape(vm, &args, "bytearray", "remove", Shape::One)?;
    let item = &args.pos[1];
    let b = byte_arg(vm, item)?;
    match cell.with(|v| v.iter().position(|&c| c == b)) {
        Some(i) => {
            vm.check_resizable(cell)?;
            cell.with_mut(|v| v.remove(i));
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn bytearray_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = this_array(vm, &args, "reverse")?;
    check_shape(vm, &args, "bytearray", "reverse", Shape::NoArgs)?;
    cell.with_mut(|v| v.reverse());
    Ok(Value::None)
}

fn bytearray_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = this_array(vm, &args, "clear")?;
    check_shape(vm, &args, "bytearray", "clear", Shape::NoArgs)?;
    vm.check_resizable(cell)?;
    cell.with_mut(|v| v.clear());
    Ok(Value::None)
}

fn bytearray_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = this_array(vm, &args, "copy")?;
    check_shape(vm, &args, "bytearray", "copy", Shape::NoArgs)?;
    Ok(Kind::ByteArray.make(cell.get()))
}

fn bytearray_alloc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = this_array(vm, &args, "__alloc__")?;
    check_shape(vm, &args, "bytearray", "__alloc__", Shape::NoArgs)?;
    Ok(Value::Int(cell.with(|v| v.len()) as i64 + 1))
}

fn bytearray_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = this_array(vm, &args, "__iadd__")?;
    check_shape(vm, &args, "bytearray", "__iadd__", Shape::Slot(1))?;
    let other = &args.pos[1];
    let Some(data) = vm.bytes_like(other) else {
        let t = vm.type_name(other);
        let me = vm.type_name(&args.pos[0]);
        return Err(vm.type_error(format!("can't concat {t} to {me}")));
    };
    check_len(vm, cell.with(|v| v.len()) as u128 + data.len() as u128)?;
    if !data.is_empty() {
        vm.check_resizable(cell)?;
    }
    cell.with_mut(|v| v.extend_from_slice(&data));
    Ok(args.pos[0].clone())
}

fn bytearray_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = this_array(vm, &args, "__imul__")?;
    check_shape(vm, &args, "bytearray", "__imul__", Shape::SlotRange(1, 1))?;
    let n = repeat_count(vm, &args.pos[1])?;
    let data = repeat(vm, &cell.get(), n)?;
    if data.len() != cell.with(|v| v.len()) {
        vm.check_resizable(cell)?;
    }
    let old = cell.replace(data);
    drop(old);
    Ok(args.pos[0].clone())
}

/// A resolved index or slice of a bytearray.
enum Target {
    Index(usize),
    Slice(crate::protocols::subscript::SliceRange),
}

fn bytearray_target(vm: &mut Vm, key: &Value, len: usize) -> PyResult<Target> {
    if let Some(Object::Slice(s)) = key.as_object() {
        return vm.slice_range(s, len).map(Target::Slice);
    }
    let i = match item_index(vm, key)? {
        Some(i) => i,
        None => {
            let t = vm.type_name(key);
            return Err(vm.type_error(format!(
                "bytearray indices must be integers or slices, not {t}"
            )));
        }
    };
    let j = if i < 0 {
        i.saturating_add(len as i64)
    } else {
        i
    };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error("bytearray index out of range"));
    }
    Ok(Target::Index(j as usize))
}

/// `ba[key] = value` with CPython's checks (also usable by the subscript protocol).
pub(crate) fn bytearray_setitem(
    vm: &mut Vm,
    cell: &PyCell<Vec<u8>>,
    key: &Value,
    value: &Value,
) -> PyResult<()> {
    let len = cell.with(|v| v.len());
    match bytearray_target(vm, key, len)? {
        Target::Index(i) => {
            let b = byte_arg(vm, value)?;
            cell.with_mut(|v| {
                if let Some(slot) = v.get_mut(i) {
                    *slot = b;
                }
            });
            Ok(())
        }
        Target::Slice(r) => {
            let items = if let Some(b) = vm.bytes_like(value) {
                b
            } else if int::is_int(value) || value.as_str().is_some() || !vm.is_iterable(value) {
                return Err(vm.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            } else {
                iterable_bytes(vm, value, "bytearray")?
            };
            // The length may have changed while the iterable ran: resolve the slice again.
            let len = cell.with(|v| v.len());
            let Target::Slice(r) = (match key.as_object() {
                Some(Object::Slice(s)) => vm.slice_range(s, len).map(Target::Slice)?,
                _ => Target::Slice(r),
            }) else {
                return Ok(());
            };
            if r.step == 1 {
                let start = r.start as usize;
                let end = (start + r.count as usize).min(len);
                if items.len() != end.saturating_sub(start) {
                    vm.check_resizable(cell)?;
                }
                cell.with_mut(|v| {
                    v.splice(start..end, items);
                });
                return Ok(());
            }
            if items.len() as i64 != r.count {
                return Err(vm.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    items.len(),
                    r.count
                )));
            }
            let idx: Vec<usize> = r.indices().collect();
            cell.with_mut(|v| {
                for (&i, x) in idx.iter().zip(items) {
                    if let Some(slot) = v.get_mut(i) {
                        *slot = x;
                    }
                }
            });
            Ok(())
        }
    }
}

/// `del ba[key]`.
pub(crate) fn bytearray_delitem(vm: &mut Vm, cell: &PyCell<Vec<u8>>, key: &Value) -> PyResult<()> {
    let len = cell.with(|v| v.len());
    let target = bytearray_target(vm, key, len)?;
    if !matches!(&target, Target::Slice(r) if r.count == 0) {
        vm.check_resizable(cell)?;
    }
    match target {
        Target::Index(i) => {
            cell.with_mut(|v| {
                if i < v.len() {
                    v.remove(i);
                }
            });
        }
        Target::Slice(r) => {
            let mut drop_mask = vec![false; len];
            for i in r.indices() {
                if let Some(m) = drop_mask.get_mut(i) {
                    *m = true;
                }
            }
            cell.with_mut(|v| {
                let mut k = 0;
                v.retain(|_| {
                    let keep = !drop_mask.get(k).copied().unwrap_or(false);
                    k += 1;
                    keep
                });
            });
        }
    }
    Ok(())
}

fn bytearray_setitem_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = this_array(vm, &args, "__setitem__")?;
    check_shape(
        vm,
        &args,
        "bytearray",
        "__setitem__",
        Shape::SlotRange(2, 2),
    )?;
    bytearray_setitem(vm, cell, &args.pos[1], &args.pos[2])?;
    Ok(Value::None)
}

fn bytearray_delitem_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = this_array(vm, &args, "__delitem__")?;
    check_shape(vm, &args, "bytearray", "__delitem__", Shape::Slot(1))?;
    bytearray_delitem(vm, cell, &args.pos[1])?;
    Ok(Value::None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_groups() {
        assert_eq!(hex_string(&[1, 2, 3], Some(':'), 2), "01:0203");
        assert_eq!(hex_string(&[1, 2, 3], Some(':'), -2), "0102:03");
        assert_eq!(hex_string(&[1, 2, 3], Some(':'), 0), "010203");
        assert_eq!(hex_string(&[], Some(':'), 1), "");
    }

    #[test]
    fn splitting() {
        assert_eq!(
            split_whitespace(b" a b  c ", usize::MAX),
            vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec()]
        );
        assert_eq!(
            rsplit_whitespace(b" a b ", 1),
            vec![b" a".to_vec(), b"b".to_vec()]
        );
        assert_eq!(
            rsplit_sep(b"a,b,c", b",", 1),
            vec![b"a,b".to_vec(), b"c".to_vec()]
        );
        assert_eq!(count_sub(b"abc", b"", usize::MAX), 4);
    }
}
