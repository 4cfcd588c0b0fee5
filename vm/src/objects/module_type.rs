//! The module type's methods: `module(name, doc=None)`, repr from the module's spec (as
//! importlib's `_module_repr`), `__dir__` with a module-level `__dir__` (PEP 562), and the
//! module `__getattr__` hook used by attribute lookup.

use crate::objects::function::Args;
use crate::objects::module::ModuleObj;
use crate::protocols::import_spec::arg_at;
use crate::protocols::names::dict_get_str;
use crate::value::{Object, Payload, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.module.clone();
    vm.add_staticmethod(&t, "__new__", module_new);
    vm.add_method(&t, "__init__", module_init);
    vm.add_method(&t, "__dir__", module_dir);
}

/// The module's arguments: (name, doc), checked as CPython's `module.__init__` checks them.
fn init_args(vm: &mut Vm, args: &Args) -> PyResult<(Value, Value)> {
    let mut a = Args::new(args.pos.iter().skip(1).cloned());
    a.kw = args.kw.clone();
    if a.pos.len() > 2 {
        let n = a.pos.len();
        return Err(vm.type_error(format!("module() takes at most 2 arguments ({n} given)")));
    }
    for (k, _) in &a.kw {
        let k = k.as_str().map_or("", |s| s.as_str());
        if k != "name" && k != "doc" {
            return Err(vm.type_error(format!("module() got an unexpected keyword argument '{k}'")));
        }
    }
    let Some(name) = arg_at(&a, 0, "name") else {
        return Err(vm.type_error("module() missing required argument 'name' (pos 1)"));
    };
    if name.as_str().is_none() {
        let t = vm.type_name(&name);
        return Err(vm.type_error(format!("module() argument 'name' must be str, not {t}")));
    }
    let doc = arg_at(&a, 1, "doc").unwrap_or(Value::None);
    Ok((name, doc))
}

fn set_init_attrs(vm: &mut Vm, dict: &Value, name: Value, doc: Value) -> PyResult<()> {
    for (k, v) in [
        ("__name__", name),
        ("__doc__", doc),
        ("__package__", Value::None),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
    ] {
        let key = vm.intern(k);
        vm.dict_set(dict, key, v)?;
    }
    Ok(())
}

fn module_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (name, doc) = init_args(vm, &args)?;
    let dict = vm.new_dict();
    set_init_attrs(vm, &dict, name.clone(), doc)?;
    Ok(Value::obj(Payload::Module(ModuleObj { name, dict })))
}

fn module_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (name, doc) = init_args(vm, &args)?;
    if let Some(Object::Module(m)) = args.pos.first().and_then(|m| m.as_object()) {
        let dict = m.dict.clone();
        set_init_attrs(vm, &dict, name, doc)?;
    }
    Ok(Value::None)
}

fn module_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Object::Module(m)) = args.pos.first().and_then(|m| m.as_object()) else {
        return Err(vm.type_error("descriptor '__dir__' requires a 'module' object"));
    };
    let dict = m.dict.clone();
    let key = vm.intern("__dir__");
    if let Some(f) = dict_get_str(&dict, &key) {
        return vm.call(&f, Args::default());
    }
    let keys = dict
        .as_dict()
        .map(|d| d.with(|t| t.keys()))
        .unwrap_or_default();
    Ok(vm.new_list(keys))
}

/// `<module 'x' from '/path/x.py'>`, `<module 'sys' (built-in)>`, `<module 'x' (frozen)>`,
/// `<module 'x'>`: from the spec when there is one, else from `__file__` and `__loader__`.
pub fn module_repr(vm: &mut Vm, module: &Value) -> PyResult<String> {
    let Some(Object::Module(m)) = module.as_object() else {
        return Ok("<module '?'>".into());
    };
    let dict = m.dict.clone();
    let get = |vm: &mut Vm, k: &str| {
        let key = vm.intern(k);
        dict_get_str(&dict, &key)
    };
    if let Some(spec) = get(vm, "__spec__").filter(|s| !s.is_none()) {
        let name = vm.get_attr_str(&spec, "name")?;
        let name = if name.is_none() {
            "'?'".to_string()
        } else {
            vm.repr(&name)?
        };
        let origin = vm.get_attr_str(&spec, "origin")?;
        if origin.is_none() {
            let loader = vm.get_attr_str(&spec, "loader")?;
            if loader.is_none() {
                return Ok(format!("<module {name}>"));
            }
            return Ok(format!("<module {name} ({})>", vm.repr(&loader)?));
        }
        let has_location = vm.get_attr_str(&spec, "has_location")?;
        if vm.is_true(&has_location)? {
            return Ok(format!("<module {name} from {}>", vm.repr(&origin)?));
        }
        return Ok(format!("<module {name} ({})>", vm.str_of(&origin)?));
    }
    let name = match get(vm, "__name__") {
        Some(n) => vm.repr(&n)?,
        None => "'?'".to_string(),
    };
    match get(vm, "__file__") {
        Some(f) => Ok(format!("<module {name} from {}>", vm.repr(&f)?)),
        None => match get(vm, "__loader__").filter(|l| !l.is_none()) {
            Some(l) => Ok(format!("<module {name} ({})>", vm.repr(&l)?)),
            None => Ok(format!("<module {name}>")),
        },
    }
}
