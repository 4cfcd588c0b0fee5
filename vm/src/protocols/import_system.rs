//! The import statement's semantics, as CPython's `PyImport_ImportModuleLevelObject` and
//! importlib's `_bootstrap` give them: IMPORT_NAME (through `builtins.__import__` when a
//! program replaced it), relative names, sys.modules, parents before children, the fromlist,
//! IMPORT_FROM with its circular-import messages, and IMPORT_STAR.

use crate::objects::function::Args;
use crate::protocols::names::dict_get_str;
use crate::value::{Object, Value};
use crate::vm::{PyErr, PyResult, Vm};

impl Vm {
    /// IMPORT_NAME: `builtins.__import__(name, globals, locals, fromlist, level)`, called
    /// directly when it is still pyvm's own.
    pub fn import(&mut self, name: &Value, fromlist: &Value, level: &Value) -> PyResult<Value> {
        let globals = self.frame_globals();
        let key = self.intern("__import__");
        let builtins = self.builtins.clone();
        let Some(import) = dict_get_str(&builtins, &key) else {
            return Err(
                self.new_exception(&self.types.exc.import_error.clone(), "__import__ not found")
            );
        };
        if import.is(&self.import.builtin_import) {
            return self.import_module_level(name, &globals, fromlist, level);
        }
        let locals = self.frame_locals();
        self.call(
            &import,
            Args::new([
                name.clone(),
                globals,
                locals,
                fromlist.clone(),
                level.clone(),
            ]),
        )
    }

    /// `__import__`'s work: returns the top-level package for `import a.b`, the module itself
    /// with a fromlist.
    pub fn import_module_level(
        &mut self,
        name: &Value,
        globals: &Value,
        fromlist: &Value,
        level: &Value,
    ) -> PyResult<Value> {
        let Some(name_s) = name.as_str().map(|s| s.as_str().to_string()) else {
            return Err(self.type_error("module name must be a string"));
        };
        let level = match level {
            Value::Int(l) => *l,
            Value::BoolWord(b) => *b as i64,
            other => {
                let t = self.type_name(other);
                return Err(
                    self.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        };
        if level < 0 {
            return Err(self.value_error("level must be >= 0"));
        }
        let abs_name = if level > 0 {
            self.resolve_relative(&name_s, globals, level as usize)?
        } else {
            if name_s.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            name_s.clone()
        };
        let module = self.import_absolute(&abs_name)?;
        let has_from = !fromlist.is_none() && !fromlist.is_null() && self.is_true(fromlist)?;
        if has_from {
            if self.get_attr_opt_str(&module, "__path__")?.is_some() {
                return self.handle_fromlist(&module, fromlist, false);
            }
            return Ok(module);
        }
        if level > 0 && name_s.is_empty() {
            return Ok(module);
        }
        let Some(dot) = name_s.find('.') else {
            return Ok(module);
        };
        if level == 0 {
            return self.import_absolute(&name_s[..dot]);
        }
        let cut_off = name_s.len() - dot;
        let to_return = &abs_name[..abs_name.len() - cut_off];
        let key = self.new_str(to_return);
        let modules = self.modules.clone();
        match self.dict_get(&modules, &key)? {
            Some(m) => Ok(m),
            None => {
                Err(self.key_error_msg(format!("'{to_return}' not in sys.modules as expected")))
            }
        }
    }

    fn key_error_msg(&self, msg: String) -> PyErr {
        let k = self.new_str(msg);
        self.key_error(k)
    }

    /// The absolute name of a relative import, from the importing module's `__package__`,
    /// `__spec__.parent` or `__name__` (CPython's `resolve_name`).
    fn resolve_relative(&mut self, name: &str, globals: &Value, level: usize) -> PyResult<String> {
        if globals.is_none() || globals.is_null() {
            let k = self.new_str("'__name__' not in globals");
            return Err(self.key_error(k));
        }
        if globals.as_dict().is_none() {
            return Err(self.type_error("globals must be a dict"));
        }
        let get = |vm: &mut Vm, k: &str| -> PyResult<Option<Value>> {
            let key = vm.intern(k);
            vm.dict_get(globals, &key)
        };
        let package = get(self, "__package__")?.filter(|p| !p.is_none());
        let spec = get(self, "__spec__")?.filter(|s| !s.is_none());
        let package: String = if let Some(p) = package {
            match p.as_str() {
                Some(s) => s.as_str().to_string(),
                None => return Err(self.type_error("package must be a string")),
            }
        } else if let Some(spec) = spec {
            let parent = self.get_attr_str(&spec, "parent")?;
            match parent.as_str() {
                Some(s) => s.as_str().to_string(),
                None => return Err(self.type_error("__spec__.parent must be a string")),
            }
        } else {
            let Some(n) = get(self, "__name__")? else {
                let k = self.new_str("'__name__' not in globals");
                return Err(self.key_error(k));
            };
            let Some(n) = n.as_str().map(|s| s.as_str().to_string()) else {
                return Err(self.type_error("__name__ must be a string"));
            };
            if get(self, "__path__")?.is_some() {
                n
            } else {
                match n.rsplit_once('.') {
                    Some((p, _)) => p.to_string(),
                    None => return Err(self.no_parent_package()),
                }
            }
        };
        if package.is_empty() {
            return Err(self.no_parent_package());
        }
        let mut base = package.as_str();
        for _ in 1..level {
            match base.rfind('.') {
                Some(i) => base = &base[..i],
                None => {
                    return Err(self.new_exception(
                        &self.types.exc.import_error.clone(),
                        "attempted relative import beyond top-level package",
                    ))
                }
            }
        }
        Ok(if name.is_empty() {
            base.to_string()
        } else {
            format!("{base}.{name}")
        })
    }

    fn no_parent_package(&self) -> PyErr {
        self.new_exception(
            &self.types.exc.import_error.clone(),
            "attempted relative import with no known parent package",
        )
    }

    /// importlib's `_gcd_import` for an absolute name: sys.modules, else find and load.
    pub fn import_absolute(&mut self, name: &str) -> PyResult<Value> {
        let key = self.new_str(name);
        let modules = self.modules.clone();
        let found = self.dict_get(&modules, &key)?;
        let module = match found {
            Some(m) if !m.is_none() && !self.is_initializing(&m)? => m,
            _ => self.find_and_load(name)?,
        };
        if module.is_none() {
            let class = self.types.exc.module_not_found_error.clone();
            let msg = format!("import of {name} halted; None in sys.modules");
            return Err(self.import_error_with(&class, msg, name, None));
        }
        Ok(module)
    }

    /// Whether a module's `__spec__._initializing` is true (it is being imported).
    fn is_initializing(&mut self, module: &Value) -> PyResult<bool> {
        let spec = match module.as_object() {
            Some(Object::Module(m)) => {
                let key = self.intern("__spec__");
                dict_get_str(&m.dict, &key)
            }
            _ => self.get_attr_opt_str(module, "__spec__").ok().flatten(),
        };
        self.spec_initializing(spec)
    }

    pub fn spec_initializing(&mut self, spec: Option<Value>) -> PyResult<bool> {
        let Some(spec) = spec.filter(|s| !s.is_none()) else {
            return Ok(false);
        };
        match self.get_attr_opt_str(&spec, "_initializing") {
            Ok(Some(v)) => self.is_true(&v),
            _ => Ok(false),
        }
    }

    /// importlib's `_find_and_load`: a module found in sys.modules while being initialised
    /// is returned as it is (the circular import case); else its parent is imported first, the
    /// module found on the parent's `__path__` and loaded, and set as an attribute of the parent.
    fn find_and_load(&mut self, name: &str) -> PyResult<Value> {
        let key = self.new_str(name);
        let modules = self.modules.clone();
        if let Some(m) = self.dict_get(&modules, &key)? {
            if m.is_none() {
                let class = self.types.exc.module_not_found_error.clone();
                let msg = format!("import of {name} halted; None in sys.modules");
                return Err(self.import_error_with(&class, msg, name, None));
            }
            return Ok(m);
        }
        let mut path = None;
        let mut parent_name = "";
        if let Some((parent, _)) = name.rsplit_once('.') {
            parent_name = parent;
            let pkey = self.new_str(parent);
            if self.dict_get(&modules, &pkey)?.is_none() {
                self.import_absolute(parent)?;
            }
            // Importing the parent may have imported this module too.
            if let Some(m) = self.dict_get(&modules, &key)? {
                return Ok(m);
            }
            let Some(parent_module) = self.dict_get(&modules, &pkey)? else {
                return Err(self.key_error(pkey));
            };
            match self.get_attr_opt_str(&parent_module, "__path__")? {
                Some(p) => path = Some(p),
                None => {
                    let class = self.types.exc.module_not_found_error.clone();
                    let msg = format!("No module named '{name}'; '{parent}' is not a package");
                    return Err(self.import_error_with(&class, msg, name, None));
                }
            }
        }
        let Some(spec) = self.find_spec(name, path)? else {
            let class = self.types.exc.module_not_found_error.clone();
            let msg = format!("No module named '{name}'");
            return Err(self.import_error_with(&class, msg, name, None));
        };
        let module = self.load_from_spec(&spec)?;
        if !parent_name.is_empty() {
            let pkey = self.new_str(parent_name);
            if let Some(parent_module) = self.dict_get(&modules, &pkey)? {
                let child = &name[parent_name.len() + 1..];
                let ckey = self.intern(child);
                // CPython only warns (ImportWarning, ignored by default) when this fails.
                let _ = self.set_attr(&parent_module, ckey, module.clone());
            }
        }
        Ok(module)
    }

    /// importlib's `_handle_fromlist`: names of a package's fromlist that are not attributes
    /// yet are imported as submodules; `*` means the package's `__all__`.
    fn handle_fromlist(
        &mut self,
        module: &Value,
        fromlist: &Value,
        recursive: bool,
    ) -> PyResult<Value> {
        let names = self.collect(fromlist)?;
        for x in names {
            let Some(xs) = x.as_str().map(|s| s.as_str().to_string()) else {
                let where_ = if recursive {
                    let n = self.get_attr_str(module, "__name__")?;
                    format!("{}.__all__", self.str_of(&n)?)
                } else {
                    "``from list''".to_string()
                };
                let t = self.type_name(&x);
                return Err(self.type_error(format!("Item in {where_} must be str, not {t}")));
            };
            if xs == "*" {
                if !recursive {
                    if let Some(all) = self.get_attr_opt_str(module, "__all__")? {
                        self.handle_fromlist(module, &all, true)?;
                    }
                }
                continue;
            }
            let xs_present = match self.get_attr_opt(module, &x) {
                Ok(v) => v.is_some(),
                Err(e) if self.err_matches(&e, &self.types.exc.attribute_error.clone()) => false,
                Err(e) => return Err(e),
            };
            if xs_present {
                continue;
            }
            let n = self.get_attr_str(module, "__name__")?;
            let from_name = format!("{}.{xs}", self.str_of(&n)?);
            if let Err(e) = self.import_absolute(&from_name) {
                let mnf = self.types.exc.module_not_found_error.clone();
                if self.err_matches(&e, &mnf) {
                    let same = e
                        .exc()
                        .field("name")
                        .and_then(|v| v.as_str().map(|s| s.as_str() == from_name))
                        .unwrap_or(false);
                    let key = self.new_str(from_name.as_str());
                    let modules = self.modules.clone();
                    let entry = self.dict_get(&modules, &key)?;
                    if same && !entry.is_some_and(|m| m.is_none()) {
                        continue;
                    }
                }
                return Err(e);
            }
        }
        Ok(module.clone())
    }

    /// IMPORT_FROM: the attribute, else the submodule in sys.modules (a circular import of a
    /// package's submodule), else CPython's ImportError naming the module and its file.
    pub fn import_from(&mut self, module: &Value, name: &Value) -> PyResult<Value> {
        match self.get_attr_opt(module, name) {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => {}
            Err(e) if self.err_matches(&e, &self.types.exc.attribute_error.clone()) => {}
            Err(e) => return Err(e),
        }
        let n = name
            .as_str()
            .map_or(String::new(), |s| s.as_str().to_string());
        let pkgname = self
            .get_attr_opt_str(module, "__name__")
            .ok()
            .flatten()
            .filter(|p| p.as_str().is_some());
        if let Some(p) = &pkgname {
            let full = format!("{}.{n}", p.as_str().map_or("", |s| s.as_str()));
            let key = self.new_str(full);
            let modules = self.modules.clone();
            if let Some(m) = self.dict_get(&modules, &key)? {
                return Ok(m);
            }
        }
        let pkg_shown = match &pkgname {
            Some(p) => self.repr(p)?,
            None => "'<unknown module name>'".to_string(),
        };
        let name_repr = self.repr(name)?;
        let pkgpath = match module.as_object() {
            Some(Object::Module(m)) => {
                let key = self.intern("__file__");
                dict_get_str(&m.dict, &key).filter(|f| f.as_str().is_some())
            }
            _ => None,
        };
        let class = self.types.exc.import_error.clone();
        let err = match pkgpath {
            None => {
                let msg =
                    format!("cannot import name {name_repr} from {pkg_shown} (unknown location)");
                self.new_exception(&class, msg.clone())
            }
            Some(path) => {
                let spec = self.get_attr_opt_str(module, "__spec__").ok().flatten();
                let partial = self.spec_initializing(spec)?;
                let p = self.str_of(&path)?;
                let msg = if partial {
                    format!("cannot import name {name_repr} from partially initialized module {pkg_shown} (most likely due to a circular import) ({p})")
                } else {
                    format!("cannot import name {name_repr} from {pkg_shown} ({p})")
                };
                let err = self.new_exception(&class, msg);
                err.exc().set_field("path", path);
                err
            }
        };
        if let Some(args) = err.exc().args.get().as_tuple() {
            if let Some(m) = args.first() {
                err.exc().set_field("msg", m.clone());
            }
        }
        err.exc().set_field("name", pkgname.unwrap_or(Value::None));
        Err(err)
    }

    /// IMPORT_STAR: the names of `__all__`, else the public names of `__dict__`, stored into
    /// the running frame's namespace.
    pub fn import_star(&mut self, module: &Value) -> PyResult<()> {
        let (names, skip_private) = match self.get_attr_opt_str(module, "__all__")? {
            Some(all) => (all, false),
            None => match self.get_attr_opt_str(module, "__dict__")? {
                Some(d) => {
                    let keys = self.call_method(&d, "keys", vec![])?;
                    (keys, true)
                }
                None => {
                    return Err(self.new_exception(
                        &self.types.exc.import_error.clone(),
                        "from-import-* object has no __dict__ and no __all__",
                    ))
                }
            },
        };
        let names = self.collect(&names)?;
        let locals = self.frame_locals();
        for n in names {
            let Some(s) = n.as_str().map(|s| s.as_str().to_string()) else {
                let modname = self.get_attr_str(module, "__name__")?;
                let t = self.type_name(&n);
                let Some(m) = modname.as_str().map(|s| s.as_str().to_string()) else {
                    let mt = self.type_name(&modname);
                    return Err(
                        self.type_error(format!("module __name__ must be a string, not {mt}"))
                    );
                };
                return Err(self.type_error(if skip_private {
                    format!("Key in {m}.__dict__ must be str, not {t}")
                } else {
                    format!("Item in {m}.__all__ must be str, not {t}")
                }));
            };
            if skip_private && s.starts_with('_') {
                continue;
            }
            let v = self.get_attr(module, &n)?;
            self.mapping_set(&locals, n, v)?;
        }
        Ok(())
    }
}
