//! The sys module: argv, exit, the standard streams, recursion limit, version facts.

use pyvm_vm::objects::class::InstanceObj;
use pyvm_vm::value::Payload;
use pyvm_vm::{Args, PyResult, Value, Vm};

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("sys");
    let argv: Vec<Value> = vm.argv.clone().into_iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    vm.module_set(&m, "argv", argv);
    let funcs: &[(&'static str, pyvm_vm::NativeFn)] = &[
        ("exit", sys_exit),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("exc_info", sys_exc_info),
        ("exception", sys_exception),
        ("intern", sys_intern),
        ("getsizeof", sys_getsizeof),
        ("_getframe", sys_getframe),
        ("displayhook", sys_displayhook),
        ("__displayhook__", sys_displayhook),
    ];
    for (name, f) in funcs {
        let v = vm.new_native(name, *f);
        vm.module_set(&m, name, v);
    }
    for (name, fd) in [("stdin", 0), ("stdout", 1), ("stderr", 2)] {
        let stream = make_stream(vm, fd);
        vm.module_set(&m, name, stream.clone());
        vm.module_set(&m, &format!("__{name}__"), stream);
    }
    let modules = vm.modules.clone();
    vm.module_set(&m, "modules", modules);
    let path: Vec<Value> = vm
        .search_paths
        .clone()
        .into_iter()
        .map(|p| vm.new_str(p))
        .collect();
    let path = vm.new_list(path);
    vm.module_set(&m, "path", path);
    let version = format!(
        "3.11.7 (pyvm {}, {})",
        env!("CARGO_PKG_VERSION"),
        pyvm_vm::interp::CORE_NAME
    );
    let v = vm.new_str(version);
    vm.module_set(&m, "version", v);
    let vi = vm.new_tuple(vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(7),
        vm.new_str("final"),
        Value::Int(0),
    ]);
    vm.module_set(&m, "version_info", vi);
    vm.module_set(&m, "hexversion", Value::Int(0x030b07f0));
    vm.module_set(&m, "maxsize", Value::Int(i64::MAX));
    let platform = vm.new_str(std::env::consts::OS);
    vm.module_set(&m, "platform", platform);
    let order = vm.new_str(if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    });
    vm.module_set(&m, "byteorder", order);
    let core = vm.new_str(pyvm_vm::interp::CORE_NAME);
    vm.module_set(&m, "pyvm_core", core);
    let name = vm.new_str("pyvm");
    vm.module_set(&m, "implementation_name", name);
    let exe = vm.new_str(
        std::env::current_exe()
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
    );
    vm.module_set(&m, "executable", exe);
    Ok(m)
}

fn make_stream(vm: &mut Vm, fd: i64) -> Value {
    let dict = vm.new_dict();
    let key = vm.intern("_fd");
    let _ = vm.dict_set(&dict, key, Value::Int(fd));
    Value::obj(Payload::Instance(InstanceObj::with_dict(
        vm.types.text_io.clone(),
        dict,
        Value::Null,
    )))
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
            Err(vm.type_error(format!("intern() argument 1 must be str, not {t}")))
        }
    }
}

fn sys_getsizeof(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.not_implemented_error("sys.getsizeof is not supported by pyvm yet"))
}
