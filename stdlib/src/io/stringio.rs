//! io.StringIO: an in-memory text stream. Positions count code points, as CPython's.

use super::{bind, keep_class, opt_str, this};
use pyvm_vm::objects::native::NativeData;
use pyvm_vm::{Args, ObjRef, PyResult, Value, Vm};

pub struct StringIO {
    buf: Vec<char>,
    pos: usize,
    closed: bool,
    /// None: universal newlines ("\r\n" and "\r" written become "\n").
    newline: Option<String>,
    seen: u8,
}

impl NativeData for StringIO {}

impl StringIO {
    fn write(&mut self, text: &str) -> usize {
        let n = text.chars().count();
        let mut chars: Vec<char> = Vec::with_capacity(n);
        let universal = matches!(self.newline.as_deref(), None | Some(""));
        let mut it = text.chars().peekable();
        while let Some(c) = it.next() {
            match c {
                '\r' if universal => {
                    if it.peek() == Some(&'\n') {
                        it.next();
                        self.seen |= 4;
                        if self.newline.is_none() {
                            chars.push('\n');
                        } else {
                            chars.extend(['\r', '\n']);
                        }
                    } else {
                        self.seen |= 1;
                        chars.push(if self.newline.is_none() { '\n' } else { '\r' });
                    }
                }
                '\n' => {
                    if universal {
                        self.seen |= 2;
                    }
                    match self.newline.as_deref() {
                        Some("\r") => chars.push('\r'),
                        Some("\r\n") => chars.extend(['\r', '\n']),
                        _ => chars.push('\n'),
                    }
                }
                c => chars.push(c),
            }
        }
        if self.pos > self.buf.len() {
            self.buf.resize(self.pos, '\0');
        }
        let end = (self.pos + chars.len()).min(self.buf.len());
        self.buf.splice(self.pos..end, chars.iter().copied());
        self.pos += chars.len();
        n
    }

    fn read(&mut self, n: Option<usize>) -> String {
        let start = self.pos.min(self.buf.len());
        let end = n.map_or(self.buf.len(), |n| (start + n).min(self.buf.len()));
        self.pos = end.max(self.pos);
        self.buf[start..end].iter().collect()
    }

    fn readline(&mut self, limit: Option<usize>) -> String {
        let start = self.pos.min(self.buf.len());
        let stop = limit.map_or(self.buf.len(), |l| (start + l).min(self.buf.len()));
        let mut i = start;
        while i < stop {
            let c = self.buf[i];
            let end = match (self.newline.as_deref(), c) {
                (None | Some("\n"), '\n') | (Some("\r"), '\r') => Some(i + 1),
                (Some(""), '\n') => Some(i + 1),
                (Some(""), '\r') => Some(if self.buf.get(i + 1) == Some(&'\n') && i + 1 < stop {
                    i + 2
                } else {
                    i + 1
                }),
                (Some("\r\n"), '\r') if self.buf.get(i + 1) == Some(&'\n') && i + 1 < stop => {
                    Some(i + 2)
                }
                _ => None,
            };
            if let Some(e) = end {
                i = e;
                break;
            }
            i += 1;
        }
        self.pos = i.max(self.pos);
        self.buf[start..i].iter().collect()
    }
}

pub fn init(vm: &mut Vm, base: &ObjRef) {
    let c = vm.new_native_subtype("_io", "StringIO", base, true);
    keep_class(vm, "StringIO", &c);
    vm.add_staticmethod(&c, "__new__", s_new);
    vm.add_method(&c, "__init__", s_init);
    vm.add_method(&c, "getvalue", s_getvalue);
    vm.add_method(&c, "read", s_read);
    vm.add_method(&c, "readline", s_readline);
    vm.add_method(&c, "__next__", s_next);
    vm.add_method(&c, "write", s_write);
    vm.add_method(&c, "seek", s_seek);
    vm.add_method(&c, "tell", s_tell);
    vm.add_method(&c, "truncate", s_truncate);
    vm.add_method(&c, "close", s_close);
    vm.add_method(&c, "readable", s_true);
    vm.add_method(&c, "writable", s_true);
    vm.add_method(&c, "seekable", s_true);
    vm.add_getset(&c, "closed", s_closed, None);
    vm.add_getset(&c, "newlines", s_newlines, None);
    vm.add_getset(&c, "line_buffering", s_line_buffering, None);
}

const NAME: &str = "_io.StringIO";

fn s_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = this(&args);
    let Some(class) = cls.as_obj().cloned() else {
        return Err(vm.type_error("StringIO.__new__(X): X is not a type object"));
    };
    let data = StringIO {
        buf: Vec::new(),
        pos: 0,
        closed: false,
        newline: Some("\n".into()),
        seen: 0,
    };
    Ok(vm.new_native_object(&class, Box::new(data)))
}

fn s_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "StringIO", &["initial_value", "newline"], 0)?;
    let initial = match &a[0] {
        None => String::new(),
        Some(v) if v.is_none() => String::new(),
        Some(v) => match v.as_str() {
            Some(s) => s.as_str().to_string(),
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("initial_value must be str or None, not {t}")));
            }
        },
    };
    let newline = match &a[1] {
        None => Some("\n".to_string()),
        v => opt_str(vm, v, "StringIO", "newline")?,
    };
    if let Some(n) = &newline {
        if !matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") {
            let shown = pyvm_vm::numeric::str_repr(n);
            return Err(vm.value_error(format!("illegal newline value: {shown}")));
        }
    }
    vm.native_self_mut(&me, NAME, "__init__", |s: &mut StringIO| {
        s.buf.clear();
        s.pos = 0;
        s.closed = false;
        s.seen = 0;
        s.newline = newline;
        s.write(&initial);
        s.pos = 0;
    })?;
    Ok(Value::None)
}

/// Runs `f` on an open StringIO.
fn with_open<R>(
    vm: &Vm,
    me: &Value,
    method: &str,
    f: impl FnOnce(&mut StringIO) -> R,
) -> PyResult<R> {
    let r = vm.native_self_mut(
        me,
        NAME,
        method,
        |s: &mut StringIO| {
            if s.closed {
                None
            } else {
                Some(f(s))
            }
        },
    )?;
    r.ok_or_else(|| vm.value_error("I/O operation on closed file"))
}

fn s_getvalue(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    bind(vm, &args, 1, "getvalue", &[], 0)?;
    let s: String = with_open(vm, &me, "getvalue", |s| s.buf.iter().collect())?;
    Ok(vm.new_str(s))
}

fn s_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "read", &["size"], 0)?;
    let n = super::size_arg(vm, &a[0])?;
    let s = with_open(vm, &me, "read", |s| s.read(n))?;
    Ok(vm.new_str(s))
}

fn s_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "readline", &["size"], 0)?;
    let n = super::size_arg(vm, &a[0])?;
    let s = with_open(vm, &me, "readline", |s| s.readline(n))?;
    Ok(vm.new_str(s))
}

fn s_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let s = with_open(vm, &me, "__next__", |s| s.readline(None))?;
    if s.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(vm.new_str(s))
}

fn s_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "write", &["s"], 1)?;
    let v = a[0].clone().unwrap_or_default();
    let Some(text) = v.as_str() else {
        let t = vm.type_name(&v);
        return Err(vm.type_error(format!("string argument expected, got '{t}'")));
    };
    let text = text.as_str().to_string();
    let n = with_open(vm, &me, "write", |s| s.write(&text))?;
    Ok(Value::Int(n as i64))
}

fn s_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "seek", &["pos", "whence"], 1)?;
    let pos = super::int_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let whence = match &a[1] {
        Some(w) => super::int_arg(vm, w)?,
        None => 0,
    };
    with_open(vm, &me, "seek", |_| ())?;
    match whence {
        0 if pos < 0 => return Err(vm.value_error(format!("Negative seek position {pos}"))),
        0 => {}
        1 | 2 if pos != 0 => {
            let class = vm.types.exc.os_error.clone();
            return Err(vm.new_exception(&class, "Can't do nonzero cur-relative seeks"));
        }
        1 | 2 => {}
        _ => return Err(vm.value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)"))),
    }
    let r = with_open(vm, &me, "seek", |s| {
        match whence {
            0 => s.pos = pos as usize,
            2 => s.pos = s.buf.len(),
            _ => {}
        }
        s.pos
    })?;
    Ok(Value::Int(r as i64))
}

fn s_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let r = with_open(vm, &me, "tell", |s| s.pos)?;
    Ok(Value::Int(r as i64))
}

fn s_truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let a = bind(vm, &args, 1, "truncate", &["pos"], 0)?;
    let size = match a[0].as_ref().filter(|v| !v.is_none()) {
        Some(v) => Some(super::int_arg(vm, v)?),
        None => None,
    };
    if let Some(n) = size.filter(|n| *n < 0) {
        return Err(vm.value_error(format!("Negative size value {n}")));
    }
    let r = with_open(vm, &me, "truncate", |s| {
        let n = size.map_or(s.pos, |n| n as usize);
        if n < s.buf.len() {
            s.buf.truncate(n);
        }
        n
    })?;
    Ok(Value::Int(r as i64))
}

fn s_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    vm.native_self_mut(&me, NAME, "close", |s: &mut StringIO| {
        s.closed = true;
        s.buf = Vec::new();
    })?;
    Ok(Value::None)
}

fn s_true(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_open(vm, &this(&args), "readable", |_| ())?;
    Ok(Value::Bool(true))
}

fn s_closed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = vm.native_self(&this(&args), NAME, "closed", |s: &StringIO| s.closed)?;
    Ok(Value::Bool(c))
}

fn s_line_buffering(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_open(vm, &this(&args), "line_buffering", |_| ())?;
    Ok(Value::Bool(false))
}

fn s_newlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (seen, universal) = with_open(vm, &this(&args), "newlines", |s| {
        (s.seen, matches!(s.newline.as_deref(), None | Some("")))
    })?;
    if !universal {
        return Ok(Value::None);
    }
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
