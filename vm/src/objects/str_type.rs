//! str as a Python type: the constructor and every method of CPython 3.11's `str`.
//!
//! Indices (`find`, `count`, `startswith`, ...) are in code points, with CPython's clamping of
//! `start`/`end`. Case mappings and character predicates follow CPython 3.11 (Unicode 14.0): Rust's
//! own case tables are used where they agree, and the tables at the end of this file (generated
//! from CPython 3.11) supply the rest. Results that would exceed `MAX_RESULT_BYTES` raise
//! MemoryError instead of being allocated.

use crate::numeric::{char_decimal_value, char_is_printable, char_is_space, str_repr};
use crate::objects::function::{Args, NativeFn};
use crate::objects::int;
use crate::objects::str::StrObj;
use crate::objects::type_type::new_instance;
use crate::value::{Object, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};
use num_traits::Signed;
use std::cmp::Ordering;

/// The largest str or bytes (in bytes) a method builds; beyond it, MemoryError.
const MAX_RESULT_BYTES: usize = i32::MAX as usize;

pub fn init(vm: &mut Vm) {
    let t = vm.types.str.clone();
    vm.add_staticmethod(&t, "__new__", str_new);
    vm.add_staticmethod(&t, "maketrans", str_maketrans);
    let methods: &[(&'static str, NativeFn)] = &[
        ("format", str_format),
        ("format_map", str_format_map),
        ("join", str_join),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("replace", str_replace),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("swapcase", str_swapcase),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("expandtabs", str_expandtabs),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("isprintable", str_isprintable),
        ("isascii", str_isascii),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("encode", str_encode),
        ("translate", str_translate),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("__len__", str_dunder_len),
        ("__contains__", str_dunder_contains),
        ("__getitem__", str_dunder_getitem),
        ("__add__", str_dunder_add),
        ("__mul__", str_dunder_mul),
        ("__rmul__", str_dunder_rmul),
        ("__mod__", str_dunder_mod),
        ("__rmod__", str_dunder_rmod),
        ("__eq__", str_dunder_eq),
        ("__ne__", str_dunder_ne),
        ("__lt__", str_dunder_lt),
        ("__le__", str_dunder_le),
        ("__gt__", str_dunder_gt),
        ("__ge__", str_dunder_ge),
        ("__hash__", str_dunder_hash),
        ("__iter__", str_dunder_iter),
        ("__str__", str_dunder_str),
        ("__repr__", str_dunder_repr),
        ("__format__", str_dunder_format),
        ("__getnewargs__", str_dunder_getnewargs),
    ];
    for (name, func) in methods {
        vm.add_method(&t, name, *func);
    }
}

fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or_default();
    let mut obj = args.pos.get(1).cloned();
    let mut encoding: Option<Value> = args.pos.get(2).cloned();
    let mut errors: Option<Value> = args.pos.get(3).cloned();
    if args.pos.len() > 4 {
        return Err(vm.type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            args.pos.len() - 1 + args.kw.len()
        )));
    }
    for (k, v) in &args.kw {
        match k.as_str().map(|s| s.as_str()) {
            Some("object") => obj = Some(v.clone()),
            Some("encoding") => encoding = Some(v.clone()),
            Some("errors") => errors = Some(v.clone()),
            Some(other) => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for str()"
                )))
            }
            None => {}
        }
    }
    let mut names = [None, None];
    for (slot, (v, param)) in names
        .iter_mut()
        .zip([(&encoding, "encoding"), (&errors, "errors")])
    {
        if let Some(v) = v {
            match v.as_str() {
                Some(t) => *slot = Some(t.as_str().to_string()),
                None => {
                    let t = vm.type_name(v);
                    return Err(
                        vm.type_error(format!("str() argument '{param}' must be str, not {t}"))
                    );
                }
            }
        }
    }
    let value = match obj {
        None => vm.new_str(""),
        Some(o) if names.iter().all(Option::is_none) => vm.str(&o)?,
        Some(o) => match vm.bytes_like(&o) {
            Some(bytes) => {
                let [enc, errs] = names;
                let text = crate::objects::bytes::decode_bytes(
                    vm,
                    &bytes,
                    enc.as_deref().unwrap_or("utf-8"),
                    errs.as_deref().unwrap_or("strict"),
                )?;
                vm.new_str(text)
            }
            None if o.as_str().is_some() => {
                return Err(vm.type_error("decoding str is not supported"))
            }
            None => {
                let t = vm.type_name(&o);
                return Err(vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {t} found"
                )));
            }
        },
    };
    match cls.as_obj() {
        Some(c) if !crate::value::ObjRef::ptr_eq(c, &vm.types.str) => {
            Ok(new_instance(vm, c, value))
        }
        _ => Ok(value),
    }
}

fn str_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(fmt) = args
        .pos
        .first()
        .and_then(|v| v.as_str())
        .map(|s| s.as_str().to_string())
    else {
        return Err(vm.type_error("descriptor 'format' requires a 'str' object"));
    };
    let out = crate::objects::strformat::str_format(vm, &fmt, &args.pos[1..], &args.kw)?;
    Ok(vm.new_str(out))
}

// ---------------------------------------------------------------------------
// Argument helpers (CPython's messages)
// ---------------------------------------------------------------------------

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The receiver of a method called as `s.name(...)` or `str.name(s, ...)`.
fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a StrObj> {
    match args.pos.first() {
        None => Err(vm.type_error(format!("unbound method str.{name}() needs an argument"))),
        Some(v) => match v.as_str() {
            Some(s) => Ok(s),
            None => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!(
                    "descriptor '{name}' for 'str' objects doesn't apply to a '{t}' object"
                )))
            }
        },
    }
}

/// The arguments after the receiver.
fn rest(args: &Args) -> &[Value] {
    args.pos.get(1..).unwrap_or(&[])
}

/// `str.name()` with no arguments.
fn no_args<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a StrObj> {
    let s = this(vm, args, name)?;
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    let n = rest(args).len();
    if n != 0 {
        return Err(vm.type_error(format!("str.{name}() takes no arguments ({n} given)")));
    }
    Ok(s)
}

/// `str.name(x)` with exactly one positional argument.
fn one_arg<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<(&'a StrObj, &'a Value)> {
    let s = this(vm, args, name)?;
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    match rest(args) {
        [x] => Ok((s, x)),
        r => Err(vm.type_error(format!(
            "str.{name}() takes exactly one argument ({} given)",
            r.len()
        ))),
    }
}

/// Positional-only arguments checked the Argument Clinic way (`center expected at most 2 ...`).
fn clinic_args<'a>(
    vm: &Vm,
    args: &'a Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a StrObj> {
    let s = this(vm, args, name)?;
    check_clinic(vm, args.kw.is_empty(), rest(args).len(), name, min, max)?;
    Ok(s)
}

fn check_clinic(
    vm: &Vm,
    no_kw: bool,
    n: usize,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !no_kw {
        return Err(vm.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    if n < min {
        return Err(vm.type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// Positional-only arguments checked the older way (`find() takes at most 3 arguments ...`).
fn old_args<'a>(
    vm: &Vm,
    args: &'a Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a StrObj> {
    let s = this(vm, args, name)?;
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = rest(args).len();
    if n < min {
        return Err(vm.type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(s)
}

/// Arguments that may also be given by keyword: one slot per parameter name.
fn kw_args<'a>(
    vm: &Vm,
    args: &'a Args,
    name: &str,
    params: &[&str],
) -> PyResult<(&'a StrObj, Vec<Option<Value>>)> {
    let s = this(vm, args, name)?;
    let pos = rest(args);
    let max = params.len();
    let total = pos.len() + args.kw.len();
    if total > max {
        let kwd = if pos.is_empty() { "keyword " } else { "" };
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} {kwd}argument{} ({total} given)",
            plural(max)
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; max];
    for (slot, v) in out.iter_mut().zip(pos.iter()) {
        *slot = Some(v.clone());
    }
    for (k, v) in &args.kw {
        let key = k.as_str().map_or("", |k| k.as_str());
        match params.iter().position(|p| *p == key) {
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )))
            }
            Some(i) if i < pos.len() => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => {
                if let Some(slot) = out.get_mut(i) {
                    *slot = Some(v.clone());
                }
            }
        }
    }
    Ok((s, out))
}

/// The receiver and argument count of a slot wrapper (`__len__`, `__add__`, ...).
fn wrapper_args<'a>(vm: &Vm, args: &'a Args, name: &str, expected: usize) -> PyResult<&'a StrObj> {
    let Some(v) = args.pos.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of 'str' object needs an argument"
        )));
    };
    let Some(s) = v.as_str() else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'str' object but received a '{t}'"
        )));
    };
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let n = rest(args).len();
    if n != expected {
        // CPython's sequence-repeat wrappers print this message with a leading space.
        let lead = if matches!(name, "__mul__" | "__rmul__") {
            " "
        } else {
            ""
        };
        return Err(vm.type_error(format!(
            "{lead}expected {expected} argument{}, got {n}",
            plural(expected)
        )));
    }
    Ok(s)
}

/// The str value itself for an exact str, else a new exact str with the same text.
fn exact(vm: &Vm, v: &Value) -> Value {
    match v.as_object() {
        Some(Object::Str(_)) => v.clone(),
        _ => vm.new_str(v.as_str().map_or("", |s| s.as_str())),
    }
}

/// The type name Argument Clinic prints in `argument must be str, not T` (None for None).
fn clinic_type_name(vm: &Vm, v: &Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        vm.type_name(v)
    }
}

fn memory_error(vm: &Vm) -> PyErr {
    vm.new_exception_args(&vm.types.exc.memory_error, vec![])
}

/// MemoryError when a result of `bytes` bytes would be too large.
fn check_size(vm: &Vm, bytes: u128) -> PyResult<()> {
    if bytes > MAX_RESULT_BYTES as u128 {
        return Err(memory_error(vm));
    }
    Ok(())
}

/// A `Py_ssize_t` argument: an int or an object with `__index__`.
fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.to_index(v)? {
        Some(i) => Ok(i),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// A C `int` argument.
fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.to_index(v)? {
        Some(i) if i32::try_from(i).is_ok() => Ok(i),
        _ => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

/// An int clamped to the i64 range (CPython clamps slice indices to Py_ssize_t).
fn clamped_int(v: &Value) -> Option<i64> {
    if let Some(i) = int::as_i64(v) {
        return Some(i);
    }
    let b = int::as_bigint(v)?;
    Some(if b.is_negative() { i64::MIN } else { i64::MAX })
}

/// A `start`/`end` argument of `find` and friends: None, an int, or `__index__`.
fn slice_index(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    let Some(v) = v else { return Ok(default) };
    if v.is_none() {
        return Ok(default);
    }
    if let Some(i) = clamped_int(v) {
        return Ok(i);
    }
    if let Some(r) = vm.call_special_opt(v, "__index__", vec![])? {
        if let Some(i) = clamped_int(&r) {
            return Ok(i);
        }
        let t = vm.type_name(&r);
        return Err(vm.type_error(format!("__index__ returned non-int (type {t})")));
    }
    Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
}

/// CPython's ADJUST_INDICES: `end` is clamped to the length, negative values count from the end.
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

/// A str argument, or TypeError `must be str, not T`.
fn str_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a StrObj> {
    match v.as_str() {
        Some(s) => Ok(s),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("must be str, not {t}")))
        }
    }
}

fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The last code point index resolved to a byte offset in a non-ASCII str, so that loops such as
/// `while (i := s.find(x, i + 1)) >= 0` resolve each index from the previous one, not from the
/// start. `owner` keeps the string alive, so `key` (its address) cannot name another string.
struct OffsetCache {
    _owner: Value,
    key: usize,
    char_index: usize,
    byte_index: usize,
}

thread_local! {
    static OFFSET_CACHE: std::cell::RefCell<Option<OffsetCache>> = const { std::cell::RefCell::new(None) };
}

/// The byte offset of code point `i` (<= len) of `s`, the str payload of `owner`.
fn byte_offset(owner: &Value, s: &StrObj, i: usize) -> usize {
    let text = s.as_str();
    if s.is_ascii() || i == 0 {
        return i.min(text.len());
    }
    if i >= s.char_len() {
        return text.len();
    }
    let key = s as *const StrObj as *const u8 as usize;
    let (from_char, from_byte) = OFFSET_CACHE.with(|c| match &*c.borrow() {
        Some(e) if e.key == key => (e.char_index, e.byte_index),
        _ => (0, 0),
    });
    let found = if i >= from_char {
        text.get(from_byte..)
            .and_then(|t| t.char_indices().nth(i - from_char))
            .map(|(o, _)| from_byte + o)
    } else if i >= from_char / 2 {
        text.get(..from_byte)
            .and_then(|t| t.char_indices().rev().nth(from_char - i - 1))
            .map(|(o, _)| o)
    } else {
        text.char_indices().nth(i).map(|(o, _)| o)
    };
    let Some(b) = found else {
        return text.len();
    };
    let entry = OffsetCache {
        _owner: owner.clone(),
        key,
        char_index: i,
        byte_index: b,
    };
    // The previous entry is dropped after the borrow ends.
    let old = OFFSET_CACHE.with(|c| c.borrow_mut().replace(entry));
    drop(old);
    b
}

/// The text between code point indices `start` and `end` (0 <= start <= end <= len) of `s`, the
/// str payload of `owner`.
fn window<'a>(owner: &Value, s: &'a StrObj, start: i64, end: i64) -> &'a str {
    let b0 = byte_offset(owner, s, start.max(0) as usize);
    let b1 = byte_offset(owner, s, end.max(0) as usize);
    s.as_str().get(b0..b1.max(b0)).unwrap_or("")
}

fn new_bytes(data: Vec<u8>) -> Value {
    Value::obj(Payload::Bytes(data.into_boxed_slice()))
}

fn list_of_strs<'a>(vm: &Vm, parts: impl IntoIterator<Item = &'a str>) -> Value {
    let items: Vec<Value> = parts.into_iter().map(|p| vm.new_str(p)).collect();
    vm.new_list(items)
}

// ---------------------------------------------------------------------------
// join, split, splitlines, partition
// ---------------------------------------------------------------------------

fn str_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sep, iterable) = one_arg(vm, &args, "join")?;
    let items = match iterable.as_object() {
        Some(Object::List(l)) => l.get(),
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => {
            let it = match vm.get_iter(iterable) {
                Ok(it) => it,
                Err(e) if vm.err_matches(&e, &vm.types.exc.type_error) => {
                    return Err(vm.type_error("can only join an iterable"))
                }
                Err(e) => return Err(e),
            };
            vm.collect(&it)?
        }
    };
    let sep = sep.as_str();
    if let [only] = items.as_slice() {
        if let Some(Object::Str(_)) = only.as_object() {
            return Ok(only.clone());
        }
    }
    let mut total: u128 = (sep.len() as u128) * (items.len().saturating_sub(1) as u128);
    for (i, item) in items.iter().enumerate() {
        match item.as_str() {
            Some(s) => total += s.as_str().len() as u128,
            None => {
                let t = vm.type_name(item);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {t} found"
                )));
            }
        }
    }
    check_size(vm, total)?;
    let mut out = String::with_capacity(total as usize);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        if let Some(s) = item.as_str() {
            out.push_str(s.as_str());
        }
    }
    Ok(vm.new_str(out))
}

/// The `sep` and `maxsplit` of split/rsplit (maxsplit < 0: no limit).
fn split_args<'a>(
    vm: &mut Vm,
    args: &'a Args,
    name: &str,
) -> PyResult<(&'a StrObj, Option<String>, usize)> {
    let (s, a) = kw_args(vm, args, name, &["sep", "maxsplit"])?;
    let maxsplit = match a.get(1).cloned().flatten() {
        None => -1,
        Some(v) => ssize_arg(vm, &v)?,
    };
    let sep = match a.first().cloned().flatten() {
        None | Some(Value::None) => None,
        Some(v) => match v.as_str() {
            Some(t) if t.as_str().is_empty() => return Err(vm.value_error("empty separator")),
            Some(t) => Some(t.as_str().to_string()),
            None => {
                let t = vm.type_name(&v);
                return Err(vm.type_error(format!("must be str or None, not {t}")));
            }
        },
    };
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    Ok((s, sep, limit))
}

fn str_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sep, limit) = split_args(vm, &args, "split")?;
    let text = s.as_str();
    let parts: Vec<&str> = match &sep {
        Some(sep) => {
            if limit == usize::MAX {
                text.split(sep.as_str()).collect()
            } else {
                text.splitn(limit.saturating_add(1), sep.as_str()).collect()
            }
        }
        None => split_whitespace(text, limit),
    };
    Ok(list_of_strs(vm, parts))
}

fn str_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sep, limit) = split_args(vm, &args, "rsplit")?;
    let text = s.as_str();
    let mut parts: Vec<&str> = match &sep {
        Some(sep) => {
            if limit == usize::MAX {
                text.rsplit(sep.as_str()).collect()
            } else {
                text.rsplitn(limit.saturating_add(1), sep.as_str())
                    .collect()
            }
        }
        None => rsplit_whitespace(text, limit),
    };
    parts.reverse();
    Ok(list_of_strs(vm, parts))
}

/// `s.split()` on runs of whitespace, at most `limit` splits; the remainder keeps its trailing
/// whitespace.
fn split_whitespace(text: &str, limit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut splits = 0usize;
    loop {
        rest = rest.trim_start_matches(char_is_space);
        if rest.is_empty() {
            break;
        }
        if splits == limit {
            out.push(rest);
            break;
        }
        match rest.char_indices().find(|&(_, c)| char_is_space(c)) {
            Some((i, _)) => {
                out.push(&rest[..i]);
                rest = &rest[i..];
                splits += 1;
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

/// `s.rsplit()`: like `split_whitespace` from the right; the parts come out last first.
fn rsplit_whitespace(text: &str, limit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut splits = 0usize;
    loop {
        rest = rest.trim_end_matches(char_is_space);
        if rest.is_empty() {
            break;
        }
        if splits == limit {
            out.push(rest);
            break;
        }
        match rest.char_indices().rev().find(|&(_, c)| char_is_space(c)) {
            Some((i, c)) => {
                out.push(&rest[i + c.len_utf8()..]);
                rest = &rest[..i];
                splits += 1;
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn str_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, a) = kw_args(vm, &args, "splitlines", &["keepends"])?;
    let keepends = match a.first().cloned().flatten() {
        None => false,
        Some(v) => c_int_arg(vm, &v)? != 0,
    };
    let text = s.as_str();
    let mut parts = Vec::new();
    let mut line_start = 0usize;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut eol = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = chars.peek() {
                chars.next();
                eol += 1;
            }
        }
        let end = if keepends { eol } else { i };
        parts.push(text.get(line_start..end).unwrap_or(""));
        line_start = eol;
    }
    if line_start < text.len() {
        parts.push(text.get(line_start..).unwrap_or(""));
    }
    Ok(list_of_strs(vm, parts))
}

fn partition_impl(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<Value> {
    let (s, sep) = one_arg(vm, args, name)?;
    let sep = str_arg(vm, sep)?.as_str();
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if reverse {
        text.rfind(sep)
    } else {
        text.find(sep)
    };
    let this_value = args.pos.first().cloned().unwrap_or_default();
    let empty = vm.new_str("");
    let items = match found {
        Some(i) => {
            let head = vm.new_str(&text[..i]);
            let sep_v = args.pos.get(1).cloned().unwrap_or_default();
            let tail = vm.new_str(&text[i + sep.len()..]);
            vec![head, sep_v, tail]
        }
        None if reverse => vec![empty.clone(), empty, this_value],
        None => vec![this_value, empty.clone(), empty],
    };
    Ok(vm.new_tuple(items))
}

fn str_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, &args, "partition", false)
}

fn str_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, &args, "rpartition", true)
}

// ---------------------------------------------------------------------------
// strip, replace, removeprefix/removesuffix
// ---------------------------------------------------------------------------

fn strip_impl(vm: &mut Vm, args: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = clinic_args(vm, args, name, 0, 1)?;
    let set: Option<&str> = match rest(args).first() {
        None | Some(Value::None) => None,
        Some(v) => match v.as_str() {
            Some(t) => Some(t.as_str()),
            None => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
    };
    let text = s.as_str();
    let pred = |c: char| match set {
        None => char_is_space(c),
        Some(set) => set.contains(c),
    };
    let mut out = text;
    if left {
        out = out.trim_start_matches(pred);
    }
    if right {
        out = out.trim_end_matches(pred);
    }
    if out.len() == text.len() {
        return Ok(exact(vm, &args.pos[0]));
    }
    Ok(vm.new_str(out))
}

fn str_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, &args, "strip", true, true)
}

fn str_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, &args, "lstrip", true, false)
}

fn str_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, &args, "rstrip", false, true)
}

fn str_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = clinic_args(vm, &args, "replace", 2, 3)?;
    let r = rest(&args);
    let mut texts = [""; 2];
    for (i, slot) in texts.iter_mut().enumerate() {
        match r.get(i).and_then(|v| v.as_str()) {
            Some(t) => *slot = t.as_str(),
            None => {
                let t = r.get(i).map_or(String::new(), |v| clinic_type_name(vm, v));
                return Err(
                    vm.type_error(format!("replace() argument {} must be str, not {t}", i + 1))
                );
            }
        }
    }
    let [old, new] = texts;
    let count = match r.get(2) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let text = s.as_str();
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let found = if old.is_empty() {
        s.char_len() + 1
    } else {
        text.matches(old).take(limit).count()
    };
    let n = found.min(limit);
    if n == 0 || old == new {
        return Ok(exact(vm, &args.pos[0]));
    }
    let size =
        text.len() as u128 + (n as u128) * (new.len() as u128) - (n as u128) * (old.len() as u128);
    if size > i64::MAX as u128 {
        return Err(vm.overflow_error("replace string is too long"));
    }
    check_size(vm, size)?;
    Ok(vm.new_str(text.replacen(old, new, n)))
}

fn str_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(vm, &args, "removeprefix", true)
}

fn str_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(vm, &args, "removesuffix", false)
}

fn remove_affix(vm: &mut Vm, args: &Args, name: &str, prefix: bool) -> PyResult<Value> {
    let (s, affix) = one_arg(vm, args, name)?;
    let Some(affix) = affix.as_str() else {
        let t = clinic_type_name(vm, affix);
        return Err(vm.type_error(format!("{name}() argument must be str, not {t}")));
    };
    let text = s.as_str();
    let stripped = if prefix {
        text.strip_prefix(affix.as_str())
    } else {
        text.strip_suffix(affix.as_str())
    };
    match stripped {
        Some(t) if !affix.as_str().is_empty() => Ok(vm.new_str(t)),
        _ => Ok(exact(vm, &args.pos[0])),
    }
}

// ---------------------------------------------------------------------------
// find, index, count, startswith, endswith
// ---------------------------------------------------------------------------

/// `sub` and the adjusted `start`/`end` of find/rfind/index/rindex/count.
fn find_args<'a>(
    vm: &mut Vm,
    args: &'a Args,
    name: &str,
) -> PyResult<(&'a StrObj, &'a StrObj, i64, i64)> {
    let s = old_args(vm, args, name, 1, 3)?;
    let r = rest(args);
    let start = slice_index(vm, r.get(1), 0)?;
    let end = slice_index(vm, r.get(2), i64::MAX)?;
    let sub = str_arg(vm, &r[0])?;
    let (start, end) = adjust(start, end, s.char_len() as i64);
    Ok((s, sub, start, end))
}

/// The code point index of `sub` in `s[start:end]`, or -1.
fn find_in(owner: &Value, s: &StrObj, sub: &StrObj, start: i64, end: i64, reverse: bool) -> i64 {
    if end - start < sub.char_len() as i64 {
        return -1;
    }
    let hay = window(owner, s, start, end);
    let pos = if reverse {
        hay.rfind(sub.as_str())
    } else {
        hay.find(sub.as_str())
    };
    match pos {
        Some(p) => start + char_count(&hay[..p]) as i64,
        None => -1,
    }
}

fn str_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, &args, "find")?;
    Ok(Value::Int(find_in(&args.pos[0], s, sub, start, end, false)))
}

fn str_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, &args, "rfind")?;
    Ok(Value::Int(find_in(&args.pos[0], s, sub, start, end, true)))
}

fn str_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, &args, "index")?;
    match find_in(&args.pos[0], s, sub, start, end, false) {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, &args, "rindex")?;
    match find_in(&args.pos[0], s, sub, start, end, true) {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, &args, "count")?;
    if end - start < sub.char_len() as i64 {
        return Ok(Value::Int(0));
    }
    if sub.as_str().is_empty() {
        return Ok(Value::Int(end - start + 1));
    }
    let hay = window(&args.pos[0], s, start, end);
    Ok(Value::Int(hay.matches(sub.as_str()).count() as i64))
}

fn affix_match(vm: &mut Vm, args: &Args, name: &str, suffix: bool) -> PyResult<Value> {
    let s = old_args(vm, args, name, 1, 3)?;
    let r = rest(args);
    let start = slice_index(vm, r.get(1), 0)?;
    let end = slice_index(vm, r.get(2), i64::MAX)?;
    let (start, end) = adjust(start, end, s.char_len() as i64);
    let matches = |sub: &StrObj| -> bool {
        if end - start < sub.char_len() as i64 {
            return false;
        }
        let hay = window(&args.pos[0], s, start, end);
        if suffix {
            hay.ends_with(sub.as_str())
        } else {
            hay.starts_with(sub.as_str())
        }
    };
    let what = &r[0];
    if let Some(sub) = what.as_str() {
        return Ok(Value::Bool(matches(sub)));
    }
    if let Some(items) = what.as_tuple() {
        for item in items {
            match item.as_str() {
                Some(sub) => {
                    if matches(sub) {
                        return Ok(Value::Bool(true));
                    }
                }
                None => {
                    let t = vm.type_name(item);
                    return Err(
                        vm.type_error(format!("tuple for {name} must only contain str, not {t}"))
                    );
                }
            }
        }
        return Ok(Value::Bool(false));
    }
    let t = vm.type_name(what);
    Err(vm.type_error(format!(
        "{name} first arg must be str or a tuple of str, not {t}"
    )))
}

fn str_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_match(vm, &args, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_match(vm, &args, "endswith", true)
}

// ---------------------------------------------------------------------------
// Case mapping
// ---------------------------------------------------------------------------

fn case_override(c: char) -> Option<&'static (u32, &'static str, &'static str, bool, bool)> {
    let cp = c as u32;
    CASE_OVERRIDES
        .binary_search_by_key(&cp, |e| e.0)
        .ok()
        .and_then(|i| CASE_OVERRIDES.get(i))
}

fn special(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let cp = c as u32;
    table
        .binary_search_by_key(&cp, |e| e.0)
        .ok()
        .and_then(|i| table.get(i))
        .map(|e| e.1)
}

fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    match case_override(c) {
        Some(o) => o.3,
        None => c.is_lowercase(),
    }
}

fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    match case_override(c) {
        Some(o) => o.4,
        None => c.is_uppercase(),
    }
}

fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_table(TITLECASE, c as u32)
}

fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_titlecase(c)
}

fn is_case_ignorable(c: char) -> bool {
    in_table(CASE_IGNORABLE, c as u32)
}

fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if let Some(o) = case_override(c) {
        out.push_str(o.1);
    } else {
        out.extend(c.to_uppercase());
    }
}

fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if let Some(o) = case_override(c) {
        out.push_str(o.2);
    } else {
        out.extend(c.to_lowercase());
    }
}

fn push_title(out: &mut String, c: char) {
    match special(TITLE_SPECIAL, c) {
        Some(t) => out.push_str(t),
        None => push_upper(out, c),
    }
}

fn push_fold(out: &mut String, c: char) {
    match special(FOLD_SPECIAL, c) {
        Some(t) => out.push_str(t),
        None => push_lower(out, c),
    }
}

const CAPITAL_SIGMA: char = '\u{3a3}';

/// Whether the capital sigma at byte `i` of `text` ends a word (the Final_Sigma condition).
fn final_sigma(text: &str, i: usize) -> bool {
    let before = text
        .get(..i)
        .and_then(|t| t.chars().rev().find(|&c| !is_case_ignorable(c)));
    if !before.is_some_and(is_cased) {
        return false;
    }
    let after = text
        .get(i + CAPITAL_SIGMA.len_utf8()..)
        .and_then(|t| t.chars().find(|&c| !is_case_ignorable(c)));
    !after.is_some_and(is_cased)
}

/// Lowercases the character at byte `i` of `text`, in context (for the final sigma).
fn push_lower_at(out: &mut String, text: &str, i: usize, c: char) {
    if c == CAPITAL_SIGMA {
        out.push(if final_sigma(text, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        push_lower(out, c);
    }
}

fn str_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = no_args(vm, &args, "upper")?;
    let text = s.as_str();
    if text.is_ascii() {
        return Ok(vm.new_str(text.to_ascii_uppercase()));
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_upper(&mut out, c);
    }
    Ok(vm.new_str(out))
}

fn lower_text(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        push_lower_at(&mut out, text, i, c);
    }
    out
}

fn str_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = no_args(vm, &args, "lower")?;
    Ok(vm.new_str(lower_text(s.as_str())))
}

fn str_casefold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = no_args(vm, &args, "casefold")?;
    let text = s.as_str();
    if text.is_ascii() {
        return Ok(vm.new_str(text.to_ascii_lowercase()));
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_fold(&mut out, c);
    }
    Ok(vm.new_str(out))
}

fn str_title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = no_args(vm, &args, "title")?;
    let text = s.as_str();
    let mut out = String::with_capacity(text.len());
    let mut previous_cased = false;
    for (i, c) in text.char_indices() {
        if previous_cased {
            push_lower_at(&mut out, text, i, c);
        } else {
            push_title(&mut out, c);
        }
        previous_cased = is_cased(c);
    }
    Ok(vm.new_str(out))
}

fn str_capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = no_args(vm, &args, "capitalize")?;
    let text = s.as_str();
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower_at(&mut out, text, i, c);
        }
    }
    Ok(vm.new_str(out))
}

fn str_swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = no_args(vm, &args, "swapcase")?;
    let text = s.as_str();
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if is_upper(c) {
            push_lower_at(&mut out, text, i, c);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Ok(vm.new_str(out))
}

// ---------------------------------------------------------------------------
// Padding and tabs
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum Align {
    Left,
    Right,
    Center,
}

fn pad_impl(vm: &mut Vm, args: &Args, name: &str, align: Align) -> PyResult<Value> {
    let s = clinic_args(vm, args, name, 1, 2)?;
    let r = rest(args);
    let width = ssize_arg(vm, &r[0])?;
    let fill = match r.get(1) {
        None => ' ',
        Some(v) => match v.as_str() {
            Some(f) if f.char_len() == 1 => f.as_str().chars().next().unwrap_or(' '),
            Some(_) => {
                return Err(vm.type_error("The fill character must be exactly one character long"))
            }
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {t}"
                )));
            }
        },
    };
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(exact(vm, &args.pos[0]));
    }
    let marg = (width - len) as u64;
    let (left, right) = match align {
        Align::Left => (0, marg),
        Align::Right => (marg, 0),
        Align::Center => {
            let left = marg / 2 + (marg & (width as u64) & 1);
            (left, marg - left)
        }
    };
    check_size(
        vm,
        s.as_str().len() as u128 + marg as u128 * fill.len_utf8() as u128,
    )?;
    let mut out = String::with_capacity(s.as_str().len() + marg as usize * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left as usize));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, right as usize));
    Ok(vm.new_str(out))
}

fn str_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, &args, "center", Align::Center)
}

fn str_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, &args, "ljust", Align::Left)
}

fn str_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, &args, "rjust", Align::Right)
}

fn str_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, width) = one_arg(vm, &args, "zfill")?;
    let width = ssize_arg(vm, width)?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(exact(vm, &args.pos[0]));
    }
    let fill = (width - len) as usize;
    check_size(vm, s.as_str().len() as u128 + fill as u128)?;
    let text = s.as_str();
    let mut out = String::with_capacity(text.len() + fill);
    let body = match text.chars().next() {
        Some(c @ ('+' | '-')) => {
            out.push(c);
            &text[1..]
        }
        _ => text,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(body);
    Ok(vm.new_str(out))
}

fn str_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, a) = kw_args(vm, &args, "expandtabs", &["tabsize"])?;
    let tabsize = match a.first().cloned().flatten() {
        None => 8,
        Some(v) => c_int_arg(vm, &v)?,
    };
    let text = s.as_str();
    if !text.contains('\t') {
        return Ok(exact(vm, &args.pos[0]));
    }
    // First the size, so that a huge result is refused before anything is allocated.
    let mut size: u128 = 0;
    let mut col: u128 = 0;
    for c in text.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let incr = tabsize as u128 - col % tabsize as u128;
                    col += incr;
                    size += incr;
                }
            }
            '\n' | '\r' => {
                col = 0;
                size += 1;
            }
            _ => {
                col += 1;
                size += c.len_utf8() as u128;
            }
        }
        check_size(vm, size)?;
    }
    let mut out = String::with_capacity(size as usize);
    let mut col: usize = 0;
    for c in text.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let incr = tabsize as usize - col % tabsize as usize;
                    out.extend(std::iter::repeat_n(' ', incr));
                    col += incr;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_str(out))
}

// ---------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------

/// Whether `cp` is in a table of inclusive ranges `[start0, end0, start1, end1, ...]`.
fn in_table(table: &[u32], cp: u32) -> bool {
    let (mut lo, mut hi) = (0usize, table.len() / 2);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if table.get(2 * mid).is_some_and(|&start| start <= cp) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo > 0 && table.get(2 * (lo - 1) + 1).is_some_and(|&end| cp <= end)
}

fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_table(ALPHA, c as u32)
    }
}

fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(DIGIT, c as u32)
    }
}

fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(NUMERIC, c as u32)
    }
}

/// `s.isX()` for the predicates true when every character has a property (and s is not empty).
fn all_chars(vm: &Vm, args: &Args, name: &str, pred: fn(char) -> bool) -> PyResult<Value> {
    let s = no_args(vm, args, name)?;
    let text = s.as_str();
    Ok(Value::Bool(!text.is_empty() && text.chars().all(pred)))
}

fn str_isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isdigit", is_digit)
}

fn str_isdecimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isdecimal", |c| char_decimal_value(c).is_some())
}

fn str_isnumeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isnumeric", is_numeric)
}

fn str_isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isalpha", is_alpha)
}

fn str_isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isalnum", |c| is_alpha(c) || is_numeric(c))
}

fn str_isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isspace", char_is_space)
}

fn str_isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = no_args(vm, &args, "isupper")?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if is_lower(c) || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        cased |= is_upper(c);
    }
    Ok(Value::Bool(cased))
}

fn str_islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = no_args(vm, &args, "islower")?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if is_upper(c) || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        cased |= is_lower(c);
    }
    Ok(Value::Bool(cased))
}

fn str_istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = no_args(vm, &args, "istitle")?;
    let mut cased = false;
    let mut previous_cased = false;
    for c in s.as_str().chars() {
        if is_upper(c) || is_titlecase(c) {
            if previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

fn str_isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = no_args(vm, &args, "isidentifier")?;
    let mut chars = s.as_str().chars();
    let ok = match chars.next() {
        None => false,
        Some(first) => {
            let start = |c: char| {
                if c.is_ascii() {
                    c.is_ascii_alphabetic() || c == '_'
                } else {
                    in_table(ID_START, c as u32)
                }
            };
            let cont = |c: char| {
                if c.is_ascii() {
                    c.is_ascii_alphanumeric() || c == '_'
                } else {
                    in_table(ID_CONTINUE, c as u32)
                }
            };
            start(first) && chars.all(cont)
        }
    };
    Ok(Value::Bool(ok))
}

fn str_isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = no_args(vm, &args, "isprintable")?;
    Ok(Value::Bool(s.as_str().chars().all(char_is_printable)))
}

fn str_isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = no_args(vm, &args, "isascii")?;
    Ok(Value::Bool(s.is_ascii()))
}

// ---------------------------------------------------------------------------
// encode
// ---------------------------------------------------------------------------

fn str_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, a) = kw_args(vm, &args, "encode", &["encoding", "errors"])?;
    let mut names = [String::from("utf-8"), String::from("strict")];
    for (i, (slot, param)) in names.iter_mut().zip(["encoding", "errors"]).enumerate() {
        if let Some(v) = a.get(i).cloned().flatten() {
            match v.as_str() {
                Some(t) => *slot = t.as_str().to_string(),
                None => {
                    let t = clinic_type_name(vm, &v);
                    return Err(
                        vm.type_error(format!("encode() argument '{param}' must be str, not {t}"))
                    );
                }
            }
        }
    }
    let [encoding, errors] = names;
    let codec = crate::codecs::lookup_or_error(vm, &encoding)?;
    let data = crate::codecs::encode(vm, codec, s.as_str(), &errors)?;
    Ok(new_bytes(data))
}

// ---------------------------------------------------------------------------
// translate, maketrans, format_map
// ---------------------------------------------------------------------------

fn str_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, table) = one_arg(vm, &args, "translate")?;
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let key = Value::Int(c as i64);
        let mapped = match vm.get_item(table, &key) {
            Ok(v) => v,
            Err(e) if vm.err_matches(&e, &vm.types.exc.lookup_error) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if mapped.is_none() {
            continue;
        }
        if let Some(t) = mapped.as_str() {
            check_size(vm, out.len() as u128 + t.as_str().len() as u128)?;
            out.push_str(t.as_str());
        } else if int::is_int(&mapped) {
            match int::as_i64(&mapped)
                .and_then(|i| u32::try_from(i).ok())
                .and_then(char::from_u32)
            {
                Some(m) => out.push(m),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            }
        } else {
            return Err(vm.type_error("character mapping must return integer, None or str"));
        }
    }
    Ok(vm.new_str(out))
}

fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_clinic(vm, args.kw.is_empty(), args.pos.len(), "maketrans", 1, 3)?;
    let x = &args.pos[0];
    let result = vm.new_dict();
    if args.pos.len() == 1 {
        let Some(d) = x.as_dict() else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let items = d.with(|t| t.items());
        for (k, v) in items {
            let key = if let Some(ks) = k.as_str() {
                let mut chars = ks.as_str().chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => Value::Int(c as i64),
                    _ => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                }
            } else if int::is_int(&k) {
                k.clone()
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            vm.dict_set(&result, key, v)?;
        }
        return Ok(result);
    }
    for (i, v) in args.pos.iter().enumerate().skip(1) {
        if v.as_str().is_none() {
            let t = clinic_type_name(vm, v);
            return Err(vm.type_error(format!(
                "maketrans() argument {} must be str, not {t}",
                i + 1
            )));
        }
    }
    let Some(xs) = x.as_str() else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let ys = args.pos[1].as_str().map_or("", |s| s.as_str());
    if xs.char_len() != char_count(ys) {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in xs.as_str().chars().zip(ys.chars()) {
        vm.dict_set(&result, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = args.pos.get(2).and_then(|v| v.as_str()) {
        for c in z.as_str().chars() {
            vm.dict_set(&result, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(result)
}

/// The top-level names of the replacement fields of a format string, in order (nested fields in
/// format specs included). Stops quietly at a syntax error, which `str.format` then reports.
/// Returns Err(()) at the first positional (numbered or automatic) field.
fn field_names(fmt: &str, depth: u32, out: &mut Vec<String>) -> Result<(), ()> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        match c {
            '{' if chars.get(i + 1) == Some(&'{') => i += 2,
            '}' if chars.get(i + 1) == Some(&'}') => i += 2,
            '}' => return Ok(()),
            '{' => {
                let mut j = i + 1;
                let mut nest = 1;
                while let Some(&d) = chars.get(j) {
                    match d {
                        '{' => nest += 1,
                        '}' => {
                            nest -= 1;
                            if nest == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                if j >= chars.len() {
                    return Ok(());
                }
                let field = &chars[i + 1..j];
                let mut bracket = false;
                let mut name_end = field.len();
                for (k, &d) in field.iter().enumerate() {
                    match d {
                        '[' => bracket = true,
                        ']' => bracket = false,
                        '!' | ':' if !bracket => {
                            name_end = k;
                            break;
                        }
                        _ => {}
                    }
                }
                let name = &field[..name_end];
                let first_end = name
                    .iter()
                    .position(|&d| d == '.' || d == '[')
                    .unwrap_or(name.len());
                let first: String = name[..first_end].iter().collect();
                if first.is_empty() || first.chars().all(|d| d.is_ascii_digit()) {
                    return Err(());
                }
                out.push(first);
                let spec_start = field[name_end..]
                    .iter()
                    .position(|&d| d == ':')
                    .map(|k| name_end + k + 1);
                if let Some(k) = spec_start {
                    let spec: String = field[k..].iter().collect();
                    if spec.contains('{') && depth > 0 {
                        field_names(&spec, depth - 1, out)?;
                    }
                }
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    Ok(())
}

fn str_format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, mapping) = one_arg(vm, &args, "format_map")?;
    let fmt = s.as_str();
    let mut names = Vec::new();
    let positional = field_names(fmt, 2, &mut names).is_err();
    let mut kwargs: Vec<(Value, Value)> = Vec::with_capacity(names.len());
    for name in names {
        if kwargs
            .iter()
            .any(|(k, _)| k.as_str().is_some_and(|k| k.as_str() == name))
        {
            continue;
        }
        let key = vm.new_str(name);
        let value = vm.get_item(mapping, &key)?;
        kwargs.push((key, value));
    }
    if positional {
        return Err(vm.value_error("Format string contains positional fields"));
    }
    let out = crate::objects::strformat::str_format(vm, fmt, &[], &kwargs)?;
    Ok(vm.new_str(out))
}

// ---------------------------------------------------------------------------
// Special methods
// ---------------------------------------------------------------------------

fn str_dunder_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = wrapper_args(vm, &args, "__len__", 0)?;
    Ok(Value::Int(s.char_len() as i64))
}

fn str_dunder_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = wrapper_args(vm, &args, "__contains__", 1)?;
    let item = &args.pos[1];
    match item.as_str() {
        Some(t) => Ok(Value::Bool(s.as_str().contains(t.as_str()))),
        None => {
            let t = vm.type_name(item);
            Err(vm.type_error(format!(
                "'in <string>' requires string as left operand, not {t}"
            )))
        }
    }
}

fn str_dunder_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper_args(vm, &args, "__getitem__", 1)?;
    let mut key = args.pos[1].clone();
    let is_slice = matches!(key.as_object(), Some(Object::Slice(_)));
    if !is_slice && !int::is_int(&key) {
        let class = vm.type_of(&key);
        if vm.class_lookup_str(&class, "__index__").is_none() {
            let t = vm.type_name(&key);
            return Err(vm.type_error(format!("string indices must be integers, not '{t}'")));
        }
        key = match vm.to_index(&key)? {
            Some(i) => Value::Int(i),
            None => {
                let t = vm.type_name(&key);
                return Err(vm.index_error(format!("cannot fit '{t}' into an index-sized integer")));
            }
        };
    }
    let base = exact(vm, &args.pos[0]);
    vm.get_item(&base, &key)
}

fn str_dunder_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = wrapper_args(vm, &args, "__add__", 1)?;
    let other = &args.pos[1];
    match other.as_str() {
        Some(t) => {
            check_size(vm, s.as_str().len() as u128 + t.as_str().len() as u128)?;
            let mut out = String::with_capacity(s.as_str().len() + t.as_str().len());
            out.push_str(s.as_str());
            out.push_str(t.as_str());
            Ok(vm.new_str(out))
        }
        None => {
            let t = vm.type_name(other);
            Err(vm.type_error(format!("can only concatenate str (not \"{t}\") to str")))
        }
    }
}

fn repeat(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let s = wrapper_args(vm, args, name, 1)?;
    let n = match vm.to_index(&args.pos[1])? {
        Some(n) => n.max(0) as u64,
        None => {
            let t = vm.type_name(&args.pos[1]);
            return Err(vm.overflow_error(format!("cannot fit '{t}' into an index-sized integer")));
        }
    };
    let size = s.as_str().len() as u128 * n as u128;
    if size > i64::MAX as u128 {
        return Err(vm.overflow_error("repeated string is too long"));
    }
    check_size(vm, size)?;
    Ok(vm.new_str(s.as_str().repeat(n as usize)))
}

fn str_dunder_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    repeat(vm, &args, "__mul__")
}

fn str_dunder_rmul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    repeat(vm, &args, "__rmul__")
}

fn str_dunder_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = wrapper_args(vm, &args, "__mod__", 1)?;
    let fmt = exact(vm, &args.pos[0]);
    let out = crate::objects::strformat::percent_format(vm, &fmt, &args.pos[1])?;
    // Without any conversion the format string itself comes back (a subclass too), as CPython.
    if !s.as_str().contains('%') {
        return Ok(args.pos[0].clone());
    }
    Ok(out)
}

fn str_dunder_rmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper_args(vm, &args, "__rmod__", 1)?;
    let other = &args.pos[1];
    if other.as_str().is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let fmt = exact(vm, other);
    crate::objects::strformat::percent_format(vm, &fmt, &args.pos[0])
}

fn compare(vm: &mut Vm, args: &Args, name: &str, pred: fn(Ordering) -> bool) -> PyResult<Value> {
    let s = wrapper_args(vm, args, name, 1)?;
    match args.pos[1].as_str() {
        Some(t) => Ok(Value::Bool(pred(s.as_str().cmp(t.as_str())))),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn str_dunder_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__eq__", |o| o == Ordering::Equal)
}

fn str_dunder_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__ne__", |o| o != Ordering::Equal)
}

fn str_dunder_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__lt__", |o| o == Ordering::Less)
}

fn str_dunder_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__le__", |o| o != Ordering::Greater)
}

fn str_dunder_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__gt__", |o| o == Ordering::Greater)
}

fn str_dunder_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "__ge__", |o| o != Ordering::Less)
}

fn str_dunder_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = wrapper_args(vm, &args, "__hash__", 0)?;
    Ok(Value::Int(s.hash()))
}

fn str_dunder_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper_args(vm, &args, "__iter__", 0)?;
    let base = exact(vm, &args.pos[0]);
    vm.get_iter(&base)
}

fn str_dunder_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper_args(vm, &args, "__str__", 0)?;
    Ok(exact(vm, &args.pos[0]))
}

fn str_dunder_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = wrapper_args(vm, &args, "__repr__", 0)?;
    Ok(vm.new_str(str_repr(s.as_str())))
}

fn str_dunder_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, spec) = one_arg(vm, &args, "__format__")?;
    let Some(spec) = spec.as_str() else {
        let t = clinic_type_name(vm, spec);
        return Err(vm.type_error(format!("__format__() argument must be str, not {t}")));
    };
    if spec.as_str().is_empty() {
        // str(self): a subclass's own __str__ counts, else an exact copy (as CPython).
        let this_value = &args.pos[0];
        let class = vm.type_of(this_value);
        let own_str = vm
            .class_lookup_str(&class, "__str__")
            .is_some_and(|f| !matches!(f.as_object(), Some(Object::NativeFunction(_))));
        return if own_str {
            vm.str(this_value)
        } else {
            Ok(exact(vm, this_value))
        };
    }
    let type_name = vm.type_name(&args.pos[0]);
    match crate::format::format_str_with_type(s.as_str(), spec.as_str(), &type_name) {
        // Neither padded nor truncated: self comes back (a subclass too), as CPython.
        Ok(out) if out == s.as_str() => Ok(args.pos[0].clone()),
        Ok(out) => Ok(vm.new_str(out)),
        Err(msg) => Err(vm.value_error(msg)),
    }
}

fn str_dunder_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "__getnewargs__")?;
    let base = exact(vm, &args.pos[0]);
    Ok(vm.new_tuple(vec![base]))
}

// ---------------------------------------------------------------------------
// Unicode tables, generated by running CPython 3.11 (Unicode 14.0) over every code point:
// `unicodedata.category` for ALPHA and TITLECASE; `isdigit`, `isnumeric` and `isidentifier` for
// DIGIT, NUMERIC, ID_START and ID_CONTINUE; the final-sigma behaviour of `lower()` for
// CASE_IGNORABLE; `title()`/`casefold()` where they differ from `upper()`/`lower()`; and, for
// CASE_OVERRIDES, every code point where Rust 1.95's `char` case methods (a newer Unicode)
// disagree with CPython's `upper()`, `lower()`, `islower()` or `isupper()`. A toolchain with a
// different Unicode version may need CASE_OVERRIDES regenerated.
// ---------------------------------------------------------------------------

/// Code points with `str.isalpha()` (categories Lu, Ll, Lt, Lm, Lo), as inclusive ranges.
#[rustfmt::skip]
static ALPHA: &[u32] = &[
    0x41, 0x5A, 0x61, 0x7A, 0xAA, 0xAA, 0xB5, 0xB5, 0xBA, 0xBA, 0xC0, 0xD6,
    0xD8, 0xF6, 0xF8, 0x2C1, 0x2C6, 0x2D1, 0x2E0, 0x2E4, 0x2EC, 0x2EC, 0x2EE, 0x2EE,
    0x370, 0x374, 0x376, 0x377, 0x37A, 0x37D, 0x37F, 0x37F, 0x386, 0x386, 0x388, 0x38A,
    0x38C, 0x38C, 0x38E, 0x3A1, 0x3A3, 0x3F5, 0x3F7, 0x481, 0x48A, 0x52F, 0x531, 0x556,
    0x559, 0x559, 0x560, 0x588, 0x5D0, 0x5EA, 0x5EF, 0x5F2, 0x620, 0x64A, 0x66E, 0x66F,
    0x671, 0x6D3, 0x6D5, 0x6D5, 0x6E5, 0x6E6, 0x6EE, 0x6EF, 0x6FA, 0x6FC, 0x6FF, 0x6FF,
    0x710, 0x710, 0x712, 0x72F, 0x74D, 0x7A5, 0x7B1, 0x7B1, 0x7CA, 0x7EA, 0x7F4, 0x7F5,
    0x7FA, 0x7FA, 0x800, 0x815, 0x81A, 0x81A, 0x824, 0x824, 0x828, 0x828, 0x840, 0x858,
    0x860, 0x86A, 0x870, 0x887, 0x889, 0x88E, 0x8A0, 0x8C9, 0x904, 0x939, 0x93D, 0x93D,
    0x950, 0x950, 0x958, 0x961, 0x971, 0x980, 0x985, 0x98C, 0x98F, 0x990, 0x993, 0x9A8,
    0x9AA, 0x9B0, 0x9B2, 0x9B2, 0x9B6, 0x9B9, 0x9BD, 0x9BD, 0x9CE, 0x9CE, 0x9DC, 0x9DD,
    0x9DF, 0x9E1, 0x9F0, 0x9F1, 0x9FC, 0x9FC, 0xA05, 0xA0A, 0xA0F, 0xA10, 0xA13, 0xA28,
    0xA2A, 0xA30, 0xA32, 0xA33, 0xA35, 0xA36, 0xA38, 0xA39, 0xA59, 0xA5C, 0xA5E, 0xA5E,
    0xA72, 0xA74, 0xA85, 0xA8D, 0xA8F, 0xA91, 0xA93, 0xAA8, 0xAAA, 0xAB0, 0xAB2, 0xAB3,
    0xAB5, 0xAB9, 0xABD, 0xABD, 0xAD0, 0xAD0, 0xAE0, 0xAE1, 0xAF9, 0xAF9, 0xB05, 0xB0C,
    0xB0F, 0xB10, 0xB13, 0xB28, 0xB2A, 0xB30, 0xB32, 0xB33, 0xB35, 0xB39, 0xB3D, 0xB3D,
    0xB5C, 0xB5D, 0xB5F, 0xB61, 0xB71, 0xB71, 0xB83, 0xB83, 0xB85, 0xB8A, 0xB8E, 0xB90,
    0xB92, 0xB95, 0xB99, 0xB9A, 0xB9C, 0xB9C, 0xB9E, 0xB9F, 0xBA3, 0xBA4, 0xBA8, 0xBAA,
    0xBAE, 0xBB9, 0xBD0, 0xBD0, 0xC05, 0xC0C, 0xC0E, 0xC10, 0xC12, 0xC28, 0xC2A, 0xC39,
    0xC3D, 0xC3D, 0xC58, 0xC5A, 0xC5D, 0xC5D, 0xC60, 0xC61, 0xC80, 0xC80, 0xC85, 0xC8C,
    0xC8E, 0xC90, 0xC92, 0xCA8, 0xCAA, 0xCB3, 0xCB5, 0xCB9, 0xCBD, 0xCBD, 0xCDD, 0xCDE,
    0xCE0, 0xCE1, 0xCF1, 0xCF2, 0xD04, 0xD0C, 0xD0E, 0xD10, 0xD12, 0xD3A, 0xD3D, 0xD3D,
    0xD4E, 0xD4E, 0xD54, 0xD56, 0xD5F, 0xD61, 0xD7A, 0xD7F, 0xD85, 0xD96, 0xD9A, 0xDB1,
    0xDB3, 0xDBB, 0xDBD, 0xDBD, 0xDC0, 0xDC6, 0xE01, 0xE30, 0xE32, 0xE33, 0xE40, 0xE46,
    0xE81, 0xE82, 0xE84, 0xE84, 0xE86, 0xE8A, 0xE8C, 0xEA3, 0xEA5, 0xEA5, 0xEA7, 0xEB0,
    0xEB2, 0xEB3, 0xEBD, 0xEBD, 0xEC0, 0xEC4, 0xEC6, 0xEC6, 0xEDC, 0xEDF, 0xF00, 0xF00,
    0xF40, 0xF47, 0xF49, 0xF6C, 0xF88, 0xF8C, 0x1000, 0x102A, 0x103F, 0x103F, 0x1050, 0x1055,
    0x105A, 0x105D, 0x1061, 0x1061, 0x1065, 0x1066, 0x106E, 0x1070, 0x1075, 0x1081, 0x108E, 0x108E,
    0x10A0, 0x10C5, 0x10C7, 0x10C7, 0x10CD, 0x10CD, 0x10D0, 0x10FA, 0x10FC, 0x1248, 0x124A, 0x124D,
    0x1250, 0x1256, 0x1258, 0x1258, 0x125A, 0x125D, 0x1260, 0x1288, 0x128A, 0x128D, 0x1290, 0x12B0,
    0x12B2, 0x12B5, 0x12B8, 0x12BE, 0x12C0, 0x12C0, 0x12C2, 0x12C5, 0x12C8, 0x12D6, 0x12D8, 0x1310,
    0x1312, 0x1315, 0x1318, 0x135A, 0x1380, 0x138F, 0x13A0, 0x13F5, 0x13F8, 0x13FD, 0x1401, 0x166C,
    0x166F, 0x167F, 0x1681, 0x169A, 0x16A0, 0x16EA, 0x16F1, 0x16F8, 0x1700, 0x1711, 0x171F, 0x1731,
    0x1740, 0x1751, 0x1760, 0x176C, 0x176E, 0x1770, 0x1780, 0x17B3, 0x17D7, 0x17D7, 0x17DC, 0x17DC,
    0x1820, 0x1878, 0x1880, 0x1884, 0x1887, 0x18A8, 0x18AA, 0x18AA, 0x18B0, 0x18F5, 0x1900, 0x191E,
    0x1950, 0x196D, 0x1970, 0x1974, 0x1980, 0x19AB, 0x19B0, 0x19C9, 0x1A00, 0x1A16, 0x1A20, 0x1A54,
    0x1AA7, 0x1AA7, 0x1B05, 0x1B33, 0x1B45, 0x1B4C, 0x1B83, 0x1BA0, 0x1BAE, 0x1BAF, 0x1BBA, 0x1BE5,
    0x1C00, 0x1C23, 0x1C4D, 0x1C4F, 0x1C5A, 0x1C7D, 0x1C80, 0x1C88, 0x1C90, 0x1CBA, 0x1CBD, 0x1CBF,
    0x1CE9, 0x1CEC, 0x1CEE, 0x1CF3, 0x1CF5, 0x1CF6, 0x1CFA, 0x1CFA, 0x1D00, 0x1DBF, 0x1E00, 0x1F15,
    0x1F18, 0x1F1D, 0x1F20, 0x1F45, 0x1F48, 0x1F4D, 0x1F50, 0x1F57, 0x1F59, 0x1F59, 0x1F5B, 0x1F5B,
    0x1F5D, 0x1F5D, 0x1F5F, 0x1F7D, 0x1F80, 0x1FB4, 0x1FB6, 0x1FBC, 0x1FBE, 0x1FBE, 0x1FC2, 0x1FC4,
    0x1FC6, 0x1FCC, 0x1FD0, 0x1FD3, 0x1FD6, 0x1FDB, 0x1FE0, 0x1FEC, 0x1FF2, 0x1FF4, 0x1FF6, 0x1FFC,
    0x2071, 0x2071, 0x207F, 0x207F, 0x2090, 0x209C, 0x2102, 0x2102, 0x2107, 0x2107, 0x210A, 0x2113,
    0x2115, 0x2115, 0x2119, 0x211D, 0x2124, 0x2124, 0x2126, 0x2126, 0x2128, 0x2128, 0x212A, 0x212D,
    0x212F, 0x2139, 0x213C, 0x213F, 0x2145, 0x2149, 0x214E, 0x214E, 0x2183, 0x2184, 0x2C00, 0x2CE4,
    0x2CEB, 0x2CEE, 0x2CF2, 0x2CF3, 0x2D00, 0x2D25, 0x2D27, 0x2D27, 0x2D2D, 0x2D2D, 0x2D30, 0x2D67,
    0x2D6F, 0x2D6F, 0x2D80, 0x2D96, 0x2DA0, 0x2DA6, 0x2DA8, 0x2DAE, 0x2DB0, 0x2DB6, 0x2DB8, 0x2DBE,
    0x2DC0, 0x2DC6, 0x2DC8, 0x2DCE, 0x2DD0, 0x2DD6, 0x2DD8, 0x2DDE, 0x2E2F, 0x2E2F, 0x3005, 0x3006,
    0x3031, 0x3035, 0x303B, 0x303C, 0x3041, 0x3096, 0x309D, 0x309F, 0x30A1, 0x30FA, 0x30FC, 0x30FF,
    0x3105, 0x312F, 0x3131, 0x318E, 0x31A0, 0x31BF, 0x31F0, 0x31FF, 0x3400, 0x4DBF, 0x4E00, 0xA48C,
    0xA4D0, 0xA4FD, 0xA500, 0xA60C, 0xA610, 0xA61F, 0xA62A, 0xA62B, 0xA640, 0xA66E, 0xA67F, 0xA69D,
    0xA6A0, 0xA6E5, 0xA717, 0xA71F, 0xA722, 0xA788, 0xA78B, 0xA7CA, 0xA7D0, 0xA7D1, 0xA7D3, 0xA7D3,
    0xA7D5, 0xA7D9, 0xA7F2, 0xA801, 0xA803, 0xA805, 0xA807, 0xA80A, 0xA80C, 0xA822, 0xA840, 0xA873,
    0xA882, 0xA8B3, 0xA8F2, 0xA8F7, 0xA8FB, 0xA8FB, 0xA8FD, 0xA8FE, 0xA90A, 0xA925, 0xA930, 0xA946,
    0xA960, 0xA97C, 0xA984, 0xA9B2, 0xA9CF, 0xA9CF, 0xA9E0, 0xA9E4, 0xA9E6, 0xA9EF, 0xA9FA, 0xA9FE,
    0xAA00, 0xAA28, 0xAA40, 0xAA42, 0xAA44, 0xAA4B, 0xAA60, 0xAA76, 0xAA7A, 0xAA7A, 0xAA7E, 0xAAAF,
    0xAAB1, 0xAAB1, 0xAAB5, 0xAAB6, 0xAAB9, 0xAABD, 0xAAC0, 0xAAC0, 0xAAC2, 0xAAC2, 0xAADB, 0xAADD,
    0xAAE0, 0xAAEA, 0xAAF2, 0xAAF4, 0xAB01, 0xAB06, 0xAB09, 0xAB0E, 0xAB11, 0xAB16, 0xAB20, 0xAB26,
    0xAB28, 0xAB2E, 0xAB30, 0xAB5A, 0xAB5C, 0xAB69, 0xAB70, 0xABE2, 0xAC00, 0xD7A3, 0xD7B0, 0xD7C6,
    0xD7CB, 0xD7FB, 0xF900, 0xFA6D, 0xFA70, 0xFAD9, 0xFB00, 0xFB06, 0xFB13, 0xFB17, 0xFB1D, 0xFB1D,
    0xFB1F, 0xFB28, 0xFB2A, 0xFB36, 0xFB38, 0xFB3C, 0xFB3E, 0xFB3E, 0xFB40, 0xFB41, 0xFB43, 0xFB44,
    0xFB46, 0xFBB1, 0xFBD3, 0xFD3D, 0xFD50, 0xFD8F, 0xFD92, 0xFDC7, 0xFDF0, 0xFDFB, 0xFE70, 0xFE74,
    0xFE76, 0xFEFC, 0xFF21, 0xFF3A, 0xFF41, 0xFF5A, 0xFF66, 0xFFBE, 0xFFC2, 0xFFC7, 0xFFCA, 0xFFCF,
    0xFFD2, 0xFFD7, 0xFFDA, 0xFFDC, 0x10000, 0x1000B, 0x1000D, 0x10026, 0x10028, 0x1003A, 0x1003C, 0x1003D,
    0x1003F, 0x1004D, 0x10050, 0x1005D, 0x10080, 0x100FA, 0x10280, 0x1029C, 0x102A0, 0x102D0, 0x10300, 0x1031F,
    0x1032D, 0x10340, 0x10342, 0x10349, 0x10350, 0x10375, 0x10380, 0x1039D, 0x103A0, 0x103C3, 0x103C8, 0x103CF,
    0x10400, 0x1049D, 0x104B0, 0x104D3, 0x104D8, 0x104FB, 0x10500, 0x10527, 0x10530, 0x10563, 0x10570, 0x1057A,
    0x1057C, 0x1058A, 0x1058C, 0x10592, 0x10594, 0x10595, 0x10597, 0x105A1, 0x105A3, 0x105B1, 0x105B3, 0x105B9,
    0x105BB, 0x105BC, 0x10600, 0x10736, 0x10740, 0x10755, 0x10760, 0x10767, 0x10780, 0x10785, 0x10787, 0x107B0,
    0x107B2, 0x107BA, 0x10800, 0x10805, 0x10808, 0x10808, 0x1080A, 0x10835, 0x10837, 0x10838, 0x1083C, 0x1083C,
    0x1083F, 0x10855, 0x10860, 0x10876, 0x10880, 0x1089E, 0x108E0, 0x108F2, 0x108F4, 0x108F5, 0x10900, 0x10915,
    0x10920, 0x10939, 0x10980, 0x109B7, 0x109BE, 0x109BF, 0x10A00, 0x10A00, 0x10A10, 0x10A13, 0x10A15, 0x10A17,
    0x10A19, 0x10A35, 0x10A60, 0x10A7C, 0x10A80, 0x10A9C, 0x10AC0, 0x10AC7, 0x10AC9, 0x10AE4, 0x10B00, 0x10B35,
    0x10B40, 0x10B55, 0x10B60, 0x10B72, 0x10B80, 0x10B91, 0x10C00, 0x10C48, 0x10C80, 0x10CB2, 0x10CC0, 0x10CF2,
    0x10D00, 0x10D23, 0x10E80, 0x10EA9, 0x10EB0, 0x10EB1, 0x10F00, 0x10F1C, 0x10F27, 0x10F27, 0x10F30, 0x10F45,
    0x10F70, 0x10F81, 0x10FB0, 0x10FC4, 0x10FE0, 0x10FF6, 0x11003, 0x11037, 0x11071, 0x11072, 0x11075, 0x11075,
    0x11083, 0x110AF, 0x110D0, 0x110E8, 0x11103, 0x11126, 0x11144, 0x11144, 0x11147, 0x11147, 0x11150, 0x11172,
    0x11176, 0x11176, 0x11183, 0x111B2, 0x111C1, 0x111C4, 0x111DA, 0x111DA, 0x111DC, 0x111DC, 0x11200, 0x11211,
    0x11213, 0x1122B, 0x11280, 0x11286, 0x11288, 0x11288, 0x1128A, 0x1128D, 0x1128F, 0x1129D, 0x1129F, 0x112A8,
    0x112B0, 0x112DE, 0x11305, 0x1130C, 0x1130F, 0x11310, 0x11313, 0x11328, 0x1132A, 0x11330, 0x11332, 0x11333,
    0x11335, 0x11339, 0x1133D, 0x1133D, 0x11350, 0x11350, 0x1135D, 0x11361, 0x11400, 0x11434, 0x11447, 0x1144A,
    0x1145F, 0x11461, 0x11480, 0x114AF, 0x114C4, 0x114C5, 0x114C7, 0x114C7, 0x11580, 0x115AE, 0x115D8, 0x115DB,
    0x11600, 0x1162F, 0x11644, 0x11644, 0x11680, 0x116AA, 0x116B8, 0x116B8, 0x11700, 0x1171A, 0x11740, 0x11746,
    0x11800, 0x1182B, 0x118A0, 0x118DF, 0x118FF, 0x11906, 0x11909, 0x11909, 0x1190C, 0x11913, 0x11915, 0x11916,
    0x11918, 0x1192F, 0x1193F, 0x1193F, 0x11941, 0x11941, 0x119A0, 0x119A7, 0x119AA, 0x119D0, 0x119E1, 0x119E1,
    0x119E3, 0x119E3, 0x11A00, 0x11A00, 0x11A0B, 0x11A32, 0x11A3A, 0x11A3A, 0x11A50, 0x11A50, 0x11A5C, 0x11A89,
    0x11A9D, 0x11A9D, 0x11AB0, 0x11AF8, 0x11C00, 0x11C08, 0x11C0A, 0x11C2E, 0x11C40, 0x11C40, 0x11C72, 0x11C8F,
    0x11D00, 0x11D06, 0x11D08, 0x11D09, 0x11D0B, 0x11D30, 0x11D46, 0x11D46, 0x11D60, 0x11D65, 0x11D67, 0x11D68,
    0x11D6A, 0x11D89, 0x11D98, 0x11D98, 0x11EE0, 0x11EF2, 0x11FB0, 0x11FB0, 0x12000, 0x12399, 0x12480, 0x12543,
    0x12F90, 0x12FF0, 0x13000, 0x1342E, 0x14400, 0x14646, 0x16800, 0x16A38, 0x16A40, 0x16A5E, 0x16A70, 0x16ABE,
    0x16AD0, 0x16AED, 0x16B00, 0x16B2F, 0x16B40, 0x16B43, 0x16B63, 0x16B77, 0x16B7D, 0x16B8F, 0x16E40, 0x16E7F,
    0x16F00, 0x16F4A, 0x16F50, 0x16F50, 0x16F93, 0x16F9F, 0x16FE0, 0x16FE1, 0x16FE3, 0x16FE3, 0x17000, 0x187F7,
    0x18800, 0x18CD5, 0x18D00, 0x18D08, 0x1AFF0, 0x1AFF3, 0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE, 0x1B000, 0x1B122,
    0x1B150, 0x1B152, 0x1B164, 0x1B167, 0x1B170, 0x1B2FB, 0x1BC00, 0x1BC6A, 0x1BC70, 0x1BC7C, 0x1BC80, 0x1BC88,
    0x1BC90, 0x1BC99, 0x1D400, 0x1D454, 0x1D456, 0x1D49C, 0x1D49E, 0x1D49F, 0x1D4A2, 0x1D4A2, 0x1D4A5, 0x1D4A6,
    0x1D4A9, 0x1D4AC, 0x1D4AE, 0x1D4B9, 0x1D4BB, 0x1D4BB, 0x1D4BD, 0x1D4C3, 0x1D4C5, 0x1D505, 0x1D507, 0x1D50A,
    0x1D50D, 0x1D514, 0x1D516, 0x1D51C, 0x1D51E, 0x1D539, 0x1D53B, 0x1D53E, 0x1D540, 0x1D544, 0x1D546, 0x1D546,
    0x1D54A, 0x1D550, 0x1D552, 0x1D6A5, 0x1D6A8, 0x1D6C0, 0x1D6C2, 0x1D6DA, 0x1D6DC, 0x1D6FA, 0x1D6FC, 0x1D714,
    0x1D716, 0x1D734, 0x1D736, 0x1D74E, 0x1D750, 0x1D76E, 0x1D770, 0x1D788, 0x1D78A, 0x1D7A8, 0x1D7AA, 0x1D7C2,
    0x1D7C4, 0x1D7CB, 0x1DF00, 0x1DF1E, 0x1E100, 0x1E12C, 0x1E137, 0x1E13D, 0x1E14E, 0x1E14E, 0x1E290, 0x1E2AD,
    0x1E2C0, 0x1E2EB, 0x1E7E0, 0x1E7E6, 0x1E7E8, 0x1E7EB, 0x1E7ED, 0x1E7EE, 0x1E7F0, 0x1E7FE, 0x1E800, 0x1E8C4,
    0x1E900, 0x1E943, 0x1E94B, 0x1E94B, 0x1EE00, 0x1EE03, 0x1EE05, 0x1EE1F, 0x1EE21, 0x1EE22, 0x1EE24, 0x1EE24,
    0x1EE27, 0x1EE27, 0x1EE29, 0x1EE32, 0x1EE34, 0x1EE37, 0x1EE39, 0x1EE39, 0x1EE3B, 0x1EE3B, 0x1EE42, 0x1EE42,
    0x1EE47, 0x1EE47, 0x1EE49, 0x1EE49, 0x1EE4B, 0x1EE4B, 0x1EE4D, 0x1EE4F, 0x1EE51, 0x1EE52, 0x1EE54, 0x1EE54,
    0x1EE57, 0x1EE57, 0x1EE59, 0x1EE59, 0x1EE5B, 0x1EE5B, 0x1EE5D, 0x1EE5D, 0x1EE5F, 0x1EE5F, 0x1EE61, 0x1EE62,
    0x1EE64, 0x1EE64, 0x1EE67, 0x1EE6A, 0x1EE6C, 0x1EE72, 0x1EE74, 0x1EE77, 0x1EE79, 0x1EE7C, 0x1EE7E, 0x1EE7E,
    0x1EE80, 0x1EE89, 0x1EE8B, 0x1EE9B, 0x1EEA1, 0x1EEA3, 0x1EEA5, 0x1EEA9, 0x1EEAB, 0x1EEBB, 0x20000, 0x2A6DF,
    0x2A700, 0x2B738, 0x2B740, 0x2B81D, 0x2B820, 0x2CEA1, 0x2CEB0, 0x2EBE0, 0x2F800, 0x2FA1D, 0x30000, 0x3134A,
];

/// Code points with `str.isdigit()` (Numeric_Type Digit or Decimal).
#[rustfmt::skip]
static DIGIT: &[u32] = &[
    0x30, 0x39, 0xB2, 0xB3, 0xB9, 0xB9, 0x660, 0x669, 0x6F0, 0x6F9, 0x7C0, 0x7C9,
    0x966, 0x96F, 0x9E6, 0x9EF, 0xA66, 0xA6F, 0xAE6, 0xAEF, 0xB66, 0xB6F, 0xBE6, 0xBEF,
    0xC66, 0xC6F, 0xCE6, 0xCEF, 0xD66, 0xD6F, 0xDE6, 0xDEF, 0xE50, 0xE59, 0xED0, 0xED9,
    0xF20, 0xF29, 0x1040, 0x1049, 0x1090, 0x1099, 0x1369, 0x1371, 0x17E0, 0x17E9, 0x1810, 0x1819,
    0x1946, 0x194F, 0x19D0, 0x19DA, 0x1A80, 0x1A89, 0x1A90, 0x1A99, 0x1B50, 0x1B59, 0x1BB0, 0x1BB9,
    0x1C40, 0x1C49, 0x1C50, 0x1C59, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089, 0x2460, 0x2468,
    0x2474, 0x247C, 0x2488, 0x2490, 0x24EA, 0x24EA, 0x24F5, 0x24FD, 0x24FF, 0x24FF, 0x2776, 0x277E,
    0x2780, 0x2788, 0x278A, 0x2792, 0xA620, 0xA629, 0xA8D0, 0xA8D9, 0xA900, 0xA909, 0xA9D0, 0xA9D9,
    0xA9F0, 0xA9F9, 0xAA50, 0xAA59, 0xABF0, 0xABF9, 0xFF10, 0xFF19, 0x104A0, 0x104A9, 0x10A40, 0x10A43,
    0x10D30, 0x10D39, 0x10E60, 0x10E68, 0x11052, 0x1105A, 0x11066, 0x1106F, 0x110F0, 0x110F9, 0x11136, 0x1113F,
    0x111D0, 0x111D9, 0x112F0, 0x112F9, 0x11450, 0x11459, 0x114D0, 0x114D9, 0x11650, 0x11659, 0x116C0, 0x116C9,
    0x11730, 0x11739, 0x118E0, 0x118E9, 0x11950, 0x11959, 0x11C50, 0x11C59, 0x11D50, 0x11D59, 0x11DA0, 0x11DA9,
    0x16A60, 0x16A69, 0x16AC0, 0x16AC9, 0x16B50, 0x16B59, 0x1D7CE, 0x1D7FF, 0x1E140, 0x1E149, 0x1E2F0, 0x1E2F9,
    0x1E950, 0x1E959, 0x1F100, 0x1F10A, 0x1FBF0, 0x1FBF9,
];

/// Code points with `str.isnumeric()` (any Numeric_Type).
#[rustfmt::skip]
static NUMERIC: &[u32] = &[
    0x30, 0x39, 0xB2, 0xB3, 0xB9, 0xB9, 0xBC, 0xBE, 0x660, 0x669, 0x6F0, 0x6F9,
    0x7C0, 0x7C9, 0x966, 0x96F, 0x9E6, 0x9EF, 0x9F4, 0x9F9, 0xA66, 0xA6F, 0xAE6, 0xAEF,
    0xB66, 0xB6F, 0xB72, 0xB77, 0xBE6, 0xBF2, 0xC66, 0xC6F, 0xC78, 0xC7E, 0xCE6, 0xCEF,
    0xD58, 0xD5E, 0xD66, 0xD78, 0xDE6, 0xDEF, 0xE50, 0xE59, 0xED0, 0xED9, 0xF20, 0xF33,
    0x1040, 0x1049, 0x1090, 0x1099, 0x1369, 0x137C, 0x16EE, 0x16F0, 0x17E0, 0x17E9, 0x17F0, 0x17F9,
    0x1810, 0x1819, 0x1946, 0x194F, 0x19D0, 0x19DA, 0x1A80, 0x1A89, 0x1A90, 0x1A99, 0x1B50, 0x1B59,
    0x1BB0, 0x1BB9, 0x1C40, 0x1C49, 0x1C50, 0x1C59, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089,
    0x2150, 0x2182, 0x2185, 0x2189, 0x2460, 0x249B, 0x24EA, 0x24FF, 0x2776, 0x2793, 0x2CFD, 0x2CFD,
    0x3007, 0x3007, 0x3021, 0x3029, 0x3038, 0x303A, 0x3192, 0x3195, 0x3220, 0x3229, 0x3248, 0x324F,
    0x3251, 0x325F, 0x3280, 0x3289, 0x32B1, 0x32BF, 0x3405, 0x3405, 0x3483, 0x3483, 0x382A, 0x382A,
    0x3B4D, 0x3B4D, 0x4E00, 0x4E00, 0x4E03, 0x4E03, 0x4E07, 0x4E07, 0x4E09, 0x4E09, 0x4E5D, 0x4E5D,
    0x4E8C, 0x4E8C, 0x4E94, 0x4E94, 0x4E96, 0x4E96, 0x4EBF, 0x4EC0, 0x4EDF, 0x4EDF, 0x4EE8, 0x4EE8,
    0x4F0D, 0x4F0D, 0x4F70, 0x4F70, 0x5104, 0x5104, 0x5146, 0x5146, 0x5169, 0x5169, 0x516B, 0x516B,
    0x516D, 0x516D, 0x5341, 0x5341, 0x5343, 0x5345, 0x534C, 0x534C, 0x53C1, 0x53C4, 0x56DB, 0x56DB,
    0x58F1, 0x58F1, 0x58F9, 0x58F9, 0x5E7A, 0x5E7A, 0x5EFE, 0x5EFF, 0x5F0C, 0x5F0E, 0x5F10, 0x5F10,
    0x62FE, 0x62FE, 0x634C, 0x634C, 0x67D2, 0x67D2, 0x6F06, 0x6F06, 0x7396, 0x7396, 0x767E, 0x767E,
    0x8086, 0x8086, 0x842C, 0x842C, 0x8CAE, 0x8CAE, 0x8CB3, 0x8CB3, 0x8D30, 0x8D30, 0x9621, 0x9621,
    0x9646, 0x9646, 0x964C, 0x964C, 0x9678, 0x9678, 0x96F6, 0x96F6, 0xA620, 0xA629, 0xA6E6, 0xA6EF,
    0xA830, 0xA835, 0xA8D0, 0xA8D9, 0xA900, 0xA909, 0xA9D0, 0xA9D9, 0xA9F0, 0xA9F9, 0xAA50, 0xAA59,
    0xABF0, 0xABF9, 0xF96B, 0xF96B, 0xF973, 0xF973, 0xF978, 0xF978, 0xF9B2, 0xF9B2, 0xF9D1, 0xF9D1,
    0xF9D3, 0xF9D3, 0xF9FD, 0xF9FD, 0xFF10, 0xFF19, 0x10107, 0x10133, 0x10140, 0x10178, 0x1018A, 0x1018B,
    0x102E1, 0x102FB, 0x10320, 0x10323, 0x10341, 0x10341, 0x1034A, 0x1034A, 0x103D1, 0x103D5, 0x104A0, 0x104A9,
    0x10858, 0x1085F, 0x10879, 0x1087F, 0x108A7, 0x108AF, 0x108FB, 0x108FF, 0x10916, 0x1091B, 0x109BC, 0x109BD,
    0x109C0, 0x109CF, 0x109D2, 0x109FF, 0x10A40, 0x10A48, 0x10A7D, 0x10A7E, 0x10A9D, 0x10A9F, 0x10AEB, 0x10AEF,
    0x10B58, 0x10B5F, 0x10B78, 0x10B7F, 0x10BA9, 0x10BAF, 0x10CFA, 0x10CFF, 0x10D30, 0x10D39, 0x10E60, 0x10E7E,
    0x10F1D, 0x10F26, 0x10F51, 0x10F54, 0x10FC5, 0x10FCB, 0x11052, 0x1106F, 0x110F0, 0x110F9, 0x11136, 0x1113F,
    0x111D0, 0x111D9, 0x111E1, 0x111F4, 0x112F0, 0x112F9, 0x11450, 0x11459, 0x114D0, 0x114D9, 0x11650, 0x11659,
    0x116C0, 0x116C9, 0x11730, 0x1173B, 0x118E0, 0x118F2, 0x11950, 0x11959, 0x11C50, 0x11C6C, 0x11D50, 0x11D59,
    0x11DA0, 0x11DA9, 0x11FC0, 0x11FD4, 0x12400, 0x1246E, 0x16A60, 0x16A69, 0x16AC0, 0x16AC9, 0x16B50, 0x16B59,
    0x16B5B, 0x16B61, 0x16E80, 0x16E96, 0x1D2E0, 0x1D2F3, 0x1D360, 0x1D378, 0x1D7CE, 0x1D7FF, 0x1E140, 0x1E149,
    0x1E2F0, 0x1E2F9, 0x1E8C7, 0x1E8CF, 0x1E950, 0x1E959, 0x1EC71, 0x1ECAB, 0x1ECAD, 0x1ECAF, 0x1ECB1, 0x1ECB4,
    0x1ED01, 0x1ED2D, 0x1ED2F, 0x1ED3D, 0x1F100, 0x1F10C, 0x1FBF0, 0x1FBF9, 0x20001, 0x20001, 0x20064, 0x20064,
    0x200E2, 0x200E2, 0x20121, 0x20121, 0x2092A, 0x2092A, 0x20983, 0x20983, 0x2098C, 0x2098C, 0x2099C, 0x2099C,
    0x20AEA, 0x20AEA, 0x20AFD, 0x20AFD, 0x20B19, 0x20B19, 0x22390, 0x22390, 0x22998, 0x22998, 0x23B1B, 0x23B1B,
    0x2626D, 0x2626D, 0x2F890, 0x2F890,
];

/// Code points that may start an identifier (XID_Start and `_`).
#[rustfmt::skip]
static ID_START: &[u32] = &[
    0x41, 0x5A, 0x5F, 0x5F, 0x61, 0x7A, 0xAA, 0xAA, 0xB5, 0xB5, 0xBA, 0xBA,
    0xC0, 0xD6, 0xD8, 0xF6, 0xF8, 0x2C1, 0x2C6, 0x2D1, 0x2E0, 0x2E4, 0x2EC, 0x2EC,
    0x2EE, 0x2EE, 0x370, 0x374, 0x376, 0x377, 0x37B, 0x37D, 0x37F, 0x37F, 0x386, 0x386,
    0x388, 0x38A, 0x38C, 0x38C, 0x38E, 0x3A1, 0x3A3, 0x3F5, 0x3F7, 0x481, 0x48A, 0x52F,
    0x531, 0x556, 0x559, 0x559, 0x560, 0x588, 0x5D0, 0x5EA, 0x5EF, 0x5F2, 0x620, 0x64A,
    0x66E, 0x66F, 0x671, 0x6D3, 0x6D5, 0x6D5, 0x6E5, 0x6E6, 0x6EE, 0x6EF, 0x6FA, 0x6FC,
    0x6FF, 0x6FF, 0x710, 0x710, 0x712, 0x72F, 0x74D, 0x7A5, 0x7B1, 0x7B1, 0x7CA, 0x7EA,
    0x7F4, 0x7F5, 0x7FA, 0x7FA, 0x800, 0x815, 0x81A, 0x81A, 0x824, 0x824, 0x828, 0x828,
    0x840, 0x858, 0x860, 0x86A, 0x870, 0x887, 0x889, 0x88E, 0x8A0, 0x8C9, 0x904, 0x939,
    0x93D, 0x93D, 0x950, 0x950, 0x958, 0x961, 0x971, 0x980, 0x985, 0x98C, 0x98F, 0x990,
    0x993, 0x9A8, 0x9AA, 0x9B0, 0x9B2, 0x9B2, 0x9B6, 0x9B9, 0x9BD, 0x9BD, 0x9CE, 0x9CE,
    0x9DC, 0x9DD, 0x9DF, 0x9E1, 0x9F0, 0x9F1, 0x9FC, 0x9FC, 0xA05, 0xA0A, 0xA0F, 0xA10,
    0xA13, 0xA28, 0xA2A, 0xA30, 0xA32, 0xA33, 0xA35, 0xA36, 0xA38, 0xA39, 0xA59, 0xA5C,
    0xA5E, 0xA5E, 0xA72, 0xA74, 0xA85, 0xA8D, 0xA8F, 0xA91, 0xA93, 0xAA8, 0xAAA, 0xAB0,
    0xAB2, 0xAB3, 0xAB5, 0xAB9, 0xABD, 0xABD, 0xAD0, 0xAD0, 0xAE0, 0xAE1, 0xAF9, 0xAF9,
    0xB05, 0xB0C, 0xB0F, 0xB10, 0xB13, 0xB28, 0xB2A, 0xB30, 0xB32, 0xB33, 0xB35, 0xB39,
    0xB3D, 0xB3D, 0xB5C, 0xB5D, 0xB5F, 0xB61, 0xB71, 0xB71, 0xB83, 0xB83, 0xB85, 0xB8A,
    0xB8E, 0xB90, 0xB92, 0xB95, 0xB99, 0xB9A, 0xB9C, 0xB9C, 0xB9E, 0xB9F, 0xBA3, 0xBA4,
    0xBA8, 0xBAA, 0xBAE, 0xBB9, 0xBD0, 0xBD0, 0xC05, 0xC0C, 0xC0E, 0xC10, 0xC12, 0xC28,
    0xC2A, 0xC39, 0xC3D, 0xC3D, 0xC58, 0xC5A, 0xC5D, 0xC5D, 0xC60, 0xC61, 0xC80, 0xC80,
    0xC85, 0xC8C, 0xC8E, 0xC90, 0xC92, 0xCA8, 0xCAA, 0xCB3, 0xCB5, 0xCB9, 0xCBD, 0xCBD,
    0xCDD, 0xCDE, 0xCE0, 0xCE1, 0xCF1, 0xCF2, 0xD04, 0xD0C, 0xD0E, 0xD10, 0xD12, 0xD3A,
    0xD3D, 0xD3D, 0xD4E, 0xD4E, 0xD54, 0xD56, 0xD5F, 0xD61, 0xD7A, 0xD7F, 0xD85, 0xD96,
    0xD9A, 0xDB1, 0xDB3, 0xDBB, 0xDBD, 0xDBD, 0xDC0, 0xDC6, 0xE01, 0xE30, 0xE32, 0xE32,
    0xE40, 0xE46, 0xE81, 0xE82, 0xE84, 0xE84, 0xE86, 0xE8A, 0xE8C, 0xEA3, 0xEA5, 0xEA5,
    0xEA7, 0xEB0, 0xEB2, 0xEB2, 0xEBD, 0xEBD, 0xEC0, 0xEC4, 0xEC6, 0xEC6, 0xEDC, 0xEDF,
    0xF00, 0xF00, 0xF40, 0xF47, 0xF49, 0xF6C, 0xF88, 0xF8C, 0x1000, 0x102A, 0x103F, 0x103F,
    0x1050, 0x1055, 0x105A, 0x105D, 0x1061, 0x1061, 0x1065, 0x1066, 0x106E, 0x1070, 0x1075, 0x1081,
    0x108E, 0x108E, 0x10A0, 0x10C5, 0x10C7, 0x10C7, 0x10CD, 0x10CD, 0x10D0, 0x10FA, 0x10FC, 0x1248,
    0x124A, 0x124D, 0x1250, 0x1256, 0x1258, 0x1258, 0x125A, 0x125D, 0x1260, 0x1288, 0x128A, 0x128D,
    0x1290, 0x12B0, 0x12B2, 0x12B5, 0x12B8, 0x12BE, 0x12C0, 0x12C0, 0x12C2, 0x12C5, 0x12C8, 0x12D6,
    0x12D8, 0x1310, 0x1312, 0x1315, 0x1318, 0x135A, 0x1380, 0x138F, 0x13A0, 0x13F5, 0x13F8, 0x13FD,
    0x1401, 0x166C, 0x166F, 0x167F, 0x1681, 0x169A, 0x16A0, 0x16EA, 0x16EE, 0x16F8, 0x1700, 0x1711,
    0x171F, 0x1731, 0x1740, 0x1751, 0x1760, 0x176C, 0x176E, 0x1770, 0x1780, 0x17B3, 0x17D7, 0x17D7,
    0x17DC, 0x17DC, 0x1820, 0x1878, 0x1880, 0x18A8, 0x18AA, 0x18AA, 0x18B0, 0x18F5, 0x1900, 0x191E,
    0x1950, 0x196D, 0x1970, 0x1974, 0x1980, 0x19AB, 0x19B0, 0x19C9, 0x1A00, 0x1A16, 0x1A20, 0x1A54,
    0x1AA7, 0x1AA7, 0x1B05, 0x1B33, 0x1B45, 0x1B4C, 0x1B83, 0x1BA0, 0x1BAE, 0x1BAF, 0x1BBA, 0x1BE5,
    0x1C00, 0x1C23, 0x1C4D, 0x1C4F, 0x1C5A, 0x1C7D, 0x1C80, 0x1C88, 0x1C90, 0x1CBA, 0x1CBD, 0x1CBF,
    0x1CE9, 0x1CEC, 0x1CEE, 0x1CF3, 0x1CF5, 0x1CF6, 0x1CFA, 0x1CFA, 0x1D00, 0x1DBF, 0x1E00, 0x1F15,
    0x1F18, 0x1F1D, 0x1F20, 0x1F45, 0x1F48, 0x1F4D, 0x1F50, 0x1F57, 0x1F59, 0x1F59, 0x1F5B, 0x1F5B,
    0x1F5D, 0x1F5D, 0x1F5F, 0x1F7D, 0x1F80, 0x1FB4, 0x1FB6, 0x1FBC, 0x1FBE, 0x1FBE, 0x1FC2, 0x1FC4,
    0x1FC6, 0x1FCC, 0x1FD0, 0x1FD3, 0x1FD6, 0x1FDB, 0x1FE0, 0x1FEC, 0x1FF2, 0x1FF4, 0x1FF6, 0x1FFC,
    0x2071, 0x2071, 0x207F, 0x207F, 0x2090, 0x209C, 0x2102, 0x2102, 0x2107, 0x2107, 0x210A, 0x2113,
    0x2115, 0x2115, 0x2118, 0x211D, 0x2124, 0x2124, 0x2126, 0x2126, 0x2128, 0x2128, 0x212A, 0x2139,
    0x213C, 0x213F, 0x2145, 0x2149, 0x214E, 0x214E, 0x2160, 0x2188, 0x2C00, 0x2CE4, 0x2CEB, 0x2CEE,
    0x2CF2, 0x2CF3, 0x2D00, 0x2D25, 0x2D27, 0x2D27, 0x2D2D, 0x2D2D, 0x2D30, 0x2D67, 0x2D6F, 0x2D6F,
    0x2D80, 0x2D96, 0x2DA0, 0x2DA6, 0x2DA8, 0x2DAE, 0x2DB0, 0x2DB6, 0x2DB8, 0x2DBE, 0x2DC0, 0x2DC6,
    0x2DC8, 0x2DCE, 0x2DD0, 0x2DD6, 0x2DD8, 0x2DDE, 0x3005, 0x3007, 0x3021, 0x3029, 0x3031, 0x3035,
    0x3038, 0x303C, 0x3041, 0x3096, 0x309D, 0x309F, 0x30A1, 0x30FA, 0x30FC, 0x30FF, 0x3105, 0x312F,
    0x3131, 0x318E, 0x31A0, 0x31BF, 0x31F0, 0x31FF, 0x3400, 0x4DBF, 0x4E00, 0xA48C, 0xA4D0, 0xA4FD,
    0xA500, 0xA60C, 0xA610, 0xA61F, 0xA62A, 0xA62B, 0xA640, 0xA66E, 0xA67F, 0xA69D, 0xA6A0, 0xA6EF,
    0xA717, 0xA71F, 0xA722, 0xA788, 0xA78B, 0xA7CA, 0xA7D0, 0xA7D1, 0xA7D3, 0xA7D3, 0xA7D5, 0xA7D9,
    0xA7F2, 0xA801, 0xA803, 0xA805, 0xA807, 0xA80A, 0xA80C, 0xA822, 0xA840, 0xA873, 0xA882, 0xA8B3,
    0xA8F2, 0xA8F7, 0xA8FB, 0xA8FB, 0xA8FD, 0xA8FE, 0xA90A, 0xA925, 0xA930, 0xA946, 0xA960, 0xA97C,
    0xA984, 0xA9B2, 0xA9CF, 0xA9CF, 0xA9E0, 0xA9E4, 0xA9E6, 0xA9EF, 0xA9FA, 0xA9FE, 0xAA00, 0xAA28,
    0xAA40, 0xAA42, 0xAA44, 0xAA4B, 0xAA60, 0xAA76, 0xAA7A, 0xAA7A, 0xAA7E, 0xAAAF, 0xAAB1, 0xAAB1,
    0xAAB5, 0xAAB6, 0xAAB9, 0xAABD, 0xAAC0, 0xAAC0, 0xAAC2, 0xAAC2, 0xAADB, 0xAADD, 0xAAE0, 0xAAEA,
    0xAAF2, 0xAAF4, 0xAB01, 0xAB06, 0xAB09, 0xAB0E, 0xAB11, 0xAB16, 0xAB20, 0xAB26, 0xAB28, 0xAB2E,
    0xAB30, 0xAB5A, 0xAB5C, 0xAB69, 0xAB70, 0xABE2, 0xAC00, 0xD7A3, 0xD7B0, 0xD7C6, 0xD7CB, 0xD7FB,
    0xF900, 0xFA6D, 0xFA70, 0xFAD9, 0xFB00, 0xFB06, 0xFB13, 0xFB17, 0xFB1D, 0xFB1D, 0xFB1F, 0xFB28,
    0xFB2A, 0xFB36, 0xFB38, 0xFB3C, 0xFB3E, 0xFB3E, 0xFB40, 0xFB41, 0xFB43, 0xFB44, 0xFB46, 0xFBB1,
    0xFBD3, 0xFC5D, 0xFC64, 0xFD3D, 0xFD50, 0xFD8F, 0xFD92, 0xFDC7, 0xFDF0, 0xFDF9, 0xFE71, 0xFE71,
    0xFE73, 0xFE73, 0xFE77, 0xFE77, 0xFE79, 0xFE79, 0xFE7B, 0xFE7B, 0xFE7D, 0xFE7D, 0xFE7F, 0xFEFC,
    0xFF21, 0xFF3A, 0xFF41, 0xFF5A, 0xFF66, 0xFF9D, 0xFFA0, 0xFFBE, 0xFFC2, 0xFFC7, 0xFFCA, 0xFFCF,
    0xFFD2, 0xFFD7, 0xFFDA, 0xFFDC, 0x10000, 0x1000B, 0x1000D, 0x10026, 0x10028, 0x1003A, 0x1003C, 0x1003D,
    0x1003F, 0x1004D, 0x10050, 0x1005D, 0x10080, 0x100FA, 0x10140, 0x10174, 0x10280, 0x1029C, 0x102A0, 0x102D0,
    0x10300, 0x1031F, 0x1032D, 0x1034A, 0x10350, 0x10375, 0x10380, 0x1039D, 0x103A0, 0x103C3, 0x103C8, 0x103CF,
    0x103D1, 0x103D5, 0x10400, 0x1049D, 0x104B0, 0x104D3, 0x104D8, 0x104FB, 0x10500, 0x10527, 0x10530, 0x10563,
    0x10570, 0x1057A, 0x1057C, 0x1058A, 0x1058C, 0x10592, 0x10594, 0x10595, 0x10597, 0x105A1, 0x105A3, 0x105B1,
    0x105B3, 0x105B9, 0x105BB, 0x105BC, 0x10600, 0x10736, 0x10740, 0x10755, 0x10760, 0x10767, 0x10780, 0x10785,
    0x10787, 0x107B0, 0x107B2, 0x107BA, 0x10800, 0x10805, 0x10808, 0x10808, 0x1080A, 0x10835, 0x10837, 0x10838,
    0x1083C, 0x1083C, 0x1083F, 0x10855, 0x10860, 0x10876, 0x10880, 0x1089E, 0x108E0, 0x108F2, 0x108F4, 0x108F5,
    0x10900, 0x10915, 0x10920, 0x10939, 0x10980, 0x109B7, 0x109BE, 0x109BF, 0x10A00, 0x10A00, 0x10A10, 0x10A13,
    0x10A15, 0x10A17, 0x10A19, 0x10A35, 0x10A60, 0x10A7C, 0x10A80, 0x10A9C, 0x10AC0, 0x10AC7, 0x10AC9, 0x10AE4,
    0x10B00, 0x10B35, 0x10B40, 0x10B55, 0x10B60, 0x10B72, 0x10B80, 0x10B91, 0x10C00, 0x10C48, 0x10C80, 0x10CB2,
    0x10CC0, 0x10CF2, 0x10D00, 0x10D23, 0x10E80, 0x10EA9, 0x10EB0, 0x10EB1, 0x10F00, 0x10F1C, 0x10F27, 0x10F27,
    0x10F30, 0x10F45, 0x10F70, 0x10F81, 0x10FB0, 0x10FC4, 0x10FE0, 0x10FF6, 0x11003, 0x11037, 0x11071, 0x11072,
    0x11075, 0x11075, 0x11083, 0x110AF, 0x110D0, 0x110E8, 0x11103, 0x11126, 0x11144, 0x11144, 0x11147, 0x11147,
    0x11150, 0x11172, 0x11176, 0x11176, 0x11183, 0x111B2, 0x111C1, 0x111C4, 0x111DA, 0x111DA, 0x111DC, 0x111DC,
    0x11200, 0x11211, 0x11213, 0x1122B, 0x11280, 0x11286, 0x11288, 0x11288, 0x1128A, 0x1128D, 0x1128F, 0x1129D,
    0x1129F, 0x112A8, 0x112B0, 0x112DE, 0x11305, 0x1130C, 0x1130F, 0x11310, 0x11313, 0x11328, 0x1132A, 0x11330,
    0x11332, 0x11333, 0x11335, 0x11339, 0x1133D, 0x1133D, 0x11350, 0x11350, 0x1135D, 0x11361, 0x11400, 0x11434,
    0x11447, 0x1144A, 0x1145F, 0x11461, 0x11480, 0x114AF, 0x114C4, 0x114C5, 0x114C7, 0x114C7, 0x11580, 0x115AE,
    0x115D8, 0x115DB, 0x11600, 0x1162F, 0x11644, 0x11644, 0x11680, 0x116AA, 0x116B8, 0x116B8, 0x11700, 0x1171A,
    0x11740, 0x11746, 0x11800, 0x1182B, 0x118A0, 0x118DF, 0x118FF, 0x11906, 0x11909, 0x11909, 0x1190C, 0x11913,
    0x11915, 0x11916, 0x11918, 0x1192F, 0x1193F, 0x1193F, 0x11941, 0x11941, 0x119A0, 0x119A7, 0x119AA, 0x119D0,
    0x119E1, 0x119E1, 0x119E3, 0x119E3, 0x11A00, 0x11A00, 0x11A0B, 0x11A32, 0x11A3A, 0x11A3A, 0x11A50, 0x11A50,
    0x11A5C, 0x11A89, 0x11A9D, 0x11A9D, 0x11AB0, 0x11AF8, 0x11C00, 0x11C08, 0x11C0A, 0x11C2E, 0x11C40, 0x11C40,
    0x11C72, 0x11C8F, 0x11D00, 0x11D06, 0x11D08, 0x11D09, 0x11D0B, 0x11D30, 0x11D46, 0x11D46, 0x11D60, 0x11D65,
    0x11D67, 0x11D68, 0x11D6A, 0x11D89, 0x11D98, 0x11D98, 0x11EE0, 0x11EF2, 0x11FB0, 0x11FB0, 0x12000, 0x12399,
    0x12400, 0x1246E, 0x12480, 0x12543, 0x12F90, 0x12FF0, 0x13000, 0x1342E, 0x14400, 0x14646, 0x16800, 0x16A38,
    0x16A40, 0x16A5E, 0x16A70, 0x16ABE, 0x16AD0, 0x16AED, 0x16B00, 0x16B2F, 0x16B40, 0x16B43, 0x16B63, 0x16B77,
    0x16B7D, 0x16B8F, 0x16E40, 0x16E7F, 0x16F00, 0x16F4A, 0x16F50, 0x16F50, 0x16F93, 0x16F9F, 0x16FE0, 0x16FE1,
    0x16FE3, 0x16FE3, 0x17000, 0x187F7, 0x18800, 0x18CD5, 0x18D00, 0x18D08, 0x1AFF0, 0x1AFF3, 0x1AFF5, 0x1AFFB,
    0x1AFFD, 0x1AFFE, 0x1B000, 0x1B122, 0x1B150, 0x1B152, 0x1B164, 0x1B167, 0x1B170, 0x1B2FB, 0x1BC00, 0x1BC6A,
    0x1BC70, 0x1BC7C, 0x1BC80, 0x1BC88, 0x1BC90, 0x1BC99, 0x1D400, 0x1D454, 0x1D456, 0x1D49C, 0x1D49E, 0x1D49F,
    0x1D4A2, 0x1D4A2, 0x1D4A5, 0x1D4A6, 0x1D4A9, 0x1D4AC, 0x1D4AE, 0x1D4B9, 0x1D4BB, 0x1D4BB, 0x1D4BD, 0x1D4C3,
    0x1D4C5, 0x1D505, 0x1D507, 0x1D50A, 0x1D50D, 0x1D514, 0x1D516, 0x1D51C, 0x1D51E, 0x1D539, 0x1D53B, 0x1D53E,
    0x1D540, 0x1D544, 0x1D546, 0x1D546, 0x1D54A, 0x1D550, 0x1D552, 0x1D6A5, 0x1D6A8, 0x1D6C0, 0x1D6C2, 0x1D6DA,
    0x1D6DC, 0x1D6FA, 0x1D6FC, 0x1D714, 0x1D716, 0x1D734, 0x1D736, 0x1D74E, 0x1D750, 0x1D76E, 0x1D770, 0x1D788,
    0x1D78A, 0x1D7A8, 0x1D7AA, 0x1D7C2, 0x1D7C4, 0x1D7CB, 0x1DF00, 0x1DF1E, 0x1E100, 0x1E12C, 0x1E137, 0x1E13D,
    0x1E14E, 0x1E14E, 0x1E290, 0x1E2AD, 0x1E2C0, 0x1E2EB, 0x1E7E0, 0x1E7E6, 0x1E7E8, 0x1E7EB, 0x1E7ED, 0x1E7EE,
    0x1E7F0, 0x1E7FE, 0x1E800, 0x1E8C4, 0x1E900, 0x1E943, 0x1E94B, 0x1E94B, 0x1EE00, 0x1EE03, 0x1EE05, 0x1EE1F,
    0x1EE21, 0x1EE22, 0x1EE24, 0x1EE24, 0x1EE27, 0x1EE27, 0x1EE29, 0x1EE32, 0x1EE34, 0x1EE37, 0x1EE39, 0x1EE39,
    0x1EE3B, 0x1EE3B, 0x1EE42, 0x1EE42, 0x1EE47, 0x1EE47, 0x1EE49, 0x1EE49, 0x1EE4B, 0x1EE4B, 0x1EE4D, 0x1EE4F,
    0x1EE51, 0x1EE52, 0x1EE54, 0x1EE54, 0x1EE57, 0x1EE57, 0x1EE59, 0x1EE59, 0x1EE5B, 0x1EE5B, 0x1EE5D, 0x1EE5D,
    0x1EE5F, 0x1EE5F, 0x1EE61, 0x1EE62, 0x1EE64, 0x1EE64, 0x1EE67, 0x1EE6A, 0x1EE6C, 0x1EE72, 0x1EE74, 0x1EE77,
    0x1EE79, 0x1EE7C, 0x1EE7E, 0x1EE7E, 0x1EE80, 0x1EE89, 0x1EE8B, 0x1EE9B, 0x1EEA1, 0x1EEA3, 0x1EEA5, 0x1EEA9,
    0x1EEAB, 0x1EEBB, 0x20000, 0x2A6DF, 0x2A700, 0x2B738, 0x2B740, 0x2B81D, 0x2B820, 0x2CEA1, 0x2CEB0, 0x2EBE0,
    0x2F800, 0x2FA1D, 0x30000, 0x3134A,
];

/// Code points that may continue an identifier (XID_Continue).
#[rustfmt::skip]
static ID_CONTINUE: &[u32] = &[
    0x30, 0x39, 0x41, 0x5A, 0x5F, 0x5F, 0x61, 0x7A, 0xAA, 0xAA, 0xB5, 0xB5,
    0xB7, 0xB7, 0xBA, 0xBA, 0xC0, 0xD6, 0xD8, 0xF6, 0xF8, 0x2C1, 0x2C6, 0x2D1,
    0x2E0, 0x2E4, 0x2EC, 0x2EC, 0x2EE, 0x2EE, 0x300, 0x374, 0x376, 0x377, 0x37B, 0x37D,
    0x37F, 0x37F, 0x386, 0x38A, 0x38C, 0x38C, 0x38E, 0x3A1, 0x3A3, 0x3F5, 0x3F7, 0x481,
    0x483, 0x487, 0x48A, 0x52F, 0x531, 0x556, 0x559, 0x559, 0x560, 0x588, 0x591, 0x5BD,
    0x5BF, 0x5BF, 0x5C1, 0x5C2, 0x5C4, 0x5C5, 0x5C7, 0x5C7, 0x5D0, 0x5EA, 0x5EF, 0x5F2,
    0x610, 0x61A, 0x620, 0x669, 0x66E, 0x6D3, 0x6D5, 0x6DC, 0x6DF, 0x6E8, 0x6EA, 0x6FC,
    0x6FF, 0x6FF, 0x710, 0x74A, 0x74D, 0x7B1, 0x7C0, 0x7F5, 0x7FA, 0x7FA, 0x7FD, 0x7FD,
    0x800, 0x82D, 0x840, 0x85B, 0x860, 0x86A, 0x870, 0x887, 0x889, 0x88E, 0x898, 0x8E1,
    0x8E3, 0x963, 0x966, 0x96F, 0x971, 0x983, 0x985, 0x98C, 0x98F, 0x990, 0x993, 0x9A8,
    0x9AA, 0x9B0, 0x9B2, 0x9B2, 0x9B6, 0x9B9, 0x9BC, 0x9C4, 0x9C7, 0x9C8, 0x9CB, 0x9CE,
    0x9D7, 0x9D7, 0x9DC, 0x9DD, 0x9DF, 0x9E3, 0x9E6, 0x9F1, 0x9FC, 0x9FC, 0x9FE, 0x9FE,
    0xA01, 0xA03, 0xA05, 0xA0A, 0xA0F, 0xA10, 0xA13, 0xA28, 0xA2A, 0xA30, 0xA32, 0xA33,
    0xA35, 0xA36, 0xA38, 0xA39, 0xA3C, 0xA3C, 0xA3E, 0xA42, 0xA47, 0xA48, 0xA4B, 0xA4D,
    0xA51, 0xA51, 0xA59, 0xA5C, 0xA5E, 0xA5E, 0xA66, 0xA75, 0xA81, 0xA83, 0xA85, 0xA8D,
    0xA8F, 0xA91, 0xA93, 0xAA8, 0xAAA, 0xAB0, 0xAB2, 0xAB3, 0xAB5, 0xAB9, 0xABC, 0xAC5,
    0xAC7, 0xAC9, 0xACB, 0xACD, 0xAD0, 0xAD0, 0xAE0, 0xAE3, 0xAE6, 0xAEF, 0xAF9, 0xAFF,
    0xB01, 0xB03, 0xB05, 0xB0C, 0xB0F, 0xB10, 0xB13, 0xB28, 0xB2A, 0xB30, 0xB32, 0xB33,
    0xB35, 0xB39, 0xB3C, 0xB44, 0xB47, 0xB48, 0xB4B, 0xB4D, 0xB55, 0xB57, 0xB5C, 0xB5D,
    0xB5F, 0xB63, 0xB66, 0xB6F, 0xB71, 0xB71, 0xB82, 0xB83, 0xB85, 0xB8A, 0xB8E, 0xB90,
    0xB92, 0xB95, 0xB99, 0xB9A, 0xB9C, 0xB9C, 0xB9E, 0xB9F, 0xBA3, 0xBA4, 0xBA8, 0xBAA,
    0xBAE, 0xBB9, 0xBBE, 0xBC2, 0xBC6, 0xBC8, 0xBCA, 0xBCD, 0xBD0, 0xBD0, 0xBD7, 0xBD7,
    0xBE6, 0xBEF, 0xC00, 0xC0C, 0xC0E, 0xC10, 0xC12, 0xC28, 0xC2A, 0xC39, 0xC3C, 0xC44,
    0xC46, 0xC48, 0xC4A, 0xC4D, 0xC55, 0xC56, 0xC58, 0xC5A, 0xC5D, 0xC5D, 0xC60, 0xC63,
    0xC66, 0xC6F, 0xC80, 0xC83, 0xC85, 0xC8C, 0xC8E, 0xC90, 0xC92, 0xCA8, 0xCAA, 0xCB3,
    0xCB5, 0xCB9, 0xCBC, 0xCC4, 0xCC6, 0xCC8, 0xCCA, 0xCCD, 0xCD5, 0xCD6, 0xCDD, 0xCDE,
    0xCE0, 0xCE3, 0xCE6, 0xCEF, 0xCF1, 0xCF2, 0xD00, 0xD0C, 0xD0E, 0xD10, 0xD12, 0xD44,
    0xD46, 0xD48, 0xD4A, 0xD4E, 0xD54, 0xD57, 0xD5F, 0xD63, 0xD66, 0xD6F, 0xD7A, 0xD7F,
    0xD81, 0xD83, 0xD85, 0xD96, 0xD9A, 0xDB1, 0xDB3, 0xDBB, 0xDBD, 0xDBD, 0xDC0, 0xDC6,
    0xDCA, 0xDCA, 0xDCF, 0xDD4, 0xDD6, 0xDD6, 0xDD8, 0xDDF, 0xDE6, 0xDEF, 0xDF2, 0xDF3,
    0xE01, 0xE3A, 0xE40, 0xE4E, 0xE50, 0xE59, 0xE81, 0xE82, 0xE84, 0xE84, 0xE86, 0xE8A,
    0xE8C, 0xEA3, 0xEA5, 0xEA5, 0xEA7, 0xEBD, 0xEC0, 0xEC4, 0xEC6, 0xEC6, 0xEC8, 0xECD,
    0xED0, 0xED9, 0xEDC, 0xEDF, 0xF00, 0xF00, 0xF18, 0xF19, 0xF20, 0xF29, 0xF35, 0xF35,
    0xF37, 0xF37, 0xF39, 0xF39, 0xF3E, 0xF47, 0xF49, 0xF6C, 0xF71, 0xF84, 0xF86, 0xF97,
    0xF99, 0xFBC, 0xFC6, 0xFC6, 0x1000, 0x1049, 0x1050, 0x109D, 0x10A0, 0x10C5, 0x10C7, 0x10C7,
    0x10CD, 0x10CD, 0x10D0, 0x10FA, 0x10FC, 0x1248, 0x124A, 0x124D, 0x1250, 0x1256, 0x1258, 0x1258,
    0x125A, 0x125D, 0x1260, 0x1288, 0x128A, 0x128D, 0x1290, 0x12B0, 0x12B2, 0x12B5, 0x12B8, 0x12BE,
    0x12C0, 0x12C0, 0x12C2, 0x12C5, 0x12C8, 0x12D6, 0x12D8, 0x1310, 0x1312, 0x1315, 0x1318, 0x135A,
    0x135D, 0x135F, 0x1369, 0x1371, 0x1380, 0x138F, 0x13A0, 0x13F5, 0x13F8, 0x13FD, 0x1401, 0x166C,
    0x166F, 0x167F, 0x1681, 0x169A, 0x16A0, 0x16EA, 0x16EE, 0x16F8, 0x1700, 0x1715, 0x171F, 0x1734,
    0x1740, 0x1753, 0x1760, 0x176C, 0x176E, 0x1770, 0x1772, 0x1773, 0x1780, 0x17D3, 0x17D7, 0x17D7,
    0x17DC, 0x17DD, 0x17E0, 0x17E9, 0x180B, 0x180D, 0x180F, 0x1819, 0x1820, 0x1878, 0x1880, 0x18AA,
    0x18B0, 0x18F5, 0x1900, 0x191E, 0x1920, 0x192B, 0x1930, 0x193B, 0x1946, 0x196D, 0x1970, 0x1974,
    0x1980, 0x19AB, 0x19B0, 0x19C9, 0x19D0, 0x19DA, 0x1A00, 0x1A1B, 0x1A20, 0x1A5E, 0x1A60, 0x1A7C,
    0x1A7F, 0x1A89, 0x1A90, 0x1A99, 0x1AA7, 0x1AA7, 0x1AB0, 0x1ABD, 0x1ABF, 0x1ACE, 0x1B00, 0x1B4C,
    0x1B50, 0x1B59, 0x1B6B, 0x1B73, 0x1B80, 0x1BF3, 0x1C00, 0x1C37, 0x1C40, 0x1C49, 0x1C4D, 0x1C7D,
    0x1C80, 0x1C88, 0x1C90, 0x1CBA, 0x1CBD, 0x1CBF, 0x1CD0, 0x1CD2, 0x1CD4, 0x1CFA, 0x1D00, 0x1F15,
    0x1F18, 0x1F1D, 0x1F20, 0x1F45, 0x1F48, 0x1F4D, 0x1F50, 0x1F57, 0x1F59, 0x1F59, 0x1F5B, 0x1F5B,
    0x1F5D, 0x1F5D, 0x1F5F, 0x1F7D, 0x1F80, 0x1FB4, 0x1FB6, 0x1FBC, 0x1FBE, 0x1FBE, 0x1FC2, 0x1FC4,
    0x1FC6, 0x1FCC, 0x1FD0, 0x1FD3, 0x1FD6, 0x1FDB, 0x1FE0, 0x1FEC, 0x1FF2, 0x1FF4, 0x1FF6, 0x1FFC,
    0x203F, 0x2040, 0x2054, 0x2054, 0x2071, 0x2071, 0x207F, 0x207F, 0x2090, 0x209C, 0x20D0, 0x20DC,
    0x20E1, 0x20E1, 0x20E5, 0x20F0, 0x2102, 0x2102, 0x2107, 0x2107, 0x210A, 0x2113, 0x2115, 0x2115,
    0x2118, 0x211D, 0x2124, 0x2124, 0x2126, 0x2126, 0x2128, 0x2128, 0x212A, 0x2139, 0x213C, 0x213F,
    0x2145, 0x2149, 0x214E, 0x214E, 0x2160, 0x2188, 0x2C00, 0x2CE4, 0x2CEB, 0x2CF3, 0x2D00, 0x2D25,
    0x2D27, 0x2D27, 0x2D2D, 0x2D2D, 0x2D30, 0x2D67, 0x2D6F, 0x2D6F, 0x2D7F, 0x2D96, 0x2DA0, 0x2DA6,
    0x2DA8, 0x2DAE, 0x2DB0, 0x2DB6, 0x2DB8, 0x2DBE, 0x2DC0, 0x2DC6, 0x2DC8, 0x2DCE, 0x2DD0, 0x2DD6,
    0x2DD8, 0x2DDE, 0x2DE0, 0x2DFF, 0x3005, 0x3007, 0x3021, 0x302F, 0x3031, 0x3035, 0x3038, 0x303C,
    0x3041, 0x3096, 0x3099, 0x309A, 0x309D, 0x309F, 0x30A1, 0x30FA, 0x30FC, 0x30FF, 0x3105, 0x312F,
    0x3131, 0x318E, 0x31A0, 0x31BF, 0x31F0, 0x31FF, 0x3400, 0x4DBF, 0x4E00, 0xA48C, 0xA4D0, 0xA4FD,
    0xA500, 0xA60C, 0xA610, 0xA62B, 0xA640, 0xA66F, 0xA674, 0xA67D, 0xA67F, 0xA6F1, 0xA717, 0xA71F,
    0xA722, 0xA788, 0xA78B, 0xA7CA, 0xA7D0, 0xA7D1, 0xA7D3, 0xA7D3, 0xA7D5, 0xA7D9, 0xA7F2, 0xA827,
    0xA82C, 0xA82C, 0xA840, 0xA873, 0xA880, 0xA8C5, 0xA8D0, 0xA8D9, 0xA8E0, 0xA8F7, 0xA8FB, 0xA8FB,
    0xA8FD, 0xA92D, 0xA930, 0xA953, 0xA960, 0xA97C, 0xA980, 0xA9C0, 0xA9CF, 0xA9D9, 0xA9E0, 0xA9FE,
    0xAA00, 0xAA36, 0xAA40, 0xAA4D, 0xAA50, 0xAA59, 0xAA60, 0xAA76, 0xAA7A, 0xAAC2, 0xAADB, 0xAADD,
    0xAAE0, 0xAAEF, 0xAAF2, 0xAAF6, 0xAB01, 0xAB06, 0xAB09, 0xAB0E, 0xAB11, 0xAB16, 0xAB20, 0xAB26,
    0xAB28, 0xAB2E, 0xAB30, 0xAB5A, 0xAB5C, 0xAB69, 0xAB70, 0xABEA, 0xABEC, 0xABED, 0xABF0, 0xABF9,
    0xAC00, 0xD7A3, 0xD7B0, 0xD7C6, 0xD7CB, 0xD7FB, 0xF900, 0xFA6D, 0xFA70, 0xFAD9, 0xFB00, 0xFB06,
    0xFB13, 0xFB17, 0xFB1D, 0xFB28, 0xFB2A, 0xFB36, 0xFB38, 0xFB3C, 0xFB3E, 0xFB3E, 0xFB40, 0xFB41,
    0xFB43, 0xFB44, 0xFB46, 0xFBB1, 0xFBD3, 0xFC5D, 0xFC64, 0xFD3D, 0xFD50, 0xFD8F, 0xFD92, 0xFDC7,
    0xFDF0, 0xFDF9, 0xFE00, 0xFE0F, 0xFE20, 0xFE2F, 0xFE33, 0xFE34, 0xFE4D, 0xFE4F, 0xFE71, 0xFE71,
    0xFE73, 0xFE73, 0xFE77, 0xFE77, 0xFE79, 0xFE79, 0xFE7B, 0xFE7B, 0xFE7D, 0xFE7D, 0xFE7F, 0xFEFC,
    0xFF10, 0xFF19, 0xFF21, 0xFF3A, 0xFF3F, 0xFF3F, 0xFF41, 0xFF5A, 0xFF66, 0xFFBE, 0xFFC2, 0xFFC7,
    0xFFCA, 0xFFCF, 0xFFD2, 0xFFD7, 0xFFDA, 0xFFDC, 0x10000, 0x1000B, 0x1000D, 0x10026, 0x10028, 0x1003A,
    0x1003C, 0x1003D, 0x1003F, 0x1004D, 0x10050, 0x1005D, 0x10080, 0x100FA, 0x10140, 0x10174, 0x101FD, 0x101FD,
    0x10280, 0x1029C, 0x102A0, 0x102D0, 0x102E0, 0x102E0, 0x10300, 0x1031F, 0x1032D, 0x1034A, 0x10350, 0x1037A,
    0x10380, 0x1039D, 0x103A0, 0x103C3, 0x103C8, 0x103CF, 0x103D1, 0x103D5, 0x10400, 0x1049D, 0x104A0, 0x104A9,
    0x104B0, 0x104D3, 0x104D8, 0x104FB, 0x10500, 0x10527, 0x10530, 0x10563, 0x10570, 0x1057A, 0x1057C, 0x1058A,
    0x1058C, 0x10592, 0x10594, 0x10595, 0x10597, 0x105A1, 0x105A3, 0x105B1, 0x105B3, 0x105B9, 0x105BB, 0x105BC,
    0x10600, 0x10736, 0x10740, 0x10755, 0x10760, 0x10767, 0x10780, 0x10785, 0x10787, 0x107B0, 0x107B2, 0x107BA,
    0x10800, 0x10805, 0x10808, 0x10808, 0x1080A, 0x10835, 0x10837, 0x10838, 0x1083C, 0x1083C, 0x1083F, 0x10855,
    0x10860, 0x10876, 0x10880, 0x1089E, 0x108E0, 0x108F2, 0x108F4, 0x108F5, 0x10900, 0x10915, 0x10920, 0x10939,
    0x10980, 0x109B7, 0x109BE, 0x109BF, 0x10A00, 0x10A03, 0x10A05, 0x10A06, 0x10A0C, 0x10A13, 0x10A15, 0x10A17,
    0x10A19, 0x10A35, 0x10A38, 0x10A3A, 0x10A3F, 0x10A3F, 0x10A60, 0x10A7C, 0x10A80, 0x10A9C, 0x10AC0, 0x10AC7,
    0x10AC9, 0x10AE6, 0x10B00, 0x10B35, 0x10B40, 0x10B55, 0x10B60, 0x10B72, 0x10B80, 0x10B91, 0x10C00, 0x10C48,
    0x10C80, 0x10CB2, 0x10CC0, 0x10CF2, 0x10D00, 0x10D27, 0x10D30, 0x10D39, 0x10E80, 0x10EA9, 0x10EAB, 0x10EAC,
    0x10EB0, 0x10EB1, 0x10F00, 0x10F1C, 0x10F27, 0x10F27, 0x10F30, 0x10F50, 0x10F70, 0x10F85, 0x10FB0, 0x10FC4,
    0x10FE0, 0x10FF6, 0x11000, 0x11046, 0x11066, 0x11075, 0x1107F, 0x110BA, 0x110C2, 0x110C2, 0x110D0, 0x110E8,
    0x110F0, 0x110F9, 0x11100, 0x11134, 0x11136, 0x1113F, 0x11144, 0x11147, 0x11150, 0x11173, 0x11176, 0x11176,
    0x11180, 0x111C4, 0x111C9, 0x111CC, 0x111CE, 0x111DA, 0x111DC, 0x111DC, 0x11200, 0x11211, 0x11213, 0x11237,
    0x1123E, 0x1123E, 0x11280, 0x11286, 0x11288, 0x11288, 0x1128A, 0x1128D, 0x1128F, 0x1129D, 0x1129F, 0x112A8,
    0x112B0, 0x112EA, 0x112F0, 0x112F9, 0x11300, 0x11303, 0x11305, 0x1130C, 0x1130F, 0x11310, 0x11313, 0x11328,
    0x1132A, 0x11330, 0x11332, 0x11333, 0x11335, 0x11339, 0x1133B, 0x11344, 0x11347, 0x11348, 0x1134B, 0x1134D,
    0x11350, 0x11350, 0x11357, 0x11357, 0x1135D, 0x11363, 0x11366, 0x1136C, 0x11370, 0x11374, 0x11400, 0x1144A,
    0x11450, 0x11459, 0x1145E, 0x11461, 0x11480, 0x114C5, 0x114C7, 0x114C7, 0x114D0, 0x114D9, 0x11580, 0x115B5,
    0x115B8, 0x115C0, 0x115D8, 0x115DD, 0x11600, 0x11640, 0x11644, 0x11644, 0x11650, 0x11659, 0x11680, 0x116B8,
    0x116C0, 0x116C9, 0x11700, 0x1171A, 0x1171D, 0x1172B, 0x11730, 0x11739, 0x11740, 0x11746, 0x11800, 0x1183A,
    0x118A0, 0x118E9, 0x118FF, 0x11906, 0x11909, 0x11909, 0x1190C, 0x11913, 0x11915, 0x11916, 0x11918, 0x11935,
    0x11937, 0x11938, 0x1193B, 0x11943, 0x11950, 0x11959, 0x119A0, 0x119A7, 0x119AA, 0x119D7, 0x119DA, 0x119E1,
    0x119E3, 0x119E4, 0x11A00, 0x11A3E, 0x11A47, 0x11A47, 0x11A50, 0x11A99, 0x11A9D, 0x11A9D, 0x11AB0, 0x11AF8,
    0x11C00, 0x11C08, 0x11C0A, 0x11C36, 0x11C38, 0x11C40, 0x11C50, 0x11C59, 0x11C72, 0x11C8F, 0x11C92, 0x11CA7,
    0x11CA9, 0x11CB6, 0x11D00, 0x11D06, 0x11D08, 0x11D09, 0x11D0B, 0x11D36, 0x11D3A, 0x11D3A, 0x11D3C, 0x11D3D,
    0x11D3F, 0x11D47, 0x11D50, 0x11D59, 0x11D60, 0x11D65, 0x11D67, 0x11D68, 0x11D6A, 0x11D8E, 0x11D90, 0x11D91,
    0x11D93, 0x11D98, 0x11DA0, 0x11DA9, 0x11EE0, 0x11EF6, 0x11FB0, 0x11FB0, 0x12000, 0x12399, 0x12400, 0x1246E,
    0x12480, 0x12543, 0x12F90, 0x12FF0, 0x13000, 0x1342E, 0x14400, 0x14646, 0x16800, 0x16A38, 0x16A40, 0x16A5E,
    0x16A60, 0x16A69, 0x16A70, 0x16ABE, 0x16AC0, 0x16AC9, 0x16AD0, 0x16AED, 0x16AF0, 0x16AF4, 0x16B00, 0x16B36,
    0x16B40, 0x16B43, 0x16B50, 0x16B59, 0x16B63, 0x16B77, 0x16B7D, 0x16B8F, 0x16E40, 0x16E7F, 0x16F00, 0x16F4A,
    0x16F4F, 0x16F87, 0x16F8F, 0x16F9F, 0x16FE0, 0x16FE1, 0x16FE3, 0x16FE4, 0x16FF0, 0x16FF1, 0x17000, 0x187F7,
    0x18800, 0x18CD5, 0x18D00, 0x18D08, 0x1AFF0, 0x1AFF3, 0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE, 0x1B000, 0x1B122,
    0x1B150, 0x1B152, 0x1B164, 0x1B167, 0x1B170, 0x1B2FB, 0x1BC00, 0x1BC6A, 0x1BC70, 0x1BC7C, 0x1BC80, 0x1BC88,
    0x1BC90, 0x1BC99, 0x1BC9D, 0x1BC9E, 0x1CF00, 0x1CF2D, 0x1CF30, 0x1CF46, 0x1D165, 0x1D169, 0x1D16D, 0x1D172,
    0x1D17B, 0x1D182, 0x1D185, 0x1D18B, 0x1D1AA, 0x1D1AD, 0x1D242, 0x1D244, 0x1D400, 0x1D454, 0x1D456, 0x1D49C,
    0x1D49E, 0x1D49F, 0x1D4A2, 0x1D4A2, 0x1D4A5, 0x1D4A6, 0x1D4A9, 0x1D4AC, 0x1D4AE, 0x1D4B9, 0x1D4BB, 0x1D4BB,
    0x1D4BD, 0x1D4C3, 0x1D4C5, 0x1D505, 0x1D507, 0x1D50A, 0x1D50D, 0x1D514, 0x1D516, 0x1D51C, 0x1D51E, 0x1D539,
    0x1D53B, 0x1D53E, 0x1D540, 0x1D544, 0x1D546, 0x1D546, 0x1D54A, 0x1D550, 0x1D552, 0x1D6A5, 0x1D6A8, 0x1D6C0,
    0x1D6C2, 0x1D6DA, 0x1D6DC, 0x1D6FA, 0x1D6FC, 0x1D714, 0x1D716, 0x1D734, 0x1D736, 0x1D74E, 0x1D750, 0x1D76E,
    0x1D770, 0x1D788, 0x1D78A, 0x1D7A8, 0x1D7AA, 0x1D7C2, 0x1D7C4, 0x1D7CB, 0x1D7CE, 0x1D7FF, 0x1DA00, 0x1DA36,
    0x1DA3B, 0x1DA6C, 0x1DA75, 0x1DA75, 0x1DA84, 0x1DA84, 0x1DA9B, 0x1DA9F, 0x1DAA1, 0x1DAAF, 0x1DF00, 0x1DF1E,
    0x1E000, 0x1E006, 0x1E008, 0x1E018, 0x1E01B, 0x1E021, 0x1E023, 0x1E024, 0x1E026, 0x1E02A, 0x1E100, 0x1E12C,
    0x1E130, 0x1E13D, 0x1E140, 0x1E149, 0x1E14E, 0x1E14E, 0x1E290, 0x1E2AE, 0x1E2C0, 0x1E2F9, 0x1E7E0, 0x1E7E6,
    0x1E7E8, 0x1E7EB, 0x1E7ED, 0x1E7EE, 0x1E7F0, 0x1E7FE, 0x1E800, 0x1E8C4, 0x1E8D0, 0x1E8D6, 0x1E900, 0x1E94B,
    0x1E950, 0x1E959, 0x1EE00, 0x1EE03, 0x1EE05, 0x1EE1F, 0x1EE21, 0x1EE22, 0x1EE24, 0x1EE24, 0x1EE27, 0x1EE27,
    0x1EE29, 0x1EE32, 0x1EE34, 0x1EE37, 0x1EE39, 0x1EE39, 0x1EE3B, 0x1EE3B, 0x1EE42, 0x1EE42, 0x1EE47, 0x1EE47,
    0x1EE49, 0x1EE49, 0x1EE4B, 0x1EE4B, 0x1EE4D, 0x1EE4F, 0x1EE51, 0x1EE52, 0x1EE54, 0x1EE54, 0x1EE57, 0x1EE57,
    0x1EE59, 0x1EE59, 0x1EE5B, 0x1EE5B, 0x1EE5D, 0x1EE5D, 0x1EE5F, 0x1EE5F, 0x1EE61, 0x1EE62, 0x1EE64, 0x1EE64,
    0x1EE67, 0x1EE6A, 0x1EE6C, 0x1EE72, 0x1EE74, 0x1EE77, 0x1EE79, 0x1EE7C, 0x1EE7E, 0x1EE7E, 0x1EE80, 0x1EE89,
    0x1EE8B, 0x1EE9B, 0x1EEA1, 0x1EEA3, 0x1EEA5, 0x1EEA9, 0x1EEAB, 0x1EEBB, 0x1FBF0, 0x1FBF9, 0x20000, 0x2A6DF,
    0x2A700, 0x2B738, 0x2B740, 0x2B81D, 0x2B820, 0x2CEA1, 0x2CEB0, 0x2EBE0, 0x2F800, 0x2FA1D, 0x30000, 0x3134A,
    0xE0100, 0xE01EF,
];

/// Titlecase letters (category Lt).
#[rustfmt::skip]
static TITLECASE: &[u32] = &[
    0x1C5, 0x1C5, 0x1C8, 0x1C8, 0x1CB, 0x1CB, 0x1F2, 0x1F2, 0x1F88, 0x1F8F, 0x1F98, 0x1F9F,
    0x1FA8, 0x1FAF, 0x1FBC, 0x1FBC, 0x1FCC, 0x1FCC, 0x1FFC, 0x1FFC,
];

/// Case_Ignorable code points (for the final sigma rule).
#[rustfmt::skip]
static CASE_IGNORABLE: &[u32] = &[
    0x27, 0x27, 0x2E, 0x2E, 0x3A, 0x3A, 0x5E, 0x5E, 0x60, 0x60, 0xA8, 0xA8,
    0xAD, 0xAD, 0xAF, 0xAF, 0xB4, 0xB4, 0xB7, 0xB8, 0x2B0, 0x36F, 0x374, 0x375,
    0x37A, 0x37A, 0x384, 0x385, 0x387, 0x387, 0x483, 0x489, 0x559, 0x559, 0x55F, 0x55F,
    0x591, 0x5BD, 0x5BF, 0x5BF, 0x5C1, 0x5C2, 0x5C4, 0x5C5, 0x5C7, 0x5C7, 0x5F4, 0x5F4,
    0x600, 0x605, 0x610, 0x61A, 0x61C, 0x61C, 0x640, 0x640, 0x64B, 0x65F, 0x670, 0x670,
    0x6D6, 0x6DD, 0x6DF, 0x6E8, 0x6EA, 0x6ED, 0x70F, 0x70F, 0x711, 0x711, 0x730, 0x74A,
    0x7A6, 0x7B0, 0x7EB, 0x7F5, 0x7FA, 0x7FA, 0x7FD, 0x7FD, 0x816, 0x82D, 0x859, 0x85B,
    0x888, 0x888, 0x890, 0x891, 0x898, 0x89F, 0x8C9, 0x902, 0x93A, 0x93A, 0x93C, 0x93C,
    0x941, 0x948, 0x94D, 0x94D, 0x951, 0x957, 0x962, 0x963, 0x971, 0x971, 0x981, 0x981,
    0x9BC, 0x9BC, 0x9C1, 0x9C4, 0x9CD, 0x9CD, 0x9E2, 0x9E3, 0x9FE, 0x9FE, 0xA01, 0xA02,
    0xA3C, 0xA3C, 0xA41, 0xA42, 0xA47, 0xA48, 0xA4B, 0xA4D, 0xA51, 0xA51, 0xA70, 0xA71,
    0xA75, 0xA75, 0xA81, 0xA82, 0xABC, 0xABC, 0xAC1, 0xAC5, 0xAC7, 0xAC8, 0xACD, 0xACD,
    0xAE2, 0xAE3, 0xAFA, 0xAFF, 0xB01, 0xB01, 0xB3C, 0xB3C, 0xB3F, 0xB3F, 0xB41, 0xB44,
    0xB4D, 0xB4D, 0xB55, 0xB56, 0xB62, 0xB63, 0xB82, 0xB82, 0xBC0, 0xBC0, 0xBCD, 0xBCD,
    0xC00, 0xC00, 0xC04, 0xC04, 0xC3C, 0xC3C, 0xC3E, 0xC40, 0xC46, 0xC48, 0xC4A, 0xC4D,
    0xC55, 0xC56, 0xC62, 0xC63, 0xC81, 0xC81, 0xCBC, 0xCBC, 0xCBF, 0xCBF, 0xCC6, 0xCC6,
    0xCCC, 0xCCD, 0xCE2, 0xCE3, 0xD00, 0xD01, 0xD3B, 0xD3C, 0xD41, 0xD44, 0xD4D, 0xD4D,
    0xD62, 0xD63, 0xD81, 0xD81, 0xDCA, 0xDCA, 0xDD2, 0xDD4, 0xDD6, 0xDD6, 0xE31, 0xE31,
    0xE34, 0xE3A, 0xE46, 0xE4E, 0xEB1, 0xEB1, 0xEB4, 0xEBC, 0xEC6, 0xEC6, 0xEC8, 0xECD,
    0xF18, 0xF19, 0xF35, 0xF35, 0xF37, 0xF37, 0xF39, 0xF39, 0xF71, 0xF7E, 0xF80, 0xF84,
    0xF86, 0xF87, 0xF8D, 0xF97, 0xF99, 0xFBC, 0xFC6, 0xFC6, 0x102D, 0x1030, 0x1032, 0x1037,
    0x1039, 0x103A, 0x103D, 0x103E, 0x1058, 0x1059, 0x105E, 0x1060, 0x1071, 0x1074, 0x1082, 0x1082,
    0x1085, 0x1086, 0x108D, 0x108D, 0x109D, 0x109D, 0x10FC, 0x10FC, 0x135D, 0x135F, 0x1712, 0x1714,
    0x1732, 0x1733, 0x1752, 0x1753, 0x1772, 0x1773, 0x17B4, 0x17B5, 0x17B7, 0x17BD, 0x17C6, 0x17C6,
    0x17C9, 0x17D3, 0x17D7, 0x17D7, 0x17DD, 0x17DD, 0x180B, 0x180F, 0x1843, 0x1843, 0x1885, 0x1886,
    0x18A9, 0x18A9, 0x1920, 0x1922, 0x1927, 0x1928, 0x1932, 0x1932, 0x1939, 0x193B, 0x1A17, 0x1A18,
    0x1A1B, 0x1A1B, 0x1A56, 0x1A56, 0x1A58, 0x1A5E, 0x1A60, 0x1A60, 0x1A62, 0x1A62, 0x1A65, 0x1A6C,
    0x1A73, 0x1A7C, 0x1A7F, 0x1A7F, 0x1AA7, 0x1AA7, 0x1AB0, 0x1ACE, 0x1B00, 0x1B03, 0x1B34, 0x1B34,
    0x1B36, 0x1B3A, 0x1B3C, 0x1B3C, 0x1B42, 0x1B42, 0x1B6B, 0x1B73, 0x1B80, 0x1B81, 0x1BA2, 0x1BA5,
    0x1BA8, 0x1BA9, 0x1BAB, 0x1BAD, 0x1BE6, 0x1BE6, 0x1BE8, 0x1BE9, 0x1BED, 0x1BED, 0x1BEF, 0x1BF1,
    0x1C2C, 0x1C33, 0x1C36, 0x1C37, 0x1C78, 0x1C7D, 0x1CD0, 0x1CD2, 0x1CD4, 0x1CE0, 0x1CE2, 0x1CE8,
    0x1CED, 0x1CED, 0x1CF4, 0x1CF4, 0x1CF8, 0x1CF9, 0x1D2C, 0x1D6A, 0x1D78, 0x1D78, 0x1D9B, 0x1DFF,
    0x1FBD, 0x1FBD, 0x1FBF, 0x1FC1, 0x1FCD, 0x1FCF, 0x1FDD, 0x1FDF, 0x1FED, 0x1FEF, 0x1FFD, 0x1FFE,
    0x200B, 0x200F, 0x2018, 0x2019, 0x2024, 0x2024, 0x2027, 0x2027, 0x202A, 0x202E, 0x2060, 0x2064,
    0x2066, 0x206F, 0x2071, 0x2071, 0x207F, 0x207F, 0x2090, 0x209C, 0x20D0, 0x20F0, 0x2C7C, 0x2C7D,
    0x2CEF, 0x2CF1, 0x2D6F, 0x2D6F, 0x2D7F, 0x2D7F, 0x2DE0, 0x2DFF, 0x2E2F, 0x2E2F, 0x3005, 0x3005,
    0x302A, 0x302D, 0x3031, 0x3035, 0x303B, 0x303B, 0x3099, 0x309E, 0x30FC, 0x30FE, 0xA015, 0xA015,
    0xA4F8, 0xA4FD, 0xA60C, 0xA60C, 0xA66F, 0xA672, 0xA674, 0xA67D, 0xA67F, 0xA67F, 0xA69C, 0xA69F,
    0xA6F0, 0xA6F1, 0xA700, 0xA721, 0xA770, 0xA770, 0xA788, 0xA78A, 0xA7F2, 0xA7F4, 0xA7F8, 0xA7F9,
    0xA802, 0xA802, 0xA806, 0xA806, 0xA80B, 0xA80B, 0xA825, 0xA826, 0xA82C, 0xA82C, 0xA8C4, 0xA8C5,
    0xA8E0, 0xA8F1, 0xA8FF, 0xA8FF, 0xA926, 0xA92D, 0xA947, 0xA951, 0xA980, 0xA982, 0xA9B3, 0xA9B3,
    0xA9B6, 0xA9B9, 0xA9BC, 0xA9BD, 0xA9CF, 0xA9CF, 0xA9E5, 0xA9E6, 0xAA29, 0xAA2E, 0xAA31, 0xAA32,
    0xAA35, 0xAA36, 0xAA43, 0xAA43, 0xAA4C, 0xAA4C, 0xAA70, 0xAA70, 0xAA7C, 0xAA7C, 0xAAB0, 0xAAB0,
    0xAAB2, 0xAAB4, 0xAAB7, 0xAAB8, 0xAABE, 0xAABF, 0xAAC1, 0xAAC1, 0xAADD, 0xAADD, 0xAAEC, 0xAAED,
    0xAAF3, 0xAAF4, 0xAAF6, 0xAAF6, 0xAB5B, 0xAB5F, 0xAB69, 0xAB6B, 0xABE5, 0xABE5, 0xABE8, 0xABE8,
    0xABED, 0xABED, 0xFB1E, 0xFB1E, 0xFBB2, 0xFBC2, 0xFE00, 0xFE0F, 0xFE13, 0xFE13, 0xFE20, 0xFE2F,
    0xFE52, 0xFE52, 0xFE55, 0xFE55, 0xFEFF, 0xFEFF, 0xFF07, 0xFF07, 0xFF0E, 0xFF0E, 0xFF1A, 0xFF1A,
    0xFF3E, 0xFF3E, 0xFF40, 0xFF40, 0xFF70, 0xFF70, 0xFF9E, 0xFF9F, 0xFFE3, 0xFFE3, 0xFFF9, 0xFFFB,
    0x101FD, 0x101FD, 0x102E0, 0x102E0, 0x10376, 0x1037A, 0x10780, 0x10785, 0x10787, 0x107B0, 0x107B2, 0x107BA,
    0x10A01, 0x10A03, 0x10A05, 0x10A06, 0x10A0C, 0x10A0F, 0x10A38, 0x10A3A, 0x10A3F, 0x10A3F, 0x10AE5, 0x10AE6,
    0x10D24, 0x10D27, 0x10EAB, 0x10EAC, 0x10F46, 0x10F50, 0x10F82, 0x10F85, 0x11001, 0x11001, 0x11038, 0x11046,
    0x11070, 0x11070, 0x11073, 0x11074, 0x1107F, 0x11081, 0x110B3, 0x110B6, 0x110B9, 0x110BA, 0x110BD, 0x110BD,
    0x110C2, 0x110C2, 0x110CD, 0x110CD, 0x11100, 0x11102, 0x11127, 0x1112B, 0x1112D, 0x11134, 0x11173, 0x11173,
    0x11180, 0x11181, 0x111B6, 0x111BE, 0x111C9, 0x111CC, 0x111CF, 0x111CF, 0x1122F, 0x11231, 0x11234, 0x11234,
    0x11236, 0x11237, 0x1123E, 0x1123E, 0x112DF, 0x112DF, 0x112E3, 0x112EA, 0x11300, 0x11301, 0x1133B, 0x1133C,
    0x11340, 0x11340, 0x11366, 0x1136C, 0x11370, 0x11374, 0x11438, 0x1143F, 0x11442, 0x11444, 0x11446, 0x11446,
    0x1145E, 0x1145E, 0x114B3, 0x114B8, 0x114BA, 0x114BA, 0x114BF, 0x114C0, 0x114C2, 0x114C3, 0x115B2, 0x115B5,
    0x115BC, 0x115BD, 0x115BF, 0x115C0, 0x115DC, 0x115DD, 0x11633, 0x1163A, 0x1163D, 0x1163D, 0x1163F, 0x11640,
    0x116AB, 0x116AB, 0x116AD, 0x116AD, 0x116B0, 0x116B5, 0x116B7, 0x116B7, 0x1171D, 0x1171F, 0x11722, 0x11725,
    0x11727, 0x1172B, 0x1182F, 0x11837, 0x11839, 0x1183A, 0x1193B, 0x1193C, 0x1193E, 0x1193E, 0x11943, 0x11943,
    0x119D4, 0x119D7, 0x119DA, 0x119DB, 0x119E0, 0x119E0, 0x11A01, 0x11A0A, 0x11A33, 0x11A38, 0x11A3B, 0x11A3E,
    0x11A47, 0x11A47, 0x11A51, 0x11A56, 0x11A59, 0x11A5B, 0x11A8A, 0x11A96, 0x11A98, 0x11A99, 0x11C30, 0x11C36,
    0x11C38, 0x11C3D, 0x11C3F, 0x11C3F, 0x11C92, 0x11CA7, 0x11CAA, 0x11CB0, 0x11CB2, 0x11CB3, 0x11CB5, 0x11CB6,
    0x11D31, 0x11D36, 0x11D3A, 0x11D3A, 0x11D3C, 0x11D3D, 0x11D3F, 0x11D45, 0x11D47, 0x11D47, 0x11D90, 0x11D91,
    0x11D95, 0x11D95, 0x11D97, 0x11D97, 0x11EF3, 0x11EF4, 0x13430, 0x13438, 0x16AF0, 0x16AF4, 0x16B30, 0x16B36,
    0x16B40, 0x16B43, 0x16F4F, 0x16F4F, 0x16F8F, 0x16F9F, 0x16FE0, 0x16FE1, 0x16FE3, 0x16FE4, 0x1AFF0, 0x1AFF3,
    0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE, 0x1BC9D, 0x1BC9E, 0x1BCA0, 0x1BCA3, 0x1CF00, 0x1CF2D, 0x1CF30, 0x1CF46,
    0x1D167, 0x1D169, 0x1D173, 0x1D182, 0x1D185, 0x1D18B, 0x1D1AA, 0x1D1AD, 0x1D242, 0x1D244, 0x1DA00, 0x1DA36,
    0x1DA3B, 0x1DA6C, 0x1DA75, 0x1DA75, 0x1DA84, 0x1DA84, 0x1DA9B, 0x1DA9F, 0x1DAA1, 0x1DAAF, 0x1E000, 0x1E006,
    0x1E008, 0x1E018, 0x1E01B, 0x1E021, 0x1E023, 0x1E024, 0x1E026, 0x1E02A, 0x1E130, 0x1E13D, 0x1E2AE, 0x1E2AE,
    0x1E2EC, 0x1E2EF, 0x1E8D0, 0x1E8D6, 0x1E944, 0x1E94B, 0x1F3FB, 0x1F3FF, 0xE0001, 0xE0001, 0xE0020, 0xE007F,
    0xE0100, 0xE01EF,
];

/// Code points whose case data in Rust's (newer) Unicode differs from CPython 3.11's:
/// (code point, uppercase, lowercase, is lowercase, is uppercase).
#[rustfmt::skip]
static CASE_OVERRIDES: &[(u32, &str, &str, bool, bool)] = &[
    (0x19B, "\u{19B}", "\u{19B}", true, false),
    (0x264, "\u{264}", "\u{264}", true, false),
    (0x295, "\u{295}", "\u{295}", true, false),
    (0x10FC, "\u{10FC}", "\u{10FC}", false, false),
    (0x1C89, "\u{1C89}", "\u{1C89}", false, false),
    (0x1C8A, "\u{1C8A}", "\u{1C8A}", false, false),
    (0xA7CB, "\u{A7CB}", "\u{A7CB}", false, false),
    (0xA7CC, "\u{A7CC}", "\u{A7CC}", false, false),
    (0xA7CD, "\u{A7CD}", "\u{A7CD}", false, false),
    (0xA7CE, "\u{A7CE}", "\u{A7CE}", false, false),
    (0xA7CF, "\u{A7CF}", "\u{A7CF}", false, false),
    (0xA7D2, "\u{A7D2}", "\u{A7D2}", false, false),
    (0xA7D3, "\u{A7D3}", "\u{A7D3}", true, false),
    (0xA7D4, "\u{A7D4}", "\u{A7D4}", false, false),
    (0xA7D5, "\u{A7D5}", "\u{A7D5}", true, false),
    (0xA7DA, "\u{A7DA}", "\u{A7DA}", false, false),
    (0xA7DB, "\u{A7DB}", "\u{A7DB}", false, false),
    (0xA7DC, "\u{A7DC}", "\u{A7DC}", false, false),
    (0xA7F1, "\u{A7F1}", "\u{A7F1}", false, false),
    (0xA7F2, "\u{A7F2}", "\u{A7F2}", false, false),
    (0xA7F3, "\u{A7F3}", "\u{A7F3}", false, false),
    (0xA7F4, "\u{A7F4}", "\u{A7F4}", false, false),
    (0xAB69, "\u{AB69}", "\u{AB69}", false, false),
    (0x10D50, "\u{10D50}", "\u{10D50}", false, false),
    (0x10D51, "\u{10D51}", "\u{10D51}", false, false),
    (0x10D52, "\u{10D52}", "\u{10D52}", false, false),
    (0x10D53, "\u{10D53}", "\u{10D53}", false, false),
    (0x10D54, "\u{10D54}", "\u{10D54}", false, false),
    (0x10D55, "\u{10D55}", "\u{10D55}", false, false),
    (0x10D56, "\u{10D56}", "\u{10D56}", false, false),
    (0x10D57, "\u{10D57}", "\u{10D57}", false, false),
    (0x10D58, "\u{10D58}", "\u{10D58}", false, false),
    (0x10D59, "\u{10D59}", "\u{10D59}", false, false),
    (0x10D5A, "\u{10D5A}", "\u{10D5A}", false, false),
    (0x10D5B, "\u{10D5B}", "\u{10D5B}", false, false),
    (0x10D5C, "\u{10D5C}", "\u{10D5C}", false, false),
    (0x10D5D, "\u{10D5D}", "\u{10D5D}", false, false),
    (0x10D5E, "\u{10D5E}", "\u{10D5E}", false, false),
    (0x10D5F, "\u{10D5F}", "\u{10D5F}", false, false),
    (0x10D60, "\u{10D60}", "\u{10D60}", false, false),
    (0x10D61, "\u{10D61}", "\u{10D61}", false, false),
    (0x10D62, "\u{10D62}", "\u{10D62}", false, false),
    (0x10D63, "\u{10D63}", "\u{10D63}", false, false),
    (0x10D64, "\u{10D64}", "\u{10D64}", false, false),
    (0x10D65, "\u{10D65}", "\u{10D65}", false, false),
    (0x10D70, "\u{10D70}", "\u{10D70}", false, false),
    (0x10D71, "\u{10D71}", "\u{10D71}", false, false),
    (0x10D72, "\u{10D72}", "\u{10D72}", false, false),
    (0x10D73, "\u{10D73}", "\u{10D73}", false, false),
    (0x10D74, "\u{10D74}", "\u{10D74}", false, false),
    (0x10D75, "\u{10D75}", "\u{10D75}", false, false),
    (0x10D76, "\u{10D76}", "\u{10D76}", false, false),
    (0x10D77, "\u{10D77}", "\u{10D77}", false, false),
    (0x10D78, "\u{10D78}", "\u{10D78}", false, false),
    (0x10D79, "\u{10D79}", "\u{10D79}", false, false),
    (0x10D7A, "\u{10D7A}", "\u{10D7A}", false, false),
    (0x10D7B, "\u{10D7B}", "\u{10D7B}", false, false),
    (0x10D7C, "\u{10D7C}", "\u{10D7C}", false, false),
    (0x10D7D, "\u{10D7D}", "\u{10D7D}", false, false),
    (0x10D7E, "\u{10D7E}", "\u{10D7E}", false, false),
    (0x10D7F, "\u{10D7F}", "\u{10D7F}", false, false),
    (0x10D80, "\u{10D80}", "\u{10D80}", false, false),
    (0x10D81, "\u{10D81}", "\u{10D81}", false, false),
    (0x10D82, "\u{10D82}", "\u{10D82}", false, false),
    (0x10D83, "\u{10D83}", "\u{10D83}", false, false),
    (0x10D84, "\u{10D84}", "\u{10D84}", false, false),
    (0x10D85, "\u{10D85}", "\u{10D85}", false, false),
    (0x16EA0, "\u{16EA0}", "\u{16EA0}", false, false),
    (0x16EA1, "\u{16EA1}", "\u{16EA1}", false, false),
    (0x16EA2, "\u{16EA2}", "\u{16EA2}", false, false),
    (0x16EA3, "\u{16EA3}", "\u{16EA3}", false, false),
    (0x16EA4, "\u{16EA4}", "\u{16EA4}", false, false),
    (0x16EA5, "\u{16EA5}", "\u{16EA5}", false, false),
    (0x16EA6, "\u{16EA6}", "\u{16EA6}", false, false),
    (0x16EA7, "\u{16EA7}", "\u{16EA7}", false, false),
    (0x16EA8, "\u{16EA8}", "\u{16EA8}", false, false),
    (0x16EA9, "\u{16EA9}", "\u{16EA9}", false, false),
    (0x16EAA, "\u{16EAA}", "\u{16EAA}", false, false),
    (0x16EAB, "\u{16EAB}", "\u{16EAB}", false, false),
    (0x16EAC, "\u{16EAC}", "\u{16EAC}", false, false),
    (0x16EAD, "\u{16EAD}", "\u{16EAD}", false, false),
    (0x16EAE, "\u{16EAE}", "\u{16EAE}", false, false),
    (0x16EAF, "\u{16EAF}", "\u{16EAF}", false, false),
    (0x16EB0, "\u{16EB0}", "\u{16EB0}", false, false),
    (0x16EB1, "\u{16EB1}", "\u{16EB1}", false, false),
    (0x16EB2, "\u{16EB2}", "\u{16EB2}", false, false),
    (0x16EB3, "\u{16EB3}", "\u{16EB3}", false, false),
    (0x16EB4, "\u{16EB4}", "\u{16EB4}", false, false),
    (0x16EB5, "\u{16EB5}", "\u{16EB5}", false, false),
    (0x16EB6, "\u{16EB6}", "\u{16EB6}", false, false),
    (0x16EB7, "\u{16EB7}", "\u{16EB7}", false, false),
    (0x16EB8, "\u{16EB8}", "\u{16EB8}", false, false),
    (0x16EBB, "\u{16EBB}", "\u{16EBB}", false, false),
    (0x16EBC, "\u{16EBC}", "\u{16EBC}", false, false),
    (0x16EBD, "\u{16EBD}", "\u{16EBD}", false, false),
    (0x16EBE, "\u{16EBE}", "\u{16EBE}", false, false),
    (0x16EBF, "\u{16EBF}", "\u{16EBF}", false, false),
    (0x16EC0, "\u{16EC0}", "\u{16EC0}", false, false),
    (0x16EC1, "\u{16EC1}", "\u{16EC1}", false, false),
    (0x16EC2, "\u{16EC2}", "\u{16EC2}", false, false),
    (0x16EC3, "\u{16EC3}", "\u{16EC3}", false, false),
    (0x16EC4, "\u{16EC4}", "\u{16EC4}", false, false),
    (0x16EC5, "\u{16EC5}", "\u{16EC5}", false, false),
    (0x16EC6, "\u{16EC6}", "\u{16EC6}", false, false),
    (0x16EC7, "\u{16EC7}", "\u{16EC7}", false, false),
    (0x16EC8, "\u{16EC8}", "\u{16EC8}", false, false),
    (0x16EC9, "\u{16EC9}", "\u{16EC9}", false, false),
    (0x16ECA, "\u{16ECA}", "\u{16ECA}", false, false),
    (0x16ECB, "\u{16ECB}", "\u{16ECB}", false, false),
    (0x16ECC, "\u{16ECC}", "\u{16ECC}", false, false),
    (0x16ECD, "\u{16ECD}", "\u{16ECD}", false, false),
    (0x16ECE, "\u{16ECE}", "\u{16ECE}", false, false),
    (0x16ECF, "\u{16ECF}", "\u{16ECF}", false, false),
    (0x16ED0, "\u{16ED0}", "\u{16ED0}", false, false),
    (0x16ED1, "\u{16ED1}", "\u{16ED1}", false, false),
    (0x16ED2, "\u{16ED2}", "\u{16ED2}", false, false),
    (0x16ED3, "\u{16ED3}", "\u{16ED3}", false, false),
    (0x1DF25, "\u{1DF25}", "\u{1DF25}", false, false),
    (0x1DF26, "\u{1DF26}", "\u{1DF26}", false, false),
    (0x1DF27, "\u{1DF27}", "\u{1DF27}", false, false),
    (0x1DF28, "\u{1DF28}", "\u{1DF28}", false, false),
    (0x1DF29, "\u{1DF29}", "\u{1DF29}", false, false),
    (0x1DF2A, "\u{1DF2A}", "\u{1DF2A}", false, false),
    (0x1E030, "\u{1E030}", "\u{1E030}", false, false),
    (0x1E031, "\u{1E031}", "\u{1E031}", false, false),
    (0x1E032, "\u{1E032}", "\u{1E032}", false, false),
    (0x1E033, "\u{1E033}", "\u{1E033}", false, false),
    (0x1E034, "\u{1E034}", "\u{1E034}", false, false),
    (0x1E035, "\u{1E035}", "\u{1E035}", false, false),
    (0x1E036, "\u{1E036}", "\u{1E036}", false, false),
    (0x1E037, "\u{1E037}", "\u{1E037}", false, false),
    (0x1E038, "\u{1E038}", "\u{1E038}", false, false),
    (0x1E039, "\u{1E039}", "\u{1E039}", false, false),
    (0x1E03A, "\u{1E03A}", "\u{1E03A}", false, false),
    (0x1E03B, "\u{1E03B}", "\u{1E03B}", false, false),
    (0x1E03C, "\u{1E03C}", "\u{1E03C}", false, false),
    (0x1E03D, "\u{1E03D}", "\u{1E03D}", false, false),
    (0x1E03E, "\u{1E03E}", "\u{1E03E}", false, false),
    (0x1E03F, "\u{1E03F}", "\u{1E03F}", false, false),
    (0x1E040, "\u{1E040}", "\u{1E040}", false, false),
    (0x1E041, "\u{1E041}", "\u{1E041}", false, false),
    (0x1E042, "\u{1E042}", "\u{1E042}", false, false),
    (0x1E043, "\u{1E043}", "\u{1E043}", false, false),
    (0x1E044, "\u{1E044}", "\u{1E044}", false, false),
    (0x1E045, "\u{1E045}", "\u{1E045}", false, false),
    (0x1E046, "\u{1E046}", "\u{1E046}", false, false),
    (0x1E047, "\u{1E047}", "\u{1E047}", false, false),
    (0x1E048, "\u{1E048}", "\u{1E048}", false, false),
    (0x1E049, "\u{1E049}", "\u{1E049}", false, false),
    (0x1E04A, "\u{1E04A}", "\u{1E04A}", false, false),
    (0x1E04B, "\u{1E04B}", "\u{1E04B}", false, false),
    (0x1E04C, "\u{1E04C}", "\u{1E04C}", false, false),
    (0x1E04D, "\u{1E04D}", "\u{1E04D}", false, false),
    (0x1E04E, "\u{1E04E}", "\u{1E04E}", false, false),
    (0x1E04F, "\u{1E04F}", "\u{1E04F}", false, false),
    (0x1E050, "\u{1E050}", "\u{1E050}", false, false),
    (0x1E051, "\u{1E051}", "\u{1E051}", false, false),
    (0x1E052, "\u{1E052}", "\u{1E052}", false, false),
    (0x1E053, "\u{1E053}", "\u{1E053}", false, false),
    (0x1E054, "\u{1E054}", "\u{1E054}", false, false),
    (0x1E055, "\u{1E055}", "\u{1E055}", false, false),
    (0x1E056, "\u{1E056}", "\u{1E056}", false, false),
    (0x1E057, "\u{1E057}", "\u{1E057}", false, false),
    (0x1E058, "\u{1E058}", "\u{1E058}", false, false),
    (0x1E059, "\u{1E059}", "\u{1E059}", false, false),
    (0x1E05A, "\u{1E05A}", "\u{1E05A}", false, false),
    (0x1E05B, "\u{1E05B}", "\u{1E05B}", false, false),
    (0x1E05C, "\u{1E05C}", "\u{1E05C}", false, false),
    (0x1E05D, "\u{1E05D}", "\u{1E05D}", false, false),
    (0x1E05E, "\u{1E05E}", "\u{1E05E}", false, false),
    (0x1E05F, "\u{1E05F}", "\u{1E05F}", false, false),
    (0x1E060, "\u{1E060}", "\u{1E060}", false, false),
    (0x1E061, "\u{1E061}", "\u{1E061}", false, false),
    (0x1E062, "\u{1E062}", "\u{1E062}", false, false),
    (0x1E063, "\u{1E063}", "\u{1E063}", false, false),
    (0x1E064, "\u{1E064}", "\u{1E064}", false, false),
    (0x1E065, "\u{1E065}", "\u{1E065}", false, false),
    (0x1E066, "\u{1E066}", "\u{1E066}", false, false),
    (0x1E067, "\u{1E067}", "\u{1E067}", false, false),
    (0x1E068, "\u{1E068}", "\u{1E068}", false, false),
    (0x1E069, "\u{1E069}", "\u{1E069}", false, false),
    (0x1E06A, "\u{1E06A}", "\u{1E06A}", false, false),
    (0x1E06B, "\u{1E06B}", "\u{1E06B}", false, false),
    (0x1E06C, "\u{1E06C}", "\u{1E06C}", false, false),
    (0x1E06D, "\u{1E06D}", "\u{1E06D}", false, false),
];

/// Code points whose full titlecase mapping differs from their uppercase mapping.
#[rustfmt::skip]
static TITLE_SPECIAL: &[(u32, &str)] = &[
    (0xDF, "Ss"),
    (0x1C4, "\u{1C5}"),
    (0x1C5, "\u{1C5}"),
    (0x1C6, "\u{1C5}"),
    (0x1C7, "\u{1C8}"),
    (0x1C8, "\u{1C8}"),
    (0x1C9, "\u{1C8}"),
    (0x1CA, "\u{1CB}"),
    (0x1CB, "\u{1CB}"),
    (0x1CC, "\u{1CB}"),
    (0x1F1, "\u{1F2}"),
    (0x1F2, "\u{1F2}"),
    (0x1F3, "\u{1F2}"),
    (0x587, "\u{535}\u{582}"),
    (0x10D0, "\u{10D0}"),
    (0x10D1, "\u{10D1}"),
    (0x10D2, "\u{10D2}"),
    (0x10D3, "\u{10D3}"),
    (0x10D4, "\u{10D4}"),
    (0x10D5, "\u{10D5}"),
    (0x10D6, "\u{10D6}"),
    (0x10D7, "\u{10D7}"),
    (0x10D8, "\u{10D8}"),
    (0x10D9, "\u{10D9}"),
    (0x10DA, "\u{10DA}"),
    (0x10DB, "\u{10DB}"),
    (0x10DC, "\u{10DC}"),
    (0x10DD, "\u{10DD}"),
    (0x10DE, "\u{10DE}"),
    (0x10DF, "\u{10DF}"),
    (0x10E0, "\u{10E0}"),
    (0x10E1, "\u{10E1}"),
    (0x10E2, "\u{10E2}"),
    (0x10E3, "\u{10E3}"),
    (0x10E4, "\u{10E4}"),
    (0x10E5, "\u{10E5}"),
    (0x10E6, "\u{10E6}"),
    (0x10E7, "\u{10E7}"),
    (0x10E8, "\u{10E8}"),
    (0x10E9, "\u{10E9}"),
    (0x10EA, "\u{10EA}"),
    (0x10EB, "\u{10EB}"),
    (0x10EC, "\u{10EC}"),
    (0x10ED, "\u{10ED}"),
    (0x10EE, "\u{10EE}"),
    (0x10EF, "\u{10EF}"),
    (0x10F0, "\u{10F0}"),
    (0x10F1, "\u{10F1}"),
    (0x10F2, "\u{10F2}"),
    (0x10F3, "\u{10F3}"),
    (0x10F4, "\u{10F4}"),
    (0x10F5, "\u{10F5}"),
    (0x10F6, "\u{10F6}"),
    (0x10F7, "\u{10F7}"),
    (0x10F8, "\u{10F8}"),
    (0x10F9, "\u{10F9}"),
    (0x10FA, "\u{10FA}"),
    (0x10FD, "\u{10FD}"),
    (0x10FE, "\u{10FE}"),
    (0x10FF, "\u{10FF}"),
    (0x1F80, "\u{1F88}"),
    (0x1F81, "\u{1F89}"),
    (0x1F82, "\u{1F8A}"),
    (0x1F83, "\u{1F8B}"),
    (0x1F84, "\u{1F8C}"),
    (0x1F85, "\u{1F8D}"),
    (0x1F86, "\u{1F8E}"),
    (0x1F87, "\u{1F8F}"),
    (0x1F88, "\u{1F88}"),
    (0x1F89, "\u{1F89}"),
    (0x1F8A, "\u{1F8A}"),
    (0x1F8B, "\u{1F8B}"),
    (0x1F8C, "\u{1F8C}"),
    (0x1F8D, "\u{1F8D}"),
    (0x1F8E, "\u{1F8E}"),
    (0x1F8F, "\u{1F8F}"),
    (0x1F90, "\u{1F98}"),
    (0x1F91, "\u{1F99}"),
    (0x1F92, "\u{1F9A}"),
    (0x1F93, "\u{1F9B}"),
    (0x1F94, "\u{1F9C}"),
    (0x1F95, "\u{1F9D}"),
    (0x1F96, "\u{1F9E}"),
    (0x1F97, "\u{1F9F}"),
    (0x1F98, "\u{1F98}"),
    (0x1F99, "\u{1F99}"),
    (0x1F9A, "\u{1F9A}"),
    (0x1F9B, "\u{1F9B}"),
    (0x1F9C, "\u{1F9C}"),
    (0x1F9D, "\u{1F9D}"),
    (0x1F9E, "\u{1F9E}"),
    (0x1F9F, "\u{1F9F}"),
    (0x1FA0, "\u{1FA8}"),
    (0x1FA1, "\u{1FA9}"),
    (0x1FA2, "\u{1FAA}"),
    (0x1FA3, "\u{1FAB}"),
    (0x1FA4, "\u{1FAC}"),
    (0x1FA5, "\u{1FAD}"),
    (0x1FA6, "\u{1FAE}"),
    (0x1FA7, "\u{1FAF}"),
    (0x1FA8, "\u{1FA8}"),
    (0x1FA9, "\u{1FA9}"),
    (0x1FAA, "\u{1FAA}"),
    (0x1FAB, "\u{1FAB}"),
    (0x1FAC, "\u{1FAC}"),
    (0x1FAD, "\u{1FAD}"),
    (0x1FAE, "\u{1FAE}"),
    (0x1FAF, "\u{1FAF}"),
    (0x1FB2, "\u{1FBA}\u{345}"),
    (0x1FB3, "\u{1FBC}"),
    (0x1FB4, "\u{386}\u{345}"),
    (0x1FB7, "\u{391}\u{342}\u{345}"),
    (0x1FBC, "\u{1FBC}"),
    (0x1FC2, "\u{1FCA}\u{345}"),
    (0x1FC3, "\u{1FCC}"),
    (0x1FC4, "\u{389}\u{345}"),
    (0x1FC7, "\u{397}\u{342}\u{345}"),
    (0x1FCC, "\u{1FCC}"),
    (0x1FF2, "\u{1FFA}\u{345}"),
    (0x1FF3, "\u{1FFC}"),
    (0x1FF4, "\u{38F}\u{345}"),
    (0x1FF7, "\u{3A9}\u{342}\u{345}"),
    (0x1FFC, "\u{1FFC}"),
    (0xFB00, "Ff"),
    (0xFB01, "Fi"),
    (0xFB02, "Fl"),
    (0xFB03, "Ffi"),
    (0xFB04, "Ffl"),
    (0xFB05, "St"),
    (0xFB06, "St"),
    (0xFB13, "\u{544}\u{576}"),
    (0xFB14, "\u{544}\u{565}"),
    (0xFB15, "\u{544}\u{56B}"),
    (0xFB16, "\u{54E}\u{576}"),
    (0xFB17, "\u{544}\u{56D}"),
];

/// Code points whose full case folding differs from their lowercase mapping.
#[rustfmt::skip]
static FOLD_SPECIAL: &[(u32, &str)] = &[
    (0xB5, "\u{3BC}"),
    (0xDF, "ss"),
    (0x149, "\u{2BC}n"),
    (0x17F, "s"),
    (0x1F0, "j\u{30C}"),
    (0x345, "\u{3B9}"),
    (0x390, "\u{3B9}\u{308}\u{301}"),
    (0x3B0, "\u{3C5}\u{308}\u{301}"),
    (0x3C2, "\u{3C3}"),
    (0x3D0, "\u{3B2}"),
    (0x3D1, "\u{3B8}"),
    (0x3D5, "\u{3C6}"),
    (0x3D6, "\u{3C0}"),
    (0x3F0, "\u{3BA}"),
    (0x3F1, "\u{3C1}"),
    (0x3F5, "\u{3B5}"),
    (0x587, "\u{565}\u{582}"),
    (0x13A0, "\u{13A0}"),
    (0x13A1, "\u{13A1}"),
    (0x13A2, "\u{13A2}"),
    (0x13A3, "\u{13A3}"),
    (0x13A4, "\u{13A4}"),
    (0x13A5, "\u{13A5}"),
    (0x13A6, "\u{13A6}"),
    (0x13A7, "\u{13A7}"),
    (0x13A8, "\u{13A8}"),
    (0x13A9, "\u{13A9}"),
    (0x13AA, "\u{13AA}"),
    (0x13AB, "\u{13AB}"),
    (0x13AC, "\u{13AC}"),
    (0x13AD, "\u{13AD}"),
    (0x13AE, "\u{13AE}"),
    (0x13AF, "\u{13AF}"),
    (0x13B0, "\u{13B0}"),
    (0x13B1, "\u{13B1}"),
    (0x13B2, "\u{13B2}"),
    (0x13B3, "\u{13B3}"),
    (0x13B4, "\u{13B4}"),
    (0x13B5, "\u{13B5}"),
    (0x13B6, "\u{13B6}"),
    (0x13B7, "\u{13B7}"),
    (0x13B8, "\u{13B8}"),
    (0x13B9, "\u{13B9}"),
    (0x13BA, "\u{13BA}"),
    (0x13BB, "\u{13BB}"),
    (0x13BC, "\u{13BC}"),
    (0x13BD, "\u{13BD}"),
    (0x13BE, "\u{13BE}"),
    (0x13BF, "\u{13BF}"),
    (0x13C0, "\u{13C0}"),
    (0x13C1, "\u{13C1}"),
    (0x13C2, "\u{13C2}"),
    (0x13C3, "\u{13C3}"),
    (0x13C4, "\u{13C4}"),
    (0x13C5, "\u{13C5}"),
    (0x13C6, "\u{13C6}"),
    (0x13C7, "\u{13C7}"),
    (0x13C8, "\u{13C8}"),
    (0x13C9, "\u{13C9}"),
    (0x13CA, "\u{13CA}"),
    (0x13CB, "\u{13CB}"),
    (0x13CC, "\u{13CC}"),
    (0x13CD, "\u{13CD}"),
    (0x13CE, "\u{13CE}"),
    (0x13CF, "\u{13CF}"),
    (0x13D0, "\u{13D0}"),
    (0x13D1, "\u{13D1}"),
    (0x13D2, "\u{13D2}"),
    (0x13D3, "\u{13D3}"),
    (0x13D4, "\u{13D4}"),
    (0x13D5, "\u{13D5}"),
    (0x13D6, "\u{13D6}"),
    (0x13D7, "\u{13D7}"),
    (0x13D8, "\u{13D8}"),
    (0x13D9, "\u{13D9}"),
    (0x13DA, "\u{13DA}"),
    (0x13DB, "\u{13DB}"),
    (0x13DC, "\u{13DC}"),
    (0x13DD, "\u{13DD}"),
    (0x13DE, "\u{13DE}"),
    (0x13DF, "\u{13DF}"),
    (0x13E0, "\u{13E0}"),
    (0x13E1, "\u{13E1}"),
    (0x13E2, "\u{13E2}"),
    (0x13E3, "\u{13E3}"),
    (0x13E4, "\u{13E4}"),
    (0x13E5, "\u{13E5}"),
    (0x13E6, "\u{13E6}"),
    (0x13E7, "\u{13E7}"),
    (0x13E8, "\u{13E8}"),
    (0x13E9, "\u{13E9}"),
    (0x13EA, "\u{13EA}"),
    (0x13EB, "\u{13EB}"),
    (0x13EC, "\u{13EC}"),
    (0x13ED, "\u{13ED}"),
    (0x13EE, "\u{13EE}"),
    (0x13EF, "\u{13EF}"),
    (0x13F0, "\u{13F0}"),
    (0x13F1, "\u{13F1}"),
    (0x13F2, "\u{13F2}"),
    (0x13F3, "\u{13F3}"),
    (0x13F4, "\u{13F4}"),
    (0x13F5, "\u{13F5}"),
    (0x13F8, "\u{13F0}"),
    (0x13F9, "\u{13F1}"),
    (0x13FA, "\u{13F2}"),
    (0x13FB, "\u{13F3}"),
    (0x13FC, "\u{13F4}"),
    (0x13FD, "\u{13F5}"),
    (0x1C80, "\u{432}"),
    (0x1C81, "\u{434}"),
    (0x1C82, "\u{43E}"),
    (0x1C83, "\u{441}"),
    (0x1C84, "\u{442}"),
    (0x1C85, "\u{442}"),
    (0x1C86, "\u{44A}"),
    (0x1C87, "\u{463}"),
    (0x1C88, "\u{A64B}"),
    (0x1E96, "h\u{331}"),
    (0x1E97, "t\u{308}"),
    (0x1E98, "w\u{30A}"),
    (0x1E99, "y\u{30A}"),
    (0x1E9A, "a\u{2BE}"),
    (0x1E9B, "\u{1E61}"),
    (0x1E9E, "ss"),
    (0x1F50, "\u{3C5}\u{313}"),
    (0x1F52, "\u{3C5}\u{313}\u{300}"),
    (0x1F54, "\u{3C5}\u{313}\u{301}"),
    (0x1F56, "\u{3C5}\u{313}\u{342}"),
    (0x1F80, "\u{1F00}\u{3B9}"),
    (0x1F81, "\u{1F01}\u{3B9}"),
    (0x1F82, "\u{1F02}\u{3B9}"),
    (0x1F83, "\u{1F03}\u{3B9}"),
    (0x1F84, "\u{1F04}\u{3B9}"),
    (0x1F85, "\u{1F05}\u{3B9}"),
    (0x1F86, "\u{1F06}\u{3B9}"),
    (0x1F87, "\u{1F07}\u{3B9}"),
    (0x1F88, "\u{1F00}\u{3B9}"),
    (0x1F89, "\u{1F01}\u{3B9}"),
    (0x1F8A, "\u{1F02}\u{3B9}"),
    (0x1F8B, "\u{1F03}\u{3B9}"),
    (0x1F8C, "\u{1F04}\u{3B9}"),
    (0x1F8D, "\u{1F05}\u{3B9}"),
    (0x1F8E, "\u{1F06}\u{3B9}"),
    (0x1F8F, "\u{1F07}\u{3B9}"),
    (0x1F90, "\u{1F20}\u{3B9}"),
    (0x1F91, "\u{1F21}\u{3B9}"),
    (0x1F92, "\u{1F22}\u{3B9}"),
    (0x1F93, "\u{1F23}\u{3B9}"),
    (0x1F94, "\u{1F24}\u{3B9}"),
    (0x1F95, "\u{1F25}\u{3B9}"),
    (0x1F96, "\u{1F26}\u{3B9}"),
    (0x1F97, "\u{1F27}\u{3B9}"),
    (0x1F98, "\u{1F20}\u{3B9}"),
    (0x1F99, "\u{1F21}\u{3B9}"),
    (0x1F9A, "\u{1F22}\u{3B9}"),
    (0x1F9B, "\u{1F23}\u{3B9}"),
    (0x1F9C, "\u{1F24}\u{3B9}"),
    (0x1F9D, "\u{1F25}\u{3B9}"),
    (0x1F9E, "\u{1F26}\u{3B9}"),
    (0x1F9F, "\u{1F27}\u{3B9}"),
    (0x1FA0, "\u{1F60}\u{3B9}"),
    (0x1FA1, "\u{1F61}\u{3B9}"),
    (0x1FA2, "\u{1F62}\u{3B9}"),
    (0x1FA3, "\u{1F63}\u{3B9}"),
    (0x1FA4, "\u{1F64}\u{3B9}"),
    (0x1FA5, "\u{1F65}\u{3B9}"),
    (0x1FA6, "\u{1F66}\u{3B9}"),
    (0x1FA7, "\u{1F67}\u{3B9}"),
    (0x1FA8, "\u{1F60}\u{3B9}"),
    (0x1FA9, "\u{1F61}\u{3B9}"),
    (0x1FAA, "\u{1F62}\u{3B9}"),
    (0x1FAB, "\u{1F63}\u{3B9}"),
    (0x1FAC, "\u{1F64}\u{3B9}"),
    (0x1FAD, "\u{1F65}\u{3B9}"),
    (0x1FAE, "\u{1F66}\u{3B9}"),
    (0x1FAF, "\u{1F67}\u{3B9}"),
    (0x1FB2, "\u{1F70}\u{3B9}"),
    (0x1FB3, "\u{3B1}\u{3B9}"),
    (0x1FB4, "\u{3AC}\u{3B9}"),
    (0x1FB6, "\u{3B1}\u{342}"),
    (0x1FB7, "\u{3B1}\u{342}\u{3B9}"),
    (0x1FBC, "\u{3B1}\u{3B9}"),
    (0x1FBE, "\u{3B9}"),
    (0x1FC2, "\u{1F74}\u{3B9}"),
    (0x1FC3, "\u{3B7}\u{3B9}"),
    (0x1FC4, "\u{3AE}\u{3B9}"),
    (0x1FC6, "\u{3B7}\u{342}"),
    (0x1FC7, "\u{3B7}\u{342}\u{3B9}"),
    (0x1FCC, "\u{3B7}\u{3B9}"),
    (0x1FD2, "\u{3B9}\u{308}\u{300}"),
    (0x1FD3, "\u{3B9}\u{308}\u{301}"),
    (0x1FD6, "\u{3B9}\u{342}"),
    (0x1FD7, "\u{3B9}\u{308}\u{342}"),
    (0x1FE2, "\u{3C5}\u{308}\u{300}"),
    (0x1FE3, "\u{3C5}\u{308}\u{301}"),
    (0x1FE4, "\u{3C1}\u{313}"),
    (0x1FE6, "\u{3C5}\u{342}"),
    (0x1FE7, "\u{3C5}\u{308}\u{342}"),
    (0x1FF2, "\u{1F7C}\u{3B9}"),
    (0x1FF3, "\u{3C9}\u{3B9}"),
    (0x1FF4, "\u{3CE}\u{3B9}"),
    (0x1FF6, "\u{3C9}\u{342}"),
    (0x1FF7, "\u{3C9}\u{342}\u{3B9}"),
    (0x1FFC, "\u{3C9}\u{3B9}"),
    (0xAB70, "\u{13A0}"),
    (0xAB71, "\u{13A1}"),
    (0xAB72, "\u{13A2}"),
    (0xAB73, "\u{13A3}"),
    (0xAB74, "\u{13A4}"),
    (0xAB75, "\u{13A5}"),
    (0xAB76, "\u{13A6}"),
    (0xAB77, "\u{13A7}"),
    (0xAB78, "\u{13A8}"),
    (0xAB79, "\u{13A9}"),
    (0xAB7A, "\u{13AA}"),
    (0xAB7B, "\u{13AB}"),
    (0xAB7C, "\u{13AC}"),
    (0xAB7D, "\u{13AD}"),
    (0xAB7E, "\u{13AE}"),
    (0xAB7F, "\u{13AF}"),
    (0xAB80, "\u{13B0}"),
    (0xAB81, "\u{13B1}"),
    (0xAB82, "\u{13B2}"),
    (0xAB83, "\u{13B3}"),
    (0xAB84, "\u{13B4}"),
    (0xAB85, "\u{13B5}"),
    (0xAB86, "\u{13B6}"),
    (0xAB87, "\u{13B7}"),
    (0xAB88, "\u{13B8}"),
    (0xAB89, "\u{13B9}"),
    (0xAB8A, "\u{13BA}"),
    (0xAB8B, "\u{13BB}"),
    (0xAB8C, "\u{13BC}"),
    (0xAB8D, "\u{13BD}"),
    (0xAB8E, "\u{13BE}"),
    (0xAB8F, "\u{13BF}"),
    (0xAB90, "\u{13C0}"),
    (0xAB91, "\u{13C1}"),
    (0xAB92, "\u{13C2}"),
    (0xAB93, "\u{13C3}"),
    (0xAB94, "\u{13C4}"),
    (0xAB95, "\u{13C5}"),
    (0xAB96, "\u{13C6}"),
    (0xAB97, "\u{13C7}"),
    (0xAB98, "\u{13C8}"),
    (0xAB99, "\u{13C9}"),
    (0xAB9A, "\u{13CA}"),
    (0xAB9B, "\u{13CB}"),
    (0xAB9C, "\u{13CC}"),
    (0xAB9D, "\u{13CD}"),
    (0xAB9E, "\u{13CE}"),
    (0xAB9F, "\u{13CF}"),
    (0xABA0, "\u{13D0}"),
    (0xABA1, "\u{13D1}"),
    (0xABA2, "\u{13D2}"),
    (0xABA3, "\u{13D3}"),
    (0xABA4, "\u{13D4}"),
    (0xABA5, "\u{13D5}"),
    (0xABA6, "\u{13D6}"),
    (0xABA7, "\u{13D7}"),
    (0xABA8, "\u{13D8}"),
    (0xABA9, "\u{13D9}"),
    (0xABAA, "\u{13DA}"),
    (0xABAB, "\u{13DB}"),
    (0xABAC, "\u{13DC}"),
    (0xABAD, "\u{13DD}"),
    (0xABAE, "\u{13DE}"),
    (0xABAF, "\u{13DF}"),
    (0xABB0, "\u{13E0}"),
    (0xABB1, "\u{13E1}"),
    (0xABB2, "\u{13E2}"),
    (0xABB3, "\u{13E3}"),
    (0xABB4, "\u{13E4}"),
    (0xABB5, "\u{13E5}"),
    (0xABB6, "\u{13E6}"),
    (0xABB7, "\u{13E7}"),
    (0xABB8, "\u{13E8}"),
    (0xABB9, "\u{13E9}"),
    (0xABBA, "\u{13EA}"),
    (0xABBB, "\u{13EB}"),
    (0xABBC, "\u{13EC}"),
    (0xABBD, "\u{13ED}"),
    (0xABBE, "\u{13EE}"),
    (0xABBF, "\u{13EF}"),
    (0xFB00, "ff"),
    (0xFB01, "fi"),
    (0xFB02, "fl"),
    (0xFB03, "ffi"),
    (0xFB04, "ffl"),
    (0xFB05, "st"),
    (0xFB06, "st"),
    (0xFB13, "\u{574}\u{576}"),
    (0xFB14, "\u{574}\u{565}"),
    (0xFB15, "\u{574}\u{56B}"),
    (0xFB16, "\u{57E}\u{576}"),
    (0xFB17, "\u{574}\u{56D}"),
];
