//! The _time module: the clocks and calendar functions behind `time` (time.py adds struct_time,
//! asctime and strptime). The wall clock and sleeping need the host's clock capability; the
//! monotonic, performance and CPU clocks are always allowed. Local time comes from the TZ
//! variable or /etc/localtime through tz-rs; formatting is time_fmt's glibc-compatible strftime.

use crate::time_fmt::{self, Tm};
use nix::time::{clock_gettime, ClockId};
use num_traits::ToPrimitive;
use pyvm_vm::host::Capability;
use pyvm_vm::objects::int;
use pyvm_vm::{Args, Object, PyErr, PyResult, Value, Vm};

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("_time");
    let funcs: &[(&'static str, pyvm_vm::NativeFn)] = &[
        ("time", t_time),
        ("time_ns", t_time_ns),
        ("perf_counter", t_monotonic),
        ("perf_counter_ns", t_monotonic_ns),
        ("monotonic", t_monotonic),
        ("monotonic_ns", t_monotonic_ns),
        ("process_time", t_process_time),
        ("process_time_ns", t_process_time_ns),
        ("thread_time", t_thread_time),
        ("thread_time_ns", t_thread_time_ns),
        ("sleep", t_sleep),
        ("gmtime", t_gmtime),
        ("localtime", t_localtime),
        ("mktime", t_mktime),
        ("strftime", t_strftime),
        ("zone_info", t_zone_info),
    ];
    for (name, f) in funcs {
        let v = vm.new_native(name, *f);
        vm.module_set(&m, name, v);
    }
    Ok(m)
}

fn clock(id: ClockId) -> (i64, i64) {
    match clock_gettime(id) {
        Ok(ts) => (ts.tv_sec(), ts.tv_nsec()),
        Err(_) => (0, 0),
    }
}

fn float_secs((s, ns): (i64, i64)) -> Value {
    Value::Float(s as f64 + ns as f64 * 1e-9)
}

fn int_ns((s, ns): (i64, i64)) -> Value {
    Value::from_i128(s as i128 * 1_000_000_000 + ns as i128)
}

fn wall(vm: &Vm) -> PyResult<(i64, i64)> {
    vm.require(Capability::Clock)?;
    Ok(clock(ClockId::CLOCK_REALTIME))
}

fn t_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("time", &args, 0, 0)?;
    Ok(float_secs(wall(vm)?))
}

fn t_time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("time_ns", &args, 0, 0)?;
    Ok(int_ns(wall(vm)?))
}

fn t_monotonic(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("monotonic", &args, 0, 0)?;
    Ok(float_secs(clock(ClockId::CLOCK_MONOTONIC)))
}

fn t_monotonic_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("monotonic_ns", &args, 0, 0)?;
    Ok(int_ns(clock(ClockId::CLOCK_MONOTONIC)))
}

fn t_process_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("process_time", &args, 0, 0)?;
    Ok(float_secs(clock(ClockId::CLOCK_PROCESS_CPUTIME_ID)))
}

fn t_process_time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("process_time_ns", &args, 0, 0)?;
    Ok(int_ns(clock(ClockId::CLOCK_PROCESS_CPUTIME_ID)))
}

fn t_thread_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("thread_time", &args, 0, 0)?;
    Ok(float_secs(clock(ClockId::CLOCK_THREAD_CPUTIME_ID)))
}

fn t_thread_time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("thread_time_ns", &args, 0, 0)?;
    Ok(int_ns(clock(ClockId::CLOCK_THREAD_CPUTIME_ID)))
}

fn not_integer(vm: &Vm, v: &Value) -> PyErr {
    let t = vm.type_name(v);
    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
}

fn t_sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("sleep", &args, 1, 1)?;
    let v = &args.pos[0];
    let secs = if let Some(f) = v.as_f64() {
        f
    } else if int::is_int(v) {
        int::as_bigint(v)
            .and_then(|b| b.to_f64())
            .unwrap_or(f64::INFINITY)
    } else {
        let cls = vm.type_of(v);
        if vm.class_lookup_str(&cls, "__float__").is_none() {
            return Err(not_integer(vm, v));
        }
        pyvm_vm::objects::float_type::float_from_value(vm, v)?
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if secs > 9.2e9 {
        return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    vm.require(Capability::Clock)?;
    vm.io.flush();
    std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    Ok(Value::None)
}

/// A timestamp argument as time_t (floats round down), or now when absent or None.
fn timestamp_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    let v = match v {
        None | Some(Value::None) => return Ok(wall(vm)?.0),
        Some(v) => v.clone(),
    };
    let range = |vm: &Vm| vm.overflow_error("timestamp out of range for platform time_t");
    if int::is_int(&v) {
        return int::as_bigint(&v)
            .and_then(|b| b.to_i64())
            .ok_or_else(|| range(vm));
    }
    let f = if let Some(f) = v.as_f64() {
        f
    } else {
        let cls = vm.type_of(&v);
        if vm.class_lookup_str(&cls, "__float__").is_none() {
            return Err(not_integer(vm, &v));
        }
        pyvm_vm::objects::float_type::float_from_value(vm, &v)?
    };
    if f.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    let f = f.floor();
    if !(-9.223372036854776e18..9.223372036854776e18).contains(&f) {
        return Err(range(vm));
    }
    Ok(f as i64)
}

/// The 11-tuple time.py turns into a struct_time (wday from Monday, yday from 1).
fn tm_tuple(vm: &Vm, tm: &Tm) -> Value {
    let items = vec![
        Value::Int(tm.year),
        Value::Int(tm.mon + 1),
        Value::Int(tm.mday),
        Value::Int(tm.hour),
        Value::Int(tm.min),
        Value::Int(tm.sec),
        Value::Int((tm.wday + 6) % 7),
        Value::Int(tm.yday + 1),
        Value::Int(tm.isdst),
        vm.new_str(tm.zone.as_str()),
        Value::Int(tm.gmtoff),
    ];
    vm.new_tuple(items)
}

fn overflow_os_error(vm: &Vm) -> PyErr {
    vm.new_exception_args(
        &vm.types.exc.os_error.clone(),
        vec![
            Value::Int(75),
            vm.new_str("Value too large for defined data type"),
        ],
    )
}

fn local_zone() -> tz::TimeZone {
    let from_env = std::env::var("TZ")
        .ok()
        .filter(|s| !s.is_empty())
        .and_then(|s| tz::TimeZone::from_posix_tz(&s).ok());
    from_env
        .or_else(|| tz::TimeZone::local().ok())
        .unwrap_or_else(tz::TimeZone::utc)
}

/// The local broken-down time of a timestamp.
fn local_tm(zone: &tz::TimeZone, t: i64) -> Option<Tm> {
    let (off, dst, name) = match zone.find_local_time_type(t) {
        Ok(lt) => (
            lt.ut_offset() as i64,
            lt.is_dst(),
            lt.time_zone_designation().to_string(),
        ),
        Err(_) => (0, false, "UTC".to_string()),
    };
    let mut tm = time_fmt::utc_tm(t, off)?;
    tm.isdst = dst as i64;
    tm.zone = name;
    Some(tm)
}

fn t_gmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("gmtime", &args, 0, 1)?;
    let t = timestamp_arg(vm, args.pos.first())?;
    let Some(mut tm) = time_fmt::utc_tm(t, 0) else {
        return Err(overflow_os_error(vm));
    };
    tm.zone = "GMT".into();
    Ok(tm_tuple(vm, &tm))
}

fn t_localtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("localtime", &args, 0, 1)?;
    let t = timestamp_arg(vm, args.pos.first())?;
    match local_tm(&local_zone(), t) {
        Some(tm) => Ok(tm_tuple(vm, &tm)),
        None => Err(overflow_os_error(vm)),
    }
}

/// A Tm from a 9-item time tuple (a struct_time is a tuple), as CPython's gettmarg reads it.
fn tm_from_tuple(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<Tm> {
    let items = match v.as_object() {
        Some(Object::Tuple(t)) => t.to_vec(),
        Some(Object::Instance(i)) => match i.base_value().and_then(|b| b.as_tuple()) {
            Some(t) => t.to_vec(),
            None => return Err(vm.type_error("Tuple or struct_time argument required")),
        },
        _ => return Err(vm.type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (slot, x) in f.iter_mut().zip(&items) {
        if !int::is_int(x) {
            let cls = vm.type_of(x);
            if vm.class_lookup_str(&cls, "__index__").is_none() {
                return Err(not_integer(vm, x));
            }
        }
        let i = match vm.to_index(x)? {
            Some(i) => i,
            None => return Err(vm.overflow_error("Python int too large to convert to C int")),
        };
        if i32::try_from(i).is_err() {
            return Err(vm.overflow_error(if i > 0 {
                "signed integer is greater than maximum"
            } else {
                "signed integer is less than minimum"
            }));
        }
        *slot = i;
    }
    Ok(Tm {
        year: f[0],
        mon: f[1] - 1,
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: (f[6] + 1).rem_euclid(7),
        yday: f[7] - 1,
        isdst: f[8],
        gmtoff: 0,
        zone: String::new(),
    })
}

/// mktime: the timestamp whose local time is `tm` (fields normalised as C does).
fn mktime_of(zone: &tz::TimeZone, tm: &Tm) -> Option<i64> {
    let naive = time_fmt::timegm(tm)?;
    // Find t with t + offset(t) == naive: start from the offset at `naive` and settle.
    let offset_at = |t: i64| {
        zone.find_local_time_type(t)
            .map_or(0, |lt| lt.ut_offset() as i64)
    };
    let mut t = naive - offset_at(naive);
    for _ in 0..3 {
        let next = naive - offset_at(t);
        if next == t {
            break;
        }
        t = next;
    }
    Some(t)
}

fn t_mktime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("mktime", &args, 1, 1)?;
    let tm = tm_from_tuple(vm, &args.pos[0], "mktime")?;
    match mktime_of(&local_zone(), &tm) {
        Some(t) if time_fmt::utc_tm(t, 0).is_some() => Ok(Value::Float(t as f64)),
        _ => Err(vm.overflow_error("mktime argument out of range")),
    }
}

/// strftime(format, tuple, zone, gmtoff): time.py passes a struct_time's zone fields (None for
/// a plain tuple, which takes the local zone's).
fn t_strftime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("strftime", &args, 4, 4)?;
    let Some(fmt) = args.pos[0].as_str().map(|s| s.as_str().to_string()) else {
        let t = vm.type_name(&args.pos[0]);
        return Err(vm.type_error(format!("strftime() argument 1 must be str, not {t}")));
    };
    let mut tm = tm_from_tuple(vm, &args.pos[1], "strftime")?;
    // CPython's checks: a zero month, day or yearday means the first; the rest must be valid.
    if tm.mon == -1 {
        tm.mon = 0;
    } else if !(0..=11).contains(&tm.mon) {
        return Err(vm.value_error("month out of range"));
    }
    if tm.mday == 0 {
        tm.mday = 1;
    } else if !(0..=31).contains(&tm.mday) {
        return Err(vm.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.hour) {
        return Err(vm.value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.min) {
        return Err(vm.value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.sec) {
        return Err(vm.value_error("seconds out of range"));
    }
    if tm.wday < 0 {
        return Err(vm.value_error("day of week out of range"));
    }
    if tm.yday == -1 {
        tm.yday = 0;
    } else if !(0..=365).contains(&tm.yday) {
        return Err(vm.value_error("day of year out of range"));
    }
    tm.isdst = tm.isdst.clamp(-1, 1);
    if fmt.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    let zone = local_zone();
    match args.pos[2].as_str() {
        Some(s) => tm.zone = s.as_str().to_string(),
        None => {
            // A plain tuple: the local zone's name and offset for its daylight flag.
            let t = mktime_of(&zone, &tm).unwrap_or(0);
            if let Some(local) = local_tm(&zone, t) {
                tm.zone = local.zone;
                tm.gmtoff = local.gmtoff;
            }
        }
    }
    if let Some(off) = int::as_i64(&args.pos[3]) {
        tm.gmtoff = off;
    }
    let epoch = mktime_of(&zone, &tm).unwrap_or(0);
    let out = time_fmt::strftime(&fmt, &tm, epoch);
    Ok(vm.new_str(out))
}

/// (timezone, altzone, daylight, (stdname, dstname)) from January and July of this year (of
/// 1970 when the host denies the clock), as CPython's init_timezone computes them.
fn t_zone_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("zone_info", &args, 0, 0)?;
    let zone = local_zone();
    let now = if vm.require(Capability::Clock).is_ok() {
        clock(ClockId::CLOCK_REALTIME).0
    } else {
        0
    };
    let year = time_fmt::utc_tm(now, 0).map_or(1970, |tm| tm.year);
    let jan_naive = time_fmt::days_from_civil(year, 1, 1) * 86400;
    let jul_naive = time_fmt::days_from_civil(year, 7, 1) * 86400;
    let at = |t: i64| local_tm(&zone, t);
    let (Some(jan), Some(jul)) = (at(jan_naive), at(jul_naive)) else {
        return Err(overflow_os_error(vm));
    };
    let (janzone, julzone) = (-jan.gmtoff, -jul.gmtoff);
    let daylight = (janzone != julzone) as i64;
    let (tz, alt, names) = if janzone < julzone {
        (julzone, janzone, (jul.zone, jan.zone))
    } else {
        (janzone, julzone, (jan.zone, jul.zone))
    };
    let names = vm.new_tuple(vec![vm.new_str(names.0), vm.new_str(names.1)]);
    Ok(vm.new_tuple(vec![
        Value::Int(tz),
        Value::Int(alt),
        Value::Int(daylight),
        names,
    ]))
}
