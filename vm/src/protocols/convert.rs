//! Conversions: repr, str, ascii, format, truthiness and len.

use crate::numeric;
use crate::objects::function::Args;
use crate::objects::int;
use crate::value::{Object, Value};
use crate::vm::{class_name, PyResult, Vm};

impl Vm {
    /// repr(v) as a Rust string.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Null => Ok("<NULL>".into()),
            Value::None => Ok("None".into()),
            Value::BoolWord(b) => Ok(if *b != 0 { "True" } else { "False" }.into()),
            Value::Int(i) => Ok(i.to_string()),
            Value::FloatBits(f) => Ok(numeric::float_repr(f64::from_bits(*f))),
            Value::Obj(o) => match o.view() {
                Object::Str(s) => Ok(numeric::str_repr(s.as_str())),
                Object::BigInt(b) => self.bigint_to_string(&b.to_bigint()),
                Object::Tuple(items) => {
                    let items = items.to_vec();
                    self.repr_guarded(v, "(...)", |vm| {
                        let mut parts = Vec::with_capacity(items.len());
                        for x in &items {
                            parts.push(vm.repr(x)?);
                        }
                        Ok(if parts.len() == 1 {
                            format!("({},)", parts[0])
                        } else {
                            format!("({})", parts.join(", "))
                        })
                    })
                }
                Object::List(l) => {
                    let items = l.get();
                    self.repr_guarded(v, "[...]", |vm| {
                        let mut parts = Vec::with_capacity(items.len());
                        for x in &items {
                            parts.push(vm.repr(x)?);
                        }
                        Ok(format!("[{}]", parts.join(", ")))
                    })
                }
                Object::Dict(d) => {
                    let items = d.with(|t| t.items());
                    self.repr_guarded(v, "{...}", |vm| {
                        let mut parts = Vec::with_capacity(items.len());
                        for (k, x) in &items {
                            parts.push(format!("{}: {}", vm.repr(k)?, vm.repr(x)?));
                        }
                        Ok(format!("{{{}}}", parts.join(", ")))
                    })
                }
                Object::Set(s) => {
                    let items: Vec<Value> = s.with(|t| t.iter().cloned().collect());
                    if items.is_empty() {
                        return Ok("set()".into());
                    }
                    self.repr_guarded(v, "{...}", |vm| {
                        let mut parts = Vec::with_capacity(items.len());
                        for x in &items {
                            parts.push(vm.repr(x)?);
                        }
                        Ok(format!("{{{}}}", parts.join(", ")))
                    })
                }
                Object::FrozenSet(s) => {
                    let items: Vec<Value> = s.iter().cloned().collect();
                    if items.is_empty() {
                        return Ok("frozenset()".into());
                    }
                    let mut parts = Vec::with_capacity(items.len());
                    for x in &items {
                        parts.push(self.repr(x)?);
                    }
                    Ok(format!("frozenset({{{}}})", parts.join(", ")))
                }
                Object::Bytes(b) => Ok(crate::objects::bytes::bytes_repr(b)),
                Object::ByteArray(b) => Ok(format!(
                    "bytearray({})",
                    crate::objects::bytes::bytes_repr(&b.get())
                )),
                Object::Range(r) => Ok(if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }),
                Object::Slice(s) => {
                    let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
                    Ok(format!(
                        "slice({}, {}, {})",
                        self.repr(&a)?,
                        self.repr(&b)?,
                        self.repr(&c)?
                    ))
                }
                Object::Function(f) => {
                    let q = f.qualname.get();
                    Ok(format!(
                        "<function {} at {:#x}>",
                        q.as_str().map_or("?", |s| s.as_str()),
                        v.address()
                    ))
                }
                Object::NativeFunction(f) => {
                    if f.owner.is_null() {
                        Ok(format!("<built-in function {}>", f.name))
                    } else {
                        let owner = f.owner.as_obj().map(class_name).unwrap_or_default();
                        Ok(format!("<method '{}' of '{}' objects>", f.name, owner))
                    }
                }
                Object::BoundMethod(m) => {
                    let (func, self_) = (m.func(), m.self_());
                    let name = match func.as_object() {
                        Some(Object::Function(f)) => f
                            .qualname
                            .get()
                            .as_str()
                            .map_or(String::new(), |s| s.as_str().to_string()),
                        Some(Object::NativeFunction(f)) => {
                            let tn = self.type_name(&self_);
                            return Ok(format!(
                                "<built-in method {} of {} object at {:#x}>",
                                f.name,
                                tn,
                                self_.address()
                            ));
                        }
                        _ => String::from("?"),
                    };
                    let sr = self.repr(&self_)?;
                    Ok(format!("<bound method {name} of {sr}>"))
                }
                Object::Cell(_) => Ok(format!("<cell at {:#x}>", v.address())),
                Object::Code(c) => Ok(format!(
                    "<code object {} at {:#x}, file \"{}\", line {}>",
                    c.code.name,
                    v.address(),
                    c.code.filename,
                    c.code.first_line
                )),
                Object::Class(c) => {
                    let meta = self.type_of(v);
                    if let Some(r) = self.user_repr_via(&meta, v)? {
                        return Ok(r);
                    }
                    let module = c.module.get();
                    let qual = c.qualname.get();
                    let q = qual.as_str().map_or("?", |s| s.as_str()).to_string();
                    match module.as_str().map(|s| s.as_str()) {
                        Some("builtins") | None => Ok(format!("<class '{q}'>")),
                        Some(m) => Ok(format!("<class '{m}.{q}'>")),
                    }
                }
                Object::Module(_) => crate::objects::module_type::module_repr(self, v),
                Object::Generator(g) => {
                    let q = g.qualname.as_str().map_or("?", |s| s.as_str()).to_string();
                    let t = match g.kind {
                        crate::objects::generator::GenKind::AsyncGenerator => "async_generator",
                        k => k.name(),
                    };
                    Ok(format!("<{t} object {q} at {:#x}>", v.address()))
                }
                Object::Iterator(it) => {
                    let name = it.with(|s| s.type_name());
                    Ok(format!("<{name} object at {:#x}>", v.address()))
                }
                Object::Complex(c) => Ok(crate::objects::complex_type::complex_repr((c.re, c.im))),
                Object::NotImplemented => Ok("NotImplemented".into()),
                Object::Ellipsis => Ok("Ellipsis".into()),
                Object::WeakRef(w) => {
                    let target = w.upgrade();
                    Ok(crate::objects::weakref_type::weak_repr(self, v, w, target))
                }
                Object::Property(_) => Ok(format!("<property object at {:#x}>", v.address())),
                // Never reachable from Python: only instances of native types hold one.
                Object::Native(_) => Ok(format!("<native data at {:#x}>", v.address())),
                Object::MemberDescr(d) => Ok(crate::objects::member_descriptor::member_repr(d)),
                Object::GetSetDescr(d) => Ok(crate::objects::getset_descriptor::getset_repr(d)),
                Object::ClassMethod(_) => Ok(format!("<classmethod object at {:#x}>", v.address())),
                Object::StaticMethod(_) => {
                    Ok(format!("<staticmethod object at {:#x}>", v.address()))
                }
                Object::Super(s) => {
                    let a = crate::vm::class_name(&s.this_class);
                    let b = crate::vm::class_name(&s.obj_type);
                    Ok(format!("<super: <class '{a}'>, <{b} object>>"))
                }
                Object::Instance(_) | Object::Exception(_) => self.instance_repr(v),
                Object::Frame(_) | Object::MemoryView(_) => {
                    let r = self.call_method(v, "__repr__", vec![])?;
                    self.str_of(&r)
                }
                Object::Traceback(_) => Ok(format!("<traceback object at {:#x}>", v.address())),
            },
        }
    }

    fn user_repr_via(
        &mut self,
        class: &crate::value::ObjRef,
        v: &Value,
    ) -> PyResult<Option<String>> {
        let Object::Class(c) = class.view() else {
            return Ok(None);
        };
        if c.is_builtin && !c.layout.natives_are_methods() {
            return Ok(None);
        }
        if let Some(f) = self.class_lookup_str(class, "__repr__") {
            // A native __repr__ of an opaque or native module's type, also inherited by a
            // Python subclass, is a method like a Python one.
            let native_method = matches!(v.as_object(), Some(Object::Instance(_)))
                && matches!(f.as_object(), Some(Object::NativeFunction(n)) if n.owner.as_obj().is_some_and(|o| matches!(o.view(), Object::Class(oc) if oc.is_builtin && oc.layout.natives_are_methods())));
            if matches!(f.as_object(), Some(Object::Function(_))) || native_method {
                let r = self.call_method_value(&f, v, vec![])?;
                return match r.as_str() {
                    Some(s) => Ok(Some(s.as_str().to_string())),
                    None => {
                        let t = self.type_name(&r);
                        Err(self.type_error(format!("__repr__ returned non-string (type {t})")))
                    }
                };
            }
        }
        Ok(None)
    }

    fn instance_repr(&mut self, v: &Value) -> PyResult<String> {
        let class = self.type_of(v);
        if let Some(r) = self.user_repr_via(&class, v)? {
            return Ok(r);
        }
        if let Some(Object::Exception(e)) = v.as_object() {
            let name = class_name(&class);
            let args = e.args.get();
            let items = args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
            return Ok(match items.len() {
                1 => format!("{name}({})", self.repr(&items[0])?),
                _ => format!(
                    "{name}{}",
                    if items.is_empty() {
                        "()".to_string()
                    } else {
                        self.repr(&args)?
                    }
                ),
            });
        }
        if let Some(Object::Instance(i)) = v.as_object() {
            if let Some(base) = i.base_value().cloned() {
                if !matches!(base.as_object(), Some(Object::Native(_))) {
                    return self.repr(&base);
                }
            }
        }
        let Object::Class(c) = class.view() else {
            return Ok(String::new());
        };
        let module = c.module.get();
        let qual = c.qualname.get();
        let q = qual.as_str().map_or("?", |s| s.as_str()).to_string();
        let m = module.as_str().map_or("?", |s| s.as_str()).to_string();
        Ok(format!("<{m}.{q} object at {:#x}>", v.address()))
    }

    /// Runs a container repr, printing `placeholder` for a container inside itself.
    fn repr_guarded(
        &mut self,
        v: &Value,
        placeholder: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<String>,
    ) -> PyResult<String> {
        let addr = v.address();
        if self.repr_stack.contains(&addr) {
            return Ok(placeholder.to_string());
        }
        self.enter_native_at(" while getting the repr of an object")?;
        self.repr_stack.push(addr);
        let r = f(self);
        self.repr_stack.pop();
        self.depth -= 1;
        r
    }

    pub fn bigint_to_string(&self, b: &num_bigint::BigInt) -> PyResult<String> {
        crate::numeric::bigint_to_decimal(b).map_err(|m| self.value_error(m))
    }

    /// str(v) as a str value.
    pub fn str(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(Object::Str(_)) = v.as_object() {
            return Ok(v.clone());
        }
        let s = self.str_of(v)?;
        Ok(self.new_str(s))
    }

    /// str(v) as a Rust string.
    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        if let Some(r) = self.proxy_referent(v)? {
            return self.str_of(&r);
        }
        match v.as_object() {
            Some(Object::Str(s)) => Ok(s.as_str().to_string()),
            Some(Object::Instance(_)) | Some(Object::Exception(_)) => {
                let class = self.type_of(v);
                if let Some(f) = self.class_lookup_str(&class, "__str__") {
                    // A Python __str__, or the native one of an opaque builtin (mappingproxy).
                    let own_native = matches!(f.as_object(), Some(Object::NativeFunction(n))
                        if n.owner.as_obj().is_some_and(|o| matches!(o.view(), Object::Class(oc)
                            if oc.is_builtin && oc.layout.natives_are_methods())));
                    if matches!(f.as_object(), Some(Object::Function(_))) || own_native {
                        let r = self.call_method_value(&f, v, vec![])?;
                        return match r.as_str() {
                            Some(s) => Ok(s.as_str().to_string()),
                            None => {
                                let t = self.type_name(&r);
                                Err(self
                                    .type_error(format!("__str__ returned non-string (type {t})")))
                            }
                        };
                    }
                }
                if let Some(Object::Exception(e)) = v.as_object() {
                    if crate::vm::is_subclass(&class, &self.types.exc.syntax_error.clone()) {
                        if let Some(s) = self.syntax_error_str(v, false)? {
                            return Ok(s);
                        }
                    }
                    if let Some(s) = crate::objects::exception_type::field_str(self, e)? {
                        return Ok(s);
                    }
                    let args = e.args.get();
                    let items = args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
                    if crate::vm::is_subclass(&class, &self.types.exc.key_error.clone())
                        && items.len() == 1
                    {
                        return self.repr(&items[0]);
                    }
                    return match items.len() {
                        0 => Ok(String::new()),
                        1 => self.str_of(&items[0]),
                        _ => self.repr(&args),
                    };
                }
                if let Some(Object::Instance(i)) = v.as_object() {
                    if let Some(base) = i.base_value().cloned() {
                        if matches!(base.as_object(), Some(Object::Native(_))) {
                            return self.repr(v);
                        }
                        // str has its own __str__; the other builtins print through __repr__.
                        if base.as_str().is_none()
                            && self
                                .class_lookup_str(&class, "__repr__")
                                .is_some_and(|f| matches!(f.as_object(), Some(Object::Function(_))))
                        {
                            return self.repr(v);
                        }
                        return self.str_of(&base);
                    }
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// ascii(v).
    pub fn ascii(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            let n = c as u32;
            if n < 128 {
                out.push(c);
            } else if n < 256 {
                out.push_str(&format!("\\x{n:02x}"));
            } else if n < 0x10000 {
                out.push_str(&format!("\\u{n:04x}"));
            } else {
                out.push_str(&format!("\\U{n:08x}"));
            }
        }
        Ok(out)
    }

    /// format(v, spec).
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<Value> {
        let class = self.type_of(v);
        if let Object::Class(c) = class.view() {
            if !c.is_builtin {
                if let Some(f) = self.class_lookup_str(&class, "__format__") {
                    if matches!(f.as_object(), Some(Object::Function(_))) {
                        let spec_v = self.new_str(spec);
                        let r = self.call_method_value(&f, v, vec![spec_v])?;
                        if r.as_str().is_none() {
                            let t = self.type_name(&r);
                            return Err(
                                self.type_error(format!("__format__ must return a str, not {t}"))
                            );
                        }
                        return Ok(r);
                    }
                }
            }
        }
        let payload = match v.as_object() {
            Some(Object::Instance(_)) if spec.is_empty() => return self.str(v),
            Some(Object::Instance(i)) => i.base_value().cloned(),
            _ => Some(v.clone()),
        };
        let s = match payload {
            Some(Value::FloatBits(f)) => crate::format::format_float(f64::from_bits(f), spec)
                .map_err(|m| self.value_error(m))?,
            Some(Value::Obj(o)) if matches!(o.view(), Object::Complex(_)) => {
                let Object::Complex(c) = o.view() else {
                    unreachable!()
                };
                if spec.is_empty() {
                    return self.str(v);
                }
                let tn = self.type_name(v);
                crate::format::format_complex_with_type(c.re, c.im, spec, &tn)
                    .map_err(|m| self.value_error(m))?
            }
            Some(p)
                if int::is_int(&p) && !matches!(p, Value::BoolWord(_))
                    || (matches!(p, Value::BoolWord(_)) && !spec.is_empty()) =>
            {
                let b = int::as_bigint(&p)
                    .map(|b| b.into_owned())
                    .unwrap_or_default();
                crate::format::format_int(&b, spec).map_err(|m| self.value_error(m))?
            }
            Some(Value::Obj(o)) if matches!(o.view(), Object::Str(_)) => {
                let Object::Str(s) = o.view() else {
                    unreachable!()
                };
                crate::format::format_str(s.as_str(), spec).map_err(|m| self.value_error(m))?
            }
            _ => {
                if !spec.is_empty() {
                    let t = self.type_name(v);
                    return Err(self.type_error(format!(
                        "unsupported format string passed to {t}.__format__"
                    )));
                }
                return self.str(v);
            }
        };
        Ok(self.new_str(s))
    }

    /// bool(v).
    pub fn is_true(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::BoolWord(b) => Ok(*b != 0),
            Value::None | Value::Null => Ok(false),
            Value::Int(i) => Ok(*i != 0),
            Value::FloatBits(f) => Ok(f64::from_bits(*f) != 0.0),
            Value::Obj(o) => match o.view() {
                Object::Str(s) => Ok(!s.as_str().is_empty()),
                Object::BigInt(_) => Ok(true),
                Object::Tuple(t) => Ok(!t.is_empty()),
                Object::List(l) => Ok(l.with(|v| !v.is_empty())),
                Object::Dict(d) => Ok(d.with(|t| !t.is_empty())),
                Object::Set(s) => Ok(s.with(|t| !t.is_empty())),
                Object::FrozenSet(s) => Ok(!s.is_empty()),
                Object::Bytes(b) => Ok(!b.is_empty()),
                Object::ByteArray(b) => Ok(b.with(|v| !v.is_empty())),
                Object::Range(r) => Ok(!r.is_empty()),
                Object::Complex(c) => Ok(c.re != 0.0 || c.im != 0.0),
                Object::Instance(_) | Object::Exception(_) => {
                    if let Some(r) = self.call_special_opt(v, "__bool__", vec![])? {
                        return match r {
                            Value::BoolWord(b) => Ok(b != 0),
                            _ => {
                                let t = self.type_name(&r);
                                Err(self.type_error(format!(
                                    "__bool__ should return bool, returned {t}"
                                )))
                            }
                        };
                    }
                    if let Some(r) = self.call_special_opt(v, "__len__", vec![])? {
                        let n = self.len_result(&r)?;
                        return Ok(n != 0);
                    }
                    if let Some(Object::Instance(i)) = v.as_object() {
                        if let Some(b) = i.base_value().cloned() {
                            return self.is_true(&b);
                        }
                    }
                    Ok(true)
                }
                Object::WeakRef(_) => match self.proxy_referent(v)? {
                    Some(r) => self.is_true(&r),
                    None => Ok(true),
                },
                _ => Ok(true),
            },
        }
    }

    fn len_result(&mut self, r: &Value) -> PyResult<usize> {
        match int::as_i64(r) {
            Some(n) if n >= 0 => Ok(n as usize),
            Some(_) => Err(self.value_error("__len__() should return >= 0")),
            None if int::is_int(r) => {
                Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            None => {
                let t = self.type_name(r);
                Err(self.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        }
    }

    /// len(v).
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Some(r) = self.proxy_referent(v)? {
            return self.len(&r);
        }
        if let Some(Object::Instance(_) | Object::Class(_) | Object::MemoryView(_)) = v.as_object()
        {
            if let Some(r) = self.call_special_opt(v, "__len__", vec![])? {
                return self.len_result(&r);
            }
        }
        match v.builtin_payload() {
            Some(Object::Str(s)) => Ok(s.char_len()),
            Some(Object::Tuple(t)) => Ok(t.len()),
            Some(Object::List(l)) => Ok(l.with(|v| v.len())),
            Some(Object::Dict(d)) => Ok(d.with(|t| t.len())),
            Some(Object::Set(s)) => Ok(s.with(|t| t.len())),
            Some(Object::FrozenSet(s)) => Ok(s.len()),
            Some(Object::Bytes(b)) => Ok(b.len()),
            Some(Object::ByteArray(b)) => Ok(b.with(|v| v.len())),
            Some(Object::Range(r)) => usize::try_from(r.len())
                .ok()
                .filter(|&n| n <= i64::MAX as usize)
                .ok_or_else(|| self.overflow_error("Python int too large to convert to C ssize_t")),
            _ => {
                let t = self.type_name(v);
                Err(self.type_error(format!("object of type '{t}' has no len()")))
            }
        }
    }

    /// The message of an exception (str of the exception), for error reporting.
    pub fn exception_message(&mut self, e: &crate::vm::PyErr) -> String {
        let v = e.value();
        self.str_of(&v).unwrap_or_default()
    }

    /// Converts a value with `__index__` to an i64 (for indices and counts).
    pub fn to_index(&mut self, v: &Value) -> PyResult<Option<i64>> {
        if let Some(i) = int::as_i64(v) {
            return Ok(Some(i));
        }
        if int::is_int(v) {
            return Ok(None);
        }
        if let Some(r) = self.call_special_opt(v, "__index__", vec![])? {
            if let Some(i) = int::as_i64(&r) {
                return Ok(Some(i));
            }
            if int::is_int(&r) {
                return Ok(None);
            }
            let t = self.type_name(&r);
            return Err(self.type_error(format!("__index__ returned non-int (type {t})")));
        }
        let t = self.type_name(v);
        Err(self.type_error(format!("'{t}' object cannot be interpreted as an integer")))
    }

    /// Calls `f(*args)` for native code.
    pub fn call_args(&mut self, f: &Value, args: Vec<Value>) -> PyResult<Value> {
        self.call(f, Args::new(args))
    }
}
