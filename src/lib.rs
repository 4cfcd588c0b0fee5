//! pyvm: a Python bytecode VM. `Interpreter` is the one front door that wires the compiler, the
//! VM and the standard library together; the CLI, the bindings and the benchmarks use it.

pub use pyvm_vm::io::{Io, SharedBuf};
use pyvm_vm::protocols::import_spec::LoaderKind;
pub use pyvm_vm::vm::Limits;
pub use pyvm_vm::{PyErr, PyResult, Value, Vm};

/// What happened to a program run to completion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The program finished (or raised SystemExit) with this exit status.
    Exit(i32),
}

pub struct Interpreter {
    vm: Vm,
}

impl Interpreter {
    /// An interpreter with the given streams; `argv` becomes sys.argv.
    pub fn new(io: Io, argv: Vec<String>) -> Interpreter {
        let mut vm = Vm::new(io);
        vm.argv = argv;
        pyvm_stdlib::register(&mut vm);
        Interpreter { vm }
    }

    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }

    /// Sets what programs may reach outside the interpreter (files, environment, clock,
    /// process); a denied request raises PermissionError.
    pub fn set_host(&mut self, host: pyvm_vm::host::Host) {
        self.vm.host = host;
    }

    /// Adds a directory searched by `import` (appended to sys.path).
    pub fn add_search_path(&mut self, dir: impl Into<String>) {
        let dir = dir.into();
        if !self.vm.import.path.is_null() {
            let list = self.vm.import.path.clone();
            let d = self.vm.new_str(dir.as_str());
            let _ = self.vm.call_method(&list, "append", vec![d]);
        }
        self.vm.search_paths.push(dir);
    }

    /// The `__main__` module, registered in sys.modules, with the attributes CPython gives it
    /// before running a program: `__file__` (and `__cached__`) for a script, the loader, no spec.
    fn main_module(&mut self, filename: &str) -> PyResult<Value> {
        let vm = &mut self.vm;
        let module = vm.new_module("__main__");
        let key = vm.new_str("__main__");
        let modules = vm.modules.clone();
        vm.dict_set(&modules, key, module.clone())?;
        let script = !filename.starts_with('<');
        let loader = if script {
            vm.make_loader(LoaderKind::Source, "__main__", filename)?
        } else {
            vm.make_loader(LoaderKind::Builtin, "__main__", "")?
        };
        let annotations = vm.new_dict();
        let builtins = vm.builtins_module.clone();
        vm.module_set(&module, "__package__", Value::None);
        vm.module_set(&module, "__loader__", loader);
        vm.module_set(&module, "__spec__", Value::None);
        vm.module_set(&module, "__annotations__", annotations);
        vm.module_set(&module, "__builtins__", builtins);
        if script {
            let f = vm.new_str(filename);
            vm.module_set(&module, "__file__", f);
            vm.module_set(&module, "__cached__", Value::None);
        }
        Ok(module)
    }

    /// Runs source as the `__main__` module. Uncaught exceptions are returned.
    pub fn exec_main(&mut self, source: &str, filename: &str) -> PyResult<()> {
        let code = self
            .vm
            .compile(source, filename, pyvm_compiler::Mode::Exec)?;
        let module = self.main_module(filename)?;
        let globals = match module.as_object() {
            Some(pyvm_vm::Object::Module(m)) => m.dict.clone(),
            _ => self.vm.new_dict(),
        };
        self.vm.run_code(&code, globals, Value::Null)?;
        self.vm.maybe_finalize();
        Ok(())
    }

    /// `pyvm -m module`: finds the module (a package runs its `__main__` submodule) as runpy
    /// does, sets sys.argv[0] to its file, and runs it as `__main__` with its spec. A module
    /// that cannot be run gives runpy's message on stderr and status 1.
    pub fn run_module(&mut self, name: &str) -> Outcome {
        let outcome = match self.find_main_module(name) {
            Ok(Ok(found)) => match self.exec_module_main(&found) {
                Ok(()) => Outcome::Exit(0),
                Err(e) => Outcome::Exit(self.report_uncaught(&e)),
            },
            Ok(Err(msg)) => {
                use std::io::Write;
                let exe = std::env::current_exe()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|_| "pyvm".into());
                let _ = self.vm.io.stdout.flush();
                let _ = writeln!(self.vm.io.stderr, "{exe}: {msg}");
                Outcome::Exit(1)
            }
            Err(e) => Outcome::Exit(self.report_uncaught(&e)),
        };
        self.release_main();
        self.vm.io.flush();
        outcome
    }

    /// runpy's `_get_module_details`: Ok(Err(message)) for runpy's own errors.
    fn find_main_module(&mut self, name: &str) -> PyResult<Result<MainModule, String>> {
        if name.starts_with('.') {
            return Ok(Err("Relative module names not supported".into()));
        }
        if let Some((pkg, _)) = name.rsplit_once('.') {
            if let Err(e) = self.vm.import_absolute(pkg) {
                let import_error = self.vm.types.exc.import_error.clone();
                if !self.vm.err_matches(&e, &import_error) {
                    return Err(e);
                }
                let ename = e.exc().field("name").filter(|n| !n.is_none());
                let ename = ename.and_then(|n| n.as_str().map(|s| s.as_str().to_string()));
                match ename {
                    Some(en) if en == pkg || pkg.starts_with(&format!("{en}.")) => {}
                    _ => return Err(e),
                }
            }
        }
        let spec = match self.find_spec_for_main(name) {
            Ok(s) => s,
            Err(e) => {
                let vm = &mut self.vm;
                let t = vm.type_name(&e.value());
                let text = vm.str_of(&e.value())?;
                let mut msg =
                    format!("Error while finding module specification for '{name}' ({t}: {text})");
                if let Some(stem) = name.strip_suffix(".py") {
                    msg.push_str(&format!(
                        ". Try using '{stem}' instead of '{name}' as the module name."
                    ));
                }
                return Ok(Err(msg));
            }
        };
        let Some(spec) = spec else {
            return Ok(Err(format!("No module named {name}")));
        };
        let vm = &mut self.vm;
        let locations = vm.get_attr_str(&spec, "submodule_search_locations")?;
        if !locations.is_none() {
            if name == "__main__" || name.ends_with(".__main__") {
                return Ok(Err("Cannot use package as __main__ module".into()));
            }
            let main_name = format!("{name}.__main__");
            return Ok(match self.find_main_module(&main_name)? {
                Ok(found) => Ok(found),
                Err(msg) => {
                    let key = self.vm.new_str(name);
                    let modules = self.vm.modules.clone();
                    if self.vm.dict_get(&modules, &key)?.is_none() {
                        Err(msg)
                    } else {
                        Err(format!(
                            "{msg}; '{name}' is a package and cannot be directly executed"
                        ))
                    }
                }
            });
        }
        let loader = vm.get_attr_str(&spec, "loader")?;
        let origin = vm.get_attr_str(&spec, "origin")?;
        let src = match vm.loader_kind(&loader) {
            Some(LoaderKind::Source) => {
                let o = vm.str_of(&origin)?;
                vm.read_source(&o)?
            }
            Some(LoaderKind::Frozen) => match vm.source_modules.get(name) {
                Some(s) => s.to_string(),
                None => return Ok(Err(format!("No code object available for {name}"))),
            },
            Some(LoaderKind::Namespace) => {
                return Ok(Err(format!(
                    "'{name}' is a namespace package and cannot be executed"
                )))
            }
            _ => return Ok(Err(format!("No code object available for {name}"))),
        };
        Ok(Ok(MainModule {
            spec,
            name: name.to_string(),
            origin: vm.str_of(&origin)?,
            src,
        }))
    }

    /// importlib.util.find_spec for `-m`: sys.modules first, else the finders.
    fn find_spec_for_main(&mut self, name: &str) -> PyResult<Option<Value>> {
        let vm = &mut self.vm;
        let key = vm.new_str(name);
        let modules = vm.modules.clone();
        if let Some(m) = vm.dict_get(&modules, &key)? {
            if m.is_none() {
                return Ok(None);
            }
            return match vm.get_attr_opt_str(&m, "__spec__")? {
                Some(s) if !s.is_none() => Ok(Some(s)),
                Some(_) => Err(vm.value_error(format!("{name}.__spec__ is None"))),
                None => Err(vm.value_error(format!("{name}.__spec__ is not set"))),
            };
        }
        let mut path = None;
        if let Some((parent, _)) = name.rsplit_once('.') {
            let p = vm.import_absolute(parent)?;
            match vm.get_attr_opt_str(&p, "__path__")? {
                Some(pp) => path = Some(pp),
                None => {
                    let class = vm.types.exc.module_not_found_error.clone();
                    let msg = format!(
                        "__path__ attribute not found on '{parent}' while trying to find '{name}'"
                    );
                    return Err(vm.import_error_with(&class, msg, name, None));
                }
            }
        }
        vm.find_spec(name, path)
    }

    fn exec_module_main(&mut self, found: &MainModule) -> PyResult<()> {
        let frozen = found.origin == "frozen";
        let filename = if frozen {
            format!("<frozen {}>", found.name)
        } else {
            found.origin.clone()
        };
        let code = self
            .vm
            .compile(&found.src, &filename, pyvm_compiler::Mode::Exec)?;
        let module = self.main_module("<main>")?;
        let vm = &mut self.vm;
        // sys.argv[0] becomes the module's file, as runpy sets it.
        let argv0 = vm.new_str(found.origin.as_str());
        if let Some(first) = vm.argv.first_mut() {
            *first = found.origin.clone();
        }
        let sys = vm.import.sys_module.clone();
        if !sys.is_null() {
            let argv = vm.get_attr_str(&sys, "argv")?;
            vm.set_item(&argv, Value::Int(0), argv0)?;
        }
        let spec = &found.spec;
        let loader = vm.get_attr_str(spec, "loader")?;
        let parent = vm.get_attr_str(spec, "parent")?;
        let cached = vm.get_attr_str(spec, "cached")?;
        if !frozen {
            let f = vm.new_str(found.origin.as_str());
            vm.module_set(&module, "__file__", f);
            vm.module_set(&module, "__cached__", cached);
        }
        vm.module_set(&module, "__loader__", loader);
        vm.module_set(&module, "__package__", parent);
        vm.module_set(&module, "__spec__", spec.clone());
        let globals = match module.as_object() {
            Some(pyvm_vm::Object::Module(m)) => m.dict.clone(),
            _ => vm.new_dict(),
        };
        vm.run_code(&code, globals, Value::Null)?;
        vm.maybe_finalize();
        Ok(())
    }

    /// Runs a program like `python file`: prints an uncaught exception's traceback on stderr and
    /// returns the process exit status.
    pub fn run_main(&mut self, source: &str, filename: &str) -> Outcome {
        let result = self.exec_main(source, filename);
        let outcome = match result {
            Ok(()) => Outcome::Exit(0),
            Err(e) => Outcome::Exit(self.report_uncaught(&e)),
        };
        self.run_atexit();
        self.release_main();
        self.vm.io.flush();
        outcome
    }

    /// Runs a program's file contents like `python file`: the bytes are decoded as CPython
    /// decodes source (UTF-8, BOM, PEP 263 declarations); undecodable source is a SyntaxError.
    /// `shown` is the file name CPython's decoding messages give (the absolute path).
    pub fn run_main_bytes(&mut self, bytes: &[u8], filename: &str, shown: &str) -> Outcome {
        match pyvm_compiler::source::decode(bytes, shown) {
            Ok(src) => self.run_main(&src, filename),
            Err(mut ce) => {
                ce.filename = filename.to_string();
                let e = self.vm.syntax_error(&ce);
                let code = self.report_uncaught(&e);
                self.vm.io.flush();
                Outcome::Exit(code)
            }
        }
    }

    /// Shutdown: the functions registered with `atexit` run (last first), if it was imported.
    fn run_atexit(&mut self) {
        let key = self.vm.intern("atexit");
        let modules = self.vm.modules.clone();
        let Ok(Some(module)) = self.vm.dict_get(&modules, &key) else {
            return;
        };
        let run = match self.vm.get_attr_str(&module, "_run_exitfuncs") {
            Ok(f) => f,
            Err(_) => return,
        };
        if let Err(e) = self.vm.call_args(&run, vec![]) {
            self.report_uncaught(&e);
        }
        self.vm.maybe_finalize();
    }

    /// Shutdown: the objects `__main__` still holds are let go, so their `__del__` runs.
    fn release_main(&mut self) {
        let key = self.vm.intern("__main__");
        let modules = self.vm.modules.clone();
        let globals = match self.vm.dict_get(&modules, &key) {
            Ok(Some(m)) => match m.as_object() {
                Some(pyvm_vm::Object::Module(m)) => m.dict.clone(),
                _ => return,
            },
            _ => return,
        };
        self.vm.release_module_globals(&globals);
    }

    /// Handles an uncaught exception as CPython does: SystemExit gives its status, anything
    /// else prints a traceback and gives 1.
    pub fn report_uncaught(&mut self, e: &PyErr) -> i32 {
        use std::io::Write;
        let system_exit = self.vm.types.exc.system_exit.clone();
        if self.vm.err_matches(e, &system_exit) {
            let args = e.exc().args.get();
            let items = args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
            let code = match items.len() {
                0 => Value::None,
                1 => items[0].clone(),
                _ => args.clone(),
            };
            return match code {
                Value::None => 0,
                Value::Int(i) => i as i32,
                Value::BoolWord(b) => b as i32,
                other => {
                    let text = self.vm.str_of(&other).unwrap_or_default();
                    let _ = self.vm.io.stdout.flush();
                    let _ = writeln!(self.vm.io.stderr, "{text}");
                    1
                }
            };
        }
        if let Some(hook) = self.user_excepthook() {
            let value = e.value();
            let class = Value::Obj(self.vm.type_of(&value));
            let tb = self.vm.traceback_of(&value);
            match self.vm.call(&hook, pyvm_vm::Args::new([class, value, tb])) {
                Ok(_) => return 1,
                Err(hook_err) => {
                    let _ = self.vm.io.stdout.flush();
                    let text = self.vm.format_exception(&hook_err);
                    let _ = write!(
                        self.vm.io.stderr,
                        "Error in sys.excepthook:\n{text}\nOriginal exception was:\n"
                    );
                }
            }
        }
        let text = self.vm.format_exception(e);
        let _ = self.vm.io.stdout.flush();
        let _ = self.vm.io.stderr.write_all(text.as_bytes());
        1
    }

    /// sys.excepthook when a program replaced it (None while it is sys.__excepthook__).
    fn user_excepthook(&mut self) -> Option<Value> {
        let sys = self.vm.import.sys_module.clone();
        if sys.is_null() {
            return None;
        }
        let hook = self.vm.get_attr_opt_str(&sys, "excepthook").ok()??;
        let original = self.vm.get_attr_opt_str(&sys, "__excepthook__").ok()??;
        (!hook.is(&original)).then_some(hook)
    }

    pub fn set_limits(&mut self, limits: &Limits) {
        self.vm.set_limits(limits);
    }
}

/// The version line: `pyvm 0.1.0 (match core)`.
pub fn version() -> String {
    format!(
        "pyvm {} ({})",
        env!("CARGO_PKG_VERSION"),
        pyvm_vm::interp::CORE_NAME
    )
}

/// A module found for `pyvm -m`.
struct MainModule {
    spec: Value,
    name: String,
    origin: String,
    src: String,
}
