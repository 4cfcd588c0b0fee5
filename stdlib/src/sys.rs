//! The sys module: argv, path, modules, exit, the standard streams, hooks, recursion limit,
//! and the interpreter's facts (the struct sequences are in sys_info.rs).

use pyvm_vm::objects::set::SetTable;
use pyvm_vm::value::Payload;
use pyvm_vm::{Args, PyResult, Value, Vm};

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("sys");
    vm.import.sys_module = m.clone();
    if let Some(pyvm_vm::Object::Module(md)) = m.as_object() {
        let dict = md.dict.clone();
        vm.set_sys_dict(dict);
    }
    let argv: Vec<Value> = vm.argv.clone().into_iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    vm.module_set(&m, "argv", argv);
    let orig: Vec<Value> = std::env::args().map(|a| vm.new_str(a)).collect();
    let orig = vm.new_list(orig);
    vm.module_set(&m, "orig_argv", orig);
    let funcs: &[(&'static str, pyvm_vm::NativeFn)] = &[
        ("exit", sys_exit),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("exc_info", sys_exc_info),
        ("exception", sys_exception),
        ("intern", sys_intern),
        ("getsizeof", sys_getsizeof),
        ("_getframe", sys_getframe),
        ("getrefcount", sys_getrefcount),
        ("getdefaultencoding", sys_utf8),
        ("getfilesystemencoding", sys_utf8),
        ("getfilesystemencodeerrors", sys_surrogateescape),
        ("is_finalizing", sys_is_finalizing),
        ("audit", sys_audit),
        ("addaudithook", sys_addaudithook),
        ("call_tracing", sys_call_tracing),
        ("settrace", sys_settrace),
        ("setprofile", sys_setprofile),
        ("gettrace", sys_gettrace),
        ("getprofile", sys_gettrace),
        ("get_int_max_str_digits", sys_get_int_max_str_digits),
        ("set_int_max_str_digits", sys_set_int_max_str_digits),
        ("_frame_info", sys_frame_info),
    ];
    for (name, f) in funcs {
        let v = vm.new_native(name, *f);
        vm.module_set(&m, name, v);
    }
    for (name, f) in [
        ("excepthook", sys_excepthook as pyvm_vm::NativeFn),
        ("displayhook", sys_displayhook),
    ] {
        let v = vm.new_native(name, f);
        vm.module_set(&m, name, v.clone());
        vm.module_set(&m, &format!("__{name}__"), v);
    }
    for (name, fd) in [("stdin", 0), ("stdout", 1), ("stderr", 2)] {
        let stream = crate::io::textio::make_std_stream(vm, fd)?;
        vm.module_set(&m, name, stream.clone());
        vm.module_set(&m, &format!("__{name}__"), stream);
    }
    let modules = vm.modules.clone();
    vm.module_set(&m, "modules", modules);
    let path = vm.sys_path_list();
    vm.module_set(&m, "path", path);
    // pyvm's import system consults neither (its finders are fixed: built-in modules, the path
    // entries, the embedded library); the lists exist because programs read them.
    for name in ["meta_path", "path_hooks", "warnoptions"] {
        let l = vm.new_list(Vec::new());
        vm.module_set(&m, name, l);
    }
    let cache = vm.new_dict();
    vm.module_set(&m, "path_importer_cache", cache);
    let xoptions = vm.new_dict();
    vm.module_set(&m, "_xoptions", xoptions);
    let version = format!(
        "3.11.7 (pyvm {}, {}) [rustc]",
        env!("CARGO_PKG_VERSION"),
        pyvm_vm::interp::CORE_NAME
    );
    let v = vm.new_str(version);
    vm.module_set(&m, "version", v);
    vm.module_set(&m, "hexversion", Value::Int(0x030b07f0));
    vm.module_set(&m, "api_version", Value::Int(1013));
    vm.module_set(&m, "maxsize", Value::Int(i64::MAX));
    vm.module_set(&m, "maxunicode", Value::Int(0x10ffff));
    vm.module_set(&m, "dont_write_bytecode", Value::Bool(true));
    let platform = vm.new_str(match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        other => other,
    });
    vm.module_set(&m, "platform", platform);
    let order = vm.new_str(if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    });
    vm.module_set(&m, "byteorder", order);
    let core = vm.new_str(pyvm_vm::interp::CORE_NAME);
    vm.module_set(&m, "pyvm_core", core);
    let exe = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    // CPython's prefixes are its installation directory; pyvm's library is in the binary, so
    // the directory holding the binary stands for it.
    let prefix = exe
        .rsplit_once('/')
        .map_or(String::new(), |(d, _)| d.to_string());
    let exe = vm.new_str(exe);
    vm.module_set(&m, "executable", exe.clone());
    vm.module_set(&m, "_base_executable", exe);
    for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        let p = vm.new_str(prefix.as_str());
        vm.module_set(&m, name, p);
    }
    for (name, text) in [
        ("platlibdir", "lib"),
        ("abiflags", ""),
        ("float_repr_style", "short"),
        ("pycache_prefix", ""),
    ] {
        let v = if name == "pycache_prefix" {
            Value::None
        } else {
            vm.new_str(text)
        };
        vm.module_set(&m, name, v);
    }
    let names: Vec<Value> = {
        let mut n: Vec<String> = vm.native_modules.keys().cloned().collect();
        n.sort();
        n.into_iter().map(|s| vm.new_str(s)).collect()
    };
    let names = vm.new_tuple(names);
    vm.module_set(&m, "builtin_module_names", names);
    let mut stdlib: Vec<String> = vm
        .native_modules
        .keys()
        .chain(vm.source_modules.keys())
        .filter(|n| !n.contains('.'))
        .cloned()
        .collect();
    stdlib.sort();
    let stdlib: Vec<Value> = stdlib.into_iter().map(|s| vm.new_str(s)).collect();
    let stdlib = frozenset(vm, stdlib)?;
    vm.module_set(&m, "stdlib_module_names", stdlib);
    crate::sys_info::add_struct_seqs(vm, &m)?;
    // CPython's sys.modules always holds builtins.
    vm.import_absolute("builtins")?;
    Ok(m)
}

fn sys_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("exit", &args, 0, 1)?;
    let class = vm.types.exc.system_exit.clone();
    let a: Vec<Value> = args.pos.into_iter().collect();
    Err(vm.new_exception_args(&class, a))
}

fn sys_getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("getrecursionlimit", &args, 0, 0)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("setrecursionlimit", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Int(n) if *n >= 1 => {
            // Python frames do not use the Rust stack; native re-entries are bounded separately.
            vm.recursion_limit = (*n as usize).min(1_000_000);
            Ok(Value::None)
        }
        Value::Int(_) => Err(vm.value_error("recursion limit must be greater or equal than 1")),
        other => {
            let t = vm.type_name(other);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn sys_exc_info(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let e = vm.handled_exception.clone();
    if e.is_none() || e.is_null() {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Obj(vm.type_of(&e));
    let tb = vm.traceback_of(&e);
    Ok(vm.new_tuple(vec![t, e, tb]))
}

fn sys_displayhook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("displayhook", &args, 1, 1)?;
    vm.default_display_hook(args.pos[0].clone())?;
    Ok(Value::None)
}

fn sys_getframe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("_getframe", &args, 0, 1)?;
    let depth = match args.pos.first() {
        None => 0,
        Some(Value::Int(n)) => *n,
        Some(Value::BoolWord(b)) => *b as i64,
        Some(other) if pyvm_vm::objects::int::is_int(other) => {
            return Err(vm.overflow_error("Python int too large to convert to C int"));
        }
        Some(other) => {
            let t = vm.type_name(other);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
    };
    // A negative depth is the top frame, as in CPython.
    vm.get_frame(depth.max(0) as usize)
}

fn sys_exception(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let e = vm.handled_exception.clone();
    Ok(if e.is_null() { Value::None } else { e })
}

fn sys_intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("intern", &args, 1, 1)?;
    match args.pos[0].as_str() {
        Some(s) => {
            let s = s.as_str().to_string();
            Ok(vm.intern(&s))
        }
        None => {
            let t = vm.type_name(&args.pos[0]);
            Err(vm.type_error(format!("intern() argument must be str, not {t}")))
        }
    }
}

/// sys.getsizeof(object[, default]): what the type's `__sizeof__` says, plus the collector's
/// links in front of the objects it tracks (as CPython adds its GC pre-header). A TypeError on
/// the way gives `default` when one is passed.
fn sys_getsizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::clinic::bind(vm, "getsizeof", &args, 0, &["object", "default"], 1, 2)?;
    let obj = a[0].clone().unwrap_or(Value::None);
    match object_size(vm, &obj) {
        Ok(n) => Ok(n),
        Err(e) => match &a[1] {
            Some(default) if vm.err_matches(&e, &vm.types.exc.type_error.clone()) => {
                Ok(default.clone())
            }
            _ => Err(e),
        },
    }
}

fn object_size(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    let class = vm.type_of(obj);
    let Some(method) = vm.class_lookup_str(&class, "__sizeof__") else {
        let t = vm.type_name(obj);
        return Err(vm.type_error(format!("Type {t} doesn't define __sizeof__")));
    };
    let r = vm.call_method_value(&method, obj, vec![])?;
    let Some(size) = pyvm_vm::objects::int::as_bigint(&r) else {
        return Err(vm.type_error("an integer is required"));
    };
    let Ok(size) = i64::try_from(size.as_ref()) else {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    };
    if size < 0 {
        return Err(vm.value_error("__sizeof__() should return >= 0"));
    }
    let links = obj.as_obj().map_or(0, |o| o.gc_links_size());
    Ok(Value::from_bigint((size as u64 + links as u64).into()))
}

fn frozenset(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let mut table = SetTable::new();
    for item in items {
        vm.table_insert(&mut table, item)?;
    }
    Ok(Value::obj(Payload::FrozenSet(table)))
}

fn sys_getrefcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("getrefcount", &args, 1, 1)?;
    // The argument's own reference is counted, as in CPython; values pyvm keeps inline (small
    // ints, floats, None, bools) have no count and report CPython's immortal figure.
    Ok(Value::Int(match &args.pos[0] {
        Value::Obj(o) => o.refcount() as i64,
        _ => 4294967295,
    }))
}

fn sys_utf8(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("getdefaultencoding", &args, 0, 0)?;
    Ok(vm.new_str("utf-8"))
}

fn sys_surrogateescape(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("getfilesystemencodeerrors", &args, 0, 0)?;
    Ok(vm.new_str("surrogateescape"))
}

fn sys_is_finalizing(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("is_finalizing", &args, 0, 0)?;
    Ok(Value::Bool(false))
}

/// Audit hooks, kept per VM: `sys.audit` calls each with the event and its arguments.
fn audit_hooks(vm: &mut Vm) -> Value {
    if let Some(l) = vm.module_state.get("sys.audit_hooks") {
        return l.clone();
    }
    let l = vm.new_list(Vec::new());
    vm.module_state.insert("sys.audit_hooks".into(), l.clone());
    l
}

fn sys_addaudithook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("addaudithook", &args, 1, 1)?;
    let hooks = audit_hooks(vm);
    vm.call_method(&hooks, "append", vec![args.pos[0].clone()])?;
    Ok(Value::None)
}

fn sys_audit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("audit() missing 1 required positional argument: 'event'"));
    }
    if args.pos[0].as_str().is_none() {
        let t = vm.type_name(&args.pos[0]);
        return Err(vm.type_error(format!("expected str for argument 'event', not {t}")));
    }
    let hooks = audit_hooks(vm);
    let hooks = vm.collect(&hooks)?;
    if hooks.is_empty() {
        return Ok(Value::None);
    }
    let rest = vm.new_tuple(args.pos[1..].to_vec());
    for h in hooks {
        vm.call(&h, Args::new([args.pos[0].clone(), rest.clone()]))?;
    }
    Ok(Value::None)
}

fn sys_call_tracing(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("call_tracing", &args, 2, 2)?;
    let Some(items) = args.pos[1].as_tuple().map(|t| t.to_vec()) else {
        let t = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("call_tracing() argument 2 must be tuple, not {t}")));
    };
    vm.call(&args.pos[0], Args::new(items))
}

/// Tracing and profiling hooks are not built: clearing them (None) is accepted, setting one
/// raises rather than silently never calling it.
fn sys_settrace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("settrace", &args, 1, 1)?;
    if args.pos[0].is_none() {
        return Ok(Value::None);
    }
    Err(vm.not_implemented_error("sys.settrace is not supported by pyvm"))
}

fn sys_setprofile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("setprofile", &args, 1, 1)?;
    if args.pos[0].is_none() {
        return Ok(Value::None);
    }
    Err(vm.not_implemented_error("sys.setprofile is not supported by pyvm"))
}

fn sys_gettrace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("gettrace", &args, 0, 0)?;
    Ok(Value::None)
}

fn sys_get_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("get_int_max_str_digits", &args, 0, 0)?;
    Ok(Value::Int(pyvm_vm::numeric::INT_MAX_STR_DIGITS as i64))
}

fn sys_set_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(v) = args
        .pos
        .first()
        .cloned()
        .or_else(|| args.kw.first().map(|(_, v)| v.clone()))
    else {
        return Err(
            vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
        );
    };
    if matches!(v, Value::Int(n) if n == pyvm_vm::numeric::INT_MAX_STR_DIGITS as i64) {
        return Ok(Value::None);
    }
    Err(vm.not_implemented_error("pyvm's int/str conversion limit is fixed at 4300 digits"))
}

/// The default sys.excepthook: prints the exception's traceback on stderr.
fn sys_excepthook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("excepthook", &args, 3, 3)?;
    use std::io::Write;
    let value = args.pos[1].clone();
    let text = match value.as_obj() {
        Some(o) if value.as_exception().is_some() => {
            vm.format_exception(&pyvm_vm::PyErr(o.clone()))
        }
        _ => {
            let t = vm.type_name(&value);
            return Err(vm.type_error(format!(
                "TypeError: print_exception(): Exception expected for value, {t} found"
            )));
        }
    };
    let _ = vm.io.stdout.flush();
    let _ = vm.io.stderr.write_all(text.as_bytes());
    Ok(Value::None)
}

/// `_frame_info(depth)`: (filename, line, globals) of the Python frame `depth` calls above the
/// caller (0 is the caller). What warnings needs to place a warning, without frame objects.
fn sys_frame_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("_frame_info", &args, 1, 1)?;
    let depth = match vm.to_index(&args.pos[0])? {
        Some(d) if d >= 0 => d as usize,
        _ => return Err(vm.value_error("call stack is not deep enough")),
    };
    let n = vm.frames.len();
    if depth >= n {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let f = &vm.frames[n - 1 - depth];
    // A frame below the top has saved the instruction after its call.
    let ip = if depth == 0 {
        f.ip
    } else {
        f.ip.saturating_sub(1)
    };
    let line = f.code.code.line_of(ip) as i64;
    let filename = f.code.code.filename.to_string();
    let globals = f.globals.clone();
    let filename = vm.new_str(filename);
    Ok(vm.new_tuple(vec![filename, Value::Int(line), globals]))
}
