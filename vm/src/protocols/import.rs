//! Running code objects, compiling source, and module objects. The import statement is in
//! import_system.rs, finding and loading modules in import_spec.rs.

use crate::interp::frame::Frame;
use crate::objects::function::CodeObj;
use crate::objects::module::ModuleObj;
use crate::value::{Object, Payload, Value};
use crate::vm::{PyResult, Vm};
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
            Constant::Complex(re, im) => crate::objects::complex_type::new_complex(*re, *im),
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

    /// A new module object as CPython's `PyModule_New` makes it: `__name__` set, `__doc__`,
    /// `__package__`, `__loader__` and `__spec__` None.
    pub fn new_module(&mut self, name: &str) -> Value {
        let dict = self.new_dict();
        let key = self.intern("__name__");
        let n = self.new_str(name);
        let _ = self.dict_set(&dict, key, n.clone());
        for k in ["__doc__", "__package__", "__loader__", "__spec__"] {
            let key = self.intern(k);
            let _ = self.dict_set(&dict, key, Value::None);
        }
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
}
