//! Attribute access: MRO lookup, descriptors (functions, classmethod, staticmethod, property,
//! user `__get__`/`__set__`), instance dicts, `__getattr__`, and method loading without
//! allocating a bound method.

use crate::objects::class::Stored;
use crate::objects::function::{Args, BoundMethodObj};
use crate::protocols::names::dict_get_str;
use crate::value::{ObjRef, Object, Payload, Value};
use crate::vm::{class_name, str_eq, PyErr, PyResult, Vm};

impl Vm {
    /// Looks `name` (an interned str) up along the MRO of `class`, through the type cache.
    #[inline]
    pub fn class_lookup(&self, class: &ObjRef, name: &Value) -> Option<Value> {
        let Object::Class(c) = class.view() else {
            return None;
        };
        let (Value::Obj(name_obj), Some(name_str)) = (name, name.as_str()) else {
            return self.class_lookup_uncached(c, name);
        };
        let hash = name_str.hash();
        let tag = c.version.get();
        if tag != 0 {
            if let Some(hit) = self.type_cache.with(|tc| tc.get(tag, name_obj, hash)) {
                return hit;
            }
        }
        let found = self.class_lookup_uncached(c, name);
        let evicted = self.type_cache.with_mut(|tc| {
            let tag = tc.assign_tag(class);
            tc.put(tag, name_obj, hash, &found)
        });
        drop(evicted);
        found
    }

    fn class_lookup_uncached(
        &self,
        c: &crate::objects::class::ClassObj,
        name: &Value,
    ) -> Option<Value> {
        let hash = name.str_hash();
        c.mro.with(|mro| {
            for k in mro {
                if let Object::Class(kc) = k.view() {
                    let found = kc.table().and_then(|t| {
                        t.with(|d| {
                            d.get(name, hash, &mut |a, b| Ok::<bool, ()>(str_eq(a, b)))
                                .ok()
                                .flatten()
                        })
                    });
                    if found.is_some() {
                        return found;
                    }
                }
            }
            None
        })
    }

    pub fn class_lookup_str(&self, class: &ObjRef, name: &'static str) -> Option<Value> {
        // Interned: special-method lookups by name neither allocate nor rehash the name.
        let key = self.intern_static(name);
        self.class_lookup(class, &key)
    }

    /// The attribute `name` stored on `obj` itself (an instance's or an exception's `__dict__`).
    #[inline]
    fn own_attr(&self, obj: &Value, name: &Value) -> Option<Value> {
        match obj.as_object()? {
            Object::Instance(i) => i.attr_get(name),
            Object::Exception(e) => e
                .with_attrs(|d| {
                    d.with(|t| {
                        t.get(name, name.str_hash(), &mut |a, b| {
                            Ok::<bool, ()>(str_eq(a, b))
                        })
                        .ok()
                        .flatten()
                    })
                })
                .flatten(),
            _ => None,
        }
    }

    /// Whether `obj` itself stores the attribute `name`.
    #[inline]
    fn has_own_attr(&self, obj: &Value, name: &Value) -> bool {
        match obj.as_object() {
            Some(Object::Instance(i)) => i.attr_has(name),
            Some(Object::Exception(_)) => self.own_attr(obj, name).is_some(),
            _ => false,
        }
    }

    /// Stores the attribute on `obj` itself; gives the pair back when `obj` has no storage.
    fn set_own_attr(&self, obj: &Value, name: Value, value: Value) -> Option<(Value, Value)> {
        let old = match obj.as_object() {
            Some(Object::Instance(i)) => {
                if !i.has_attrs() {
                    return Some((name, value));
                }
                match i.attr_set(name, value) {
                    Stored::Done(old) => old,
                    Stored::NoDict => return None,
                }
            }
            Some(Object::Exception(e)) => {
                let hash = name.str_hash();
                let mut pending = Some((name, value));
                let old = e.with_attrs(|d| {
                    let (name, value) = pending.take()?;
                    d.with_mut(|t| {
                        t.insert(name, hash, value, &mut |a, b| Ok::<bool, ()>(str_eq(a, b)))
                    })
                    .ok()
                    .flatten()
                });
                if let Some(p) = pending {
                    return Some(p);
                }
                old.flatten()
            }
            _ => return Some((name, value)),
        };
        // Dropped outside the borrows: a destructor may run Python code.
        drop(old);
        None
    }

    /// Removes the attribute from `obj` itself: `Some(found)`, or None when `obj` has no storage.
    fn del_own_attr(&self, obj: &Value, name: &Value) -> Option<bool> {
        let removed = match obj.as_object()? {
            Object::Instance(i) => i.attr_del(name)?,
            Object::Exception(e) => e.with_attrs(|d| {
                d.with_mut(|t| {
                    t.remove(name, name.str_hash(), &mut |a, b| {
                        Ok::<bool, ()>(str_eq(a, b))
                    })
                    .ok()
                    .flatten()
                    .map(|entry| entry.value)
                })
            })?,
            _ => return None,
        };
        let found = removed.is_some();
        drop(removed);
        Some(found)
    }

    /// Whether a class attribute takes part in attribute access as a data descriptor.
    pub(crate) fn is_data_descriptor(&self, attr: &Value) -> bool {
        match attr.as_object() {
            Some(Object::Property(_) | Object::MemberDescr(_) | Object::GetSetDescr(_)) => true,
            Some(Object::Instance(_)) => {
                let t = self.type_of(attr);
                self.class_lookup_str(&t, "__set__").is_some()
                    || self.class_lookup_str(&t, "__delete__").is_some()
            }
            _ => false,
        }
    }

    /// Binds a class attribute found for `obj` (descriptor protocol's `__get__`).
    pub fn bind_attr(&mut self, attr: Value, obj: &Value, class: &ObjRef) -> PyResult<Value> {
        match attr.as_object() {
            Some(Object::Function(_)) => Ok(Value::obj(Payload::BoundMethod(BoundMethodObj::new(
                attr,
                obj.clone(),
            )))),
            Some(Object::NativeFunction(f)) => {
                if f.is_staticmethod {
                    Ok(attr)
                } else if f.is_classmethod {
                    Ok(Value::obj(Payload::BoundMethod(BoundMethodObj::new(
                        attr.clone(),
                        Value::Obj(class.clone()),
                    ))))
                } else {
                    Ok(Value::obj(Payload::BoundMethod(BoundMethodObj::new(
                        attr.clone(),
                        obj.clone(),
                    ))))
                }
            }
            Some(Object::ClassMethod(f)) => Ok(Value::obj(Payload::BoundMethod(
                BoundMethodObj::new(f.clone(), Value::Obj(class.clone())),
            ))),
            Some(Object::StaticMethod(f)) => Ok(f.clone()),
            Some(Object::MemberDescr(d)) => self.member_get(d, obj),
            Some(Object::GetSetDescr(d)) => self.getset_get(d, obj),
            Some(Object::Property(p)) => {
                if p.fget.is_none() || p.fget.is_null() {
                    return Err(self.attribute_error("property has no getter"));
                }
                let fget = p.fget.clone();
                self.call(&fget, Args::new([obj.clone()]))
            }
            Some(Object::Instance(_)) => {
                let t = self.type_of(&attr);
                match self.class_lookup_str(&t, "__get__") {
                    Some(get) => self.call_method_value(
                        &get,
                        &attr,
                        vec![obj.clone(), Value::Obj(class.clone())],
                    ),
                    None => Ok(attr),
                }
            }
            _ => Ok(attr),
        }
    }

    /// getattr(obj, name).
    pub fn get_attr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        match self.get_attr_opt(obj, name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(self.missing_attribute(obj, name)),
            Err(e) => {
                // As CPython: an AttributeError from a hook gets the name and object too.
                let attr_error = self.types.exc.attribute_error.clone();
                if self.err_matches(&e, &attr_error)
                    && e.exc().field("name").is_none_or(|v| v.is_none())
                {
                    e.exc().set_field("name", name.clone());
                    e.exc().set_field("obj", obj.clone());
                }
                Err(e)
            }
        }
    }

    /// The AttributeError of a failed lookup, with its `name` and `obj` set as CPython does.
    pub fn missing_attribute(&self, obj: &Value, name: &Value) -> PyErr {
        let err = self.no_attribute(obj, name);
        err.exc().set_field("name", name.clone());
        err.exc().set_field("obj", obj.clone());
        err
    }

    pub fn no_attribute(&self, obj: &Value, name: &Value) -> PyErr {
        let n = name.as_str().map_or("?", |s| s.as_str());
        match obj.as_object() {
            Some(Object::Class(c)) => {
                let cn = c
                    .name
                    .with(|v| v.as_str().map_or(String::new(), |s| s.as_str().to_string()));
                self.attribute_error(format!("type object '{cn}' has no attribute '{n}'"))
            }
            Some(Object::Module(m)) => {
                let mn = dict_get_str(&m.dict, &Value::str("__name__"));
                let Some(mn) = mn.as_ref().and_then(|v| v.as_str()) else {
                    return self.attribute_error(format!("module has no attribute '{n}'"));
                };
                let mn = mn.as_str();
                // A module whose spec says it is still running: the circular import case.
                let initializing = dict_get_str(&m.dict, &Value::str("__spec__"))
                    .and_then(|spec| match spec.as_object() {
                        Some(Object::Instance(i)) => i.attr_get(&Value::str("_initializing")),
                        _ => None,
                    })
                    .is_some_and(|v| matches!(v, Value::BoolWord(1)));
                if initializing {
                    return self.attribute_error(format!(
                        "partially initialized module '{mn}' has no attribute '{n}' (most likely due to a circular import)"
                    ));
                }
                self.attribute_error(format!("module '{mn}' has no attribute '{n}'"))
            }
            _ => {
                let t = self.type_name(obj);
                self.attribute_error(format!("'{t}' object has no attribute '{n}'"))
            }
        }
    }

    /// getattr without raising AttributeError for a missing name (other errors propagate).
    pub fn get_attr_opt(&mut self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        if let Some(r) = self.proxy_referent(obj)? {
            return self.get_attr_opt(&r, name);
        }
        if let Some(Object::Class(_)) = obj.as_object() {
            return self.class_get_attr(obj, name);
        }
        if let Some(Object::Module(m)) = obj.as_object() {
            if let Some(v) = dict_get_str(&m.dict, name) {
                return Ok(Some(v));
            }
            if let Some(v) = self.generic_get_attr_opt(obj, name)? {
                return Ok(Some(v));
            }
            // PEP 562: a module-level `__getattr__` is called for the names the module lacks.
            let key = self.intern("__getattr__");
            return match dict_get_str(&m.dict, &key) {
                Some(hook) => self
                    .call(&hook, crate::objects::function::Args::new([name.clone()]))
                    .map(Some),
                None => Ok(None),
            };
        }
        let class = self.type_of(obj);
        let user_class = matches!(class.view(), Object::Class(c) if !c.is_builtin);
        if user_class {
            if let Some(ga) = self.class_lookup_str(&class, "__getattribute__") {
                if matches!(ga.as_object(), Some(Object::Function(_))) {
                    return match self.call_method_value(&ga, obj, vec![name.clone()]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.err_matches(&e, &self.types.exc.attribute_error.clone()) => {
                            self.getattr_hook(obj, &class, name, Some(e))
                        }
                        Err(e) => Err(e),
                    };
                }
            }
        }
        match self.generic_get_attr_opt(obj, name) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) if user_class => self.getattr_hook(obj, &class, name, None),
            Ok(None) => Ok(None),
            Err(e)
                if user_class && self.err_matches(&e, &self.types.exc.attribute_error.clone()) =>
            {
                self.getattr_hook(obj, &class, name, Some(e))
            }
            Err(e) => Err(e),
        }
    }

    /// object.__getattribute__: data descriptors, the instance dict, then class attributes.
    pub fn generic_get_attr_opt(&mut self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        if let Some(Object::Class(_)) = obj.as_object() {
            return self.class_get_attr(obj, name);
        }
        if let Some(Object::Super(_)) = obj.as_object() {
            return self.super_get_attr(obj, name);
        }
        let class = self.type_of(obj);
        let attr = self.class_lookup(&class, name);
        if let Some(a) = &attr {
            if self.is_data_descriptor(a) {
                return self.bind_attr(a.clone(), obj, &class).map(Some);
            }
        }
        if let Some(found) = self.own_attr(obj, name) {
            return Ok(Some(found));
        }
        if let Some(Object::Function(f)) = obj.as_object() {
            let d = f.dict.get();
            if !d.is_null() {
                if let Some(v) = dict_get_str(&d, name) {
                    return Ok(Some(v));
                }
            }
        }
        if let Some(a) = attr {
            // The docstrings of functions, properties, ...: getsets in CPython, ahead of their
            // type's own `__doc__`.
            if is_doc(name) && !matches!(obj.as_object(), Some(Object::Instance(_))) {
                if let Some(v) = self.special_attr(obj, name)? {
                    return Ok(Some(v));
                }
            }
            return self.bind_attr(a, obj, &class).map(Some);
        }
        self.special_attr(obj, name)
    }

    pub fn generic_get_attr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        match self.generic_get_attr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// `__getattr__`, called when normal lookup fails.
    fn getattr_hook(
        &mut self,
        obj: &Value,
        class: &ObjRef,
        name: &Value,
        err: Option<PyErr>,
    ) -> PyResult<Option<Value>> {
        if let Some(ga) = self.class_lookup_str(class, "__getattr__") {
            return match self.call_method_value(&ga, obj, vec![name.clone()]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.err_matches(&e, &self.types.exc.attribute_error.clone()) => Err(e),
                Err(e) => Err(e),
            };
        }
        match err {
            Some(e) => Err(e),
            None => Ok(None),
        }
    }

    /// Attribute lookup on a class object: its MRO, then its metaclass.
    fn class_get_attr(&mut self, cls: &Value, name: &Value) -> PyResult<Option<Value>> {
        let Some(Object::Class(_)) = cls.as_object() else {
            return Ok(None);
        };
        let class_ref = cls
            .as_obj()
            .cloned()
            .unwrap_or_else(|| self.types.object.clone());
        let meta = self.type_of(cls);
        let meta_attr = self.class_lookup(&meta, name);
        if let Some(a) = &meta_attr {
            if self.is_data_descriptor(a) {
                return self.bind_attr(a.clone(), cls, &meta).map(Some);
            }
        }
        if let Some(attr) = self.class_lookup(&class_ref, name) {
            return self.class_attr_value(attr, cls).map(Some);
        }
        if let Some(v) = self.special_attr(cls, name)? {
            return Ok(Some(v));
        }
        if let Some(a) = meta_attr {
            return self.bind_attr(a, cls, &meta).map(Some);
        }
        let meta_is_user = matches!(meta.view(), Object::Class(c) if !c.is_builtin);
        if meta_is_user {
            if let Some(ga) = self.class_lookup_str(&meta, "__getattr__") {
                return self
                    .call_method_value(&ga, cls, vec![name.clone()])
                    .map(Some);
            }
        }
        Ok(None)
    }

    /// A class attribute as seen on the class `cls` itself: descriptors' `__get__(None, cls)`.
    pub(crate) fn class_attr_value(&mut self, attr: Value, cls: &Value) -> PyResult<Value> {
        match attr.as_object() {
            Some(Object::ClassMethod(f)) => Ok(Value::obj(Payload::BoundMethod(
                BoundMethodObj::new(f.clone(), cls.clone()),
            ))),
            Some(Object::StaticMethod(f)) => Ok(f.clone()),
            Some(Object::NativeFunction(f)) if f.is_classmethod => Ok(Value::obj(
                Payload::BoundMethod(BoundMethodObj::new(attr.clone(), cls.clone())),
            )),
            Some(Object::Instance(_)) => {
                let t = self.type_of(&attr);
                match self.class_lookup_str(&t, "__get__") {
                    Some(get) => {
                        self.call_method_value(&get, &attr, vec![Value::None, cls.clone()])
                    }
                    None => Ok(attr),
                }
            }
            _ => Ok(attr),
        }
    }

    /// LOAD_ATTR with the method flag: (function, self) when `name` is a plain method found on
    /// the class, so the call needs no bound-method object; else (attribute, Null).
    #[inline]
    pub fn load_method(&mut self, obj: &Value, name: &Value) -> PyResult<(Value, Value)> {
        let is_plain = !matches!(
            obj.as_object(),
            Some(Object::Class(_))
                | Some(Object::Module(_))
                | Some(Object::Super(_))
                | Some(Object::WeakRef(_))
        );
        if is_plain {
            let class = self.type_of(obj);
            let user_getattribute = matches!(class.view(), Object::Class(c) if !c.is_builtin)
                && matches!(
                    self.class_lookup_str(&class, "__getattribute__")
                        .as_ref()
                        .and_then(|v| v.as_object()),
                    Some(Object::Function(_))
                );
            if !user_getattribute {
                if let Some(attr) = self.class_lookup(&class, name) {
                    let plain = match attr.as_object() {
                        Some(Object::Function(_)) => true,
                        Some(Object::NativeFunction(f)) => !f.is_classmethod && !f.is_staticmethod,
                        _ => false,
                    };
                    if plain && !self.has_own_attr(obj, name) {
                        return Ok((attr, obj.clone()));
                    }
                }
            }
        }
        let v = self.get_attr(obj, name)?;
        Ok((v, Value::Null))
    }

    /// setattr(obj, name, value).
    pub fn set_attr(&mut self, obj: &Value, name: Value, value: Value) -> PyResult<()> {
        if let Some(r) = self.proxy_referent(obj)? {
            return self.set_attr(&r, name, value);
        }
        let class = self.type_of(obj);
        if let Some(Object::Class(c)) = obj.as_object() {
            if c.is_builtin {
                let cn = class_name(obj.as_obj().unwrap_or(&class));
                let n = name.as_str().map_or("?", |s| s.as_str()).to_string();
                return Err(self.type_error(format!(
                    "cannot set '{n}' attribute of immutable type '{cn}'"
                )));
            }
            let meta_setattr = self.class_lookup_str(&class, "__setattr__");
            if let Some(f) =
                meta_setattr.filter(|f| matches!(f.as_object(), Some(Object::Function(_))))
            {
                self.call_method_value(&f, obj, vec![name, value])?;
                return Ok(());
            }
            // `__class__`, `__dict__`, `__doc__`: getsets of the metaclass decide.
            if let Some(Object::GetSetDescr(d)) = self
                .class_lookup(&class, &name)
                .as_ref()
                .and_then(|a| a.as_object())
            {
                return self.getset_set(d, obj, Some(value));
            }
            // The names live on the type itself, not in its dict.
            let key = name.as_str().map(|s| s.as_str().to_string());
            match key.as_deref() {
                Some("__mro__") => return Err(self.attribute_error("readonly attribute")),
                Some("__bases__") => {
                    return Err(self
                        .not_implemented_error("assigning __bases__ is not supported by pyvm yet"))
                }
                _ => {}
            }
            if let Some(k @ ("__name__" | "__qualname__")) = key.as_deref() {
                if value.as_str().is_none() {
                    let (cn, t) = (
                        class_name(obj.as_obj().unwrap_or(&class)),
                        self.type_name(&value),
                    );
                    return Err(
                        self.type_error(format!("can only assign string to {cn}.{k}, not '{t}'"))
                    );
                }
                if k == "__name__" {
                    c.name.replace(value);
                } else {
                    c.qualname.replace(value);
                }
                crate::objects::type_cache::type_modified(c);
                return Ok(());
            }
            if let Some(r) = obj.as_obj() {
                self.class_set_attr(r, name, value);
            }
            return Ok(());
        }
        let user_class = matches!(class.view(), Object::Class(c) if !c.is_builtin);
        if user_class {
            if let Some(f) = self.class_lookup_str(&class, "__setattr__") {
                if matches!(f.as_object(), Some(Object::Function(_))) {
                    self.call_method_value(&f, obj, vec![name, value])?;
                    return Ok(());
                }
            }
        }
        self.generic_set_attr(obj, name, value)
    }

    /// object.__setattr__: data descriptors, then the instance dict.
    pub fn generic_set_attr(&mut self, obj: &Value, name: Value, value: Value) -> PyResult<()> {
        let class = self.type_of(obj);
        if let Some(attr) = self.class_lookup(&class, &name) {
            match attr.as_object() {
                Some(Object::Property(p)) => {
                    if p.fset.is_none() || p.fset.is_null() {
                        let n = name.as_str().map_or("?", |s| s.as_str()).to_string();
                        let t = self.type_name(obj);
                        return Err(self.attribute_error(format!(
                            "property '{n}' of '{t}' object has no setter"
                        )));
                    }
                    let fset = p.fset.clone();
                    self.call(&fset, Args::new([obj.clone(), value]))?;
                    return Ok(());
                }
                Some(Object::MemberDescr(d)) => return self.member_set(d, obj, value),
                Some(Object::GetSetDescr(d)) => return self.getset_set(d, obj, Some(value)),
                Some(Object::Instance(_)) => {
                    let t = self.type_of(&attr);
                    if let Some(set) = self.class_lookup_str(&t, "__set__") {
                        self.call_method_value(&set, &attr, vec![obj.clone(), value])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if let Some(Object::Function(f)) = obj.as_object() {
            return self.function_set_attr(f, name, value);
        }
        if let (Some(Object::Frame(_) | Object::Traceback(_)), Some(key)) = (
            obj.as_object(),
            name.as_str().map(|s| s.as_str().to_string()),
        ) {
            let done = match obj.as_object() {
                Some(Object::Frame(f)) => self.frame_set_attr(f, &key, value.clone())?,
                Some(Object::Traceback(t)) => {
                    self.traceback_set_attr(obj, t, &key, Some(value.clone()))?
                }
                _ => false,
            };
            if done {
                return Ok(());
            }
        }
        if let Some(Object::Exception(e)) = obj.as_object() {
            let key = name.as_str().map(|s| s.as_str());
            if key == Some("__traceback__") {
                return self.set_traceback(obj, value);
            }
            if matches!(key, Some("__cause__" | "__context__"))
                && !value.is_none()
                && value.as_exception().is_none()
            {
                let what = if key == Some("__cause__") {
                    "cause"
                } else {
                    "context"
                };
                return Err(self.type_error(format!(
                    "exception {what} must be None or derive from BaseException"
                )));
            }
            match key {
                Some("__cause__") => {
                    e.cause.replace(value);
                    e.suppress_context.set(true);
                    return Ok(());
                }
                Some("__context__") => {
                    e.context.replace(value);
                    return Ok(());
                }
                Some("__suppress_context__") => {
                    let b = self.is_true(&value)?;
                    e.suppress_context.set(b);
                    return Ok(());
                }
                Some("__dict__") => {
                    if value.as_dict().is_none() {
                        let t = self.type_name(&value);
                        return Err(self.type_error(format!(
                            "__dict__ must be set to a dictionary, not a '{t}'"
                        )));
                    }
                    e.set_dict(value);
                    return Ok(());
                }
                Some("args") => {
                    let items = self.collect(&value)?;
                    let t = self.new_tuple(items);
                    e.args.replace(t);
                    return Ok(());
                }
                Some(k) => {
                    let kind = crate::objects::exception_type::field_kind(self, &e.class());
                    if let Some(n) = kind.names().iter().find(|n| **n == k) {
                        if kind == crate::objects::exception_type::FieldKind::Group {
                            return Err(self.attribute_error("readonly attribute"));
                        }
                        e.set_field(n, value);
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if crate::value::ObjRef::ptr_eq(&class, &self.types.object) {
            let n = name.as_str().map_or("?", |s| s.as_str()).to_string();
            if self.class_lookup(&class, &name).is_some() {
                return Err(
                    self.attribute_error(format!("'object' object attribute '{n}' is read-only"))
                );
            }
            return Err(self.attribute_error(format!("'object' object has no attribute '{n}'")));
        }
        if let Some(Object::Module(m)) = obj.as_object() {
            let d = m.dict.clone();
            return self.dict_set(&d, name, value);
        }
        match self.set_own_attr(obj, name, value) {
            None => Ok(()),
            Some((name, _)) => {
                let n = name.as_str().map_or("?", |s| s.as_str()).to_string();
                let t = self.type_name(obj);
                if matches!(
                    obj.as_object(),
                    Some(Object::MemberDescr(_) | Object::GetSetDescr(_))
                ) {
                    // The descriptors' own data: read-only members and getters.
                    match n.as_str() {
                        "__name__" | "__objclass__" => {
                            return Err(self.attribute_error("readonly attribute"))
                        }
                        "__qualname__" | "__doc__" => {
                            return Err(self.attribute_error(format!(
                                "attribute '{n}' of '{t}' objects is not writable"
                            )))
                        }
                        _ => {}
                    }
                }
                if self.class_lookup(&class, &name).is_some() {
                    Err(self.attribute_error(format!("'{t}' object attribute '{n}' is read-only")))
                } else {
                    Err(self.attribute_error(format!("'{t}' object has no attribute '{n}'")))
                }
            }
        }
    }

    /// `obj.__class__ = value`: only between user classes whose instances store the same things.
    pub(crate) fn set_class(&mut self, obj: &Value, value: Value) -> PyResult<()> {
        let Some(Object::Class(new_c)) = value.as_object() else {
            let t = self.type_name(&value);
            return Err(self.type_error(format!(
                "__class__ must be set to a class, not '{t}' object"
            )));
        };
        let old = self.type_of(obj);
        let cell = match obj.as_object() {
            Some(Object::Instance(i)) => Some(&i.class),
            Some(Object::Exception(e)) => Some(&e.class),
            _ => None,
        };
        let old_builtin = matches!(old.view(), Object::Class(c) if c.is_builtin);
        let (Some(cell), Some(new), false, false) =
            (cell, value.as_obj(), new_c.is_builtin, old_builtin)
        else {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        };
        if !self.same_layout(&old, new) {
            return Err(self.type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                class_name(new),
                class_name(&old)
            )));
        }
        let prev = cell.replace(new.clone());
        drop(prev);
        Ok(())
    }

    /// Whether instances of `a` and `b` have the same storage (CPython's
    /// compatible_for_assignment): builtin payload, dict, weakref slot and slot names.
    fn same_layout(&self, a: &ObjRef, b: &ObjRef) -> bool {
        let (Object::Class(ac), Object::Class(bc)) = (a.view(), b.view()) else {
            return false;
        };
        let same_slots = ac.slot_names.len() == bc.slot_names.len()
            && ac
                .slot_names
                .iter()
                .zip(bc.slot_names.iter())
                .all(|(x, y)| str_eq(x, y));
        let same_fields = ac.layout != crate::objects::class::Layout::Exception
            || crate::objects::exception_type::field_kind(self, a)
                == crate::objects::exception_type::field_kind(self, b);
        ac.layout == bc.layout
            && ac.has_dict == bc.has_dict
            && ac.has_weakref == bc.has_weakref
            && same_slots
            && same_fields
    }

    fn function_set_attr(
        &mut self,
        f: &crate::objects::function::FunctionObj,
        name: Value,
        value: Value,
    ) -> PyResult<()> {
        match name.as_str().map(|s| s.as_str()) {
            Some(k @ ("__name__" | "__qualname__")) => {
                if value.as_str().is_none() {
                    return Err(self.type_error(format!("{k} must be set to a string object")));
                }
                let cell = if k == "__name__" {
                    &f.name
                } else {
                    &f.qualname
                };
                drop(cell.replace(value));
            }
            Some("__doc__") => {
                f.doc.replace(value);
            }
            Some("__defaults__") => {
                if !value.is_none() && value.as_tuple().is_none() {
                    return Err(self.type_error("__defaults__ must be set to a tuple object"));
                }
                f.defaults
                    .replace(if value.is_none() { Value::Null } else { value });
            }
            Some("__kwdefaults__") => {
                if !value.is_none() && value.as_dict().is_none() {
                    return Err(self.type_error("__kwdefaults__ must be set to a dict object"));
                }
                f.kwdefaults
                    .replace(if value.is_none() { Value::Null } else { value });
            }
            Some("__code__") => {
                let Some(Object::Code(code)) = value.as_object() else {
                    return Err(self.type_error("__code__ must be set to a code object"));
                };
                let nfree = code.code.freevars.len();
                if nfree != f.closure.len() {
                    let fname = self.str_of(&f.name.get())?;
                    return Err(self.value_error(format!(
                        "{fname}() requires a code object with {} free vars, not {nfree}",
                        f.closure.len()
                    )));
                }
                drop(f.code.replace(code.clone()));
            }
            Some("__annotations__") => {
                if !value.is_none() && value.as_dict().is_none() {
                    return Err(self.type_error("__annotations__ must be set to a dict object"));
                }
                let v = if value.is_none() { Value::Null } else { value };
                drop(f.annotations.replace(v));
            }
            Some("__globals__" | "__closure__" | "__builtins__") => {
                return Err(self.attribute_error("readonly attribute"));
            }
            _ => {
                let d = match f.dict.get() {
                    Value::Null => {
                        let d = self.new_dict();
                        f.dict.replace(d.clone());
                        d
                    }
                    d => d,
                };
                self.dict_set(&d, name, value)?;
            }
        }
        Ok(())
    }

    /// delattr(obj, name).
    pub fn del_attr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        if let Some(r) = self.proxy_referent(obj)? {
            return self.del_attr(&r, name);
        }
        if let (Some(Object::Frame(_) | Object::Traceback(_)), Some(key)) = (
            obj.as_object(),
            name.as_str().map(|s| s.as_str().to_string()),
        ) {
            let done = match obj.as_object() {
                Some(Object::Frame(f)) => self.frame_set_attr(f, &key, Value::Null)?,
                Some(Object::Traceback(t)) => self.traceback_set_attr(obj, t, &key, None)?,
                _ => false,
            };
            if done {
                return Ok(());
            }
        }
        let class = self.type_of(obj);
        if let Some(Object::Class(c)) = obj.as_object() {
            match name.as_str().map(|s| s.as_str()) {
                Some("__mro__") => return Err(self.attribute_error("readonly attribute")),
                Some("__bases__") => {
                    let cn = class_name(obj.as_obj().unwrap_or(&class));
                    return Err(self.type_error(format!(
                        "cannot delete '__bases__' attribute of immutable type '{cn}'"
                    )));
                }
                _ => {}
            }
            if c.is_builtin {
                let cn = class_name(obj.as_obj().unwrap_or(&class));
                let n = name.as_str().map_or("?", |s| s.as_str()).to_string();
                return Err(self.type_error(format!(
                    "cannot set '{n}' attribute of immutable type '{cn}'"
                )));
            }
            if let Some(Object::GetSetDescr(d)) = self
                .class_lookup(&class, name)
                .as_ref()
                .and_then(|a| a.as_object())
            {
                return self.getset_set(d, obj, None);
            }
            let hash = name.str_hash();
            let removed = c.table().and_then(|d| {
                d.with_mut(|t| {
                    t.remove(name, hash, &mut |a, b| Ok::<bool, ()>(str_eq(a, b)))
                        .ok()
                        .flatten()
                })
            });
            crate::objects::type_cache::type_modified(c);
            return match removed {
                Some(_) => Ok(()),
                None => Err(self.no_attribute(obj, name)),
            };
        }
        let user_class = matches!(class.view(), Object::Class(c) if !c.is_builtin);
        if user_class {
            if let Some(f) = self.class_lookup_str(&class, "__delattr__") {
                if matches!(f.as_object(), Some(Object::Function(_))) {
                    self.call_method_value(&f, obj, vec![name.clone()])?;
                    return Ok(());
                }
            }
        }
        self.generic_del_attr(obj, name)
    }

    /// object.__delattr__.
    pub fn generic_del_attr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let class = self.type_of(obj);
        if let Some(attr) = self.class_lookup(&class, name) {
            match attr.as_object() {
                Some(Object::Property(p)) => {
                    if p.fdel.is_none() || p.fdel.is_null() {
                        let n = name.as_str().map_or("?", |s| s.as_str()).to_string();
                        let t = self.type_name(obj);
                        return Err(self.attribute_error(format!(
                            "property '{n}' of '{t}' object has no deleter"
                        )));
                    }
                    let fdel = p.fdel.clone();
                    self.call(&fdel, Args::new([obj.clone()]))?;
                    return Ok(());
                }
                Some(Object::MemberDescr(d)) => return self.member_delete(d, obj),
                Some(Object::GetSetDescr(d)) => return self.getset_set(d, obj, None),
                Some(Object::Instance(_)) => {
                    let t = self.type_of(&attr);
                    if let Some(del) = self.class_lookup_str(&t, "__delete__") {
                        self.call_method_value(&del, &attr, vec![obj.clone()])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if matches!(obj.as_object(), Some(Object::Exception(_)))
            && name.as_str().is_some_and(|s| s.as_str() == "__dict__")
        {
            return Err(self.type_error("cannot delete __dict__"));
        }
        if let Some(Object::Module(m)) = obj.as_object() {
            let d = m.dict.clone();
            return match self.dict_del(&d, name)? {
                Some(_) => Ok(()),
                None => Err(self.no_attribute(obj, name)),
            };
        }
        if let Some(Object::Function(f)) = obj.as_object() {
            let d = f.dict.get();
            if !d.is_null() && self.dict_del(&d, name)?.is_some() {
                return Ok(());
            }
            return Err(self.no_attribute(obj, name));
        }
        match self.del_own_attr(obj, name) {
            Some(true) => Ok(()),
            None if self.class_lookup(&class, name).is_some() => {
                let n = name.as_str().map_or("?", |s| s.as_str()).to_string();
                let t = self.type_name(obj);
                Err(self.attribute_error(format!("'{t}' object attribute '{n}' is read-only")))
            }
            _ => Err(self.no_attribute(obj, name)),
        }
    }

    pub fn has_attr_str(&mut self, obj: &Value, name: &str) -> PyResult<bool> {
        let key = self.intern(name);
        Ok(self.get_attr_opt(obj, &key)?.is_some())
    }

    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let key = self.intern(name);
        self.get_attr(obj, &key)
    }

    /// Calls `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
        let key = self.intern(name);
        let (f, self_) = self.load_method(obj, &key)?;
        let mut all = Vec::with_capacity(args.len() + 1);
        if !self_.is_null() {
            all.push(self_);
        }
        all.extend(args);
        self.call(&f, Args::new(all))
    }

    /// Calls a function found on a class with `obj` as self.
    pub fn call_method_value(
        &mut self,
        f: &Value,
        obj: &Value,
        args: Vec<Value>,
    ) -> PyResult<Value> {
        let class = self.type_of(obj);
        let bound = match f.as_object() {
            Some(Object::Function(_)) | Some(Object::NativeFunction(_)) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                let is_static =
                    matches!(f.as_object(), Some(Object::NativeFunction(n)) if n.is_staticmethod);
                if !is_static {
                    all.push(obj.clone());
                }
                all.extend(args);
                return self.call(f, Args::new(all));
            }
            _ => self.bind_attr(f.clone(), obj, &class)?,
        };
        self.call(&bound, Args::new(args))
    }

    /// Calls the special method `name` of `obj`'s class if the class is user-defined and has it.
    /// Builtin types answer their protocols natively, so they return None here.
    pub fn call_special_opt(
        &mut self,
        obj: &Value,
        name: &'static str,
        args: Vec<Value>,
    ) -> PyResult<Option<Value>> {
        let class = self.type_of(obj);
        let Object::Class(c) = class.view() else {
            return Ok(None);
        };
        // memoryview implements its protocols as native methods of its (opaque) class.
        let is_instance = matches!(
            obj.as_object(),
            Some(Object::Instance(_) | Object::Exception(_) | Object::MemoryView(_))
        );
        if c.is_builtin && !is_instance {
            return Ok(None);
        }
        // Natives of `object` and of builtin types with their own layout are answered by the
        // protocols themselves (through the builtin base value); opaque builtin classes
        // (views, streams) implement their protocols as native methods.
        let answered_natively = |f: &Value| {
            match f.as_object() {
            Some(Object::NativeFunction(n)) => n.owner.as_obj().is_some_and(|o| matches!(o.view(), Object::Class(oc) if oc.is_builtin && !oc.layout.natives_are_methods())),
            _ => false,
        }
        };
        match self.class_lookup_str(&class, name) {
            Some(f) if !answered_natively(&f) => self.call_method_value(&f, obj, args).map(Some),
            _ => Ok(None),
        }
    }
}

/// Whether `name` is the str `__doc__`.
fn is_doc(name: &Value) -> bool {
    name.as_str().is_some_and(|s| s.as_str() == "__doc__")
}
