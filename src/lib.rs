//! pyvm: a Python bytecode VM. `Interpreter` is the one front door that wires the compiler, the
//! VM and the standard library together; the CLI, the bindings and the benchmarks use it.

pub use pyvm_vm::io::{Io, SharedBuf};
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

    /// Adds a directory searched by `import`.
    pub fn add_search_path(&mut self, dir: impl Into<String>) {
        self.vm.search_paths.push(dir.into());
    }

    /// Runs source as the `__main__` module. Uncaught exceptions are returned.
    pub fn exec_main(&mut self, source: &str, filename: &str) -> PyResult<()> {
        let code = self
            .vm
            .compile(source, filename, pyvm_compiler::Mode::Exec)?;
        let module = self.vm.new_module("__main__");
        let key = self.vm.new_str("__main__");
        let modules = self.vm.modules.clone();
        self.vm.dict_set(&modules, key, module.clone())?;
        let globals = match module.as_object() {
            Some(pyvm_vm::Object::Module(m)) => m.dict.clone(),
            _ => self.vm.new_dict(),
        };
        self.vm.run_code(&code, globals, Value::Null)?;
        self.vm.maybe_finalize();
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
        let text = self.vm.format_exception(e);
        let _ = self.vm.io.stdout.flush();
        let _ = self.vm.io.stderr.write_all(text.as_bytes());
        1
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
