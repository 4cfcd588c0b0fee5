//! BaseException and its subclasses as Python types: construction, args, chaining helpers.

use crate::objects::exception::ExceptionObj;
use crate::objects::function::Args;
use crate::objects::int;
use crate::value::{ObjRef, Object, Payload, Value};
use crate::vm::{is_subclass, PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.exc.base_exception.clone();
    vm.add_staticmethod(&t, "__new__", exception_new);
    vm.add_method(&t, "__init__", exception_init);
    vm.add_method(&t, "with_traceback", exception_with_traceback);
    vm.add_method(&t, "add_note", exception_add_note);
}

fn exception_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or_default();
    let Some(class) = cls.as_obj().cloned() else {
        return Err(vm.type_error("BaseException.__new__(X): X is not a type object"));
    };
    let rest: Vec<Value> = args.pos.iter().skip(1).cloned().collect();
    // OSError(errno, strerror, ...) builds the subclass its errno names; subclasses never remap.
    let class = if crate::value::ObjRef::ptr_eq(&class, &vm.types.exc.os_error)
        && (2..=5).contains(&rest.len())
    {
        int::as_i64(&rest[0])
            .and_then(|n| os_error_subclass(vm, n))
            .unwrap_or(class)
    } else {
        class
    };
    // An OSError subclass with its own __init__ parses its arguments there: until then CPython
    // leaves args empty.
    let own_init = is_subclass(&class, &vm.types.exc.os_error)
        && vm
            .class_lookup_str(&class, "__init__")
            .is_some_and(|f| matches!(f.as_object(), Some(Object::Function(_))));
    let a = vm.new_tuple(if own_init { Vec::new() } else { rest });
    Ok(Value::obj(Payload::Exception(ExceptionObj::new(class, a))))
}

/// The OSError subclass for an errno (Linux numbering, as CPython's errnomap).
fn os_error_subclass(vm: &Vm, errno: i64) -> Option<ObjRef> {
    let t = &vm.types.exc;
    let class = match errno {
        11 | 114 | 115 => &t.blocking_io_error,
        10 => &t.child_process_error,
        32 | 108 => &t.broken_pipe_error,
        103 => &t.connection_aborted_error,
        111 => &t.connection_refused_error,
        104 => &t.connection_reset_error,
        17 => &t.file_exists_error,
        2 => &t.file_not_found_error,
        21 => &t.is_a_directory_error,
        20 => &t.not_a_directory_error,
        4 => &t.interrupted_error,
        1 | 13 => &t.permission_error,
        3 => &t.process_lookup_error,
        110 => &t.timeout_error,
        _ => return None,
    };
    Some(class.clone())
}

/// Which builtin exception family gives an exception class its extra data attributes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    OsError,
    ImportError,
    AttributeError,
    NameError,
    UnicodeDecode,
    UnicodeEncode,
    SyntaxError,
    /// BaseExceptionGroup: `message` and `exceptions`, read-only.
    Group,
    None,
}

pub fn field_kind(vm: &Vm, class: &ObjRef) -> FieldKind {
    let t = &vm.types.exc;
    if is_subclass(class, &t.os_error) {
        FieldKind::OsError
    } else if is_subclass(class, &t.import_error) {
        FieldKind::ImportError
    } else if is_subclass(class, &t.attribute_error) {
        FieldKind::AttributeError
    } else if is_subclass(class, &t.name_error) {
        FieldKind::NameError
    } else if is_subclass(class, &t.unicode_decode_error) {
        FieldKind::UnicodeDecode
    } else if is_subclass(class, &t.unicode_encode_error) {
        FieldKind::UnicodeEncode
    } else if is_subclass(class, &t.syntax_error) {
        FieldKind::SyntaxError
    } else if is_subclass(class, &t.base_exception_group) {
        FieldKind::Group
    } else {
        FieldKind::None
    }
}

impl FieldKind {
    /// The data attributes, all None until `__init__` sets them.
    pub fn names(self) -> &'static [&'static str] {
        match self {
            FieldKind::OsError => &["errno", "strerror", "filename", "filename2"],
            FieldKind::ImportError => &["msg", "name", "path"],
            FieldKind::AttributeError => &["name", "obj"],
            FieldKind::NameError => &["name"],
            FieldKind::UnicodeDecode | FieldKind::UnicodeEncode => {
                &["encoding", "object", "start", "end", "reason"]
            }
            // `end_lineno`/`end_offset` are not listed: pyvm's compiler does not know them, so
            // they exist only when given to the constructor.
            FieldKind::SyntaxError => &[
                "msg",
                "filename",
                "lineno",
                "offset",
                "text",
                "print_file_and_line",
            ],
            FieldKind::Group => &["message", "exceptions"],
            FieldKind::None => &[],
        }
    }

    /// The keyword arguments `__init__` accepts.
    fn keywords(self) -> &'static [&'static str] {
        match self {
            FieldKind::ImportError => &["name", "path"],
            FieldKind::AttributeError => &["name", "obj"],
            FieldKind::NameError => &["name"],
            _ => &[],
        }
    }
}

fn exception_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Object::Exception(e)) = args.pos.first().and_then(|v| v.as_object()) else {
        return Err(vm.type_error("descriptor '__init__' requires a 'BaseException' object"));
    };
    let mut rest: Vec<Value> = args.pos.iter().skip(1).cloned().collect();
    let kind = field_kind(vm, &e.class());
    let class_name = crate::vm::class_name(&e.class());
    for (k, v) in &args.kw {
        let key = k.as_str().map_or("", |s| s.as_str());
        match kind.keywords().iter().find(|n| **n == key) {
            Some(name) => e.set_field(name, v.clone()),
            None if kind.keywords().is_empty() => {
                return Err(vm.type_error(format!("{class_name}() takes no keyword arguments")));
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {class_name}()"
                )));
            }
        }
    }
    match kind {
        // CPython's oserror_parse_args: (errno, strerror[, filename[, winerror[, filename2]]]).
        FieldKind::OsError if (2..=5).contains(&rest.len()) => {
            e.set_field("errno", rest[0].clone());
            e.set_field("strerror", rest[1].clone());
            if rest.len() >= 3 && !rest[2].is_none() {
                e.set_field("filename", rest[2].clone());
                if rest.len() == 5 {
                    e.set_field("filename2", rest[4].clone());
                }
                rest.truncate(2);
            }
        }
        FieldKind::OsError => {}
        FieldKind::ImportError => {
            let msg = if rest.len() == 1 {
                rest[0].clone()
            } else {
                Value::None
            };
            e.set_field("msg", msg);
        }
        FieldKind::UnicodeDecode | FieldKind::UnicodeEncode => {
            unicode_error_init(vm, e, kind, &rest)?;
        }
        // CPython's SyntaxError_init: (msg[, (filename, lineno, offset, text[, end_lineno,
        // end_offset])]).
        FieldKind::SyntaxError if !rest.is_empty() => {
            e.set_field("msg", rest[0].clone());
            if rest.len() == 2 {
                let info = vm.collect(&rest[1])?;
                if !(4..=6).contains(&info.len()) {
                    return Err(vm.type_error(format!(
                        "function takes at least 4 arguments ({} given)",
                        info.len()
                    )));
                }
                let names = [
                    "filename",
                    "lineno",
                    "offset",
                    "text",
                    "end_lineno",
                    "end_offset",
                ];
                for (n, v) in names.iter().zip(info) {
                    e.set_field(n, v);
                }
            }
        }
        _ => {}
    }
    let a = vm.new_tuple(rest);
    e.args.replace(a);
    Ok(Value::None)
}

/// UnicodeDecodeError(encoding, object, start, end, reason) and UnicodeEncodeError likewise.
fn unicode_error_init(vm: &mut Vm, e: &ExceptionObj, kind: FieldKind, a: &[Value]) -> PyResult<()> {
    let decode = kind == FieldKind::UnicodeDecode;
    if a.len() != 5 {
        return Err(vm.type_error(format!(
            "function takes exactly 5 arguments ({} given)",
            a.len()
        )));
    }
    let want_str = |i: usize, vm: &mut Vm| -> PyResult<()> {
        if a[i].as_str().is_some() {
            return Ok(());
        }
        let t = vm.type_name(&a[i]);
        Err(vm.type_error(format!("argument {} must be str, not {t}", i + 1)))
    };
    let want_int = |i: usize, vm: &mut Vm| -> PyResult<()> {
        if int::as_i64(&a[i]).is_some() {
            return Ok(());
        }
        let t = vm.type_name(&a[i]);
        Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
    };
    want_str(0, vm)?;
    if decode {
        if vm.bytes_like(&a[1]).is_none() {
            let t = vm.type_name(&a[1]);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
        }
    } else {
        want_str(1, vm)?;
    }
    want_int(2, vm)?;
    want_int(3, vm)?;
    want_str(4, vm)?;
    for (i, n) in FieldKind::UnicodeDecode.names().iter().enumerate() {
        e.set_field(n, a[i].clone());
    }
    Ok(())
}

/// str() of exceptions whose builtin data attributes shape it (OSError, ImportError, Unicode
/// errors), or None for the args-based default.
pub fn field_str(vm: &mut Vm, e: &ExceptionObj) -> PyResult<Option<String>> {
    let get = |n: &str| e.field(n).unwrap_or(Value::None);
    match field_kind(vm, &e.class()) {
        FieldKind::OsError => {
            let (errno, strerror, filename) = (get("errno"), get("strerror"), get("filename"));
            if !filename.is_none() {
                let (n, s, f) = (
                    vm.str_of(&errno)?,
                    vm.str_of(&strerror)?,
                    vm.repr(&filename)?,
                );
                let filename2 = get("filename2");
                return Ok(Some(if filename2.is_none() {
                    format!("[Errno {n}] {s}: {f}")
                } else {
                    let f2 = vm.repr(&filename2)?;
                    format!("[Errno {n}] {s}: {f} -> {f2}")
                }));
            }
            // Both were set by __init__ (possibly to None), as CPython's non-NULL test.
            if e.field("errno").is_some() && e.field("strerror").is_some() {
                let (n, s) = (vm.str_of(&errno)?, vm.str_of(&strerror)?);
                return Ok(Some(format!("[Errno {n}] {s}")));
            }
            Ok(None)
        }
        FieldKind::ImportError => {
            let msg = get("msg");
            if msg.is_none() {
                Ok(None)
            } else {
                vm.str_of(&msg).map(Some)
            }
        }
        kind @ (FieldKind::UnicodeDecode | FieldKind::UnicodeEncode) => {
            let Some(object) = e.field("object") else {
                return Ok(None);
            };
            let enc = vm.str_of(&get("encoding"))?;
            let reason = vm.str_of(&get("reason"))?;
            let start = int::as_i64(&get("start")).unwrap_or(0);
            let end = int::as_i64(&get("end")).unwrap_or(0);
            let verb = if kind == FieldKind::UnicodeDecode {
                "decode"
            } else {
                "encode"
            };
            if end == start + 1 && start >= 0 {
                let one = if kind == FieldKind::UnicodeDecode {
                    vm.bytes_like(&object)
                        .and_then(|b| b.get(start as usize).copied())
                        .map(|b| format!("byte 0x{b:02x}"))
                } else {
                    object
                        .as_str()
                        .and_then(|s| s.as_str().chars().nth(start as usize))
                        .map(|c| {
                            let c = c as u32;
                            if c < 0x100 {
                                format!("character '\\x{c:02x}'")
                            } else if c < 0x10000 {
                                format!("character '\\u{c:04x}'")
                            } else {
                                format!("character '\\U{c:08x}'")
                            }
                        })
                };
                if let Some(one) = one {
                    return Ok(Some(format!(
                        "'{enc}' codec can't {verb} {one} in position {start}: {reason}"
                    )));
                }
            }
            let what = if kind == FieldKind::UnicodeDecode {
                "bytes"
            } else {
                "characters"
            };
            Ok(Some(format!(
                "'{enc}' codec can't {verb} {what} in position {start}-{}: {reason}",
                end - 1
            )))
        }
        FieldKind::Group => crate::objects::exception_group::group_str(vm, e),
        _ => Ok(None),
    }
}

fn exception_with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("with_traceback", &args, 2, 2)?;
    let Some(Object::Exception(_)) = args.pos[0].as_object() else {
        return Err(vm.type_error("descriptor 'with_traceback' requires a 'BaseException' object"));
    };
    let exc = args.pos[0].clone();
    vm.set_traceback(&exc, args.pos[1].clone())?;
    Ok(exc)
}

fn exception_add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 || !args.kw.is_empty() {
        if !args.kw.is_empty() {
            return Err(vm.type_error("BaseException.add_note() takes no keyword arguments"));
        }
        return Err(vm.type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    }
    let exc = args.pos[0].clone();
    let note = args.pos[1].clone();
    if note.as_str().is_none() {
        let t = vm.type_name(&note);
        return Err(vm.type_error(format!("note must be a str, not '{t}'")));
    }
    // The notes live in the instance dict as `__notes__`, as in CPython.
    let key = vm.intern("__notes__");
    let notes = match vm.get_attr_opt(&exc, &key)? {
        Some(n) => n,
        None => {
            let fresh = vm.new_list(Vec::new());
            vm.set_attr(&exc, key, fresh.clone())?;
            fresh
        }
    };
    match notes.as_list() {
        Some(l) => {
            l.with_mut(|v| v.push(note));
            Ok(Value::None)
        }
        _ => Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
}
