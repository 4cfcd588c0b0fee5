//! `memoryview` over bytes and bytearray: one dimension, items of one byte (formats 'B', 'b'
//! and 'c'), any step. A view of a bytearray holds one export on it while it is not released,
//! and the bytearray refuses to change size while it has exports (CPython's BufferError).
//! Wider formats (cast to 'H', 'i', ...) and other exporters raise NotImplementedError.

use crate::objects::function::Args;
use crate::value::{Object, Payload, PyCell, Value};
use crate::vm::{PyResult, Vm};
use std::cell::Cell;
use std::rc::Rc;

pub struct MemoryViewObj {
    /// The exporting bytes or bytearray (`obj`).
    pub obj: Value,
    /// Byte offset of the first item.
    pub start: usize,
    /// Number of items.
    pub len: usize,
    /// Bytes from one item to the next (negative for reversed slices).
    pub step: isize,
    pub readonly: bool,
    /// b'B', b'b' or b'c'.
    pub format: u8,
    pub released: Cell<bool>,
    /// The exporting bytearray's count of exports (None for bytes).
    export: Option<Rc<Cell<usize>>>,
    hash: Cell<Option<i64>>,
}

impl MemoryViewObj {
    pub fn visit(&self, v: &mut dyn FnMut(&Value)) {
        v(&self.obj);
    }

    /// Nothing mutable refers onwards: the exporter is fixed and cannot refer back.
    pub fn clear_refs(&self) {}

    fn release(&self) {
        if !self.released.replace(true) {
            if let Some(e) = &self.export {
                e.set(e.get().saturating_sub(1));
            }
        }
    }

    /// Byte index of item `i`.
    fn at(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.step) as usize
    }

    /// The viewed bytes, in order.
    pub fn bytes(&self) -> Vec<u8> {
        let read = |data: &[u8]| -> Vec<u8> {
            (0..self.len)
                .map(|i| data.get(self.at(i)).copied().unwrap_or(0))
                .collect()
        };
        match self.obj.as_object() {
            Some(Object::Bytes(b)) => read(b),
            Some(Object::ByteArray(b)) => b.with(|v| read(v)),
            _ => Vec::new(),
        }
    }

    fn item(&self, vm: &Vm, byte: u8) -> Value {
        match self.format {
            b'b' => Value::Int(byte as i8 as i64),
            b'c' => Value::obj(Payload::Bytes(vec![byte].into())),
            _ => {
                let _ = vm;
                Value::Int(byte as i64)
            }
        }
    }

    fn format_str(&self) -> &'static str {
        match self.format {
            b'b' => "b",
            b'c' => "c",
            _ => "B",
        }
    }
}

impl Drop for MemoryViewObj {
    fn drop(&mut self) {
        self.release();
    }
}

impl Vm {
    /// Raises CPython's BufferError if the bytearray holding `cell` has exports: it cannot
    /// change size. Exports are counted by the address of the bytearray's storage.
    pub fn check_resizable(&mut self, cell: &PyCell<Vec<u8>>) -> PyResult<()> {
        if self.buffer_exports.is_empty() {
            return Ok(());
        }
        let addr = cell as *const PyCell<Vec<u8>> as usize;
        self.buffer_exports.retain(|(_, c)| c.get() > 0);
        if self
            .buffer_exports
            .iter()
            .any(|(a, c)| *a == addr && c.get() > 0)
        {
            return Err(self.new_exception(
                &self.types.exc.buffer_error.clone(),
                "Existing exports of data: object cannot be re-sized",
            ));
        }
        Ok(())
    }

    fn export_count(&mut self, cell: &PyCell<Vec<u8>>) -> Rc<Cell<usize>> {
        let addr = cell as *const PyCell<Vec<u8>> as usize;
        if let Some((_, c)) = self.buffer_exports.iter().find(|(a, _)| *a == addr) {
            return c.clone();
        }
        self.buffer_exports.retain(|(_, c)| c.get() > 0);
        let c = Rc::new(Cell::new(0));
        self.buffer_exports.push((addr, c.clone()));
        c
    }

    /// A new view of `obj` (bytes, bytearray or memoryview), or the TypeError CPython raises.
    pub fn new_memoryview(&mut self, obj: &Value) -> PyResult<Value> {
        let (base, start, len, step, readonly, format) = match obj.as_object() {
            Some(Object::Bytes(b)) => (obj.clone(), 0, b.len(), 1, true, b'B'),
            Some(Object::ByteArray(b)) => (obj.clone(), 0, b.with(|v| v.len()), 1, false, b'B'),
            Some(Object::MemoryView(m)) => {
                check_released(self, m)?;
                (m.obj.clone(), m.start, m.len, m.step, m.readonly, m.format)
            }
            _ => {
                if matches!(
                    obj.builtin_payload(),
                    Some(Object::Bytes(_) | Object::ByteArray(_))
                ) {
                    return Err(self.not_implemented_error(
                        "memoryview of a bytes or bytearray subclass is not supported by pyvm yet",
                    ));
                }
                let t = self.type_name(obj);
                return Err(self.type_error(format!(
                    "memoryview: a bytes-like object is required, not '{t}'"
                )));
            }
        };
        Ok(self.make_view(base, start, len, step, readonly, format))
    }

    fn make_view(
        &mut self,
        base: Value,
        start: usize,
        len: usize,
        step: isize,
        readonly: bool,
        format: u8,
    ) -> Value {
        let export = if let Some(Object::ByteArray(cell)) = base.as_object() {
            let c = self.export_count(cell);
            c.set(c.get() + 1);
            Some(c)
        } else {
            None
        };
        Value::obj(Payload::MemoryView(MemoryViewObj {
            obj: base,
            start,
            len,
            step,
            readonly,
            format,
            released: Cell::new(false),
            export,
            hash: Cell::new(None),
        }))
    }

    /// The data attributes of memoryviews.
    pub fn memoryview_attr(
        &mut self,
        _obj: &Value,
        m: &MemoryViewObj,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let known = [
            "obj",
            "readonly",
            "format",
            "itemsize",
            "nbytes",
            "ndim",
            "shape",
            "strides",
            "suboffsets",
            "c_contiguous",
            "f_contiguous",
            "contiguous",
        ];
        if !known.contains(&name) {
            return Ok(None);
        }
        check_released(self, m)?;
        let contiguous = m.step == 1 || m.len <= 1;
        Ok(Some(match name {
            "obj" => m.obj.clone(),
            "readonly" => Value::Bool(m.readonly),
            "format" => self.new_str(m.format_str()),
            "itemsize" => Value::Int(1),
            "nbytes" => Value::Int(m.len as i64),
            "ndim" => Value::Int(1),
            "shape" => self.new_tuple(vec![Value::Int(m.len as i64)]),
            "strides" => self.new_tuple(vec![Value::Int(m.step as i64)]),
            "suboffsets" => self.new_tuple(vec![]),
            _ => Value::Bool(contiguous),
        }))
    }
}

fn check_released(vm: &Vm, m: &MemoryViewObj) -> PyResult<()> {
    if m.released.get() {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(())
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.memoryview.clone();
    vm.add_staticmethod(&t, "__new__", mv_new);
    vm.add_method(&t, "__len__", mv_len);
    vm.add_method(&t, "__getitem__", mv_getitem);
    vm.add_method(&t, "__setitem__", mv_setitem);
    vm.add_method(&t, "__delitem__", mv_delitem);
    vm.add_method(&t, "__iter__", mv_iter);
    vm.add_method(&t, "__eq__", mv_eq);
    vm.add_method(&t, "__ne__", mv_ne);
    vm.add_method(&t, "__hash__", mv_hash);
    vm.add_method(&t, "__repr__", mv_repr);
    vm.add_method(&t, "__enter__", mv_enter);
    vm.add_method(&t, "__exit__", mv_exit);
    vm.add_method(&t, "tobytes", mv_tobytes);
    vm.add_method(&t, "tolist", mv_tolist);
    vm.add_method(&t, "hex", mv_hex);
    vm.add_method(&t, "release", mv_release);
    vm.add_method(&t, "cast", mv_cast);
    vm.add_method(&t, "toreadonly", mv_toreadonly);
}

/// The receiver of a memoryview method, checked, and whether it is released.
fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a MemoryViewObj> {
    match args.pos.first().and_then(|v| v.as_object()) {
        Some(Object::MemoryView(m)) => Ok(m),
        _ => {
            let t = args
                .pos
                .first()
                .map_or_else(|| "nothing".to_string(), |v| vm.type_name(v));
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'memoryview' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

fn live<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a MemoryViewObj> {
    let m = this(vm, args, name)?;
    check_released(vm, m)?;
    Ok(m)
}

fn no_args(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    let n = args.pos.len().saturating_sub(1);
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("memoryview.{name}() takes no keyword arguments")));
    }
    if n != 0 {
        return Err(vm.type_error(format!(
            "memoryview.{name}() takes no arguments ({n} given)"
        )));
    }
    Ok(())
}

fn mv_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut obj = args.pos.get(1).cloned();
    for (k, v) in &args.kw {
        if k.as_str().is_some_and(|s| s.as_str() == "object") && obj.is_none() {
            obj = Some(v.clone());
        } else {
            let k = k.as_str().map_or("?", |s| s.as_str()).to_string();
            return Err(vm.type_error(format!(
                "memoryview() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "memoryview() takes at most 1 argument ({} given)",
            args.pos.len() - 1
        )));
    }
    let Some(obj) = obj else {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    vm.new_memoryview(&obj)
}

fn mv_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = live(vm, &args, "__len__")?;
    Ok(Value::Int(m.len as i64))
}

/// An item index (negative from the end), or CPython's errors.
fn index(vm: &mut Vm, m: &MemoryViewObj, key: &Value) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::BoolWord(b) => *b as i64,
        _ if crate::objects::int::is_int(key) => {
            return Err(vm.index_error("cannot fit 'int' into an index-sized integer"));
        }
        _ => {
            if vm.has_attr_str(key, "__index__")? {
                let v = vm.call_method(key, "__index__", vec![])?;
                return index(vm, m, &v);
            }
            return Err(vm.type_error("memoryview: invalid slice key"));
        }
    };
    let j = if i < 0 {
        i.saturating_add(m.len as i64)
    } else {
        i
    };
    if j < 0 || j >= m.len as i64 {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

/// (start, count, step) in items of a slice of the view.
fn slice_of(vm: &mut Vm, m: &MemoryViewObj, s: &Value) -> PyResult<(usize, usize, isize)> {
    let Some(Object::Slice(sl)) = s.as_object() else {
        return Err(vm.type_error("memoryview: invalid slice key"));
    };
    let r = vm.slice_range(sl, m.len)?;
    Ok((
        r.start.max(0) as usize,
        r.count.max(0) as usize,
        r.step as isize,
    ))
}

fn mv_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = live(vm, &args, "__getitem__")?;
    let Some(key) = args.pos.get(1) else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    if matches!(key.as_object(), Some(Object::Slice(_))) {
        let (s, n, st) = slice_of(vm, m, key)?;
        let start = if n == 0 { m.start } else { m.at(s) };
        let (obj, readonly, format) = (m.obj.clone(), m.readonly, m.format);
        return Ok(vm.make_view(obj, start, n, m.step * st, readonly, format));
    }
    if matches!(key.as_object(), Some(Object::Tuple(_))) {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    let i = index(vm, m, key)?;
    let b = m.bytes().get(i).copied().unwrap_or(0);
    Ok(m.item(vm, b))
}

/// The byte an item assignment stores, checked against the format.
fn item_byte(vm: &Vm, m: &MemoryViewObj, v: &Value) -> PyResult<u8> {
    let f = m.format_str();
    match m.format {
        b'c' => match v.as_object() {
            Some(Object::Bytes(b)) if b.len() == 1 => Ok(b[0]),
            _ => Err(vm.value_error(format!("memoryview: invalid value for format '{f}'"))),
        },
        _ => {
            let n = match v {
                Value::Int(i) => *i,
                Value::BoolWord(b) => *b as i64,
                _ if crate::objects::int::is_int(v) => i64::MAX,
                _ => {
                    return Err(vm.type_error(format!("memoryview: invalid type for format '{f}'")))
                }
            };
            let ok = if m.format == b'b' {
                (-128..=127).contains(&n)
            } else {
                (0..=255).contains(&n)
            };
            if !ok {
                return Err(vm.value_error(format!("memoryview: invalid value for format '{f}'")));
            }
            Ok(n as u8)
        }
    }
}

fn mv_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = live(vm, &args, "__setitem__")?;
    let (Some(key), Some(value)) = (args.pos.get(1), args.pos.get(2)) else {
        return Err(vm.type_error("expected 2 arguments"));
    };
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let Some(Object::ByteArray(target)) = m.obj.as_object() else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    if matches!(key.as_object(), Some(Object::Slice(_))) {
        let (s, n, st) = slice_of(vm, m, key)?;
        let src = match value.as_object() {
            Some(Object::MemoryView(src)) => {
                check_released(vm, src)?;
                if src.format != m.format {
                    return Err(vm.value_error(
                        "memoryview assignment: lvalue and rvalue have different structures",
                    ));
                }
                src.bytes()
            }
            _ => match vm.bytes_like(value) {
                Some(b) => b,
                None => {
                    let t = vm.type_name(value);
                    return Err(
                        vm.type_error(format!("a bytes-like object is required, not '{t}'"))
                    );
                }
            },
        };
        if src.len() != n {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let at: Vec<usize> = (0..n)
            .map(|k| m.at(s) as isize + k as isize * st * m.step)
            .map(|x| x as usize)
            .collect();
        target.with_mut(|v| {
            for (k, &i) in at.iter().enumerate() {
                if let Some(slot) = v.get_mut(i) {
                    *slot = src[k];
                }
            }
        });
        return Ok(Value::None);
    }
    if matches!(key.as_object(), Some(Object::Tuple(_))) {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    let i = index(vm, m, key)?;
    let b = item_byte(vm, m, value)?;
    let at = m.at(i);
    target.with_mut(|v| {
        if let Some(slot) = v.get_mut(at) {
            *slot = b;
        }
    });
    Ok(Value::None)
}

fn mv_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = live(vm, &args, "__delitem__")?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    Err(vm.type_error("cannot delete memory"))
}

fn mv_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let list = mv_tolist(vm, args)?;
    vm.get_iter(&list)
}

/// Whether two views (or a view and a bytes-like object) hold equal items.
fn equal(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Option<bool>> {
    let m = this(vm, args, name)?;
    let Some(other) = args.pos.get(1) else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    if let Some(Object::MemoryView(o)) = other.as_object() {
        if std::ptr::eq(m, o) {
            return Ok(Some(true));
        }
        if m.released.get() || o.released.get() {
            return Ok(Some(false));
        }
        let (a, b) = (m.bytes(), o.bytes());
        if a.len() != b.len() {
            return Ok(Some(false));
        }
        let items_a: Vec<Value> = a.iter().map(|&x| m.item(vm, x)).collect();
        let items_b: Vec<Value> = b.iter().map(|&x| o.item(vm, x)).collect();
        for (x, y) in items_a.iter().zip(&items_b) {
            if !vm.eq(x, y)? {
                return Ok(Some(false));
            }
        }
        return Ok(Some(true));
    }
    if m.released.get() {
        return Ok(Some(false));
    }
    match vm.bytes_like(other) {
        Some(b) => {
            if m.format == b'b' {
                let a = m.bytes();
                return Ok(Some(
                    a.len() == b.len() && a.iter().zip(&b).all(|(x, y)| *x < 128 && x == y),
                ));
            }
            if m.format == b'c' {
                return Ok(Some(m.bytes() == b));
            }
            Ok(Some(m.bytes() == b))
        }
        None => Ok(None),
    }
}

fn mv_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match equal(vm, &args, "__eq__")? {
        Some(b) => Value::Bool(b),
        None => vm.not_implemented.clone(),
    })
}

fn mv_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match equal(vm, &args, "__ne__")? {
        Some(b) => Value::Bool(!b),
        None => vm.not_implemented.clone(),
    })
}

fn mv_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__hash__")?;
    Ok(Value::Int(memoryview_hash(vm, m)?))
}

/// hash(view): a read-only view hashes as the bytes it shows.
pub fn memoryview_hash(vm: &Vm, m: &MemoryViewObj) -> PyResult<i64> {
    if let Some(h) = m.hash.get() {
        return Ok(h);
    }
    check_released(vm, m)?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if m.format != b'B' && m.format != b'b' && m.format != b'c' {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let h = crate::numeric::hash_bytes(&m.bytes());
    m.hash.set(Some(h));
    Ok(h)
}

fn mv_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__repr__")?;
    let addr = args.pos[0].address();
    let s = if m.released.get() {
        format!("<released memory at {addr:#x}>")
    } else {
        format!("<memory at {addr:#x}>")
    };
    Ok(vm.new_str(s))
}

fn mv_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    live(vm, &args, "__enter__")?;
    Ok(args.pos[0].clone())
}

fn mv_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__exit__")?;
    m.release();
    Ok(Value::None)
}

fn mv_tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = live(vm, &args, "tobytes")?;
    for (k, v) in &args.kw {
        let k = k.as_str().map_or("?", |s| s.as_str()).to_string();
        if k != "order" {
            return Err(vm.type_error(format!(
                "tobytes() got an unexpected keyword argument '{k}'"
            )));
        }
        let ok = v.is_none()
            || v.as_str()
                .is_some_and(|s| matches!(s.as_str(), "C" | "F" | "A"));
        if !ok {
            return Err(vm.value_error("order must be 'C', 'F' or 'A'"));
        }
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "tobytes() takes at most 1 argument ({} given)",
            args.pos.len() - 1
        )));
    }
    Ok(Value::obj(Payload::Bytes(m.bytes().into())))
}

fn mv_tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = live(vm, &args, "tolist")?;
    no_args(vm, &args, "tolist")?;
    let items: Vec<Value> = m.bytes().into_iter().map(|b| m.item(vm, b)).collect();
    Ok(vm.new_list(items))
}

fn mv_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = live(vm, &args, "hex")?;
    let data = Value::obj(Payload::Bytes(m.bytes().into()));
    let hex = vm.class_lookup_str(&vm.types.bytes.clone(), "hex");
    let Some(hex) = hex else {
        return Err(vm.not_implemented_error("bytes.hex is missing"));
    };
    let mut a = Args::new(std::iter::once(data).chain(args.pos.iter().skip(1).cloned()));
    a.kw = args.kw.clone();
    vm.call(&hex, a)
}

fn mv_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "release")?;
    no_args(vm, &args, "release")?;
    m.release();
    Ok(Value::None)
}

fn mv_toreadonly(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = live(vm, &args, "toreadonly")?;
    no_args(vm, &args, "toreadonly")?;
    let (obj, start, len, step, format) = (m.obj.clone(), m.start, m.len, m.step, m.format);
    Ok(vm.make_view(obj, start, len, step, true, format))
}

fn mv_cast(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = live(vm, &args, "cast")?;
    let mut format = args.pos.get(1).cloned();
    let mut shape = args.pos.get(2).cloned();
    for (k, v) in &args.kw {
        match k.as_str().map(|s| s.as_str()) {
            Some("format") if format.is_none() => format = Some(v.clone()),
            Some("shape") if shape.is_none() => shape = Some(v.clone()),
            _ => {
                let k = k.as_str().map_or("?", |s| s.as_str()).to_string();
                return Err(
                    vm.type_error(format!("cast() got an unexpected keyword argument '{k}'"))
                );
            }
        }
    }
    let Some(format) = format else {
        return Err(vm.type_error("cast() missing required argument 'format' (pos 1)"));
    };
    let Some(f) = format.as_str().map(|s| s.as_str().to_string()) else {
        let t = vm.type_name(&format);
        return Err(vm.type_error(format!("cast() argument 'format' must be str, not {t}")));
    };
    if shape.as_ref().is_some_and(|s| !s.is_none()) {
        return Err(
            vm.not_implemented_error("memoryview.cast() with a shape is not supported by pyvm yet")
        );
    }
    if m.step != 1 && m.len > 1 {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let code = f.strip_prefix('@').unwrap_or(&f);
    let byte = match code {
        "B" => b'B',
        "b" => b'b',
        "c" => b'c',
        "h" | "H" | "i" | "I" | "l" | "L" | "q" | "Q" | "n" | "N" | "f" | "d" | "e" | "?"
        | "P" => {
            return Err(vm.not_implemented_error(format!(
                "memoryview.cast() to format '{f}' is not supported by pyvm yet"
            )))
        }
        _ => {
            return Err(vm.value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ))
        }
    };
    let (obj, start, len, readonly) = (m.obj.clone(), m.start, m.len, m.readonly);
    Ok(vm.make_view(obj, start, len, 1, readonly, byte))
}

#[cfg(test)]
mod tests {

    use crate::test_support::run;

    #[test]
    fn dropping_a_view_releases_its_export() {
        let src = "b = bytearray(b'ab')\nm = memoryview(b)[1:]\ndel m\nb.append(99)\nprint(b)\n";
        let (vm, out, err) = run(src);
        assert_eq!(err, None);
        assert_eq!(out, "bytearray(b'abc')\n");
        assert!(vm.buffer_exports.iter().all(|(_, c)| c.get() == 0));
    }

    #[test]
    fn wider_casts_say_they_are_not_supported() {
        let (_, _, err) = run("memoryview(b'abcd').cast('i')\n");
        assert_eq!(
            err.as_deref(),
            Some(
                "NotImplementedError: memoryview.cast() to format 'i' is not supported by pyvm yet"
            )
        );
    }
}
