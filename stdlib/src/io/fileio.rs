//! FileIO: the raw, unbuffered file object over one descriptor.

use super::fdtable::{self, Fd, Handle};
use super::{bind, keep_class, os_error, this, unsupported};
use pyvm_vm::objects::native::NativeData;
use pyvm_vm::{Args, ObjRef, Object, PyResult, Value, Vm};
use std::cell::RefCell;
use std::io::SeekFrom;
use std::rc::Rc;

#[derive(Clone)]
pub struct FileIO {
    pub h: Handle,
    pub fd: i64,
    pub closed: bool,
    pub closefd: bool,
    pub readable: bool,
    pub writable: bool,
    pub appending: bool,
    pub created: bool,
    pub name: Value,
}

impl NativeData for FileIO {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.name);
    }
    fn clear(&mut self) {
        self.name = Value::None;
    }
}

impl FileIO {
    pub fn mode(&self) -> &'static str {
        match (self.created, self.appending, self.readable, self.writable) {
            (true, _, true, _) => "xb+",
            (true, _, false, _) => "xb",
            (_, true, true, _) => "ab+",
            (_, true, false, _) => "ab",
            (_, _, true, true) => "rb+",
            (_, _, true, false) => "rb",
            _ => "wb",
        }
    }
}

pub fn init(vm: &mut Vm, raw_base: &ObjRef) {
    let c = vm.new_native_subtype("_io", "FileIO", raw_base, true);
    keep_class(vm, "FileIO", &c);
    vm.add_staticmethod(&c, "__new__", fileio_new);
    vm.add_method(&c, "__init__", fileio_init);
    vm.add_method(&c, "read", fileio_read);
    vm.add_method(&c, "readall", fileio_readall);
    vm.add_method(&c, "readinto", fileio_readinto);
    vm.add_method(&c, "write", fileio_write);
    vm.add_method(&c, "seek", fileio_seek);
    vm.add_method(&c, "tell", fileio_tell);
    vm.add_method(&c, "truncate", fileio_truncate);
    vm.add_method(&c, "close", fileio_close);
    vm.add_method(&c, "fileno", fileio_fileno);
    vm.add_method(&c, "isatty", fileio_isatty);
    vm.add_method(&c, "readable", fileio_readable);
    vm.add_method(&c, "writable", fileio_writable);
    vm.add_method(&c, "seekable", fileio_seekable);
    vm.add_method(&c, "__repr__", fileio_repr);
    vm.add_getset(&c, "closed", fileio_closed, None);
    vm.add_getset(&c, "closefd", fileio_closefd, None);
    vm.add_getset(&c, "mode", fileio_mode, None);
    vm.add_getset(&c, "name", fileio_name, Some(fileio_set_name));
}

/// The parsed mode of a raw file: (readable, writable, created, appending, truncate).
pub struct RawMode {
    pub readable: bool,
    pub writable: bool,
    pub created: bool,
    pub appending: bool,
    pub truncate: bool,
}

fn parse_mode(vm: &Vm, mode: &str) -> PyResult<RawMode> {
    let mut m = RawMode {
        readable: false,
        writable: false,
        created: false,
        appending: false,
        truncate: false,
    };
    let (mut rwa, mut plus) = (0, false);
    let bad = || vm.value_error(format!("invalid mode: {mode}"));
    let mut seen = String::new();
    for c in mode.chars() {
        if seen.contains(c) {
            return Err(bad());
        }
        seen.push(c);
        match c {
            'r' => {
                rwa += 1;
                m.readable = true;
            }
            'w' => {
                rwa += 1;
                m.writable = true;
                m.truncate = true;
            }
            'x' => {
                rwa += 1;
                m.writable = true;
                m.created = true;
            }
            'a' => {
                rwa += 1;
                m.writable = true;
                m.appending = true;
            }
            '+' => plus = true,
            'b' => {}
            _ => return Err(bad()),
        }
    }
    if rwa != 1 {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    if plus {
        m.readable = true;
        m.writable = true;
    }
    Ok(m)
}

/// A path argument as text: str, bytes (UTF-8) or an os.PathLike's `__fspath__`.
pub fn path_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<String> {
    let text = if let Some(s) = v.as_str() {
        s.as_str().to_string()
    } else if let Some(Object::Bytes(b)) = v.builtin_payload() {
        String::from_utf8_lossy(b).into_owned()
    } else {
        match vm.call_special_opt(v, "__fspath__", vec![])? {
            Some(p)
                if p.as_str().is_some()
                    || matches!(p.builtin_payload(), Some(Object::Bytes(_))) =>
            {
                return path_arg(vm, &p, fname);
            }
            Some(p) => {
                let (t, pt) = (vm.type_name(v), vm.type_name(&p));
                return Err(vm.type_error(format!(
                    "expected {t}.__fspath__() to return str or bytes, not {pt}"
                )));
            }
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(if fname == "open" {
                    format!("expected str, bytes or os.PathLike object, not {t}")
                } else {
                    format!("{fname}: path should be string, bytes or os.PathLike, not {t}")
                }));
            }
        }
    };
    if text.contains('\0') {
        return Err(vm.value_error(if fname == "open" {
            "embedded null byte".to_string()
        } else {
            format!("{fname}: embedded null character in path")
        }));
    }
    Ok(text)
}

fn fileio_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = this(&args);
    let Some(class) = cls.as_obj().cloned() else {
        return Err(vm.type_error("FileIO.__new__(X): X is not a type object"));
    };
    let a = bind(
        vm,
        &args,
        1,
        "FileIO",
        &["file", "mode", "closefd", "opener"],
        1,
    )?;
    let file = a[0].clone().unwrap_or_default();
    let mode = match &a[1] {
        None => "r".to_string(),
        Some(v) => match v.as_str() {
            Some(s) => s.as_str().to_string(),
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("FileIO() argument 'mode' must be str, not {t}")));
            }
        },
    };
    let closefd = match &a[2] {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let opener = a[3].clone().filter(|o| !o.is_none());
    let data = open_raw(vm, &file, &mode, closefd, opener)?;
    Ok(vm.new_native_object(&class, Box::new(data)))
}

fn fileio_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// Opens a file (or adopts a descriptor) as FileIO's constructor does.
pub fn open_raw(
    vm: &mut Vm,
    file: &Value,
    mode: &str,
    closefd: bool,
    opener: Option<Value>,
) -> PyResult<FileIO> {
    if matches!(file, Value::FloatBits(_)) {
        return Err(vm.type_error("integer argument expected, got float"));
    }
    let m = parse_mode(vm, mode)?;
    let fd_arg = match file {
        Value::Int(_) | Value::BoolWord(_) => vm.to_index(file)?,
        _ => None,
    };
    vm.require(pyvm_vm::host::Capability::Files)?;
    let (h, fd, name) = if let Some(fd) = fd_arg {
        if fd < 0 {
            return Err(vm.value_error("negative file descriptor"));
        }
        let Some(h) = fdtable::lookup(vm, fd) else {
            return Err(os_error(vm, &fdtable::ebadf(), None));
        };
        (h, fd, file.clone())
    } else {
        if !closefd {
            return Err(vm.value_error("Cannot use closefd=False with file name"));
        }
        let path = path_arg(vm, file, "open")?;
        let name = match file.as_str() {
            Some(_) => file.clone(),
            None if matches!(file.builtin_payload(), Some(Object::Bytes(_))) => file.clone(),
            None => vm.new_str(path.clone()),
        };
        let h = match opener {
            Some(op) => {
                let flags = open_flags(&m);
                let r = vm.call(&op, Args::new([name.clone(), Value::Int(flags)]))?;
                let fd = match r {
                    Value::Int(n) => n,
                    _ => {
                        let t = vm.type_name(&r);
                        return Err(vm.type_error(format!("expected an integer, got {t}")));
                    }
                };
                if fd < 0 {
                    return Err(vm.value_error(format!("opener returned {fd}")));
                }
                match fdtable::lookup(vm, fd) {
                    Some(h) => h,
                    None => return Err(os_error(vm, &fdtable::ebadf(), None)),
                }
            }
            None => {
                let f = open_path(&path, &m).map_err(|e| os_error(vm, &e, Some(name.clone())))?;
                Rc::new(RefCell::new(Fd::File(f)))
            }
        };
        let fd = fdtable::register(vm, &h, false) as i64;
        (h, fd, name)
    };
    if let Ok(md) = fdtable::metadata(&h) {
        if md.is_dir() {
            if fd_arg.is_none() {
                *h.borrow_mut() = Fd::Closed;
            }
            return Err(super::errno_error(vm, 21, Some(name), None));
        }
    }
    if m.appending {
        let _ = fdtable::seek(&h, SeekFrom::End(0));
    }
    Ok(FileIO {
        h,
        fd,
        closed: false,
        closefd,
        readable: m.readable,
        writable: m.writable,
        appending: m.appending,
        created: m.created,
        name,
    })
}

/// The os.O_* flags CPython passes an opener for a mode (Linux values).
fn open_flags(m: &RawMode) -> i64 {
    let mut f: i64 = match (m.readable, m.writable) {
        (true, true) => 2,
        (false, true) => 1,
        _ => 0,
    };
    if m.created {
        f |= 0o100 | 0o200;
    }
    if m.truncate {
        f |= 0o100 | 0o1000;
    }
    if m.appending {
        f |= 0o100 | 0o2000;
    }
    f | 0o2000000
}

pub fn open_path(path: &str, m: &RawMode) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut o = std::fs::OpenOptions::new();
    o.read(m.readable).mode(0o666);
    if m.writable {
        o.write(true);
    }
    if m.created {
        o.create_new(true);
    } else if m.truncate {
        o.create(true).truncate(true);
    } else if m.appending {
        o.create(true).append(true);
    }
    o.open(path)
}

const NAME: &str = "_io.FileIO";

fn get(vm: &Vm, me: &Value, method: &str) -> PyResult<FileIO> {
    vm.native_self(me, NAME, method, |f: &FileIO| f.clone())
}

fn get_open(vm: &Vm, me: &Value, method: &str) -> PyResult<FileIO> {
    let f = get(vm, me, method)?;
    if f.closed {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok(f)
}

fn check_readable(vm: &Vm, f: &FileIO) -> PyResult<()> {
    if !f.readable {
        return Err(unsupported(vm, "File not open for reading"));
    }
    Ok(())
}

fn check_writable(vm: &Vm, f: &FileIO) -> PyResult<()> {
    if !f.writable {
        return Err(unsupported(vm, "File not open for writing"));
    }
    Ok(())
}

fn fileio_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "read", &["size"], 0)?;
    let f = get_open(vm, &me, "read")?;
    check_readable(vm, &f)?;
    let data = match super::size_arg(vm, &a[0])? {
        None => fdtable::read_all(vm, &f.h),
        Some(n) => fdtable::read(vm, &f.h, n),
    }
    .map_err(|e| os_error(vm, &e, None))?;
    Ok(super::new_bytes(&data))
}

fn fileio_readall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    bind(vm, &args, 1, "readall", &[], 0)?;
    let f = get_open(vm, &me, "readall")?;
    check_readable(vm, &f)?;
    let data = fdtable::read_all(vm, &f.h).map_err(|e| os_error(vm, &e, None))?;
    Ok(super::new_bytes(&data))
}

fn fileio_readinto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "readinto", &["buffer"], 1)?;
    let target = a[0].clone().unwrap_or_default();
    let f = get_open(vm, &me, "readinto")?;
    check_readable(vm, &f)?;
    let n = super::buffer_len(vm, &target)?;
    let data = fdtable::read(vm, &f.h, n).map_err(|e| os_error(vm, &e, None))?;
    let k = super::fill_buffer(vm, &target, &data)?;
    Ok(Value::Int(k as i64))
}

fn fileio_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "write", &["b"], 1)?;
    let f = get_open(vm, &me, "write")?;
    check_writable(vm, &f)?;
    let data = super::buffer_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let n = fdtable::write(vm, &f.h, &data).map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::Int(n as i64))
}

/// A SeekFrom for (offset, whence), or CPython's errors.
pub fn seek_from(vm: &mut Vm, pos: i64, whence: i64) -> PyResult<SeekFrom> {
    match whence {
        0 if pos < 0 => Err(os_error(vm, &std::io::Error::from_raw_os_error(22), None)),
        0 => Ok(SeekFrom::Start(pos as u64)),
        1 => Ok(SeekFrom::Current(pos)),
        2 => Ok(SeekFrom::End(pos)),
        _ => Err(os_error(vm, &std::io::Error::from_raw_os_error(22), None)),
    }
}

fn fileio_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "seek", &["pos", "whence"], 1)?;
    let f = get_open(vm, &me, "seek")?;
    let pos = a[0].clone().unwrap_or_default();
    if matches!(pos, Value::FloatBits(_)) {
        return Err(vm.type_error("an integer is required"));
    }
    let pos = super::int_arg(vm, &pos)?;
    let whence = match &a[1] {
        Some(w) => super::int_arg(vm, w)?,
        None => 0,
    };
    let to = seek_from(vm, pos, whence)?;
    let r = fdtable::seek(&f.h, to).map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::Int(r as i64))
}

fn fileio_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    bind(vm, &args, 1, "tell", &[], 0)?;
    let f = get_open(vm, &me, "tell")?;
    let r = fdtable::seek(&f.h, SeekFrom::Current(0)).map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::Int(r as i64))
}

fn fileio_truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "truncate", &["size"], 0)?;
    let f = get_open(vm, &me, "truncate")?;
    check_writable(vm, &f)?;
    let size = match a[0].as_ref().filter(|v| !v.is_none()) {
        Some(v) => super::int_arg(vm, v)?,
        None => {
            fdtable::seek(&f.h, SeekFrom::Current(0)).map_err(|e| os_error(vm, &e, None))? as i64
        }
    };
    if size < 0 {
        return Err(os_error(vm, &std::io::Error::from_raw_os_error(22), None));
    }
    fdtable::truncate(&f.h, size as u64).map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::Int(size))
}

/// Closes a FileIO's descriptor (if it owns it); idempotent.
pub fn close_data(vm: &mut Vm, me: &Value) -> PyResult<()> {
    let Some(f) = vm.native_with_mut(me, |f: &mut FileIO| {
        let was = f.closed;
        f.closed = true;
        (!was).then(|| f.clone())
    }) else {
        return Err(vm.type_error("descriptor 'close' for '_io.FileIO' objects doesn't apply"));
    };
    if let Some(f) = f {
        if f.closefd && matches!(&*f.h.borrow(), Fd::File(_)) {
            *f.h.borrow_mut() = Fd::Closed;
            if let Ok(fd) = i32::try_from(f.fd) {
                fdtable::forget(vm, fd);
            }
        } else {
            fdtable::flush_std(vm, &f.h);
        }
    }
    Ok(())
}

fn fileio_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    bind(vm, &args, 1, "close", &[], 0)?;
    get(vm, &me, "close")?;
    close_data(vm, &me)?;
    Ok(Value::None)
}

fn fileio_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = get_open(vm, &this(&args), "fileno")?;
    Ok(Value::Int(f.fd))
}

fn fileio_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = get_open(vm, &this(&args), "isatty")?;
    Ok(Value::Bool(fdtable::isatty(&f.h)))
}

fn fileio_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = get_open(vm, &this(&args), "readable")?;
    Ok(Value::Bool(f.readable))
}

fn fileio_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = get_open(vm, &this(&args), "writable")?;
    Ok(Value::Bool(f.writable))
}

fn fileio_seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = get_open(vm, &this(&args), "seekable")?;
    Ok(Value::Bool(
        fdtable::seek(&f.h, SeekFrom::Current(0)).is_ok(),
    ))
}

fn fileio_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = get(vm, &this(&args), "__repr__")?;
    if f.closed {
        return Ok(vm.new_str("<_io.FileIO [closed]>"));
    }
    let name = vm.repr(&f.name)?;
    let closefd = if f.closefd { "True" } else { "False" };
    Ok(vm.new_str(format!(
        "<_io.FileIO name={name} mode='{}' closefd={closefd}>",
        f.mode()
    )))
}

fn fileio_closed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = get(vm, &this(&args), "closed")?;
    Ok(Value::Bool(f.closed))
}

fn fileio_closefd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = get(vm, &this(&args), "closefd")?;
    Ok(Value::Bool(f.closefd))
}

fn fileio_mode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = get(vm, &this(&args), "mode")?;
    Ok(vm.new_str(f.mode()))
}

fn fileio_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = get(vm, &this(&args), "name")?;
    Ok(f.name)
}

fn fileio_set_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos.get(1).cloned().unwrap_or_default();
    vm.native_self_mut(&this(&args), NAME, "name", |f: &mut FileIO| f.name = v)?;
    Ok(Value::None)
}
