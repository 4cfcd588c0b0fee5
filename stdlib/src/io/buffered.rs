//! BufferedReader, BufferedWriter and BufferedRandom over a FileIO. Written data waits in the
//! buffer until it fills, flush(), a seek or a read; data left there when the object goes is
//! written by `Drop`, as CPython's finalizer flushes an unclosed file.

use super::fdtable::{self, Fd, Handle};
use super::fileio::FileIO;
use super::{bind, keep_class, os_error, this, unsupported, DEFAULT_BUFFER_SIZE};
use pyvm_vm::objects::native::NativeData;
use pyvm_vm::{Args, ObjRef, PyResult, Value, Vm};
use std::cell::RefCell;
use std::io::{self, SeekFrom, Write};
use std::rc::Rc;

pub struct BufState {
    pub raw: Value,
    pub h: Handle,
    pub rbuf: Vec<u8>,
    pub rpos: usize,
    pub wbuf: Vec<u8>,
    pub size: usize,
    pub detached: bool,
}

impl Drop for BufState {
    fn drop(&mut self) {
        if !self.wbuf.is_empty() {
            if let Fd::File(f) = &mut *self.h.borrow_mut() {
                let _ = f.write_all(&self.wbuf);
            }
        }
    }
}

impl BufState {
    pub fn flush_writes(&mut self, vm: &mut Vm) -> io::Result<()> {
        if !self.wbuf.is_empty() {
            let data = std::mem::take(&mut self.wbuf);
            fdtable::write(vm, &self.h, &data)?;
        }
        Ok(())
    }

    /// Moves the raw position back over read-ahead, so that the raw file is where the reader is.
    fn drop_read_ahead(&mut self) -> io::Result<()> {
        let ahead = self.rbuf.len() - self.rpos;
        self.rbuf.clear();
        self.rpos = 0;
        if ahead > 0 {
            fdtable::seek(&self.h, SeekFrom::Current(-(ahead as i64)))?;
        }
        Ok(())
    }

    fn take(&mut self, n: usize) -> Vec<u8> {
        let k = n.min(self.rbuf.len() - self.rpos);
        let out = self.rbuf[self.rpos..self.rpos + k].to_vec();
        self.rpos += k;
        if self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        out
    }

    /// One raw read into the buffer; false at end of file.
    fn fill(&mut self, vm: &mut Vm) -> io::Result<bool> {
        let chunk = fdtable::read(vm, &self.h, self.size)?;
        if chunk.is_empty() {
            return Ok(false);
        }
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        self.rbuf.extend_from_slice(&chunk);
        Ok(true)
    }

    pub fn read(&mut self, vm: &mut Vm, n: Option<usize>) -> io::Result<Vec<u8>> {
        self.flush_writes(vm)?;
        let Some(n) = n else {
            let mut out = self.take(usize::MAX);
            out.extend(fdtable::read_all(vm, &self.h)?);
            return Ok(out);
        };
        let mut out = self.take(n);
        while out.len() < n {
            let want = n - out.len();
            if want >= self.size {
                let chunk = fdtable::read(vm, &self.h, want)?;
                if chunk.is_empty() {
                    break;
                }
                out.extend(chunk);
            } else {
                if !self.fill(vm)? {
                    break;
                }
                out.extend(self.take(want));
            }
        }
        Ok(out)
    }

    /// At most one raw read (read1, and TextIOWrapper's chunks).
    pub fn read1(&mut self, vm: &mut Vm, n: usize) -> io::Result<Vec<u8>> {
        self.flush_writes(vm)?;
        if self.rpos == self.rbuf.len() {
            if n >= self.size {
                return fdtable::read(vm, &self.h, n);
            }
            self.fill(vm)?;
        }
        Ok(self.take(n))
    }

    fn peek(&mut self, vm: &mut Vm) -> io::Result<Vec<u8>> {
        self.flush_writes(vm)?;
        if self.rpos == self.rbuf.len() {
            self.fill(vm)?;
        }
        Ok(self.rbuf[self.rpos..].to_vec())
    }

    fn readline(&mut self, vm: &mut Vm, limit: Option<usize>) -> io::Result<Vec<u8>> {
        self.flush_writes(vm)?;
        let mut out = Vec::new();
        loop {
            let avail = &self.rbuf[self.rpos..];
            let room = limit.map_or(usize::MAX, |l| l - out.len());
            let scan = &avail[..avail.len().min(room)];
            if let Some(i) = scan.iter().position(|&b| b == b'\n') {
                out.extend(self.take(i + 1));
                return Ok(out);
            }
            let k = scan.len();
            out.extend(self.take(k));
            if limit.is_some_and(|l| out.len() >= l) || !self.fill(vm)? {
                return Ok(out);
            }
        }
    }

    pub fn write(&mut self, vm: &mut Vm, data: &[u8]) -> io::Result<()> {
        self.drop_read_ahead()?;
        if matches!(&*self.h.borrow(), Fd::Std(_)) {
            fdtable::write(vm, &self.h, data)?;
            return Ok(());
        }
        self.wbuf.extend_from_slice(data);
        if self.wbuf.len() >= self.size {
            self.flush_writes(vm)?;
        }
        Ok(())
    }

    pub fn tell(&mut self) -> io::Result<u64> {
        let raw = fdtable::seek(&self.h, SeekFrom::Current(0))?;
        let ahead = (self.rbuf.len() - self.rpos) as u64;
        Ok(raw.saturating_sub(ahead) + self.wbuf.len() as u64)
    }

    pub fn seek(&mut self, vm: &mut Vm, to: SeekFrom) -> io::Result<u64> {
        let to = match to {
            SeekFrom::Current(d) => {
                let here = self.tell()? as i64;
                if here + d < 0 {
                    return Err(io::Error::from_raw_os_error(22));
                }
                SeekFrom::Start((here + d) as u64)
            }
            other => other,
        };
        self.flush_writes(vm)?;
        self.rbuf.clear();
        self.rpos = 0;
        fdtable::seek(&self.h, to)
    }

    fn truncate(&mut self, vm: &mut Vm, size: Option<u64>) -> io::Result<u64> {
        self.flush_writes(vm)?;
        let size = match size {
            Some(s) => s,
            None => self.tell()?,
        };
        self.drop_read_ahead()?;
        fdtable::truncate(&self.h, size)?;
        Ok(size)
    }
}

pub struct Buffered {
    pub st: Rc<RefCell<BufState>>,
    pub class_name: &'static str,
}

impl NativeData for Buffered {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(s) = self.st.try_borrow() {
            visit(&s.raw);
        }
    }
    fn clear(&mut self) {
        if let Ok(mut s) = self.st.try_borrow_mut() {
            s.raw = Value::None;
        }
    }
}

pub fn init(vm: &mut Vm, base: &ObjRef) {
    for (name, new, read, write) in [
        (
            "BufferedReader",
            reader_new as pyvm_vm::NativeFn,
            true,
            false,
        ),
        ("BufferedWriter", writer_new, false, true),
        ("BufferedRandom", random_new, true, true),
    ] {
        let c = vm.new_native_subtype("_io", name, base, true);
        keep_class(vm, name, &c);
        vm.add_staticmethod(&c, "__new__", new);
        vm.add_method(&c, "__init__", buffered_init);
        if read {
            vm.add_method(&c, "read", b_read);
            vm.add_method(&c, "read1", b_read1);
            vm.add_method(&c, "readinto", b_readinto);
            vm.add_method(&c, "readline", b_readline);
            vm.add_method(&c, "peek", b_peek);
        }
        if write {
            vm.add_method(&c, "write", b_write);
        }
        vm.add_method(&c, "flush", b_flush);
        vm.add_method(&c, "seek", b_seek);
        vm.add_method(&c, "tell", b_tell);
        vm.add_method(&c, "truncate", b_truncate);
        vm.add_method(&c, "close", b_close);
        vm.add_method(&c, "detach", b_detach);
        vm.add_method(&c, "fileno", b_fileno);
        vm.add_method(&c, "isatty", b_isatty);
        vm.add_method(&c, "readable", b_readable);
        vm.add_method(&c, "writable", b_writable);
        vm.add_method(&c, "seekable", b_seekable);
        vm.add_method(&c, "__repr__", b_repr);
        vm.add_getset(&c, "raw", b_raw, None);
        vm.add_getset(&c, "closed", b_closed, None);
        vm.add_getset(&c, "name", b_name, None);
        vm.add_getset(&c, "mode", b_mode, None);
    }
}

/// A buffered object over `raw` (a FileIO), as the constructors and open() make it.
pub fn make(
    vm: &mut Vm,
    class: &ObjRef,
    class_name: &'static str,
    raw: Value,
    size: usize,
) -> PyResult<Value> {
    let Some(h) = vm.native_with(&raw, |f: &FileIO| f.h.clone()) else {
        let t = vm.type_name(&raw);
        return Err(vm.not_implemented_error(format!(
            "pyvm's {class_name} works over FileIO raw streams only, not '{t}'"
        )));
    };
    let st = BufState {
        raw,
        h,
        rbuf: Vec::new(),
        rpos: 0,
        wbuf: Vec::new(),
        size,
        detached: false,
    };
    let data = Buffered {
        st: Rc::new(RefCell::new(st)),
        class_name,
    };
    Ok(vm.new_native_object(class, Box::new(data)))
}

fn construct(
    vm: &mut Vm,
    args: Args,
    name: &'static str,
    read: bool,
    write: bool,
) -> PyResult<Value> {
    let cls = this(&args);
    let Some(class) = cls.as_obj().cloned() else {
        return Err(vm.type_error(format!("{name}.__new__(X): X is not a type object")));
    };
    let a = bind(vm, &args, 1, name, &["raw", "buffer_size"], 1)?;
    let raw = a[0].clone().unwrap_or_default();
    let size = match &a[1] {
        Some(v) => super::int_arg(vm, v)?,
        None => DEFAULT_BUFFER_SIZE as i64,
    };
    if size <= 0 {
        return Err(vm.value_error("buffer size must be strictly positive"));
    }
    for (need, method, msg) in [
        (read, "readable", "File or stream is not readable."),
        (write, "writable", "File or stream is not writable."),
    ] {
        if need {
            let ok = vm.call_method(&raw, method, vec![])?;
            if !vm.is_true(&ok)? {
                return Err(unsupported(vm, msg));
            }
        }
    }
    make(vm, &class, name, raw, size as usize)
}

fn reader_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    construct(vm, args, "BufferedReader", true, false)
}

fn writer_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    construct(vm, args, "BufferedWriter", false, true)
}

fn random_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    construct(vm, args, "BufferedRandom", true, true)
}

fn buffered_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// The shared state of a buffered object, and its class name.
pub fn state(vm: &Vm, me: &Value, method: &str) -> PyResult<(Rc<RefCell<BufState>>, &'static str)> {
    match vm.native_with(me, |b: &Buffered| (b.st.clone(), b.class_name)) {
        Some(r) => Ok(r),
        None => {
            let t = vm.type_name(me);
            Err(vm.type_error(format!(
                "descriptor '{method}' for '_io.BufferedReader' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

/// Whether the raw stream is closed.
pub fn raw_closed(vm: &Vm, st: &BufState) -> bool {
    vm.native_with(&st.raw, |f: &FileIO| f.closed)
        .unwrap_or(true)
}

/// The state, checked open: `msg` is CPython's text for this method on a closed file.
fn open_state(vm: &Vm, me: &Value, method: &str, msg: &str) -> PyResult<Rc<RefCell<BufState>>> {
    let (st, _) = state(vm, me, method)?;
    {
        let s = super::borrow(vm, &st, "buffered io")?;
        if s.detached {
            return Err(vm.value_error("raw stream has been detached"));
        }
        if raw_closed(vm, &s) {
            return Err(vm.value_error(msg));
        }
    }
    Ok(st)
}

fn raw_flag(vm: &Vm, st: &Rc<RefCell<BufState>>, f: impl FnOnce(&FileIO) -> bool) -> bool {
    let raw = st.borrow().raw.clone();
    vm.native_with(&raw, f).unwrap_or(false)
}

fn check(vm: &Vm, st: &Rc<RefCell<BufState>>, readable: bool, what: &str) -> PyResult<()> {
    let ok = if readable {
        raw_flag(vm, st, |f| f.readable)
    } else {
        raw_flag(vm, st, |f| f.writable)
    };
    if !ok {
        return Err(unsupported(vm, what));
    }
    Ok(())
}

fn b_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "read", &["size"], 0)?;
    let st = open_state(vm, &me, "read", "read of closed file")?;
    check(vm, &st, true, "read")?;
    let n = super::size_arg(vm, &a[0])?;
    let r = super::borrow(vm, &st, "buffered io")?.read(vm, n);
    let data = r.map_err(|e| os_error(vm, &e, None))?;
    Ok(super::new_bytes(&data))
}

fn b_read1(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "read1", &["size"], 0)?;
    let st = open_state(vm, &me, "read1", "read of closed file")?;
    check(vm, &st, true, "read")?;
    let n = super::size_arg(vm, &a[0])?.unwrap_or(DEFAULT_BUFFER_SIZE);
    let r = super::borrow(vm, &st, "buffered io")?.read1(vm, n);
    let data = r.map_err(|e| os_error(vm, &e, None))?;
    Ok(super::new_bytes(&data))
}

fn b_readinto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "readinto", &["buffer"], 1)?;
    let target = a[0].clone().unwrap_or_default();
    let st = open_state(vm, &me, "readinto", "readinto of closed file")?;
    check(vm, &st, true, "read")?;
    let n = super::buffer_len(vm, &target)?;
    let r = super::borrow(vm, &st, "buffered io")?.read(vm, Some(n));
    let data = r.map_err(|e| os_error(vm, &e, None))?;
    let k = super::fill_buffer(vm, &target, &data)?;
    Ok(Value::Int(k as i64))
}

fn b_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "readline", &["size"], 0)?;
    let st = open_state(vm, &me, "readline", "readline of closed file")?;
    check(vm, &st, true, "read")?;
    let limit = super::size_arg(vm, &a[0])?;
    let r = super::borrow(vm, &st, "buffered io")?.readline(vm, limit);
    let data = r.map_err(|e| os_error(vm, &e, None))?;
    Ok(super::new_bytes(&data))
}

fn b_peek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    bind(vm, &args, 1, "peek", &["size"], 0)?;
    let st = open_state(vm, &me, "peek", "peek of closed file")?;
    check(vm, &st, true, "read")?;
    let r = super::borrow(vm, &st, "buffered io")?.peek(vm);
    let data = r.map_err(|e| os_error(vm, &e, None))?;
    Ok(super::new_bytes(&data))
}

fn b_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "write", &["buffer"], 1)?;
    let st = open_state(vm, &me, "write", "write to closed file")?;
    check(vm, &st, false, "write")?;
    let data = super::buffer_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let r = super::borrow(vm, &st, "buffered io")?.write(vm, &data);
    r.map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::Int(data.len() as i64))
}

fn b_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    bind(vm, &args, 1, "flush", &[], 0)?;
    let st = open_state(vm, &me, "flush", "flush of closed file")?;
    let r = super::borrow(vm, &st, "buffered io")?.flush_writes(vm);
    r.map_err(|e| os_error(vm, &e, None))?;
    let h = st.borrow().h.clone();
    fdtable::flush_std(vm, &h);
    Ok(Value::None)
}

fn b_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "seek", &["target", "whence"], 1)?;
    let st = open_state(vm, &me, "seek", "seek of closed file")?;
    let pos = a[0].clone().unwrap_or_default();
    if matches!(pos, Value::FloatBits(_)) {
        return Err(vm.type_error("an integer is required"));
    }
    let pos = super::int_arg(vm, &pos)?;
    let whence = match &a[1] {
        Some(w) => super::int_arg(vm, w)?,
        None => 0,
    };
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("whence value {whence} unsupported")));
    }
    let to = match whence {
        0 if pos < 0 => return Err(vm.value_error(format!("negative seek position {pos}"))),
        0 => SeekFrom::Start(pos as u64),
        1 => SeekFrom::Current(pos),
        _ => SeekFrom::End(pos),
    };
    let r = super::borrow(vm, &st, "buffered io")?.seek(vm, to);
    let n = r.map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::Int(n as i64))
}

fn b_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    bind(vm, &args, 1, "tell", &[], 0)?;
    let st = open_state(vm, &me, "tell", "I/O operation on closed file")?;
    let r = super::borrow(vm, &st, "buffered io")?.tell();
    let n = r.map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::Int(n as i64))
}

fn b_truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "truncate", &["pos"], 0)?;
    let st = open_state(vm, &me, "truncate", "truncate of closed file")?;
    check(vm, &st, false, "File not open for writing")?;
    let size = match a[0].as_ref().filter(|v| !v.is_none()) {
        Some(v) => {
            let n = super::int_arg(vm, v)?;
            if n < 0 {
                return Err(os_error(vm, &io::Error::from_raw_os_error(22), None));
            }
            Some(n as u64)
        }
        None => None,
    };
    let r = super::borrow(vm, &st, "buffered io")?.truncate(vm, size);
    let n = r.map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::Int(n as i64))
}

fn b_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    bind(vm, &args, 1, "close", &[], 0)?;
    let (st, _) = state(vm, &me, "close")?;
    let raw = {
        let s = super::borrow(vm, &st, "buffered io")?;
        if s.detached {
            return Err(vm.value_error("raw stream has been detached"));
        }
        if raw_closed(vm, &s) {
            return Ok(Value::None);
        }
        s.raw.clone()
    };
    let r = super::borrow(vm, &st, "buffered io")?.flush_writes(vm);
    let flushed = r.map_err(|e| os_error(vm, &e, None));
    vm.call_method(&raw, "close", vec![])?;
    flushed?;
    Ok(Value::None)
}

fn b_detach(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let st = open_state(vm, &me, "detach", "raw stream has been detached")?;
    let r = super::borrow(vm, &st, "buffered io")?.flush_writes(vm);
    r.map_err(|e| os_error(vm, &e, None))?;
    let mut s = super::borrow(vm, &st, "buffered io")?;
    s.detached = true;
    Ok(s.raw.clone())
}

/// Delegates a method to the raw stream.
fn to_raw(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Value> {
    let me = this(args);
    let (st, _) = state(vm, &me, method)?;
    let raw = {
        let s = super::borrow(vm, &st, "buffered io")?;
        if s.detached {
            return Err(vm.value_error("raw stream has been detached"));
        }
        s.raw.clone()
    };
    vm.call_method(&raw, method, vec![])
}

fn b_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_raw(vm, &args, "fileno")
}

fn b_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_raw(vm, &args, "isatty")
}

fn b_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_raw(vm, &args, "readable")
}

fn b_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_raw(vm, &args, "writable")
}

fn b_seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_raw(vm, &args, "seekable")
}

fn raw_attr(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let me = this(args);
    let (st, _) = state(vm, &me, name)?;
    let raw = {
        let s = super::borrow(vm, &st, "buffered io")?;
        if s.detached {
            return Err(vm.value_error("raw stream has been detached"));
        }
        s.raw.clone()
    };
    vm.get_attr_str(&raw, name)
}

fn b_raw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (st, _) = state(vm, &this(&args), "raw")?;
    let raw = st.borrow().raw.clone();
    Ok(raw)
}

fn b_closed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    raw_attr(vm, &args, "closed")
}

fn b_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    raw_attr(vm, &args, "name")
}

fn b_mode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    raw_attr(vm, &args, "mode")
}

fn b_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let (st, class_name) = state(vm, &me, "__repr__")?;
    let raw = st.borrow().raw.clone();
    let name = match vm.get_attr_str(&raw, "name") {
        Ok(n) => Some(vm.repr(&n)?),
        Err(_) => None,
    };
    Ok(vm.new_str(match name {
        Some(n) => format!("<_io.{class_name} name={n}>"),
        None => format!("<_io.{class_name}>"),
    }))
}
