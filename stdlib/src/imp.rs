//! `_imp`: the VM's import system as importlib (stdlib/lib/importlib/) uses it: finding specs,
//! creating and running modules, reloading, and the importer and spec classes.

use pyvm_vm::{Args, PyResult, Value, Vm};

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("_imp");
    let funcs: &[(&'static str, pyvm_vm::NativeFn)] = &[
        ("find_spec", imp_find_spec),
        ("module_from_spec", imp_module_from_spec),
        ("exec_module", imp_exec_module),
        ("import_absolute", imp_import_absolute),
        ("reload", imp_reload),
        ("is_builtin", imp_is_builtin),
        ("is_frozen", imp_is_frozen),
        ("_frozen_source", imp_frozen_source),
    ];
    for (name, f) in funcs {
        let v = vm.new_native(name, *f);
        vm.module_set(&m, name, v);
    }
    let c = vm.import_classes();
    for (name, class) in [
        ("ModuleSpec", &c.spec),
        ("BuiltinImporter", &c.builtin_importer),
        ("FrozenImporter", &c.frozen_importer),
        ("SourceFileLoader", &c.source_loader),
        ("NamespaceLoader", &c.namespace_loader),
    ] {
        vm.module_set(&m, name, Value::Obj(class.clone()));
    }
    Ok(m)
}

fn str_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(s.as_str().to_string()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("{fname}() argument must be str, not {t}")))
        }
    }
}

/// find_spec(name, path=None): the spec of an absolute name on `path` (sys.path when None).
fn imp_find_spec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("find_spec", &args, 1, 2)?;
    let name = str_arg(vm, &args.pos[0], "find_spec")?;
    let path = args.pos.get(1).cloned().filter(|p| !p.is_none());
    Ok(vm.find_spec(&name, path)?.unwrap_or(Value::None))
}

fn imp_module_from_spec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("module_from_spec", &args, 1, 1)?;
    vm.module_from_spec(&args.pos[0])
}

/// exec_module(spec, module): runs the module's code through the spec's loader.
fn imp_exec_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("exec_module", &args, 2, 2)?;
    vm.exec_module(&args.pos[0], &args.pos[1])?;
    Ok(Value::None)
}

fn imp_import_absolute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("import_absolute", &args, 1, 1)?;
    let name = str_arg(vm, &args.pos[0], "import_absolute")?;
    vm.import_absolute(&name)
}

/// reload(module, name): finds `name` again and runs its code in the module's namespace.
fn imp_reload(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("reload", &args, 2, 2)?;
    let name = str_arg(vm, &args.pos[1], "reload")?;
    vm.reload_module(&args.pos[0], &name)
}

fn imp_is_builtin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("is_builtin", &args, 1, 1)?;
    let name = str_arg(vm, &args.pos[0], "is_builtin")?;
    Ok(Value::Int(vm.native_modules.contains_key(&name) as i64))
}

fn imp_is_frozen(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("is_frozen", &args, 1, 1)?;
    let name = str_arg(vm, &args.pos[0], "is_frozen")?;
    Ok(Value::Bool(vm.source_modules.contains_key(&name)))
}

/// _frozen_source(name): the source text of the embedded module `name` (None if there is no such
/// module); linecache reads the lines of "<frozen name>" through it.
fn imp_frozen_source(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("_frozen_source", &args, 1, 1)?;
    let name = str_arg(vm, &args.pos[0], "_frozen_source")?;
    Ok(match vm.source_modules.get(&name).copied() {
        Some(src) => vm.new_str(src),
        None => Value::None,
    })
}
