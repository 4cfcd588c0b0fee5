//! IOBase, RawIOBase, BufferedIOBase and TextIOBase: the classes every stream derives from, with
//! the generic methods (iteration, context manager, readlines, ...) written in terms of the
//! stream's own read/readline/write, so that Python subclasses work as CPython's do.

use super::{bind, closed_error, keep_class, size_arg, this, unsupported};
use pyvm_vm::objects::native::NativeData;
use pyvm_vm::{Args, ObjRef, PyResult, Value, Vm};

/// The data of a direct instance of a base class (a Python subclass of io.TextIOBase, ...).
#[derive(Default)]
pub struct BaseData {
    pub closed: bool,
}

impl NativeData for BaseData {}

pub fn init(vm: &mut Vm) -> ObjRef {
    // CPython's io.IOBase and its three ABCs are Python classes: messages use bare names.
    let iobase = vm.new_native_type("io", "IOBase", true);
    vm.use_short_type_name(&iobase);
    keep_class(vm, "IOBase", &iobase);
    vm.add_staticmethod(&iobase, "__new__", base_new);
    vm.add_method(&iobase, "__init__", base_init);
    vm.add_method(&iobase, "__enter__", base_enter);
    vm.add_method(&iobase, "__exit__", base_exit);
    vm.add_method(&iobase, "__iter__", base_iter);
    vm.add_method(&iobase, "__next__", base_next);
    vm.add_method(&iobase, "readline", base_readline);
    vm.add_method(&iobase, "readlines", base_readlines);
    vm.add_method(&iobase, "writelines", base_writelines);
    vm.add_method(&iobase, "close", base_close);
    vm.add_getset(&iobase, "closed", base_closed, None);
    vm.add_method(&iobase, "flush", base_flush);
    vm.add_method(&iobase, "seekable", base_false);
    vm.add_method(&iobase, "readable", base_false);
    vm.add_method(&iobase, "writable", base_false);
    vm.add_method(&iobase, "isatty", base_isatty);
    vm.add_method(&iobase, "seek", base_seek);
    vm.add_method(&iobase, "tell", base_tell);
    vm.add_method(&iobase, "truncate", base_truncate);
    vm.add_method(&iobase, "fileno", base_fileno);
    vm.add_method(&iobase, "_checkClosed", base_check_closed);
    vm.add_method(&iobase, "_checkReadable", base_check_readable);
    vm.add_method(&iobase, "_checkWritable", base_check_writable);
    vm.add_method(&iobase, "_checkSeekable", base_check_seekable);

    let raw = vm.new_native_subtype("io", "RawIOBase", &iobase, true);
    vm.use_short_type_name(&raw);
    keep_class(vm, "RawIOBase", &raw);
    vm.add_method(&raw, "read", raw_read);
    vm.add_method(&raw, "readall", raw_readall);

    let buffered = vm.new_native_subtype("io", "BufferedIOBase", &iobase, true);
    vm.use_short_type_name(&buffered);
    keep_class(vm, "BufferedIOBase", &buffered);
    vm.add_method(&buffered, "read", buffered_read);
    vm.add_method(&buffered, "read1", buffered_read1);
    vm.add_method(&buffered, "write", buffered_write);
    vm.add_method(&buffered, "detach", buffered_detach);
    vm.add_method(&buffered, "readinto", buffered_readinto);

    let text = vm.new_native_subtype("io", "TextIOBase", &iobase, true);
    vm.use_short_type_name(&text);
    keep_class(vm, "TextIOBase", &text);
    vm.add_method(&text, "read", text_read);
    vm.add_method(&text, "readline", text_readline);
    vm.add_method(&text, "write", text_write);
    vm.add_method(&text, "detach", text_detach);
    vm.add_getset(&text, "encoding", none_getter, None);
    vm.add_getset(&text, "newlines", none_getter, None);
    vm.add_getset(&text, "errors", none_getter, None);
    iobase
}

fn base_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = this(&args);
    let Some(class) = cls.as_obj().cloned() else {
        return Err(vm.type_error("IOBase.__new__(X): X is not a type object"));
    };
    Ok(vm.new_native_object(&class, Box::new(BaseData::default())))
}

fn base_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// Whether a stream says it is closed (its `closed` attribute).
pub fn is_closed(vm: &mut Vm, obj: &Value) -> PyResult<bool> {
    if let Some(c) = vm.native_with(obj, |d: &BaseData| d.closed) {
        return Ok(c);
    }
    let c = vm.get_attr_str(obj, "closed")?;
    vm.is_true(&c)
}

fn check_closed(vm: &mut Vm, obj: &Value) -> PyResult<()> {
    if is_closed(vm, obj)? {
        return Err(closed_error(vm));
    }
    Ok(())
}

fn base_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    check_closed(vm, &me)?;
    Ok(me)
}

fn base_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    vm.call_method(&me, "close", vec![])
}

fn base_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    check_closed(vm, &me)?;
    Ok(me)
}

fn base_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let line = vm.call_method(&me, "readline", vec![])?;
    if vm.len(&line)? == 0 {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

fn base_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "readline", &["size"], 0)?;
    let limit = size_arg(vm, &a[0])?;
    let mut parts: Vec<Value> = Vec::new();
    let mut n = 0usize;
    while limit.is_none_or(|l| n < l) {
        let b = vm.call_method(&me, "read", vec![Value::Int(1)])?;
        if b.is_none() || vm.len(&b)? == 0 {
            break;
        }
        n += 1;
        let nl = match b.as_str() {
            Some(s) => s.as_str().ends_with('\n'),
            None => vm.bytes_like(&b).is_some_and(|d| d.ends_with(b"\n")),
        };
        if parts.is_empty() && !nl && b.as_str().is_none() && vm.bytes_like(&b).is_none() {
            let t = vm.type_name(&b);
            let class = vm.types.exc.os_error.clone();
            return Err(vm.new_exception(
                &class,
                format!("read() should have returned a bytes object, not '{t}'"),
            ));
        }
        parts.push(b);
        if nl {
            break;
        }
    }
    if parts.first().is_some_and(|p| p.as_str().is_some()) {
        let mut s = String::new();
        for p in &parts {
            if let Some(t) = p.as_str() {
                s.push_str(t.as_str());
            }
        }
        return Ok(vm.new_str(s));
    }
    let mut out = Vec::new();
    for p in &parts {
        out.extend(vm.bytes_like(p).unwrap_or_default());
    }
    Ok(super::new_bytes(&out))
}

fn base_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "readlines", &["hint"], 0)?;
    let hint = size_arg(vm, &a[0])?.filter(|h| *h > 0);
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let line = vm.call_method(&me, "readline", vec![])?;
        let n = vm.len(&line)?;
        if n == 0 {
            break;
        }
        total += n;
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn base_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "writelines", &["lines"], 1)?;
    check_closed(vm, &me)?;
    let lines = a[0].clone().unwrap_or_default();
    let it = vm.get_iter(&lines)?;
    while let Some(line) = vm.iter_next(&it)? {
        vm.call_method(&me, "write", vec![line])?;
    }
    Ok(Value::None)
}

fn base_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    if is_closed(vm, &me)? {
        return Ok(Value::None);
    }
    let r = vm.call_method(&me, "flush", vec![]);
    vm.native_with_mut(&me, |d: &mut BaseData| d.closed = true);
    r?;
    Ok(Value::None)
}

fn base_closed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    Ok(Value::Bool(
        vm.native_with(&me, |d: &BaseData| d.closed)
            .unwrap_or(false),
    ))
}

fn base_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_closed(vm, &this(&args))?;
    Ok(Value::None)
}

fn base_false(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn base_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_closed(vm, &this(&args))?;
    Ok(Value::Bool(false))
}

fn base_seek(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "seek"))
}

fn base_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    vm.call_method(&me, "seek", vec![Value::Int(0), Value::Int(1)])
}

fn base_truncate(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "truncate"))
}

fn base_fileno(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "fileno"))
}

fn base_check_closed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_closed(vm, &this(&args))?;
    Ok(Value::None)
}

fn check_able(vm: &mut Vm, args: &Args, method: &str, msg: &str) -> PyResult<Value> {
    let me = this(args);
    let r = vm.call_method(&me, method, vec![])?;
    if !vm.is_true(&r)? {
        return Err(unsupported(vm, msg));
    }
    Ok(Value::None)
}

fn base_check_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_able(vm, &args, "readable", "File or stream is not readable.")
}

fn base_check_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_able(vm, &args, "writable", "File or stream is not writable.")
}

fn base_check_seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_able(vm, &args, "seekable", "File or stream is not seekable.")
}

fn raw_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "read", &["size"], 0)?;
    let Some(n) = size_arg(vm, &a[0])? else {
        return vm.call_method(&me, "readall", vec![]);
    };
    let buf = Value::obj(pyvm_vm::value::Payload::ByteArray(
        pyvm_vm::value::PyCell::new(vec![0u8; n]),
    ));
    let got = vm.call_method(&me, "readinto", vec![buf.clone()])?;
    if got.is_none() {
        return Ok(Value::None);
    }
    let k = super::int_arg(vm, &got)?.clamp(0, n as i64) as usize;
    let data = vm.bytes_like(&buf).unwrap_or_default();
    Ok(super::new_bytes(&data[..k.min(data.len())]))
}

fn raw_readall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let mut out = Vec::new();
    loop {
        let chunk = vm.call_method(
            &me,
            "read",
            vec![Value::Int(super::DEFAULT_BUFFER_SIZE as i64)],
        )?;
        if chunk.is_none() {
            if out.is_empty() {
                return Ok(Value::None);
            }
            break;
        }
        let data = super::buffer_arg(vm, &chunk)?;
        if data.is_empty() {
            break;
        }
        out.extend(data);
    }
    Ok(super::new_bytes(&out))
}

fn buffered_read(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "read"))
}

fn buffered_read1(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "read1"))
}

fn buffered_write(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "write"))
}

fn buffered_detach(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "detach"))
}

fn buffered_readinto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "readinto", &["buffer"], 1)?;
    let target = a[0].clone().unwrap_or_default();
    let n = super::buffer_len(vm, &target)?;
    let data = vm.call_method(&me, "read", vec![Value::Int(n as i64)])?;
    let data = super::buffer_arg(vm, &data)?;
    let k = super::fill_buffer(vm, &target, &data)?;
    Ok(Value::Int(k as i64))
}

fn text_read(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "read"))
}

fn text_readline(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "readline"))
}

fn text_write(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "write"))
}

fn text_detach(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "detach"))
}

fn none_getter(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}
