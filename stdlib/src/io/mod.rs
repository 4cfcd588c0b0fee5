//! The `_io` module: open(), the I/O class hierarchy (IOBase and its three families), FileIO,
//! the buffered classes, TextIOWrapper, StringIO and BytesIO. `io.py` re-exports it.
//!
//! Files are reached only through std's safe API: a file descriptor number is a key into the
//! VM's descriptor table (`fdtable`), which holds the `std::fs::File` behind it, so that `os.open`,
//! `open(fd)` and `os.close` agree without raw descriptor calls.

pub mod base;
pub mod buffered;
pub mod bytesio;
pub mod fdtable;
pub mod fileio;
pub mod open;
pub mod stringio;
pub mod textio;

use pyvm_vm::value::Payload;
use pyvm_vm::{Args, ObjRef, PyErr, PyResult, Value, Vm};

pub const DEFAULT_BUFFER_SIZE: usize = 8192;

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("_io");
    let iobase = base::init(vm);
    let raw = class(vm, "RawIOBase");
    let buffered = class(vm, "BufferedIOBase");
    let text = class(vm, "TextIOBase");
    fileio::init(vm, &raw);
    buffered::init(vm, &buffered);
    bytesio::init(vm, &buffered);
    textio::init(vm, &text);
    stringio::init(vm, &text);
    // UnsupportedOperation derives from both OSError and ValueError: made through `type` so that
    // its MRO is computed as for a class statement.
    let bases = vm.new_tuple(vec![
        Value::Obj(vm.types.exc.os_error.clone()),
        Value::Obj(vm.types.exc.value_error.clone()),
    ]);
    let ns = vm.new_dict();
    let k = vm.intern("__module__");
    let io_name = vm.new_str("io");
    vm.dict_set(&ns, k, io_name)?;
    let type_ = Value::Obj(vm.types.type_.clone());
    let name = vm.new_str("UnsupportedOperation");
    let unsupported = vm.call(&type_, Args::new([name, bases, ns]))?;
    vm.module_state
        .insert("_io.UnsupportedOperation".into(), unsupported.clone());
    vm.module_set(&m, "UnsupportedOperation", unsupported);
    vm.module_set(&m, "_IOBase", Value::Obj(iobase));
    for (export, name) in [
        ("_RawIOBase", "RawIOBase"),
        ("_BufferedIOBase", "BufferedIOBase"),
        ("_TextIOBase", "TextIOBase"),
        ("FileIO", "FileIO"),
        ("BufferedReader", "BufferedReader"),
        ("BufferedWriter", "BufferedWriter"),
        ("BufferedRandom", "BufferedRandom"),
        ("TextIOWrapper", "TextIOWrapper"),
        ("StringIO", "StringIO"),
        ("BytesIO", "BytesIO"),
    ] {
        let c = class(vm, name);
        vm.module_set(&m, export, Value::Obj(c));
    }
    vm.module_set(
        &m,
        "DEFAULT_BUFFER_SIZE",
        Value::Int(DEFAULT_BUFFER_SIZE as i64),
    );
    let f = vm.new_native("open", open::io_open);
    vm.module_set(&m, "open", f.clone());
    // The builtin open() is io.open itself once _io exists (`open is io.open`).
    let key = vm.intern("open");
    let builtins = vm.builtins.clone();
    vm.dict_set(&builtins, key, f)?;
    let f = vm.new_native("text_encoding", open::text_encoding);
    vm.module_set(&m, "text_encoding", f);
    Ok(m)
}

/// Registers a class of this module for the module's own functions to find.
pub(crate) fn keep_class(vm: &mut Vm, name: &str, class: &ObjRef) {
    vm.module_state
        .insert(format!("_io.{name}"), Value::Obj(class.clone()));
}

/// One of this module's classes (made by `make_module`).
pub(crate) fn class(vm: &Vm, name: &str) -> ObjRef {
    match vm.module_state.get(&format!("_io.{name}")) {
        Some(Value::Obj(o)) => o.clone(),
        _ => vm.types.object.clone(),
    }
}

/// Imports `_io` if it is not yet, so that its classes are registered.
pub(crate) fn ensure_module(vm: &mut Vm) -> PyResult<()> {
    if !vm.module_state.contains_key("_io.TextIOWrapper") {
        let name = vm.intern_static("_io");
        vm.import(&name, &Value::None, &Value::Int(0))?;
    }
    Ok(())
}

pub(crate) fn unsupported(vm: &Vm, msg: &str) -> PyErr {
    match vm.module_state.get("_io.UnsupportedOperation") {
        Some(Value::Obj(c)) => vm.new_exception(c, msg),
        _ => vm.new_exception(&vm.types.exc.os_error, msg),
    }
}

pub(crate) fn closed_error(vm: &Vm) -> PyErr {
    vm.value_error("I/O operation on closed file.")
}

pub(crate) fn new_bytes(data: &[u8]) -> Value {
    Value::obj(Payload::Bytes(data.to_vec().into_boxed_slice()))
}

/// CPython's strerror text for an errno (Linux's messages).
pub fn strerror(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// The OSError subclass for `errno`, with CPython's args (errno, strerror[, filename]).
pub fn errno_error(
    vm: &mut Vm,
    errno: i32,
    filename: Option<Value>,
    filename2: Option<Value>,
) -> PyErr {
    let mut args = vec![Value::Int(errno as i64), vm.new_str(strerror(errno))];
    if let Some(f) = filename {
        args.push(f);
        if let Some(f2) = filename2 {
            args.push(Value::None);
            args.push(f2);
        }
    }
    let class = Value::Obj(vm.types.exc.os_error.clone());
    match vm.call(&class, Args::new(args)) {
        Ok(Value::Obj(e)) => PyErr(e),
        Ok(_) => vm.new_exception(&vm.types.exc.os_error, strerror(errno)),
        Err(e) => e,
    }
}

/// An OSError for a failed system call.
pub fn os_error(vm: &mut Vm, e: &std::io::Error, filename: Option<Value>) -> PyErr {
    match e.raw_os_error() {
        Some(n) => errno_error(vm, n, filename, None),
        None => {
            let class = vm.types.exc.os_error.clone();
            vm.new_exception(&class, e.to_string())
        }
    }
}

/// Binds a native call's arguments to parameter names, as CPython's argument clinic: at most
/// `names.len()` values, the first `required` of them mandatory.
pub(crate) fn bind(
    vm: &Vm,
    args: &Args,
    skip: usize,
    fname: &str,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = &args.pos[skip.min(args.pos.len())..];
    if pos.len() > names.len() {
        let total = pos.len() + args.kw.len();
        return Err(vm.type_error(if names.is_empty() {
            format!("{fname}() takes no arguments ({total} given)")
        } else {
            format!(
                "{fname}() takes at most {} argument{} ({total} given)",
                names.len(),
                if names.len() == 1 { "" } else { "s" }
            )
        }));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in &args.kw {
        let key = k.as_str().map_or("", |s| s.as_str());
        match names.iter().position(|n| *n == key) {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{key}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// The receiver of a method call.
pub(crate) fn this(args: &Args) -> Value {
    args.pos.first().cloned().unwrap_or_default()
}

/// An optional size argument: None or negative means "all".
pub(crate) fn size_arg(vm: &mut Vm, v: &Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => {
            if pyvm_vm::objects::int::as_i64(v).is_none() && vm.to_index(v).is_err() {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("argument should be integer or None, not '{t}'")));
            }
            match vm.to_index(v)? {
                Some(n) if n < 0 => Ok(None),
                Some(n) => Ok(Some(n as usize)),
                None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
            }
        }
    }
}

/// An int argument (seek offsets, whence).
pub(crate) fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.to_index(v)? {
        Some(n) => Ok(n),
        None => Err(vm.overflow_error("Python int too large to convert to C long")),
    }
}

/// The bytes of a bytes-like argument, or CPython's TypeError.
pub(crate) fn buffer_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match vm.bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

/// Copies `data` into a writable buffer argument (readinto); returns how many bytes fit.
pub(crate) fn fill_buffer(vm: &Vm, target: &Value, data: &[u8]) -> PyResult<usize> {
    match target.builtin_payload() {
        Some(pyvm_vm::Object::ByteArray(b)) => Ok(b.with_mut(|v| {
            let n = data.len().min(v.len());
            v[..n].copy_from_slice(&data[..n]);
            n
        })),
        _ => {
            let t = vm.type_name(target);
            Err(vm.type_error(format!(
                "readinto() argument must be read-write bytes-like object, not {t}"
            )))
        }
    }
}

/// The length of a writable buffer argument.
pub(crate) fn buffer_len(vm: &Vm, target: &Value) -> PyResult<usize> {
    match target.builtin_payload() {
        Some(pyvm_vm::Object::ByteArray(b)) => Ok(b.with(|v| v.len())),
        _ => {
            let t = vm.type_name(target);
            Err(vm.type_error(format!(
                "readinto() argument must be read-write bytes-like object, not {t}"
            )))
        }
    }
}

/// Borrows shared state mutably, or CPython's RuntimeError for a re-entrant call.
pub(crate) fn borrow<'a, T>(
    vm: &Vm,
    cell: &'a std::cell::RefCell<T>,
    what: &str,
) -> PyResult<std::cell::RefMut<'a, T>> {
    cell.try_borrow_mut()
        .map_err(|_| vm.runtime_error(format!("reentrant call inside {what}")))
}

/// A str argument or TypeError "<fname>() argument '<p>' must be str, not X".
pub(crate) fn opt_str(
    vm: &Vm,
    v: &Option<Value>,
    fname: &str,
    p: &str,
) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match v.as_str() {
            Some(s) => Ok(Some(s.as_str().to_string())),
            None => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!(
                    "{fname}() argument '{p}' must be str or None, not {t}"
                )))
            }
        },
    }
}
