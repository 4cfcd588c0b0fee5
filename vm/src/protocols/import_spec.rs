//! Finding and loading modules, as importlib's machinery does it: a module is found as a spec
//! (importlib's ModuleSpec) by one of three finders, then created and executed by its loader.
//!
//! - built-in: the native modules the host registered (`sys`, `gc`, ...), origin 'built-in',
//!   loader `BuiltinImporter`;
//! - source files on sys.path (or a package's `__path__`): `<dir>/<name>/__init__.py` (a
//!   package), then `<dir>/<name>.py`; loader `SourceFileLoader`;
//! - the embedded standard library, searched after the path entries (where CPython's Lib
//!   directory sits on sys.path), shown as frozen: origin 'frozen', loader `FrozenImporter`,
//!   no `__file__` (there is no file to show);
//! - a directory without `__init__.py` found on the path and nothing else: a namespace package.
//!
//! sys.meta_path and sys.path_hooks are not consulted: these finders are fixed. Compiled code is
//! kept per VM, keyed by file name and checked against the source, so nothing is written next
//! to a program's files and a changed file is compiled again.

use crate::host::Capability;
use crate::objects::class::{InstanceObj, Layout};
use crate::objects::function::Args;
use crate::protocols::names::dict_get_str;
use crate::value::{ObjRef, Object, Payload, PropertyObj, Value};
use crate::vm::{PyErr, PyResult, Vm};
use pyvm_compiler::bytecode::CodeObject;
use std::collections::HashMap;
use std::rc::Rc;

/// The import system's state in one VM.
#[derive(Default)]
pub struct ImportState {
    classes: Option<Rc<ImportClasses>>,
    /// The start-up sys.path list (Null until first asked for); the sys module shows it.
    pub path: Value,
    /// The sys module once built: its `path` attribute is what imports search, so that a program
    /// rebinding `sys.path` is honoured as CPython honours it.
    pub sys_module: Value,
    /// The builtin `__import__`: IMPORT_NAME calls it directly while `builtins.__import__` is
    /// still this one.
    pub builtin_import: Value,
    /// Compiled module code by file name, with the source it was compiled from.
    code_cache: HashMap<String, (Rc<str>, Rc<CodeObject>)>,
}

/// The classes of importlib's objects that the import system makes.
pub struct ImportClasses {
    pub spec: ObjRef,
    pub builtin_importer: ObjRef,
    pub frozen_importer: ObjRef,
    pub source_loader: ObjRef,
    pub namespace_loader: ObjRef,
}

/// Where a found module comes from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LoaderKind {
    Builtin,
    Frozen,
    Source,
    Namespace,
}

fn new_class(vm: &mut Vm, name: &str, module: &str) -> ObjRef {
    let class = crate::vm::make_class(
        name,
        std::slice::from_ref(&vm.types.object),
        Layout::Opaque,
        false,
    );
    if let Object::Class(c) = class.view() {
        c.module.replace(vm.new_str(module));
    }
    class
}

fn add_property(vm: &mut Vm, class: &ObjRef, name: &'static str, get: crate::NativeFn) {
    let fget = vm.new_native(name, get);
    let p = Value::obj(Payload::Property(PropertyObj {
        fget,
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    }));
    let key = vm.intern(name);
    vm.class_set_attr(class, key, p);
}

/// A positional-or-keyword argument of a native call.
pub fn arg_at(args: &Args, pos: usize, name: &str) -> Option<Value> {
    args.pos.get(pos).cloned().or_else(|| {
        args.kw
            .iter()
            .find(|(k, _)| k.as_str().is_some_and(|s| s.as_str() == name))
            .map(|(_, v)| v.clone())
    })
}

fn str_value(v: &Value) -> Option<String> {
    v.as_str().map(|s| s.as_str().to_string())
}

/// An object whose attributes live in a dict: specs and loader instances.
fn new_record(vm: &mut Vm, class: &ObjRef, fields: Vec<(&str, Value)>) -> PyResult<Value> {
    let dict = vm.new_dict();
    for (k, v) in fields {
        let key = vm.intern(k);
        vm.dict_set(&dict, key, v)?;
    }
    Ok(Value::obj(Payload::Instance(InstanceObj::with_dict(
        class.clone(),
        dict,
        Value::Null,
    ))))
}

impl Vm {
    /// The import classes, made on first use.
    pub fn import_classes(&mut self) -> Rc<ImportClasses> {
        if let Some(c) = &self.import.classes {
            return c.clone();
        }
        let spec = new_class(self, "ModuleSpec", "_frozen_importlib");
        self.add_staticmethod(&spec, "__new__", spec_new);
        self.add_method(&spec, "__repr__", spec_repr);
        add_property(self, &spec, "parent", spec_parent);
        add_property(self, &spec, "has_location", spec_has_location);
        add_property(self, &spec, "cached", spec_cached);
        let builtin_importer = new_class(self, "BuiltinImporter", "_frozen_importlib");
        let frozen_importer = new_class(self, "FrozenImporter", "_frozen_importlib");
        for class in [&builtin_importer, &frozen_importer] {
            self.add_classmethod(class, "find_spec", importer_find_spec);
            self.add_staticmethod(class, "create_module", loader_create_module);
            self.add_staticmethod(class, "exec_module", loader_exec_module);
        }
        let source_loader = new_class(self, "SourceFileLoader", "_frozen_importlib_external");
        self.add_staticmethod(&source_loader, "__new__", source_loader_new);
        self.add_method(&source_loader, "create_module", loader_create_module_m);
        self.add_method(&source_loader, "exec_module", loader_exec_module_m);
        self.add_method(&source_loader, "get_filename", source_loader_get_filename);
        self.add_method(&source_loader, "get_source", source_loader_get_source);
        self.add_method(&source_loader, "is_package", source_loader_is_package);
        let namespace_loader = new_class(self, "NamespaceLoader", "_frozen_importlib_external");
        self.add_method(&namespace_loader, "create_module", loader_create_module_m);
        self.add_method(&namespace_loader, "exec_module", loader_exec_module_m);
        let c = Rc::new(ImportClasses {
            spec,
            builtin_importer,
            frozen_importer,
            source_loader,
            namespace_loader,
        });
        self.import.classes = Some(c.clone());
        c
    }

    /// The start-up sys.path list: the live list the sys module shows.
    pub fn sys_path_list(&mut self) -> Value {
        if self.import.path.is_null() {
            let items = self
                .search_paths
                .clone()
                .into_iter()
                .map(|p| self.new_str(p))
                .collect();
            self.import.path = self.new_list(items);
        }
        self.import.path.clone()
    }

    /// The directories to search for a top-level module: the sys module's `path`, or the
    /// start-up list while sys has not been built. Entries that are not str are skipped, as
    /// CPython's path finder skips them.
    fn sys_path_entries(&mut self) -> PyResult<Vec<String>> {
        let sys = self.import.sys_module.clone();
        let list = match sys.as_object() {
            Some(Object::Module(m)) => {
                let key = self.intern("path");
                match dict_get_str(&m.dict, &key) {
                    Some(p) => p,
                    None => return Err(self.import_error("sys.path is not set")),
                }
            }
            _ => self.sys_path_list(),
        };
        let items = self.collect(&list)?;
        Ok(items.iter().filter_map(str_value).collect())
    }

    fn import_error(&self, msg: &str) -> PyErr {
        self.new_exception(&self.types.exc.import_error.clone(), msg)
    }

    /// A path entry made absolute as CPython's file finder makes it: '' and '.' are the working
    /// directory, a relative entry is joined to it (not normalised).
    fn finder_dir(&self, entry: &str) -> String {
        let cwd = || {
            std::env::current_dir()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| ".".into())
        };
        if entry.is_empty() || entry == "." {
            cwd()
        } else if entry.starts_with('/') {
            entry.to_string()
        } else {
            format!("{}/{entry}", cwd().trim_end_matches('/'))
        }
    }

    /// Finds the spec of the module `name` (absolute): `path` is the parent package's
    /// `__path__` for a submodule, None for a top-level module. Ok(None) when nothing has it.
    pub fn find_spec(&mut self, name: &str, path: Option<Value>) -> PyResult<Option<Value>> {
        if path.is_none() && self.native_modules.contains_key(name) {
            return self
                .make_spec(name, LoaderKind::Builtin, None, None)
                .map(Some);
        }
        let last = name.rsplit('.').next().unwrap_or(name);
        let entries = match &path {
            None => self.sys_path_entries()?,
            Some(p) => {
                let items = self.collect(p)?;
                items.iter().filter_map(str_value).collect()
            }
        };
        let mut namespace = Vec::new();
        // Without file access (a sandboxed embedding) only the embedded library is searched.
        if self.host.allows(Capability::Files) && !last.is_empty() {
            for entry in &entries {
                let dir = self.finder_dir(entry);
                let dir = dir.trim_end_matches('/');
                let dir = if dir.is_empty() { "/" } else { dir };
                let pkg = format!("{dir}/{last}");
                let init = format!("{pkg}/__init__.py");
                if std::path::Path::new(&pkg).is_dir() {
                    if std::path::Path::new(&init).is_file() {
                        return self
                            .make_spec(name, LoaderKind::Source, Some(init), Some(vec![pkg]))
                            .map(Some);
                    }
                    namespace.push(pkg);
                }
                let file = format!("{dir}/{last}.py");
                if std::path::Path::new(&file).is_file() {
                    return self
                        .make_spec(name, LoaderKind::Source, Some(file), None)
                        .map(Some);
                }
            }
        }
        if self.source_modules.contains_key(name) {
            let prefix = format!("{name}.");
            let is_package = self.source_modules.keys().any(|k| k.starts_with(&prefix));
            let locations = is_package.then(Vec::new);
            return self
                .make_spec(name, LoaderKind::Frozen, None, locations)
                .map(Some);
        }
        if !namespace.is_empty() {
            return self
                .make_spec(name, LoaderKind::Namespace, None, Some(namespace))
                .map(Some);
        }
        Ok(None)
    }

    /// A loader for `kind`: the importer classes themselves for built-in and frozen modules, as
    /// CPython's; loader objects for files and namespace packages.
    pub fn make_loader(&mut self, kind: LoaderKind, name: &str, file: &str) -> PyResult<Value> {
        let c = self.import_classes();
        Ok(match kind {
            LoaderKind::Builtin => Value::Obj(c.builtin_importer.clone()),
            LoaderKind::Frozen => Value::Obj(c.frozen_importer.clone()),
            LoaderKind::Source => {
                let n = self.new_str(name);
                let p = self.new_str(file);
                new_record(self, &c.source_loader, vec![("name", n), ("path", p)])?
            }
            LoaderKind::Namespace => {
                let n = self.new_str(name);
                new_record(self, &c.namespace_loader, vec![("name", n)])?
            }
        })
    }

    fn make_spec(
        &mut self,
        name: &str,
        kind: LoaderKind,
        file: Option<String>,
        locations: Option<Vec<String>>,
    ) -> PyResult<Value> {
        let loader = self.make_loader(kind, name, file.as_deref().unwrap_or(""))?;
        let origin = match (kind, &file) {
            (LoaderKind::Builtin, _) => self.new_str("built-in"),
            (LoaderKind::Frozen, _) => self.new_str("frozen"),
            (_, Some(f)) => self.new_str(f.as_str()),
            _ => Value::None,
        };
        let locations = match locations {
            Some(l) => {
                let items = l.into_iter().map(|d| self.new_str(d)).collect();
                self.new_list(items)
            }
            None => Value::None,
        };
        let n = self.new_str(name);
        let c = self.import_classes();
        new_record(
            self,
            &c.spec,
            vec![
                ("name", n),
                ("loader", loader),
                ("origin", origin),
                ("loader_state", Value::None),
                ("submodule_search_locations", locations),
                ("_set_fileattr", Value::Bool(kind == LoaderKind::Source)),
                ("_cached", Value::None),
            ],
        )
    }

    /// Which loader a spec's loader value is (None for an object of the program's own).
    pub fn loader_kind(&self, loader: &Value) -> Option<LoaderKind> {
        let c = self.import.classes.as_ref()?;
        let is = |o: &ObjRef| loader.as_obj().is_some_and(|l| ObjRef::ptr_eq(l, o));
        if is(&c.builtin_importer) {
            return Some(LoaderKind::Builtin);
        }
        if is(&c.frozen_importer) {
            return Some(LoaderKind::Frozen);
        }
        let class = self.type_of(loader);
        if ObjRef::ptr_eq(&class, &c.source_loader) {
            return Some(LoaderKind::Source);
        }
        if ObjRef::ptr_eq(&class, &c.namespace_loader) {
            return Some(LoaderKind::Namespace);
        }
        None
    }

    /// importlib.util.module_from_spec: the loader's module (a native module is built here),
    /// with the import-related attributes set from the spec.
    pub fn module_from_spec(&mut self, spec: &Value) -> PyResult<Value> {
        let name = self.get_attr_str(spec, "name")?;
        let loader = self.get_attr_str(spec, "loader")?;
        let mut module = Value::None;
        if self.loader_kind(&loader) == Some(LoaderKind::Builtin) {
            let n = str_value(&name).unwrap_or_default();
            if let Some(build) = self.native_modules.get(&n).copied() {
                module = build(self)?;
            }
        } else if !loader.is_none() && self.loader_kind(&loader).is_none() {
            if let Some(create) = self.get_attr_opt_str(&loader, "create_module")? {
                module = self.call(&create, Args::new([spec.clone()]))?;
            } else {
                let exec = self.get_attr_opt_str(&loader, "exec_module")?;
                if exec.is_some() {
                    return Err(self.import_error(
                        "loaders that define exec_module() must also define create_module()",
                    ));
                }
            }
        }
        if module.is_none() {
            let n = self.str_of(&name)?;
            module = self.new_module(&n);
        }
        self.init_module_attrs(spec, &module, &loader)?;
        Ok(module)
    }

    /// importlib's `_init_module_attrs`: `__name__`, `__loader__`, `__package__`, `__spec__`,
    /// `__path__` for packages, and `__file__` and `__cached__` for files.
    fn init_module_attrs(&mut self, spec: &Value, module: &Value, loader: &Value) -> PyResult<()> {
        let name = self.get_attr_str(spec, "name")?;
        let set = |vm: &mut Vm, k: &str, v: Value| {
            let key = vm.intern(k);
            vm.set_attr(module, key, v)
        };
        set(self, "__name__", name)?;
        let kind = self.loader_kind(loader);
        if kind == Some(LoaderKind::Namespace) || kind.is_none() || !loader.is_none() {
            set(self, "__loader__", loader.clone())?;
        }
        let parent = self.get_attr_str(spec, "parent")?;
        set(self, "__package__", parent)?;
        set(self, "__spec__", spec.clone())?;
        let locations = self.get_attr_str(spec, "submodule_search_locations")?;
        if !locations.is_none() {
            set(self, "__path__", locations)?;
        }
        let has_location = self.get_attr_str(spec, "has_location")?;
        if self.is_true(&has_location)? {
            let origin = self.get_attr_str(spec, "origin")?;
            set(self, "__file__", origin)?;
            let cached = self.get_attr_str(spec, "cached")?;
            set(self, "__cached__", cached)?;
        } else if kind == Some(LoaderKind::Namespace) {
            set(self, "__file__", Value::None)?;
        }
        Ok(())
    }

    /// An attribute, or None when it is missing (an AttributeError from a `__getattr__` hook
    /// counts as missing, as CPython's `_PyObject_LookupAttr`).
    pub fn get_attr_opt_str(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let key = self.intern(name);
        match self.get_attr_opt(obj, &key) {
            Err(e) if self.err_matches(&e, &self.types.exc.attribute_error.clone()) => Ok(None),
            other => other,
        }
    }

    /// Runs a module's code in its namespace through its spec's loader.
    pub fn exec_module(&mut self, spec: &Value, module: &Value) -> PyResult<()> {
        let loader = self.get_attr_str(spec, "loader")?;
        match self.loader_kind(&loader) {
            Some(LoaderKind::Builtin) | Some(LoaderKind::Namespace) => Ok(()),
            Some(LoaderKind::Frozen) => {
                let name = self.get_attr_str(spec, "name")?;
                let name = self.str_of(&name)?;
                let Some(src) = self.source_modules.get(&name).copied() else {
                    return Err(self.import_error(&format!("No frozen module named {name}")));
                };
                let filename = format!("<frozen {name}>");
                match self.frozen_code.get(&name).copied() {
                    Some(bytes) => self.exec_frozen_in(module, &filename, src, bytes),
                    None => self.exec_source_in(module, &filename, src),
                }
            }
            Some(LoaderKind::Source) => {
                let path = self.get_attr_str(&loader, "path")?;
                let path = self.str_of(&path)?;
                let src = self.read_source(&path)?;
                self.exec_source_in(module, &path, &src)
            }
            None if loader.is_none() => Ok(()),
            None => {
                let exec = self.get_attr_str(&loader, "exec_module")?;
                self.call(&exec, Args::new([module.clone()]))?;
                Ok(())
            }
        }
    }

    /// A source file's text, decoded as CPython decodes source.
    pub fn read_source(&mut self, path: &str) -> PyResult<String> {
        self.require(Capability::Files)?;
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                let class = self.types.exc.import_error.clone();
                let err = self.new_exception(
                    &class,
                    format!(
                        "[Errno {}] {}: '{path}'",
                        e.raw_os_error().unwrap_or(0),
                        io_text(&e)
                    ),
                );
                err.exc().set_field("path", self.new_str(path));
                return Err(err);
            }
        };
        pyvm_compiler::source::decode(&bytes, path).map_err(|e| self.syntax_error(&e))
    }

    /// Runs a module compiled ahead of time (its source kept for tracebacks).
    fn exec_frozen_in(
        &mut self,
        module: &Value,
        filename: &str,
        src: &'static str,
        bytes: &'static [u8],
    ) -> PyResult<()> {
        let code = match pyvm_compiler::marshal::load(bytes) {
            Ok(code) => code,
            // Bytes made by this binary's own build: failing to load them is a build fault,
            // reported rather than hidden by compiling the source instead.
            Err(e) => {
                return Err(self.import_error(&format!("frozen module {filename} is corrupt: {e}")))
            }
        };
        self.sources.insert(filename.to_string(), src.into());
        let globals = match module.as_object() {
            Some(Object::Module(m)) => m.dict.clone(),
            _ => self.get_attr_str(module, "__dict__")?,
        };
        self.run_code(&code, globals, Value::Null)?;
        Ok(())
    }

    fn exec_source_in(&mut self, module: &Value, filename: &str, src: &str) -> PyResult<()> {
        let code = match self.import.code_cache.get(filename) {
            Some((cached, code)) if **cached == *src => code.clone(),
            _ => {
                let code = self.compile(src, filename, pyvm_compiler::Mode::Exec)?;
                self.import
                    .code_cache
                    .insert(filename.to_string(), (src.into(), code.clone()));
                code
            }
        };
        let globals = match module.as_object() {
            Some(Object::Module(m)) => m.dict.clone(),
            _ => self.get_attr_str(module, "__dict__")?,
        };
        self.run_code(&code, globals, Value::Null)?;
        Ok(())
    }

    /// importlib's `_load_unlocked`: creates the module, registers it in sys.modules, runs it
    /// (marking its spec as initialising, which the circular-import messages read), and returns
    /// what sys.modules then holds under its name (a module may replace itself there).
    pub fn load_from_spec(&mut self, spec: &Value) -> PyResult<Value> {
        let name = self.get_attr_str(spec, "name")?;
        let module = self.module_from_spec(spec)?;
        let init_key = self.intern("_initializing");
        self.set_attr(spec, init_key.clone(), Value::Bool(true))?;
        let modules = self.modules.clone();
        self.dict_set(&modules, name.clone(), module.clone())?;
        let result = self.exec_module(spec, &module);
        let _ = self.set_attr(spec, init_key, Value::Bool(false));
        if let Err(e) = result {
            self.dict_del(&modules, &name)?;
            return Err(e);
        }
        match self.dict_get(&modules, &name)? {
            Some(m) => Ok(m),
            None => Err(self.key_error(name)),
        }
    }

    /// importlib.reload's work once `name` is known: finds the module again (on its parent's
    /// `__path__`) and runs its code in the same namespace.
    pub fn reload_module(&mut self, module: &Value, n: &str) -> PyResult<Value> {
        let name = self.new_str(n);
        let modules = self.modules.clone();
        let current = self.dict_get(&modules, &name)?;
        if !current.is_some_and(|m| m.is(module)) {
            let msg = format!("module {n} not in sys.modules");
            let class = self.types.exc.import_error.clone();
            return Err(self.import_error_with(&class, msg, n, None));
        }
        let mut path = None;
        if let Some((parent, _)) = n.rsplit_once('.') {
            let pkey = self.new_str(parent);
            match self.dict_get(&modules, &pkey)? {
                Some(p) => path = Some(self.get_attr_str(&p, "__path__")?),
                None => {
                    let msg = format!("parent '{parent}' not in sys.modules");
                    let class = self.types.exc.import_error.clone();
                    return Err(self.import_error_with(&class, msg, parent, None));
                }
            }
        }
        let Some(spec) = self.find_spec(n, path)? else {
            let msg = format!("spec not found for the module '{n}'");
            let class = self.types.exc.module_not_found_error.clone();
            return Err(self.import_error_with(&class, msg, n, None));
        };
        let loader = self.get_attr_str(&spec, "loader")?;
        self.init_module_attrs(&spec, module, &loader)?;
        self.exec_module(&spec, module)?;
        match self.dict_get(&modules, &name)? {
            Some(m) => Ok(m),
            None => Err(self.key_error(name)),
        }
    }

    /// An ImportError (or subclass) with `msg`, `name` and `path` set, as the import system
    /// makes them.
    pub fn import_error_with(
        &self,
        class: &ObjRef,
        msg: String,
        name: &str,
        path: Option<Value>,
    ) -> PyErr {
        let err = self.new_exception(class, msg.clone());
        err.exc().set_field("msg", self.new_str(msg));
        err.exc().set_field("name", self.new_str(name));
        if let Some(p) = path {
            err.exc().set_field("path", p);
        }
        err
    }
}

/// io::Error's text without Rust's " (os error N)" suffix.
fn io_text(e: &std::io::Error) -> String {
    let text = e.to_string();
    match e.raw_os_error() {
        Some(n) => text
            .strip_suffix(&format!(" (os error {n})"))
            .unwrap_or(&text)
            .to_string(),
        None => text,
    }
}

fn spec_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut a = Args::new(args.pos.iter().skip(1).cloned());
    a.kw = args.kw;
    let (Some(name), Some(loader)) = (arg_at(&a, 0, "name"), arg_at(&a, 1, "loader")) else {
        return Err(vm.type_error(
            "ModuleSpec.__init__() missing 2 required positional arguments: 'name' and 'loader'",
        ));
    };
    let origin = arg_at(&a, 2, "origin").unwrap_or(Value::None);
    let loader_state = arg_at(&a, 3, "loader_state").unwrap_or(Value::None);
    let is_package = arg_at(&a, 4, "is_package").unwrap_or(Value::None);
    let locations = if vm.is_true(&is_package)? {
        vm.new_list(Vec::new())
    } else {
        Value::None
    };
    let c = vm.import_classes();
    new_record(
        vm,
        &c.spec,
        vec![
            ("name", name),
            ("loader", loader),
            ("origin", origin),
            ("loader_state", loader_state),
            ("submodule_search_locations", locations),
            ("_set_fileattr", Value::Bool(false)),
            ("_cached", Value::None),
        ],
    )
}

fn spec_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let spec = args.pos.first().cloned().unwrap_or(Value::None);
    let mut parts = Vec::new();
    for field in ["name", "loader"] {
        let v = vm.get_attr_str(&spec, field)?;
        parts.push(format!("{field}={}", vm.repr(&v)?));
    }
    let origin = vm.get_attr_str(&spec, "origin")?;
    if !origin.is_none() {
        parts.push(format!("origin={}", vm.repr(&origin)?));
    }
    let locations = vm.get_attr_str(&spec, "submodule_search_locations")?;
    if !locations.is_none() {
        parts.push(format!(
            "submodule_search_locations={}",
            vm.repr(&locations)?
        ));
    }
    let class = vm.type_of(&spec);
    let name = crate::vm::class_name(&class);
    Ok(vm.new_str(format!("{name}({})", parts.join(", "))))
}

fn spec_parent(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let spec = args.pos.first().cloned().unwrap_or(Value::None);
    let name = vm.get_attr_str(&spec, "name")?;
    let locations = vm.get_attr_str(&spec, "submodule_search_locations")?;
    if !locations.is_none() {
        return Ok(name);
    }
    let n = vm.str_of(&name)?;
    let parent = n.rsplit_once('.').map_or("", |(p, _)| p).to_string();
    Ok(vm.new_str(parent))
}

fn spec_has_location(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let spec = args.pos.first().cloned().unwrap_or(Value::None);
    vm.get_attr_str(&spec, "_set_fileattr")
}

fn spec_cached(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let spec = args.pos.first().cloned().unwrap_or(Value::None);
    vm.get_attr_str(&spec, "_cached")
}

/// BuiltinImporter.find_spec / FrozenImporter.find_spec (classmethods).
fn importer_find_spec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let class = args.pos.first().cloned().unwrap_or(Value::None);
    let Some(name) = arg_at(&args, 1, "fullname") else {
        return Err(vm.type_error("find_spec() missing required argument 'fullname'"));
    };
    let n = vm.str_of(&name)?;
    let c = vm.import_classes();
    let builtin = class
        .as_obj()
        .is_some_and(|o| ObjRef::ptr_eq(o, &c.builtin_importer));
    if builtin && vm.native_modules.contains_key(&n) {
        return vm.make_spec(&n, LoaderKind::Builtin, None, None);
    }
    if !builtin && vm.source_modules.contains_key(&n) {
        let prefix = format!("{n}.");
        let is_package = vm.source_modules.keys().any(|k| k.starts_with(&prefix));
        return vm.make_spec(&n, LoaderKind::Frozen, None, is_package.then(Vec::new));
    }
    Ok(Value::None)
}

fn loader_create_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let spec = args.pos.first().cloned().unwrap_or(Value::None);
    let name = vm.get_attr_str(&spec, "name")?;
    let n = vm.str_of(&name)?;
    match vm.native_modules.get(&n).copied() {
        Some(build) => build(vm),
        None => Ok(Value::None),
    }
}

fn loader_exec_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let module = args.pos.first().cloned().unwrap_or(Value::None);
    let spec = vm.get_attr_str(&module, "__spec__")?;
    vm.exec_module(&spec, &module)?;
    Ok(Value::None)
}

fn loader_create_module_m(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn loader_exec_module_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let loader = args.pos.first().cloned().unwrap_or(Value::None);
    let module = args.pos.get(1).cloned().unwrap_or(Value::None);
    if vm.loader_kind(&loader) == Some(LoaderKind::Source) {
        let path = vm.get_attr_str(&loader, "path")?;
        let path = vm.str_of(&path)?;
        let src = vm.read_source(&path)?;
        vm.exec_source_in(&module, &path, &src)?;
    }
    Ok(Value::None)
}

fn source_loader_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut a = Args::new(args.pos.iter().skip(1).cloned());
    a.kw = args.kw;
    let (Some(name), Some(path)) = (arg_at(&a, 0, "fullname"), arg_at(&a, 1, "path")) else {
        return Err(vm.type_error(
            "FileLoader.__init__() missing 2 required positional arguments: 'fullname' and 'path'",
        ));
    };
    let c = vm.import_classes();
    new_record(vm, &c.source_loader, vec![("name", name), ("path", path)])
}

fn source_loader_get_filename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let loader = args.pos.first().cloned().unwrap_or(Value::None);
    vm.get_attr_str(&loader, "path")
}

fn source_loader_get_source(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let loader = args.pos.first().cloned().unwrap_or(Value::None);
    let path = vm.get_attr_str(&loader, "path")?;
    let path = vm.str_of(&path)?;
    let src = vm.read_source(&path)?;
    Ok(vm.new_str(src))
}

fn source_loader_is_package(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let loader = args.pos.first().cloned().unwrap_or(Value::None);
    let path = vm.get_attr_str(&loader, "path")?;
    let path = vm.str_of(&path)?;
    let file = path.rsplit('/').next().unwrap_or(&path);
    Ok(Value::Bool(file == "__init__.py"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::host::Host;

    /// Without file access only the embedded library is importable; a file on the path is not
    /// read (and is not reported as a permission error: a missing module is what programs test).
    #[test]
    fn sandbox_imports_embedded_modules_but_reads_no_files() {
        let dir = std::env::temp_dir().join(format!("pyvm-import-sandbox-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        std::fs::write(dir.join("on_disk.py"), "X = 2\n").expect("write");
        let (io, _, _) = crate::io::Io::capture();
        let mut vm = Vm::new(io);
        vm.source_modules.insert("embedded_mod".into(), "X = 1\n");
        vm.search_paths.push(dir.display().to_string());
        vm.host = Host::NONE;
        let Ok(m) = vm.import_absolute("embedded_mod") else {
            panic!("embedded import failed");
        };
        assert!(matches!(vm.get_attr_str(&m, "X"), Ok(Value::Int(1))));
        let Err(err) = vm.import_absolute("on_disk") else {
            panic!("a file was imported without file access");
        };
        assert_eq!(
            crate::vm::class_name(&err.exc().class.get()),
            "ModuleNotFoundError"
        );
        vm.host = Host::ALL;
        let Ok(m) = vm.import_absolute("on_disk") else {
            panic!("file import failed");
        };
        assert!(matches!(vm.get_attr_str(&m, "X"), Ok(Value::Int(2))));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
