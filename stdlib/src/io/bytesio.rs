//! io.BytesIO: an in-memory binary stream.

use super::{bind, keep_class, this};
use pyvm_vm::objects::native::NativeData;
use pyvm_vm::{Args, ObjRef, PyResult, Value, Vm};

pub struct BytesIO {
    buf: Vec<u8>,
    pos: usize,
    closed: bool,
}

impl NativeData for BytesIO {}

impl BytesIO {
    fn read(&mut self, n: Option<usize>) -> Vec<u8> {
        let start = self.pos.min(self.buf.len());
        let end = n.map_or(self.buf.len(), |n| (start + n).min(self.buf.len()));
        self.pos = end.max(self.pos);
        self.buf[start..end].to_vec()
    }

    fn readline(&mut self, limit: Option<usize>) -> Vec<u8> {
        let start = self.pos.min(self.buf.len());
        let stop = limit.map_or(self.buf.len(), |l| (start + l).min(self.buf.len()));
        let end = self.buf[start..stop]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(stop, |i| start + i + 1);
        self.pos = end.max(self.pos);
        self.buf[start..end].to_vec()
    }

    fn write(&mut self, data: &[u8]) {
        if self.pos > self.buf.len() {
            self.buf.resize(self.pos, 0);
        }
        let end = (self.pos + data.len()).min(self.buf.len());
        self.buf.splice(self.pos..end, data.iter().copied());
        self.pos += data.len();
    }
}

pub fn init(vm: &mut Vm, base: &ObjRef) {
    let c = vm.new_native_subtype("_io", "BytesIO", base, true);
    keep_class(vm, "BytesIO", &c);
    vm.add_staticmethod(&c, "__new__", b_new);
    vm.add_method(&c, "__init__", b_init);
    vm.add_method(&c, "getvalue", b_getvalue);
    vm.add_method(&c, "getbuffer", b_getbuffer);
    vm.add_method(&c, "read", b_read);
    vm.add_method(&c, "read1", b_read);
    vm.add_method(&c, "readinto", b_readinto);
    vm.add_method(&c, "readline", b_readline);
    vm.add_method(&c, "__next__", b_next);
    vm.add_method(&c, "write", b_write);
    vm.add_method(&c, "seek", b_seek);
    vm.add_method(&c, "tell", b_tell);
    vm.add_method(&c, "truncate", b_truncate);
    vm.add_method(&c, "close", b_close);
    vm.add_method(&c, "flush", b_flush);
    vm.add_method(&c, "isatty", b_false);
    vm.add_method(&c, "readable", b_true);
    vm.add_method(&c, "writable", b_true);
    vm.add_method(&c, "seekable", b_true);
    vm.add_getset(&c, "closed", b_closed, None);
}

const NAME: &str = "_io.BytesIO";

fn b_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = this(&args);
    let Some(class) = cls.as_obj().cloned() else {
        return Err(vm.type_error("BytesIO.__new__(X): X is not a type object"));
    };
    let data = BytesIO {
        buf: Vec::new(),
        pos: 0,
        closed: false,
    };
    Ok(vm.new_native_object(&class, Box::new(data)))
}

fn b_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "BytesIO", &["initial_bytes"], 0)?;
    let initial = match &a[0] {
        None => Vec::new(),
        Some(v) if v.is_none() => Vec::new(),
        Some(v) => super::buffer_arg(vm, v)?,
    };
    vm.native_self_mut(&me, NAME, "__init__", |b: &mut BytesIO| {
        b.buf = initial;
        b.pos = 0;
        b.closed = false;
    })?;
    Ok(Value::None)
}

fn with_open<R>(
    vm: &Vm,
    me: &Value,
    method: &str,
    f: impl FnOnce(&mut BytesIO) -> R,
) -> PyResult<R> {
    let r = vm.native_self_mut(
        me,
        NAME,
        method,
        |b: &mut BytesIO| {
            if b.closed {
                None
            } else {
                Some(f(b))
            }
        },
    )?;
    r.ok_or_else(|| super::closed_error(vm))
}

fn b_getvalue(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    bind(vm, &args, 1, "getvalue", &[], 0)?;
    let v = with_open(vm, &me, "getvalue", |b| super::new_bytes(&b.buf))?;
    Ok(v)
}

fn b_getbuffer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_open(vm, &this(&args), "getbuffer", |_| ())?;
    Err(vm.not_implemented_error(
        "BytesIO.getbuffer() is not supported by pyvm yet (memoryview is not built)",
    ))
}

fn b_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "read", &["size"], 0)?;
    let n = super::size_arg(vm, &a[0])?;
    let d = with_open(vm, &me, "read", |b| b.read(n))?;
    Ok(super::new_bytes(&d))
}

fn b_readinto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "readinto", &["buffer"], 1)?;
    let target = a[0].clone().unwrap_or_default();
    let n = super::buffer_len(vm, &target)?;
    let d = with_open(vm, &me, "readinto", |b| b.read(Some(n)))?;
    let k = super::fill_buffer(vm, &target, &d)?;
    Ok(Value::Int(k as i64))
}

fn b_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "readline", &["size"], 0)?;
    let n = super::size_arg(vm, &a[0])?;
    let d = with_open(vm, &me, "readline", |b| b.readline(n))?;
    Ok(super::new_bytes(&d))
}

fn b_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let d = with_open(vm, &me, "__next__", |b| b.readline(None))?;
    if d.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(super::new_bytes(&d))
}

fn b_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "write", &["b"], 1)?;
    with_open(vm, &me, "write", |_| ())?;
    let data = super::buffer_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let n = data.len();
    with_open(vm, &me, "write", |b| b.write(&data))?;
    Ok(Value::Int(n as i64))
}

fn b_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "seek", &["pos", "whence"], 1)?;
    let pos = super::int_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let whence = match &a[1] {
        Some(w) => super::int_arg(vm, w)?,
        None => 0,
    };
    with_open(vm, &me, "seek", |_| ())?;
    if whence == 0 && pos < 0 {
        return Err(vm.value_error(format!("negative seek value {pos}")));
    }
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    let r = with_open(vm, &me, "seek", |b| {
        let base = match whence {
            0 => 0,
            1 => b.pos as i64,
            _ => b.buf.len() as i64,
        };
        b.pos = (base + pos).max(0) as usize;
        b.pos
    })?;
    Ok(Value::Int(r as i64))
}

fn b_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = with_open(vm, &this(&args), "tell", |b| b.pos)?;
    Ok(Value::Int(r as i64))
}

fn b_truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "truncate", &["size"], 0)?;
    let size = match a[0].as_ref().filter(|v| !v.is_none()) {
        Some(v) => Some(super::int_arg(vm, v)?),
        None => None,
    };
    with_open(vm, &me, "truncate", |_| ())?;
    if let Some(n) = size.filter(|n| *n < 0) {
        return Err(vm.value_error(format!("negative size value {n}")));
    }
    let r = with_open(vm, &me, "truncate", |b| {
        let n = size.map_or(b.pos, |n| n as usize);
        if n < b.buf.len() {
            b.buf.truncate(n);
        }
        n
    })?;
    Ok(Value::Int(r as i64))
}

fn b_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.native_self_mut(&this(&args), NAME, "close", |b: &mut BytesIO| {
        b.closed = true;
        b.buf = Vec::new();
    })?;
    Ok(Value::None)
}

fn b_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_open(vm, &this(&args), "flush", |_| ())?;
    Ok(Value::None)
}

fn b_false(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_open(vm, &this(&args), "isatty", |_| ())?;
    Ok(Value::Bool(false))
}

fn b_true(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_open(vm, &this(&args), "readable", |_| ())?;
    Ok(Value::Bool(true))
}

fn b_closed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = vm.native_self(&this(&args), NAME, "closed", |b: &BytesIO| b.closed)?;
    Ok(Value::Bool(c))
}
