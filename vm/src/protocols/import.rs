//! Running code objects and importing modules (native modules registered by the host, embedded
//! Python sources, and `.py` files next to the main script).

use crate::interp::frame::Frame;
use crate::objects::function::CodeObj;
use crate::objects::module::ModuleObj;
use crate::protocols::names::dict_get_str;
use crate::value::{ObjRef, Object, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};
use pyvm_compiler::bytecode::{CodeObject, Constant};
use std::rc::Rc;

impl Vm {
    /// Converts a compiled code object into a runnable one (constants become values).
    pub fn load_code(&mut self, code: &Rc<CodeObject>) -> Rc<CodeObj> {
        let consts = code
            .constants
            .iter()
            .map(|c| self.constant_value(c))
            .collect();
        let names = code.names.iter().map(|n| self.intern(n)).collect();
        let varnames = code.varnames.iter().map(|n| self.intern(n)).collect();
        Rc::new(CodeObj {
            code: code.clone(),
            consts,
            names,
            varnames,
            n_slots: code.n_locals_plus(),
            caches: (0..code.instructions.len())
                .map(|_| crate::value::PyCell::new(Default::default()))
                .collect(),
            self_obj: std::cell::Cell::new(None),
        })
    }

    fn constant_value(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Int(i) => Value::Int(*i),
            Constant::BigInt(b) => Value::from_bigint(b.clone()),
            Constant::Float(f) => Value::Float(*f),
            // Refused by `compile` (`uses_complex`) before any code is loaded.
            Constant::Complex(_, _) => Value::None,
            Constant::Str(s) => {
                if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    self.intern(s)
                } else {
                    self.new_str(&**s)
                }
            }
            Constant::Bytes(b) => Value::obj(Payload::Bytes(b.to_vec().into())),
            Constant::Tuple(items) => {
                let vals: Vec<Value> = items.iter().map(|c| self.constant_value(c)).collect();
                self.new_tuple(vals)
            }
            Constant::FrozenSet(items) => {
                let mut pairs = Vec::with_capacity(items.len());
                for c in items.iter() {
                    let v = self.constant_value(c);
                    let h = self.hash(&v).unwrap_or(0);
                    pairs.push((h, v));
                }
                let table =
                    crate::objects::set::SetTable::frozenset_constant(pairs, &mut |a, b| {
                        Ok::<bool, ()>(crate::protocols::names::native_eq(a, b).unwrap_or(false))
                    })
                    .unwrap_or_default();
                Value::obj(Payload::FrozenSet(table))
            }
            Constant::Ellipsis => self.ellipsis.clone(),
            Constant::Code(c) => {
                let code = self.load_code(c);
                self.code_value(&code)
            }
        }
    }

    /// Runs module-level code with the given globals (and locals mapping, for exec/class bodies).
    pub fn run_code(
        &mut self,
        code: &Rc<CodeObject>,
        globals: Value,
        locals: Value,
    ) -> PyResult<Value> {
        self.heap.enter();
        if crate::protocols::names::dict_get_str(&globals, &self.intern("__builtins__")).is_none() {
            let key = self.intern("__builtins__");
            let b = self.builtins_module.clone();
            self.dict_set(&globals, key, b)?;
        }
        let code = self.load_code(code);
        self.run_loaded_code(code, globals, locals)
    }

    /// Runs a loaded code object (module-level code: names go to `locals`, or `globals` if Null).
    pub fn run_loaded_code(
        &mut self,
        code: Rc<CodeObj>,
        globals: Value,
        locals: Value,
    ) -> PyResult<Value> {
        if crate::protocols::names::dict_get_str(&globals, &self.intern("__builtins__")).is_none() {
            let key = self.intern("__builtins__");
            let b = self.builtins_module.clone();
            self.dict_set(&globals, key, b)?;
        }
        let base = self.stack.len();
        self.stack.resize(base + code.n_slots, Value::Null);
        let frame = Frame {
            code,
            func: Value::Null,
            globals: globals.clone(),
            locals: if locals.is_null() { globals } else { locals },
            base,
            ip: 0,
            ret_to: base,
            is_entry: true,
            generator: Value::Null,
            init_self: Value::Null,
        };
        self.run_entry_frame(frame)
    }

    /// A new module object with `__name__` set.
    pub fn new_module(&mut self, name: &str) -> Value {
        let dict = self.new_dict();
        let key = self.intern("__name__");
        let n = self.new_str(name);
        let _ = self.dict_set(&dict, key, n.clone());
        let key = self.intern("__doc__");
        let _ = self.dict_set(&dict, key, Value::None);
        Value::obj(Payload::Module(ModuleObj { name: n, dict }))
    }

    /// Sets an attribute in a module's namespace.
    pub fn module_set(&mut self, module: &Value, name: &str, value: Value) {
        if let Some(Object::Module(m)) = module.as_object() {
            let key = self.intern(name);
            let d = m.dict.clone();
            let _ = self.dict_set(&d, key, value);
        }
    }

    /// IMPORT_NAME.
    pub fn import(&mut self, name: &Value, fromlist: &Value, level: &Value) -> PyResult<Value> {
        if let Value::Int(l) = level {
            if *l > 0 {
                return Err(self.new_exception(
                    &self.types.exc.import_error.clone(),
                    "attempted relative import with no known parent package",
                ));
            }
        }
        let full = name
            .as_str()
            .map_or(String::new(), |s| s.as_str().to_string());
        let mut module = Value::None;
        let mut top = Value::None;
        let mut prefix = String::new();
        for (i, part) in full.split('.').enumerate() {
            if i > 0 {
                prefix.push('.');
            }
            prefix.push_str(part);
            module = self.import_one(&prefix, &module)?;
            if i == 0 {
                top = module.clone();
            }
        }
        if fromlist.is_none() || fromlist.is_null() {
            Ok(top)
        } else {
            Ok(module)
        }
    }

    fn import_one(&mut self, name: &str, parent: &Value) -> PyResult<Value> {
        let key = self.new_str(name);
        let modules = self.modules.clone();
        if let Some(m) = self.dict_get(&modules, &key)? {
            return Ok(m);
        }
        let module = if let Some(build) = self.native_modules.get(name).copied() {
            let m = build(self)?;
            self.dict_set(&modules, key.clone(), m.clone())?;
            m
        } else if let Some(src) = self.source_modules.get(name).copied() {
            self.exec_module_source(name, &format!("<frozen {name}>"), src)?
        } else if let Some((path, bytes)) = self.find_module_file(name) {
            let src = match pyvm_compiler::source::decode(&bytes, &path) {
                Ok(src) => src,
                Err(e) => return Err(self.syntax_error(&e)),
            };
            self.exec_module_source(name, &path, &src)?
        } else {
            let msg = format!("No module named '{name}'");
            let class = self.types.exc.module_not_found_error.clone();
            return Err(self.import_error_named(&class, msg, name));
        };
        if let Some((_, last)) = name.rsplit_once('.') {
            if let Some(Object::Module(_)) = parent.as_object() {
                self.module_set(parent, last, module.clone());
            }
        }
        Ok(module)
    }

    fn find_module_file(&self, name: &str) -> Option<(String, Vec<u8>)> {
        let rel = name.replace('.', "/");
        for dir in &self.search_paths {
            for candidate in [
                format!("{dir}/{rel}.py"),
                format!("{dir}/{rel}/__init__.py"),
            ] {
                if let Ok(bytes) = std::fs::read(&candidate) {
                    return Some((candidate, bytes));
                }
            }
        }
        None
    }

    /// Compiles and runs a module's source, registering it in sys.modules first.
    pub fn exec_module_source(&mut self, name: &str, filename: &str, src: &str) -> PyResult<Value> {
        let code = self.compile(src, filename, pyvm_compiler::Mode::Exec)?;
        let module = self.new_module(name);
        let key = self.new_str(name);
        let modules = self.modules.clone();
        self.dict_set(&modules, key.clone(), module.clone())?;
        let Some(Object::Module(m)) = module.as_object() else {
            return Ok(module);
        };
        let globals = m.dict.clone();
        let file_key = self.intern("__file__");
        let f = self.new_str(filename);
        self.dict_set(&globals, file_key, f)?;
        if let Err(e) = self.run_code(&code, globals, Value::Null) {
            let _ = self.dict_del(&modules, &key);
            return Err(e);
        }
        Ok(module)
    }

    /// Compiles source, turning a compile error into a SyntaxError.
    pub fn compile(
        &mut self,
        src: &str,
        filename: &str,
        mode: pyvm_compiler::Mode,
    ) -> PyResult<Rc<CodeObject>> {
        self.compile_from(src, filename, mode, false)
    }

    /// `compile`, for source given as a string (exec, eval, compile()): SyntaxError's `text`
    /// as CPython gives it then (see `pyvm_compiler::compile_string`).
    pub fn compile_string(
        &mut self,
        src: &str,
        filename: &str,
        mode: pyvm_compiler::Mode,
    ) -> PyResult<Rc<CodeObject>> {
        self.compile_from(src, filename, mode, true)
    }

    fn compile_from(
        &mut self,
        src: &str,
        filename: &str,
        mode: pyvm_compiler::Mode,
        string: bool,
    ) -> PyResult<Rc<CodeObject>> {
        self.sources.insert(filename.to_string(), src.into());
        let compiled = if string {
            pyvm_compiler::compile_string(src, filename, mode)
        } else {
            pyvm_compiler::compile(src, filename, mode)
        };
        let code = compiled.map_err(|e| self.syntax_error(&e))?;
        if uses_complex(&code) {
            return Err(self.new_exception(
                &self.types.exc.not_implemented_error.clone(),
                "complex numbers (imaginary literals) are not supported by pyvm yet",
            ));
        }
        Ok(code)
    }

    pub fn syntax_error(&mut self, e: &pyvm_compiler::CompileError) -> crate::vm::PyErr {
        let class = match e.kind {
            "IndentationError" => self.types.exc.indentation_error.clone(),
            "TabError" => self.types.exc.tab_error.clone(),
            _ => self.types.exc.syntax_error.clone(),
        };
        let msg = self.new_str(e.message.clone());
        let details = vec![
            self.new_str(e.filename.clone()),
            Value::Int(e.line as i64),
            Value::Int(e.column as i64),
            match &e.text {
                Some(t) => self.new_str(t.clone()),
                None => Value::None,
            },
        ];
        let details = self.new_tuple(details);
        let err = self.new_exception_args(&class, vec![msg.clone(), details]);
        let pairs = [
            ("msg", msg),
            ("filename", self.new_str(e.filename.clone())),
            ("lineno", Value::Int(e.line as i64)),
            ("offset", Value::Int(e.column as i64)),
            (
                "text",
                match &e.text {
                    Some(t) => self.new_str(t.clone()),
                    None => Value::None,
                },
            ),
        ];
        for (k, v) in pairs {
            let key = self.intern(k);
            let hash = self.str_hash(&key);
            err.exc().with_attrs(|attrs| {
                attrs.with_mut(|d| {
                    let _ = d.insert(key, hash, v, &mut |a, b| {
                        Ok::<bool, ()>(crate::vm::str_eq(a, b))
                    });
                });
            });
        }
        err
    }

    /// IMPORT_FROM.
    pub fn import_from(&mut self, module: &Value, name: &Value) -> PyResult<Value> {
        if let Some(v) = self.get_attr_opt(module, name)? {
            return Ok(v);
        }
        // A submodule not yet imported.
        if let Some(Object::Module(m)) = module.as_object() {
            let mname = m
                .name
                .as_str()
                .map_or(String::new(), |s| s.as_str().to_string());
            let n = name
                .as_str()
                .map_or(String::new(), |s| s.as_str().to_string());
            let full = format!("{mname}.{n}");
            if let Ok(sub) = self.import_one(&full, module) {
                return Ok(sub);
            }
            let class = self.types.exc.import_error.clone();
            let msg = format!("cannot import name '{n}' from '{mname}' (unknown location)");
            return Err(self.import_error_named(&class, msg, &mname));
        }
        let n = name
            .as_str()
            .map_or(String::new(), |s| s.as_str().to_string());
        Err(self.new_exception(
            &self.types.exc.import_error.clone(),
            format!("cannot import name '{n}'"),
        ))
    }

    /// An ImportError with its `msg` and `name` attributes set, as the import system makes them.
    fn import_error_named(&self, class: &ObjRef, msg: String, name: &str) -> PyErr {
        let err = self.new_exception(class, msg.clone());
        err.exc().set_field("msg", self.new_str(msg));
        err.exc().set_field("name", self.new_str(name));
        err
    }

    /// IMPORT_STAR.
    pub fn import_star(&mut self, module: &Value) -> PyResult<()> {
        let Some(Object::Module(m)) = module.as_object() else {
            return Ok(());
        };
        let dict = m.dict.clone();
        let all_key = self.intern("__all__");
        let names: Vec<Value> = match dict_get_str(&dict, &all_key) {
            Some(all) => self.collect(&all)?,
            None => dict
                .as_dict()
                .map(|d| d.with(|t| t.keys()))
                .unwrap_or_default()
                .into_iter()
                .filter(|k| k.as_str().is_some_and(|s| !s.as_str().starts_with('_')))
                .collect(),
        };
        let locals = self.frame_locals();
        for n in names {
            let v = self.get_attr(module, &n)?;
            self.mapping_set(&locals, n, v)?;
        }
        Ok(())
    }
}

/// Whether a code object, or one nested in it, has an imaginary literal among its constants.
fn uses_complex(code: &CodeObject) -> bool {
    fn constant(c: &Constant) -> bool {
        match c {
            Constant::Complex(..) => true,
            Constant::Tuple(items) | Constant::FrozenSet(items) => items.iter().any(constant),
            Constant::Code(code) => uses_complex(code),
            _ => false,
        }
    }
    code.constants.iter().any(constant)
}
