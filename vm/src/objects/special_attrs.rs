//! The data attributes builtin objects expose without a dict (`__class__`, `__name__`,
//! `__dict__`, `args`, `start`, ...): CPython's getset descriptors, in one place.

use crate::objects::int;
use crate::value::{Object, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    pub fn special_attr(&mut self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        let Some(n) = name.as_str().map(|s| s.as_str().to_string()) else {
            return Ok(None);
        };
        if let Some(Object::Exception(e)) = obj.as_object() {
            if let Some(v) = e.field(&n) {
                return Ok(Some(v));
            }
            let kind = crate::objects::exception_type::field_kind(self, &e.class());
            if kind.names().contains(&n.as_str()) {
                return Ok(Some(Value::None));
            }
        }
        match obj.as_object() {
            Some(Object::Frame(f)) => return self.frame_attr(obj, f, &n),
            Some(Object::Traceback(t)) => return Ok(self.traceback_attr(t, &n)),
            Some(Object::Code(c)) => return Ok(self.code_attr(c, &n)),
            Some(Object::MemoryView(m)) => return self.memoryview_attr(obj, m, &n),
            _ => {}
        }
        let v = match (obj.as_object(), n.as_str()) {
            // A builtin type named "module.Name" (CPython's static types) answers the part after
            // the last dot as its name and the part before as its module.
            (Some(Object::Class(c)), "__name__" | "__qualname__" | "__module__")
                if c.is_builtin
                    && c.name
                        .with(|v| v.as_str().is_some_and(|s| s.as_str().contains('.'))) =>
            {
                let full = c
                    .name
                    .with(|v| v.as_str().map_or(String::new(), |s| s.as_str().to_string()));
                let (module, name) = full.rsplit_once('.').unwrap_or(("builtins", &full));
                if n.as_str() == "__module__" {
                    self.new_str(module)
                } else {
                    self.new_str(name)
                }
            }
            (Some(Object::Class(c)), "__name__") => c.name.get(),
            (Some(Object::Class(c)), "__qualname__") => c.qualname.get(),
            (Some(Object::Class(c)), "__module__") => c.module.get(),
            (Some(Object::Class(c)), "__mro__") => {
                let m: Vec<Value> = c.mro.get().into_iter().map(Value::Obj).collect();
                self.new_tuple(m)
            }
            (Some(Object::Class(c)), "__bases__") => {
                let b: Vec<Value> = c.bases.get().into_iter().map(Value::Obj).collect();
                self.new_tuple(b)
            }
            (Some(Object::Class(c)), "__base__") => c
                .bases
                .get()
                .first()
                .cloned()
                .map_or(Value::None, Value::Obj),
            (Some(Object::Exception(e)), "__dict__") => e.dict_value(),
            (Some(Object::Instance(_)), "mapping") => {
                match crate::objects::dict_type::view_mapping(self, obj) {
                    Some(m) => m,
                    None => return Ok(None),
                }
            }
            (Some(Object::Exception(e)), "args") => e.args.get(),
            (Some(Object::Exception(e)), "__cause__") => e.cause.get(),
            (Some(Object::Exception(e)), "__context__") => e.context.get(),
            (Some(Object::Exception(e)), "__suppress_context__") => {
                Value::Bool(e.suppress_context.get())
            }
            (Some(Object::Exception(_)), "__traceback__") => self.traceback_of(obj),
            (Some(Object::Exception(e)), "value") if self.is_stop_iteration(obj) => e
                .args
                .with(|a| a.as_tuple().and_then(|t| t.first().cloned()))
                .unwrap_or(Value::None),
            (Some(Object::Exception(e)), "code") if self.is_system_exit(obj) => e
                .args
                .with(|a| {
                    a.as_tuple().and_then(|t| {
                        if t.len() == 1 {
                            t.first().cloned()
                        } else {
                            None
                        }
                    })
                })
                .unwrap_or_else(|| {
                    let args = e.args.get();
                    if args.as_tuple().is_some_and(|t| t.is_empty()) {
                        Value::None
                    } else {
                        args
                    }
                }),
            (Some(Object::Function(f)), "__name__") => f.name.get(),
            (Some(Object::Function(f)), "__qualname__") => f.qualname.get(),
            (Some(Object::Function(f)), "__module__") => f.module.clone(),
            (Some(Object::Function(f)), "__doc__") => f.doc.get(),
            (Some(Object::Function(f)), "__defaults__") => {
                let d = f.defaults.get();
                if d.is_null() {
                    Value::None
                } else {
                    d
                }
            }
            (Some(Object::Function(f)), "__kwdefaults__") => {
                let d = f.kwdefaults.get();
                if d.is_null() {
                    Value::None
                } else {
                    d
                }
            }
            (Some(Object::Function(f)), "__globals__") => f.globals.clone(),
            (Some(Object::Function(f)), "__code__") => self.code_value(&f.code()),
            (Some(Object::Function(_)), "__builtins__") => self.builtins.clone(),
            (Some(Object::Function(f)), "__closure__") => {
                if f.closure.is_empty() {
                    Value::None
                } else {
                    self.new_tuple(f.closure.to_vec())
                }
            }
            (Some(Object::Function(f)), "__dict__") => {
                let d = f.dict.get();
                if d.is_null() {
                    let d = self.new_dict();
                    f.dict.replace(d.clone());
                    d
                } else {
                    d
                }
            }
            (Some(Object::Function(f)), "__annotations__") => {
                let d = f.annotations.get();
                if d.is_null() {
                    let d = self.new_dict();
                    f.annotations.replace(d.clone());
                    d
                } else {
                    d
                }
            }
            (Some(Object::NativeFunction(f)), "__name__") => self.new_str(f.name),
            (Some(Object::NativeFunction(f)), "__qualname__") => {
                let q = match f.owner.as_obj() {
                    Some(o) => format!("{}.{}", crate::vm::class_name(o), f.name),
                    None => f.name.to_string(),
                };
                self.new_str(q)
            }
            (Some(Object::NativeFunction(_)), "__doc__") => Value::None,
            (Some(Object::NativeFunction(f)), "__self__") => {
                if f.self_.is_null() {
                    Value::None
                } else {
                    f.self_.clone()
                }
            }
            (Some(Object::BoundMethod(m)), "__self__") => m.self_(),
            (Some(Object::BoundMethod(m)), "__func__") => m.func(),
            (
                Some(Object::BoundMethod(m)),
                "__name__" | "__qualname__" | "__doc__" | "__module__",
            ) => {
                let f = m.func();
                return self.get_attr_opt(&f, name);
            }
            (Some(Object::Module(m)), "__dict__") => m.dict.clone(),
            (Some(Object::Module(m)), "__name__") => m.name.clone(),
            (Some(Object::Range(r)), "start") => Value::from_i128(r.start),
            (Some(Object::Range(r)), "stop") => Value::from_i128(r.stop),
            (Some(Object::Range(r)), "step") => Value::from_i128(r.step),
            (Some(Object::Slice(s)), "start") => s.start.clone(),
            (Some(Object::Slice(s)), "stop") => s.stop.clone(),
            (Some(Object::Slice(s)), "step") => s.step.clone(),
            (Some(Object::Property(p)), "fget") => p.fget.clone(),
            (Some(Object::Property(p)), "fset") => p.fset.clone(),
            (Some(Object::Property(p)), "fdel") => p.fdel.clone(),
            (Some(Object::Property(p)), "__doc__") => p.doc.clone(),
            (Some(Object::Property(p)), "__isabstractmethod__") => {
                let funcs = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
                let mut abstract_ = false;
                for f in &funcs {
                    abstract_ = abstract_ || self.is_abstract(f)?;
                }
                Value::Bool(abstract_)
            }
            (Some(Object::ClassMethod(f) | Object::StaticMethod(f)), "__isabstractmethod__") => {
                let f = f.clone();
                Value::Bool(self.is_abstract(&f)?)
            }
            (Some(Object::MemberDescr(d)), "__name__") => d.name.clone(),
            (Some(Object::MemberDescr(d)), "__qualname__") => {
                let q = format!("{}.{}", crate::vm::class_name(&d.owner), d.name_str());
                self.new_str(q)
            }
            (Some(Object::MemberDescr(d)), "__objclass__") => Value::Obj(d.owner.clone()),
            (Some(Object::MemberDescr(_) | Object::GetSetDescr(_)), "__doc__") => Value::None,
            (Some(Object::GetSetDescr(d)), "__name__") => self.new_str(d.name()),
            (Some(Object::GetSetDescr(d)), "__qualname__") => {
                let q = format!("{}.{}", crate::vm::class_name(&d.owner), d.name());
                self.new_str(q)
            }
            (Some(Object::GetSetDescr(d)), "__objclass__") => Value::Obj(d.owner.clone()),
            (Some(Object::ClassMethod(f) | Object::StaticMethod(f)), "__func__") => f.clone(),
            (Some(Object::ClassMethod(f) | Object::StaticMethod(f)), "__wrapped__") => f.clone(),
            (Some(Object::Generator(g)), "__name__") => g.name.clone(),
            (Some(Object::Generator(g)), "__qualname__") => g.qualname.clone(),
            (Some(Object::Generator(_)), _) => return self.coroutine_attr(obj, &n),
            (Some(Object::Cell(c)), "cell_contents") => {
                let v = c.get();
                if v.is_null() {
                    return Err(self.value_error("Cell is empty"));
                }
                v
            }
            (_, "real" | "numerator")
                if int::is_int(obj) && !matches!(obj.as_object(), Some(Object::Instance(_))) =>
            {
                match obj {
                    Value::BoolWord(b) => Value::Int(*b as i64),
                    _ => obj.clone(),
                }
            }
            (_, "imag") if int::is_int(obj) => Value::Int(0),
            (_, "denominator") if int::is_int(obj) => Value::Int(1),
            (None, "real") if matches!(obj, Value::FloatBits(_)) => obj.clone(),
            (None, "imag") if matches!(obj, Value::FloatBits(_)) => Value::Float(0.0),
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    /// Whether `f.__isabstractmethod__` is true (for the descriptors that wrap functions).
    fn is_abstract(&mut self, f: &Value) -> PyResult<bool> {
        if f.is_none() || f.is_null() {
            return Ok(false);
        }
        let name = self.intern("__isabstractmethod__");
        match self.get_attr_opt(f, &name)? {
            Some(v) => self.is_true(&v),
            None => Ok(false),
        }
    }

    fn is_stop_iteration(&self, v: &Value) -> bool {
        let t = self.type_of(v);
        crate::vm::is_subclass(&t, &self.types.exc.stop_iteration)
    }

    fn is_system_exit(&self, v: &Value) -> bool {
        let t = self.type_of(v);
        crate::vm::is_subclass(&t, &self.types.exc.system_exit)
    }

    /// The names dir() lists: the instance dict, then the class and its bases, sorted.
    pub fn dir_names(&mut self, obj: &Value) -> PyResult<Vec<Value>> {
        let mut names: Vec<String> = Vec::new();
        match obj.as_object() {
            Some(Object::Module(m)) => {
                // PEP 562: a module-level `__dir__` gives the names.
                let key = self.intern("__dir__");
                if let Some(f) = crate::protocols::names::dict_get_str(&m.dict, &key) {
                    let r = self.call(&f, crate::objects::function::Args::default())?;
                    let mut items = self.collect(&r)?;
                    crate::objects::sort::sort_values(self, &mut items, &Value::None, false)?;
                    return Ok(items);
                }
                if let Some(d) = m.dict.as_dict() {
                    for k in d.with(|t| t.keys()) {
                        names.push(self.str_of(&k)?);
                    }
                }
            }
            _ => {
                let dict_keys = match obj.as_object() {
                    Some(Object::Instance(i)) => {
                        i.attr_items().into_iter().map(|(k, _)| k).collect()
                    }
                    Some(Object::Exception(e)) => e
                        .dict
                        .get()
                        .as_dict()
                        .map(|d| d.with(|t| t.keys()))
                        .unwrap_or_default(),
                    _ => vec![],
                };
                for k in dict_keys {
                    names.push(self.str_of(&k)?);
                }
                if let Some(Object::Exception(e)) = obj.as_object() {
                    // The data descriptors CPython's exception types define in C.
                    let kind = crate::objects::exception_type::field_kind(self, &e.class());
                    let getsets = ["args", "__cause__", "__context__", "__dict__"];
                    let more = ["__suppress_context__", "__traceback__"];
                    for n in getsets.iter().chain(&more).chain(kind.names()) {
                        names.push(n.to_string());
                    }
                    if kind == crate::objects::exception_type::FieldKind::OsError {
                        names.push("characters_written".to_string());
                    }
                }
                let class = match obj.as_object() {
                    Some(Object::Class(_)) => obj
                        .as_obj()
                        .cloned()
                        .unwrap_or_else(|| self.types.object.clone()),
                    _ => self.type_of(obj),
                };
                if let Object::Class(c) = class.view() {
                    for k in c.mro.get() {
                        if let Object::Class(kc) = k.view() {
                            let keys = kc.table().map(|t| t.with(|t| t.keys()));
                            for key in keys.unwrap_or_default() {
                                names.push(self.str_of(&key)?);
                            }
                        }
                    }
                }
            }
        }
        names.sort();
        names.dedup();
        Ok(names.into_iter().map(|n| self.new_str(n)).collect())
    }
}
