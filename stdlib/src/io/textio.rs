//! TextIOWrapper: text over a binary buffer. Reading works on the buffer's bytes: every codec
//! pyvm has (vm/src/codecs.rs) encodes b'\r' and b'\n' as one code unit of their own (a byte,
//! or two or four for UTF-16 and UTF-32), so lines are found before decoding and tell() is an
//! exact byte position, as CPython's cookie is in these cases. A "utf-16"/"utf-32"/"utf-8-sig"
//! stream reads a BOM at its start and writes one once, at position 0. Over a BufferedWriter/Reader the wrapper calls the buffer's Rust side;
//! over any other buffer (BytesIO, Python objects), its methods.

use super::buffered::{self, BufState, Buffered};
use super::fdtable::{self, Fd};
use super::{bind, closed_error, keep_class, opt_str, os_error, this, unsupported};
use pyvm_vm::codecs::{self, Codec};
use pyvm_vm::objects::native::NativeData;
use pyvm_vm::{Args, ObjRef, Object, PyResult, Value, Vm};
use std::cell::RefCell;
use std::rc::Rc;

const CHUNK: usize = 8192;

fn decode(vm: &mut Vm, codec: Codec, errors: &str, data: &[u8]) -> PyResult<String> {
    codecs::decode(vm, codec, data, errors)
}

pub struct TextState {
    pub buffer: Value,
    /// The buffer is a native Buffered (its Rust side is called directly).
    native: bool,
    /// 1 or 2: writes go straight to the VM's stdout/stderr; 0: lines come from its stdin.
    std: Option<u8>,
    pub encoding: Value,
    /// The codec named; a "utf-16"/"utf-32" one writes its BOM first.
    codec: Codec,
    /// The codec reading uses: `codec` with the byte order a BOM read at the start gave.
    rcodec: Codec,
    errors: String,
    /// None: universal newlines.
    newline: Option<String>,
    line_buffering: bool,
    write_through: bool,
    readable: bool,
    writable: bool,
    seekable: bool,
    rbuf: Vec<u8>,
    rpos: usize,
    eof: bool,
    /// Line endings seen while reading: 1 '\r', 2 '\n', 4 '\r\n'.
    seen: u8,
    pending: Vec<u8>,
    detached: bool,
    pub mode: Value,
    bom_done: bool,
    bom_written: bool,
    telling: bool,
}

pub struct TextIO {
    pub st: Rc<RefCell<TextState>>,
}

impl NativeData for TextIO {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(s) = self.st.try_borrow() {
            visit(&s.buffer);
            visit(&s.encoding);
            visit(&s.mode);
        }
    }
    fn clear(&mut self) {
        if let Ok(mut s) = self.st.try_borrow_mut() {
            s.buffer = Value::None;
            s.mode = Value::None;
        }
    }
}

pub fn init(vm: &mut Vm, base: &ObjRef) {
    let c = vm.new_native_subtype("_io", "TextIOWrapper", base, true);
    keep_class(vm, "TextIOWrapper", &c);
    vm.add_staticmethod(&c, "__new__", t_new);
    vm.add_method(&c, "__init__", t_init);
    vm.add_method(&c, "read", t_read);
    vm.add_method(&c, "readline", t_readline);
    vm.add_method(&c, "__next__", t_next);
    vm.add_method(&c, "write", t_write);
    vm.add_method(&c, "flush", t_flush);
    vm.add_method(&c, "close", t_close);
    vm.add_method(&c, "seek", t_seek);
    vm.add_method(&c, "tell", t_tell);
    vm.add_method(&c, "truncate", t_truncate);
    vm.add_method(&c, "detach", t_detach);
    vm.add_method(&c, "fileno", t_fileno);
    vm.add_method(&c, "isatty", t_isatty);
    vm.add_method(&c, "readable", t_readable);
    vm.add_method(&c, "writable", t_writable);
    vm.add_method(&c, "seekable", t_seekable);
    vm.add_method(&c, "reconfigure", t_reconfigure);
    vm.add_method(&c, "__repr__", t_repr);
    vm.add_getset(&c, "closed", t_closed, None);
    vm.add_getset(&c, "name", t_name, None);
    vm.add_getset(&c, "mode", t_mode, Some(t_set_mode));
    vm.add_getset(&c, "encoding", t_encoding, None);
    vm.add_getset(&c, "errors", t_errors, None);
    vm.add_getset(&c, "newlines", t_newlines, None);
    vm.add_getset(&c, "buffer", t_buffer, None);
    vm.add_getset(&c, "line_buffering", t_line_buffering, None);
    vm.add_getset(&c, "write_through", t_write_through, None);
}

fn check_newline(vm: &Vm, v: &Option<Value>, fname: &str) -> PyResult<Option<String>> {
    let nl = opt_str(vm, v, fname, "newline")?;
    if let Some(n) = &nl {
        if !matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") {
            let shown = pyvm_vm::numeric::str_repr(n);
            return Err(vm.value_error(format!("illegal newline value: {shown}")));
        }
    }
    Ok(nl)
}

/// Options of a new wrapper, as open() and the constructor take them.
pub struct TextOptions {
    pub encoding: Option<String>,
    pub errors: Option<String>,
    pub newline: Option<String>,
    pub line_buffering: bool,
    pub write_through: bool,
}

pub fn make(vm: &mut Vm, class: &ObjRef, buffer: Value, o: TextOptions) -> PyResult<Value> {
    let encoding = match o.encoding {
        Some(e) if e != "locale" => e,
        _ => "UTF-8".to_string(),
    };
    let codec = codecs::lookup_or_error(vm, &encoding)?;
    let native = vm.is_native::<Buffered>(&buffer);
    let mut std = None;
    if native {
        let (st, _) = buffered::state(vm, &buffer, "__init__")?;
        let h = st.borrow().h.clone();
        let n = match &*h.borrow() {
            Fd::Std(n) => Some(*n),
            _ => None,
        };
        std = n;
    }
    let flag = |vm: &mut Vm, m: &str| -> PyResult<bool> {
        let r = vm.call_method(&buffer, m, vec![])?;
        vm.is_true(&r)
    };
    let readable = flag(vm, "readable")?;
    let writable = flag(vm, "writable")?;
    let seekable = flag(vm, "seekable")?;
    let mut bom_written = false;
    if !codec.bom().is_empty() && writable && seekable {
        let pos = vm.call_method(&buffer, "tell", vec![])?;
        bom_written = !matches!(pos, Value::Int(0));
    }
    let enc_value = vm.new_str(encoding);
    let st = TextState {
        buffer,
        native,
        std,
        encoding: enc_value,
        codec,
        rcodec: codec.after_bom(b"").0,
        errors: o.errors.unwrap_or_else(|| "strict".to_string()),
        newline: o.newline,
        line_buffering: o.line_buffering,
        write_through: o.write_through,
        readable,
        writable,
        seekable,
        rbuf: Vec::new(),
        rpos: 0,
        eof: false,
        seen: 0,
        pending: Vec::new(),
        detached: false,
        mode: Value::Null,
        bom_done: false,
        bom_written,
        telling: seekable,
    };
    let data = TextIO {
        st: Rc::new(RefCell::new(st)),
    };
    Ok(vm.new_native_object(class, Box::new(data)))
}

fn t_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = this(&args);
    let Some(class) = cls.as_obj().cloned() else {
        return Err(vm.type_error("TextIOWrapper.__new__(X): X is not a type object"));
    };
    let f = "TextIOWrapper";
    let a = bind(
        vm,
        &args,
        1,
        f,
        &[
            "buffer",
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        1,
    )?;
    let buffer = a[0].clone().unwrap_or_default();
    let encoding = opt_str(vm, &a[1], f, "encoding")?;
    let errors = opt_str(vm, &a[2], f, "errors")?;
    let newline = check_newline(vm, &a[3], f)?;
    let line_buffering = match &a[4] {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let write_through = match &a[5] {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let o = TextOptions {
        encoding,
        errors,
        newline,
        line_buffering,
        write_through,
    };
    make(vm, &class, buffer, o)
}

fn t_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// The wrapper behind std stream `fd` of the VM (sys.stdin, sys.stdout, sys.stderr).
pub fn make_std_stream(vm: &mut Vm, fd: u8) -> PyResult<Value> {
    super::ensure_module(vm)?;
    let name = vm.new_str(["<stdin>", "<stdout>", "<stderr>"][fd as usize]);
    let raw = super::fileio::FileIO {
        h: Rc::new(RefCell::new(Fd::Std(fd))),
        fd: fd as i64,
        closed: false,
        closefd: false,
        readable: fd == 0,
        writable: fd != 0,
        appending: false,
        created: false,
        name,
    };
    let raw_class = super::class(vm, "FileIO");
    let raw = vm.new_native_object(&raw_class, Box::new(raw));
    let (cname, kind) = if fd == 0 {
        ("BufferedReader", "BufferedReader")
    } else {
        ("BufferedWriter", "BufferedWriter")
    };
    let bclass = super::class(vm, cname);
    let buffer = buffered::make(vm, &bclass, kind, raw, super::DEFAULT_BUFFER_SIZE)?;
    let class = super::class(vm, "TextIOWrapper");
    let o = TextOptions {
        encoding: Some("utf-8".into()),
        errors: Some(
            if fd == 2 {
                "backslashreplace"
            } else {
                "strict"
            }
            .into(),
        ),
        newline: None,
        line_buffering: fd == 2,
        write_through: false,
    };
    let t = make(vm, &class, buffer, o)?;
    let mode = vm.new_str(if fd == 0 { "r" } else { "w" });
    if let Some(st) = vm.native_with(&t, |t: &TextIO| t.st.clone()) {
        st.borrow_mut().mode = mode;
    }
    vm.std_streams.objs[fd as usize] = t.clone();
    Ok(t)
}

const NAME: &str = "_io.TextIOWrapper";

fn state(vm: &Vm, me: &Value, method: &str) -> PyResult<Rc<RefCell<TextState>>> {
    vm.native_self(me, NAME, method, |t: &TextIO| t.st.clone())
}

fn attached(vm: &Vm, st: &Rc<RefCell<TextState>>) -> PyResult<()> {
    let s = super::borrow(vm, st, NAME)?;
    if s.detached {
        return Err(vm.value_error("underlying buffer has been detached"));
    }
    Ok(())
}

fn is_closed(vm: &mut Vm, st: &Rc<RefCell<TextState>>) -> PyResult<bool> {
    let (native, buffer) = {
        let s = super::borrow(vm, st, NAME)?;
        (s.native, s.buffer.clone())
    };
    if native {
        let (bst, _) = buffered::state(vm, &buffer, "closed")?;
        let closed = buffered::raw_closed(vm, &bst.borrow());
        return Ok(closed);
    }
    let c = vm.get_attr_str(&buffer, "closed")?;
    vm.is_true(&c)
}

/// The state of an attached, open wrapper.
fn open_state(vm: &mut Vm, me: &Value, method: &str) -> PyResult<Rc<RefCell<TextState>>> {
    let st = state(vm, me, method)?;
    attached(vm, &st)?;
    if is_closed(vm, &st)? {
        return Err(closed_error(vm));
    }
    Ok(st)
}

fn buffer_state(vm: &Vm, st: &Rc<RefCell<TextState>>) -> PyResult<Option<Rc<RefCell<BufState>>>> {
    let (native, buffer) = {
        let s = st.borrow();
        (s.native, s.buffer.clone())
    };
    if !native {
        return Ok(None);
    }
    Ok(Some(buffered::state(vm, &buffer, "read")?.0))
}

/// Hands pending written bytes to a Python buffer.
fn flush_pending(vm: &mut Vm, st: &Rc<RefCell<TextState>>) -> PyResult<()> {
    let (data, buffer) = {
        let mut s = super::borrow(vm, st, NAME)?;
        if s.pending.is_empty() {
            return Ok(());
        }
        (std::mem::take(&mut s.pending), s.buffer.clone())
    };
    vm.call_method(&buffer, "write", vec![super::new_bytes(&data)])?;
    Ok(())
}

/// Reads the next chunk of bytes from the buffer into the read-ahead; false at end of file.
fn fill(vm: &mut Vm, st: &Rc<RefCell<TextState>>) -> PyResult<bool> {
    flush_pending(vm, st)?;
    let chunk = match buffer_state(vm, st)? {
        Some(b) => {
            let r = super::borrow(vm, &b, "buffered io")?.read1(vm, CHUNK);
            r.map_err(|e| os_error(vm, &e, None))?
        }
        None => {
            let buffer = st.borrow().buffer.clone();
            let method = if vm.has_attr_str(&buffer, "read1")? {
                "read1"
            } else {
                "read"
            };
            let r = vm.call_method(&buffer, method, vec![Value::Int(CHUNK as i64)])?;
            if r.is_none() {
                Vec::new()
            } else {
                super::buffer_arg(vm, &r)?
            }
        }
    };
    let mut s = super::borrow(vm, st, NAME)?;
    if chunk.is_empty() {
        s.eof = true;
        s.bom_done = true;
        return Ok(false);
    }
    if s.rpos > 0 {
        let p = s.rpos;
        s.rbuf.drain(..p);
        s.rpos = 0;
    }
    s.rbuf.extend_from_slice(&chunk);
    // The BOM is read once enough bytes have come to tell it.
    if !s.bom_done && s.rbuf.len() - s.rpos >= s.codec.bom().len() {
        s.bom_done = true;
        let (rcodec, skip) = s.codec.after_bom(&s.rbuf[s.rpos..]);
        s.rcodec = rcodec;
        s.rpos += skip;
    }
    Ok(true)
}

const CR: u32 = b'\r' as u32;
const LF: u32 = b'\n' as u32;

/// Outcome of scanning the read-ahead.
enum Scan {
    /// Take bytes up to this index.
    Upto(usize),
    /// More bytes are needed to decide.
    More,
}

impl TextState {
    fn universal(&self) -> bool {
        matches!(self.newline.as_deref(), None | Some(""))
    }

    /// The character at `rbuf[i..]`, as (its code for line-ending tests, its length in bytes);
    /// None while incomplete.
    fn char_at(&self, i: usize) -> Option<(u32, usize)> {
        let buf = &self.rbuf;
        let c = self.rcodec;
        let (code, n) = match c {
            Codec::Utf8 | Codec::Utf8Sig => {
                let lead = *buf.get(i)?;
                let n = match lead {
                    0xc0..=0xdf => 2,
                    0xe0..=0xef => 3,
                    0xf0..=0xf7 => 4,
                    _ => 1,
                };
                (lead as u32, n)
            }
            Codec::Utf16(_) => {
                let u = c.unit_at(buf, i)?;
                // A high surrogate and what follows it decode together.
                (u, if (0xd800..0xdc00).contains(&u) { 4 } else { 2 })
            }
            _ => (c.unit_at(buf, i)?, c.unit()),
        };
        (i + n <= buf.len()).then_some((code, n))
    }

    /// Where the next line ends, with at most `limit` characters.
    fn scan_line(&self, limit: Option<usize>) -> Scan {
        let len = self.rbuf.len();
        let (mut i, mut chars) = (self.rpos, 0usize);
        while i < len {
            if limit.is_some_and(|l| chars >= l) {
                return Scan::Upto(i);
            }
            let Some((code, n)) = self.char_at(i) else {
                return if self.eof {
                    Scan::Upto(len)
                } else {
                    Scan::More
                };
            };
            match (self.newline.as_deref(), code) {
                (None | Some(""), LF) | (Some("\n"), LF) | (Some("\r"), CR) => {
                    return Scan::Upto(i + n)
                }
                (None | Some(""), CR) => {
                    return match self.char_at(i + n) {
                        Some((LF, m)) => Scan::Upto(i + n + m),
                        Some(_) => Scan::Upto(i + n),
                        None if self.eof => Scan::Upto(i + n),
                        None => Scan::More,
                    };
                }
                (Some("\r\n"), CR) => match self.char_at(i + n) {
                    Some((LF, m)) => {
                        if limit.is_some_and(|l| chars + 2 > l) {
                            return Scan::Upto(i + n);
                        }
                        return Scan::Upto(i + n + m);
                    }
                    None if !self.eof => return Scan::More,
                    _ => {}
                },
                _ => {}
            }
            i += n;
            chars += 1;
        }
        if self.eof || limit.is_some_and(|l| chars >= l) {
            Scan::Upto(len)
        } else {
            Scan::More
        }
    }

    /// Where `n` characters end (a "\r\n" read as one "\n" counts once).
    fn scan_chars(&self, n: usize) -> Scan {
        let len = self.rbuf.len();
        let translate = self.newline.is_none();
        let (mut i, mut chars) = (self.rpos, 0usize);
        while i < len && chars < n {
            let Some((code, m)) = self.char_at(i) else {
                return if self.eof {
                    Scan::Upto(len)
                } else {
                    Scan::More
                };
            };
            if translate && code == CR {
                match self.char_at(i + m) {
                    Some((LF, k)) => i += k,
                    None if !self.eof => return Scan::More,
                    _ => {}
                }
            }
            i += m;
            chars += 1;
        }
        if chars == n || self.eof {
            Scan::Upto(i)
        } else {
            Scan::More
        }
    }

    /// Takes read-ahead bytes up to `end`, noting and translating line endings.
    fn take(&mut self, end: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(end - self.rpos);
        let universal = self.universal();
        let translate = self.newline.is_none();
        let lf = self.rcodec.ascii_bytes(b'\n');
        let mut seen = self.seen;
        let mut i = self.rpos;
        while i < end {
            let Some((code, n)) = self.char_at(i).filter(|&(_, n)| i + n <= end) else {
                out.extend_from_slice(&self.rbuf[i..end]);
                break;
            };
            if universal && code == CR {
                if let Some((_, m)) = self
                    .char_at(i + n)
                    .filter(|&(c, m)| c == LF && i + n + m <= end)
                {
                    seen |= 4;
                    out.extend_from_slice(if translate {
                        &lf
                    } else {
                        &self.rbuf[i..i + n + m]
                    });
                    i += n + m;
                    continue;
                }
                seen |= 1;
                out.extend_from_slice(if translate { &lf } else { &self.rbuf[i..i + n] });
            } else {
                if universal && code == LF {
                    seen |= 2;
                }
                out.extend_from_slice(&self.rbuf[i..i + n]);
            }
            i += n;
        }
        self.seen = seen;
        self.rpos = end;
        if self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        out
    }
}

fn check_readable(vm: &Vm, st: &Rc<RefCell<TextState>>) -> PyResult<()> {
    if !st.borrow().readable {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(())
}

/// One line (limit: at most that many characters), decoded; empty at end of file.
fn read_line(vm: &mut Vm, st: &Rc<RefCell<TextState>>, limit: Option<usize>) -> PyResult<String> {
    check_readable(vm, st)?;
    let std_in = st.borrow().std == Some(0);
    if std_in && limit.is_none() {
        // stdin: no read-ahead, so that input() and sys.stdin share the host's stream.
        let h = {
            let b = buffer_state(vm, st)?;
            b.map(|b| b.borrow().h.clone())
        };
        if let Some(h) = h {
            let mut line = Vec::new();
            fdtable::read_line(vm, &h, &mut line).map_err(|e| os_error(vm, &e, None))?;
            let mut s = super::borrow(vm, st, NAME)?;
            let start = s.rbuf.len();
            s.rbuf.extend_from_slice(&line);
            s.eof = true;
            let end = s.rbuf.len();
            s.rpos = start;
            let bytes = s.take(end);
            s.eof = false;
            let (codec, errors) = (s.rcodec, s.errors.clone());
            drop(s);
            return decode(vm, codec, &errors, &bytes);
        }
    }
    loop {
        let scan = super::borrow(vm, st, NAME)?.scan_line(limit);
        match scan {
            Scan::Upto(end) => {
                let mut s = super::borrow(vm, st, NAME)?;
                let bytes = s.take(end);
                let (codec, errors) = (s.rcodec, s.errors.clone());
                drop(s);
                return decode(vm, codec, &errors, &bytes);
            }
            Scan::More => {
                fill(vm, st)?;
            }
        }
    }
}

fn read_chars(vm: &mut Vm, st: &Rc<RefCell<TextState>>, n: Option<usize>) -> PyResult<String> {
    check_readable(vm, st)?;
    let bytes = match n {
        None => {
            while fill(vm, st)? {}
            let mut s = super::borrow(vm, st, NAME)?;
            let end = s.rbuf.len();
            let b = s.take(end);
            s.eof = false;
            b
        }
        Some(n) => loop {
            let scan = super::borrow(vm, st, NAME)?.scan_chars(n);
            match scan {
                Scan::Upto(end) => {
                    let mut s = super::borrow(vm, st, NAME)?;
                    let b = s.take(end);
                    s.eof = false;
                    break b;
                }
                Scan::More => {
                    fill(vm, st)?;
                }
            }
        },
    };
    let (codec, errors) = {
        let s = st.borrow();
        (s.rcodec, s.errors.clone())
    };
    decode(vm, codec, &errors, &bytes)
}

fn t_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "read", &["size"], 0)?;
    let st = open_state(vm, &me, "read")?;
    let n = super::size_arg(vm, &a[0])?;
    let s = read_chars(vm, &st, n)?;
    Ok(vm.new_str(s))
}

fn t_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "readline", &["size"], 0)?;
    let st = open_state(vm, &me, "readline")?;
    let limit = match &a[0] {
        Some(v) if !v.is_none() && pyvm_vm::objects::int::as_i64(v).is_none() => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
        _ => super::size_arg(vm, &a[0])?,
    };
    let s = read_line(vm, &st, limit)?;
    Ok(vm.new_str(s))
}

fn t_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let st = open_state(vm, &me, "__next__")?;
    st.borrow_mut().telling = false;
    let line = read_line(vm, &st, None)?;
    if line.is_empty() {
        let mut s = st.borrow_mut();
        s.telling = s.seekable;
        drop(s);
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(vm.new_str(line))
}

fn t_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    // sys.stdout/sys.stderr as made (open and attached while they stay in `objs`).
    if args.pos.len() == 2 && args.kw.is_empty() {
        if let (Some(i @ (1 | 2)), Some(s)) = (vm.std_stream_index(&me), args.pos[1].as_str()) {
            let n = s.char_len() as i64;
            vm.write_stream(&me, s.as_str())?;
            if i == 2 {
                use std::io::Write;
                let _ = vm.io.stderr.flush();
            }
            return Ok(Value::Int(n));
        }
    }
    let a = bind(vm, &args, 1, "write", &["text"], 1)?;
    let text = a[0].clone().unwrap_or_default();
    let st = open_state(vm, &me, "write")?;
    let Some(s) = text.as_str() else {
        let t = vm.type_name(&text);
        return Err(vm.type_error(format!("write() argument must be str, not {t}")));
    };
    let n = s.char_len();
    let raw = s.as_str();
    let (std, writable, newline, codec, line_buffering, write_through) = {
        let s = st.borrow();
        (
            s.std,
            s.writable,
            s.newline.clone(),
            s.codec,
            s.line_buffering,
            s.write_through,
        )
    };
    if !writable {
        return Err(unsupported(vm, "not writable"));
    }
    let haslf = raw.contains('\n');
    let flush_after = line_buffering && (haslf || raw.contains('\r'));
    if let Some(fd @ (1 | 2)) = std {
        use std::io::Write;
        if fd == 1 {
            let _ = vm.io.stdout.write_all(raw.as_bytes());
            if flush_after {
                let _ = vm.io.stdout.flush();
            }
        } else {
            let _ = vm.io.stdout.flush();
            let _ = vm.io.stderr.write_all(raw.as_bytes());
        }
        return Ok(Value::Int(n as i64));
    }
    let translated;
    let mut out: &str = raw;
    if haslf {
        if let Some(nl @ ("\r" | "\r\n")) = newline.as_deref() {
            translated = raw.replace('\n', nl);
            out = &translated;
        }
    }
    let errors = st.borrow().errors.clone();
    let bom_written = st.borrow().bom_written;
    let mut data = if bom_written {
        Vec::new()
    } else {
        codec.bom().to_vec()
    };
    codecs::encode_into(vm, codec, out, &errors, &mut data)?;
    {
        let mut s = super::borrow(vm, &st, NAME)?;
        s.bom_written = true;
        s.bom_done = true;
        // As CPython, text read ahead is dropped: the write goes where the buffer is.
        s.rbuf.clear();
        s.rpos = 0;
    }
    match buffer_state(vm, &st)? {
        Some(b) => {
            let r = super::borrow(vm, &b, "buffered io")?.write(vm, &data);
            r.map_err(|e| os_error(vm, &e, None))?;
            if flush_after || write_through {
                let r = super::borrow(vm, &b, "buffered io")?.flush_writes(vm);
                r.map_err(|e| os_error(vm, &e, None))?;
            }
        }
        None => {
            let big = {
                let mut s = super::borrow(vm, &st, NAME)?;
                s.pending.extend_from_slice(&data);
                s.pending.len() >= CHUNK
            };
            if big || flush_after || write_through {
                flush_pending(vm, &st)?;
            }
            if flush_after {
                let buffer = st.borrow().buffer.clone();
                vm.call_method(&buffer, "flush", vec![])?;
            }
        }
    }
    Ok(Value::Int(n as i64))
}

/// Writes pending text and flushes the buffer.
fn flush_all(vm: &mut Vm, st: &Rc<RefCell<TextState>>) -> PyResult<()> {
    let std = st.borrow().std;
    if let Some(fd @ (1 | 2)) = std {
        use std::io::Write;
        let _ = if fd == 1 {
            vm.io.stdout.flush()
        } else {
            vm.io.stderr.flush()
        };
        return Ok(());
    }
    flush_pending(vm, st)?;
    let buffer = st.borrow().buffer.clone();
    vm.call_method(&buffer, "flush", vec![])?;
    Ok(())
}

fn t_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    bind(vm, &args, 1, "flush", &[], 0)?;
    let st = open_state(vm, &me, "flush")?;
    let seekable = st.borrow().seekable;
    st.borrow_mut().telling = seekable;
    flush_all(vm, &st)?;
    Ok(Value::None)
}

fn t_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    bind(vm, &args, 1, "close", &[], 0)?;
    let st = state(vm, &me, "close")?;
    attached(vm, &st)?;
    if is_closed(vm, &st)? {
        return Ok(Value::None);
    }
    if let Some(i) = vm.std_stream_index(&me) {
        vm.std_streams.objs[i] = Value::Null;
    }
    let flushed = flush_all(vm, &st);
    let buffer = st.borrow().buffer.clone();
    vm.call_method(&buffer, "close", vec![])?;
    flushed?;
    Ok(Value::None)
}

fn tell_pos(vm: &mut Vm, st: &Rc<RefCell<TextState>>) -> PyResult<i64> {
    {
        let s = st.borrow();
        if !s.seekable {
            drop(s);
            return Err(unsupported(vm, "underlying stream is not seekable"));
        }
        if !s.telling {
            drop(s);
            let class = vm.types.exc.os_error.clone();
            return Err(vm.new_exception(&class, "telling position disabled by next() call"));
        }
    }
    flush_pending(vm, st)?;
    let pos = match buffer_state(vm, st)? {
        Some(b) => {
            let r = super::borrow(vm, &b, "buffered io")?.tell();
            r.map_err(|e| os_error(vm, &e, None))? as i64
        }
        None => {
            let buffer = st.borrow().buffer.clone();
            let r = vm.call_method(&buffer, "tell", vec![])?;
            super::int_arg(vm, &r)?
        }
    };
    let s = st.borrow();
    Ok(pos - (s.rbuf.len() - s.rpos) as i64)
}

fn t_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    bind(vm, &args, 1, "tell", &[], 0)?;
    let st = open_state(vm, &me, "tell")?;
    Ok(Value::Int(tell_pos(vm, &st)?))
}

fn seek_buffer(vm: &mut Vm, st: &Rc<RefCell<TextState>>, pos: i64, whence: i64) -> PyResult<i64> {
    flush_pending(vm, st)?;
    {
        let mut s = super::borrow(vm, st, NAME)?;
        s.rbuf.clear();
        s.rpos = 0;
        s.eof = false;
    }
    let r = match buffer_state(vm, st)? {
        Some(b) => {
            let to = if whence == 2 {
                std::io::SeekFrom::End(pos)
            } else {
                std::io::SeekFrom::Start(pos as u64)
            };
            let r = super::borrow(vm, &b, "buffered io")?.seek(vm, to);
            r.map_err(|e| os_error(vm, &e, None))? as i64
        }
        None => {
            let buffer = st.borrow().buffer.clone();
            vm.call_method(&buffer, "flush", vec![])?;
            let r = vm.call_method(&buffer, "seek", vec![Value::Int(pos), Value::Int(whence)])?;
            super::int_arg(vm, &r)?
        }
    };
    let mut s = st.borrow_mut();
    s.bom_written = r != 0;
    s.bom_done = r != 0;
    Ok(r)
}

fn t_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "seek", &["cookie", "whence"], 1)?;
    let st = open_state(vm, &me, "seek")?;
    let cookie = a[0].clone().unwrap_or_default();
    if matches!(cookie, Value::FloatBits(_)) {
        return Err(vm.type_error("an integer is required"));
    }
    let cookie = super::int_arg(vm, &cookie)?;
    let whence = match &a[1] {
        Some(w) => super::int_arg(vm, w)?,
        None => 0,
    };
    if !st.borrow().seekable {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    let r = match whence {
        1 => {
            if cookie != 0 {
                return Err(unsupported(vm, "can't do nonzero cur-relative seeks"));
            }
            let here = tell_pos(vm, &st)?;
            seek_buffer(vm, &st, here, 0)?
        }
        2 => {
            if cookie != 0 {
                return Err(unsupported(vm, "can't do nonzero end-relative seeks"));
            }
            seek_buffer(vm, &st, 0, 2)?
        }
        0 => {
            if cookie < 0 {
                return Err(vm.value_error(format!("negative seek position {cookie}")));
            }
            seek_buffer(vm, &st, cookie, 0)?
        }
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    Ok(Value::Int(r))
}

fn t_truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "truncate", &["pos"], 0)?;
    let st = open_state(vm, &me, "truncate")?;
    flush_all(vm, &st)?;
    let pos = a[0].clone().unwrap_or(Value::None);
    let buffer = st.borrow().buffer.clone();
    vm.call_method(&buffer, "truncate", vec![pos])
}

fn t_detach(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let st = state(vm, &me, "detach")?;
    attached(vm, &st)?;
    flush_all(vm, &st)?;
    if let Some(i) = vm.std_stream_index(&me) {
        vm.std_streams.objs[i] = Value::Null;
    }
    let mut s = st.borrow_mut();
    s.detached = true;
    Ok(s.buffer.clone())
}

fn to_buffer(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Value> {
    let st = state(vm, &this(args), method)?;
    attached(vm, &st)?;
    let buffer = st.borrow().buffer.clone();
    vm.call_method(&buffer, method, vec![])
}

fn t_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_buffer(vm, &args, "fileno")
}

fn t_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_buffer(vm, &args, "isatty")
}

fn t_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_buffer(vm, &args, "readable")
}

fn t_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_buffer(vm, &args, "writable")
}

fn t_seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_buffer(vm, &args, "seekable")
}

fn t_reconfigure(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "reconfigure() takes no positional arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    let f = "reconfigure";
    let names = [
        "encoding",
        "errors",
        "newline",
        "line_buffering",
        "write_through",
    ];
    let a = bind(vm, &args, 1, f, &names, 0)?;
    let st = open_state(vm, &me, f)?;
    let encoding = opt_str(vm, &a[0], f, "encoding")?;
    let errors = opt_str(vm, &a[1], f, "errors")?;
    let newline_given = a[2].is_some();
    let newline = check_newline(vm, &a[2], f)?;
    flush_all(vm, &st)?;
    let codec = match &encoding {
        Some(e) => Some(codecs::lookup_or_error(vm, e)?),
        None => None,
    };
    let lb = match &a[3] {
        Some(v) if !v.is_none() => Some(vm.is_true(v)?),
        _ => None,
    };
    let wt = match &a[4] {
        Some(v) if !v.is_none() => Some(vm.is_true(v)?),
        _ => None,
    };
    let enc_value = encoding.clone().map(|e| vm.new_str(e));
    let mut s = st.borrow_mut();
    if let (Some(c), Some(v)) = (codec, enc_value) {
        s.codec = c;
        s.rcodec = c.after_bom(b"").0;
        s.encoding = v;
        if errors.is_none() {
            s.errors = "strict".into();
        }
    }
    if let Some(e) = errors {
        s.errors = e;
    }
    if newline_given {
        s.newline = newline;
    }
    if let Some(v) = lb {
        s.line_buffering = v;
    }
    if let Some(v) = wt {
        s.write_through = v;
    }
    Ok(Value::None)
}

fn t_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let st = state(vm, &me, "__repr__")?;
    let class = vm.type_of(&me);
    let cname = pyvm_vm::vm::class_name(&class);
    let mut out = format!("<{cname}");
    if let Ok(name) = vm.get_attr_str(&me, "name") {
        out.push_str(&format!(" name={}", vm.repr(&name)?));
    }
    let mode = st.borrow().mode.clone();
    if !mode.is_null() {
        out.push_str(&format!(" mode={}", vm.repr(&mode)?));
    }
    let enc = st.borrow().encoding.clone();
    out.push_str(&format!(" encoding={}>", vm.repr(&enc)?));
    Ok(vm.new_str(out))
}

fn t_closed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = state(vm, &this(&args), "closed")?;
    attached(vm, &st)?;
    Ok(Value::Bool(is_closed(vm, &st)?))
}

fn t_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = state(vm, &this(&args), "name")?;
    attached(vm, &st)?;
    let buffer = st.borrow().buffer.clone();
    vm.get_attr_str(&buffer, "name")
}

fn t_mode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = state(vm, &this(&args), "mode")?;
    let mode = st.borrow().mode.clone();
    if mode.is_null() {
        return Err(vm.attribute_error("'_io.TextIOWrapper' object has no attribute 'mode'"));
    }
    Ok(mode)
}

fn t_set_mode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = state(vm, &this(&args), "mode")?;
    st.borrow_mut().mode = args.pos.get(1).cloned().unwrap_or_default();
    Ok(Value::None)
}

fn t_encoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = state(vm, &this(&args), "encoding")?;
    let e = st.borrow().encoding.clone();
    Ok(e)
}

fn t_errors(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = state(vm, &this(&args), "errors")?;
    let e = st.borrow().errors.clone();
    Ok(vm.new_str(e))
}

fn t_newlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = state(vm, &this(&args), "newlines")?;
    let seen = st.borrow().seen;
    let kinds: Vec<&str> = [(1, "\r"), (2, "\n"), (4, "\r\n")]
        .into_iter()
        .filter(|(bit, _)| seen & bit != 0)
        .map(|(_, s)| s)
        .collect();
    Ok(match kinds.len() {
        0 => Value::None,
        1 => vm.new_str(kinds[0]),
        _ => {
            let items: Vec<Value> = kinds.into_iter().map(|k| vm.new_str(k)).collect();
            vm.new_tuple(items)
        }
    })
}

fn t_buffer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = state(vm, &this(&args), "buffer")?;
    attached(vm, &st)?;
    let b = st.borrow().buffer.clone();
    Ok(b)
}

fn t_line_buffering(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = state(vm, &this(&args), "line_buffering")?;
    let v = st.borrow().line_buffering;
    Ok(Value::Bool(v))
}

fn t_write_through(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = state(vm, &this(&args), "write_through")?;
    let v = st.borrow().write_through;
    Ok(Value::Bool(v))
}

/// Whether a value is a str (for open()'s checks).
pub fn is_str(v: &Value) -> bool {
    matches!(v.builtin_payload(), Some(Object::Str(_)))
}
