//! Structural pattern matching at run time: what MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and
//! MATCH_CLASS ask of the subject, with CPython 3.11's rules and messages.

use crate::objects::class::{PATMA_MAPPING, PATMA_SEQUENCE};
use crate::objects::function::Args;
use crate::value::{ObjRef, Object, Value};
use crate::vm::{class_name, is_subclass, PyResult, Vm};

/// Marks the builtin sequence and mapping types (CPython's Py_TPFLAGS_SEQUENCE / MAPPING).
pub fn init(vm: &mut Vm) {
    let t = &vm.types;
    for c in [&t.list, &t.tuple, &t.range] {
        set_flag(c, PATMA_SEQUENCE);
    }
    for c in [&t.dict, &t.mappingproxy] {
        set_flag(c, PATMA_MAPPING);
    }
}

fn set_flag(class: &ObjRef, flag: u8) {
    if let Object::Class(c) = class.view() {
        c.patma_flags.set(flag);
    }
}

impl Vm {
    /// The pattern-matching kind of a class (`PATMA_SEQUENCE`, `PATMA_MAPPING` or 0): its
    /// own flags, else the first flagged class of its MRO.
    pub fn patma_kind(&self, class: &ObjRef) -> u8 {
        let Object::Class(c) = class.view() else {
            return 0;
        };
        c.mro.with(|mro| {
            mro.iter()
                .map(|k| match k.view() {
                    Object::Class(kc) => kc.patma_flags.get(),
                    _ => 0,
                })
                .find(|f| *f != 0)
                .unwrap_or(0)
        })
    }

    /// Makes `class` (and its subclasses without a kind of their own) match sequence or
    /// mapping patterns, as registering with collections.abc.Sequence or Mapping does.
    pub fn set_patma_kind(&self, class: &ObjRef, flag: u8) {
        let Object::Class(c) = class.view() else {
            return;
        };
        if c.patma_flags.get() != 0 {
            return;
        }
        c.patma_flags.set(flag);
        for sub in c.live_subclasses() {
            self.set_patma_kind(&sub, flag);
        }
    }

    pub fn match_sequence(&self, subject: &Value) -> bool {
        self.patma_kind(&self.type_of(subject)) == PATMA_SEQUENCE
    }

    pub fn match_mapping(&self, subject: &Value) -> bool {
        self.patma_kind(&self.type_of(subject)) == PATMA_MAPPING
    }

    /// MATCH_KEYS: the values of `keys` in the mapping (through its `get`), or None when one
    /// is missing.
    pub fn match_keys(&mut self, map: &Value, keys: &Value) -> PyResult<Value> {
        let keys: Vec<Value> = keys.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
        if keys.is_empty() {
            return Ok(self.new_tuple(Vec::new()));
        }
        let name = self.intern("get");
        let get = self.get_attr(map, &name)?;
        let object = Value::Obj(self.types.object.clone());
        let dummy = self.call(&object, Args::default())?;
        let mut values = Vec::with_capacity(keys.len());
        for (i, key) in keys.iter().enumerate() {
            self.hash(key)?;
            for earlier in &keys[..i] {
                if self.eq(earlier, key)? {
                    let r = self.repr(key)?;
                    return Err(
                        self.value_error(format!("mapping pattern checks duplicate key ({r})"))
                    );
                }
            }
            let v = self.call(&get, Args::new([key.clone(), dummy.clone()]))?;
            if v.is(&dummy) {
                return Ok(Value::None);
            }
            values.push(v);
        }
        Ok(self.new_tuple(values))
    }

    /// MATCH_CLASS: the attributes the sub-patterns of `cls(<nargs positional>, **names)`
    /// match against, or None when the subject is not an instance or lacks one of them.
    pub fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        nargs: usize,
        names: &Value,
    ) -> PyResult<Value> {
        let Some(class) = cls
            .as_obj()
            .filter(|_| matches!(cls.as_object(), Some(Object::Class(_))))
            .cloned()
        else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        if !crate::builtins::is_instance(self, subject, cls)? {
            return Ok(Value::None);
        }
        let type_name = class_name(&class);
        let mut seen: Vec<Value> = Vec::new();
        let mut attrs = Vec::new();
        if nargs > 0 {
            let key = self.intern("__match_args__");
            let (match_args, match_self) = match self.get_attr_opt(cls, &key)? {
                Some(m) => {
                    if !matches!(m.as_object(), Some(Object::Tuple(_)))
                        || !ObjRef::ptr_eq(&self.type_of(&m), &self.types.tuple)
                    {
                        let t = self.type_name(&m);
                        return Err(self.type_error(format!(
                            "{type_name}.__match_args__ must be a tuple (got {t})"
                        )));
                    }
                    (m.as_tuple().map(|t| t.to_vec()).unwrap_or_default(), false)
                }
                None => (Vec::new(), self.matches_self(&class)),
            };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < nargs {
                let s = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(format!(
                    "{type_name}() accepts {allowed} positional sub-pattern{s} ({nargs} given)"
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in &match_args[..nargs] {
                    let exact_str = name.as_str().is_some()
                        && ObjRef::ptr_eq(&self.type_of(name), &self.types.str);
                    if !exact_str {
                        let t = self.type_name(name);
                        return Err(self.type_error(format!(
                            "__match_args__ elements must be strings (got {t})"
                        )));
                    }
                    match self.match_class_attr(subject, &type_name, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        let names: Vec<Value> = names.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
        for name in &names {
            match self.match_class_attr(subject, &type_name, name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(attrs))
    }

    /// The builtin types whose single positional sub-pattern matches the subject itself
    /// (`int(x)`), and their subclasses.
    fn matches_self(&self, class: &ObjRef) -> bool {
        let t = &self.types;
        [
            &t.bool_,
            &t.bytearray,
            &t.bytes,
            &t.dict,
            &t.float,
            &t.frozenset,
            &t.int,
            &t.list,
            &t.set,
            &t.str,
            &t.tuple,
        ]
        .iter()
        .any(|b| is_subclass(class, b))
    }

    fn match_class_attr(
        &mut self,
        subject: &Value,
        type_name: &str,
        name: &Value,
        seen: &mut Vec<Value>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| crate::vm::str_eq(s, name)) {
            let r = self.repr(name)?;
            return Err(self.type_error(format!(
                "{type_name}() got multiple sub-patterns for attribute {r}"
            )));
        }
        seen.push(name.clone());
        match self.get_attr(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, &self.types.exc.attribute_error.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
