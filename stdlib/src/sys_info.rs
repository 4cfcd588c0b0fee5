//! The sys module's struct sequences (version_info, flags, float_info, int_info, hash_info,
//! thread_info) and sys.implementation, built by the embedded `_structseq` helper.

use pyvm_vm::{Args, PyResult, Value, Vm};

/// pyvm's version as (major, minor, micro).
fn pyvm_version() -> (i64, i64, i64) {
    let mut parts = env!("CARGO_PKG_VERSION")
        .split('.')
        .map(|p| p.parse::<i64>().unwrap_or(0));
    (
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    )
}

pub fn add_struct_seqs(vm: &mut Vm, m: &Value) -> PyResult<()> {
    let helper = vm.import_absolute("_structseq")?;
    let make = vm.get_attr_str(&helper, "structseq")?;
    let seq = |vm: &mut Vm, name: &str, fields: &[&str], values: Vec<Value>| {
        let qual = vm.new_str(name);
        let f: Vec<Value> = fields.iter().map(|f| vm.new_str(*f)).collect();
        let f = vm.new_tuple(f);
        let v = vm.new_tuple(values);
        vm.call(&make, Args::new([qual, f, v]))
    };
    let version_fields = ["major", "minor", "micro", "releaselevel", "serial"];
    let final_ = vm.new_str("final");
    let vi = seq(
        vm,
        "sys.version_info",
        &version_fields,
        vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            final_.clone(),
            Value::Int(0),
        ],
    )?;
    vm.module_set(m, "version_info", vi);
    let (major, minor, micro) = pyvm_version();
    let impl_version = seq(
        vm,
        "sys.version_info",
        &version_fields,
        vec![
            Value::Int(major),
            Value::Int(minor),
            Value::Int(micro),
            final_,
            Value::Int(0),
        ],
    )?;
    let flags: &[(&str, Value)] = &[
        ("debug", Value::Int(0)),
        ("inspect", Value::Int(0)),
        ("interactive", Value::Int(0)),
        ("optimize", Value::Int(0)),
        // pyvm never writes bytecode files.
        ("dont_write_bytecode", Value::Int(1)),
        ("no_user_site", Value::Int(0)),
        // There is no site module.
        ("no_site", Value::Int(1)),
        ("ignore_environment", Value::Int(0)),
        ("verbose", Value::Int(0)),
        ("bytes_warning", Value::Int(0)),
        ("quiet", Value::Int(0)),
        // str hashing always uses seed 0 (as PYTHONHASHSEED=0).
        ("hash_randomization", Value::Int(0)),
        ("isolated", Value::Int(0)),
        ("dev_mode", Value::Bool(false)),
        // Source, streams and file names are always UTF-8.
        ("utf8_mode", Value::Int(1)),
        ("warn_default_encoding", Value::Int(0)),
        ("safe_path", Value::Bool(false)),
        ("int_max_str_digits", Value::Int(-1)),
    ];
    let names: Vec<&str> = flags.iter().map(|(n, _)| *n).collect();
    let values = flags.iter().map(|(_, v)| v.clone()).collect();
    let f = seq(vm, "sys.flags", &names, values)?;
    vm.module_set(m, "flags", f);
    let fi = seq(
        vm,
        "sys.float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        vec![
            Value::Float(f64::MAX),
            Value::Int(f64::MAX_EXP as i64),
            Value::Int(f64::MAX_10_EXP as i64),
            Value::Float(f64::MIN_POSITIVE),
            Value::Int(f64::MIN_EXP as i64),
            Value::Int(f64::MIN_10_EXP as i64),
            Value::Int(f64::DIGITS as i64),
            Value::Int(f64::MANTISSA_DIGITS as i64),
            Value::Float(f64::EPSILON),
            Value::Int(f64::RADIX as i64),
            Value::Int(1),
        ],
    )?;
    vm.module_set(m, "float_info", fi);
    // Ints beyond i64 are num-bigint values with 64-bit digits.
    let ii = seq(
        vm,
        "sys.int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
        vec![
            Value::Int(64),
            Value::Int(8),
            Value::Int(pyvm_vm::numeric::INT_MAX_STR_DIGITS as i64),
            Value::Int(640),
        ],
    )?;
    vm.module_set(m, "int_info", ii);
    let algorithm = vm.new_str("siphash13");
    let hi = seq(
        vm,
        "sys.hash_info",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
        vec![
            Value::Int(64),
            Value::Int((1 << 61) - 1),
            Value::Int(314159),
            Value::Int(0),
            Value::Int(1000003),
            algorithm,
            Value::Int(64),
            Value::Int(128),
            Value::Int(0),
        ],
    )?;
    vm.module_set(m, "hash_info", hi);
    // pyvm runs one thread per interpreter and has no thread module.
    let ti = seq(
        vm,
        "sys.thread_info",
        &["name", "lock", "version"],
        vec![Value::None, Value::None, Value::None],
    )?;
    vm.module_set(m, "thread_info", ti);
    let ns = vm.get_attr_str(&helper, "SimpleNamespace")?;
    let name = vm.new_str("pyvm");
    let hex = Value::Int((major << 24) | (minor << 16) | (micro << 8) | 0xf0);
    let mut args = Args::default();
    for (k, v) in [
        ("name", name),
        // No bytecode cache: importlib then sets __cached__ to None.
        ("cache_tag", Value::None),
        ("version", impl_version),
        ("hexversion", hex),
    ] {
        args.kw.push((vm.intern(k), v));
    }
    let implementation = vm.call(&ns, args)?;
    vm.module_set(m, "implementation", implementation);
    Ok(())
}
