//! The posix module: the operating system calls os.py builds on (files, directories, stat, the
//! environment, the process), through std's safe API and the host's capability checks.

use crate::io::fdtable::{self, Fd};
use crate::io::fileio::path_arg;
use crate::io::{bind, errno_error, new_bytes, os_error};
use pyvm_vm::host::Capability;
use pyvm_vm::{Args, Object, PyResult, Value, Vm};
use std::cell::RefCell;
use std::rc::Rc;

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("posix");
    let funcs: &[(&'static str, pyvm_vm::NativeFn)] = &[
        ("getcwd", p_getcwd),
        ("chdir", p_chdir),
        ("listdir", p_listdir),
        ("_scandir", p_scandir),
        ("mkdir", p_mkdir),
        ("rmdir", p_rmdir),
        ("remove", p_remove),
        ("unlink", p_remove),
        ("rename", p_rename),
        ("replace", p_rename),
        ("_stat", p_stat),
        ("_fstat", p_fstat),
        ("access", p_access),
        ("chmod", p_chmod),
        ("readlink", p_readlink),
        ("symlink", p_symlink),
        ("_environ", p_environ),
        ("putenv", p_putenv),
        ("unsetenv", p_unsetenv),
        ("getpid", p_getpid),
        ("getppid", p_getppid),
        ("cpu_count", p_cpu_count),
        ("urandom", p_urandom),
        ("strerror", p_strerror),
        ("get_terminal_size", p_get_terminal_size),
        ("open", p_open),
        ("close", p_close),
        ("read", p_read),
        ("write", p_write),
        ("lseek", p_lseek),
        ("isatty", p_isatty),
    ];
    for (name, f) in funcs {
        let v = vm.new_native(name, *f);
        vm.module_set(&m, name, v);
    }
    for (name, v) in [
        ("F_OK", 0),
        ("R_OK", 4),
        ("W_OK", 2),
        ("X_OK", 1),
        ("O_RDONLY", 0),
        ("O_WRONLY", 1),
        ("O_RDWR", 2),
        ("O_CREAT", 0o100),
        ("O_EXCL", 0o200),
        ("O_TRUNC", 0o1000),
        ("O_APPEND", 0o2000),
        ("O_CLOEXEC", 0o2000000),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
    ] {
        vm.module_set(&m, name, Value::Int(v));
    }
    Ok(m)
}

/// A path argument and the value to name in errors.
fn path(vm: &mut Vm, v: &Option<Value>, fname: &str) -> PyResult<(String, Value)> {
    let v = v.clone().unwrap_or_default();
    let p = path_arg(vm, &v, fname)?;
    let shown = match v.as_str() {
        Some(_) => v.clone(),
        None if matches!(v.builtin_payload(), Some(Object::Bytes(_))) => v.clone(),
        None => vm.new_str(p.clone()),
    };
    Ok((p, shown))
}

fn files(vm: &Vm) -> PyResult<()> {
    vm.require(Capability::Files)
}

fn p_getcwd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bind(vm, &args, 0, "getcwd", &[], 0)?;
    files(vm)?;
    let d = std::env::current_dir().map_err(|e| os_error(vm, &e, None))?;
    Ok(vm.new_str(d.to_string_lossy().into_owned()))
}

fn p_chdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, &args, 0, "chdir", &["path"], 1)?;
    let (p, shown) = path(vm, &a[0], "chdir")?;
    vm.require(Capability::Process)?;
    std::env::set_current_dir(&p).map_err(|e| os_error(vm, &e, Some(shown)))?;
    Ok(Value::None)
}

fn dir_arg(vm: &mut Vm, v: &Option<Value>, fname: &str) -> PyResult<(String, Value, bool)> {
    match v {
        None => Ok((".".into(), vm.new_str("."), false)),
        Some(x) if x.is_none() => Ok((".".into(), vm.new_str("."), false)),
        Some(x) => {
            let bytes = matches!(x.builtin_payload(), Some(Object::Bytes(_)));
            let (p, shown) = path(vm, v, fname)?;
            Ok((p, shown, bytes))
        }
    }
}

fn p_listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, &args, 0, "listdir", &["path"], 0)?;
    let (p, shown, bytes) = dir_arg(vm, &a[0], "listdir")?;
    files(vm)?;
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(vm, &e, Some(shown.clone())))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| os_error(vm, &e, Some(shown.clone())))?;
        let name = ent.file_name().to_string_lossy().into_owned();
        out.push(if bytes {
            new_bytes(name.as_bytes())
        } else {
            vm.new_str(name)
        });
    }
    Ok(vm.new_list(out))
}

/// posix._scandir(path): [(name, path, kind, inode)] with kind 'f', 'd', 'l' or 'o'.
fn p_scandir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, &args, 0, "scandir", &["path"], 0)?;
    let (p, shown, _) = dir_arg(vm, &a[0], "scandir")?;
    files(vm)?;
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(vm, &e, Some(shown.clone())))?;
    let mut out = Vec::new();
    for ent in rd {
        use std::os::unix::fs::DirEntryExt;
        let ent = ent.map_err(|e| os_error(vm, &e, Some(shown.clone())))?;
        let name = ent.file_name().to_string_lossy().into_owned();
        let full = if p == "." && a[0].as_ref().is_none_or(|v| v.is_none()) {
            format!("./{name}")
        } else if p.ends_with('/') {
            format!("{p}{name}")
        } else {
            format!("{p}/{name}")
        };
        let kind = match ent.file_type() {
            Ok(t) if t.is_symlink() => "l",
            Ok(t) if t.is_dir() => "d",
            Ok(t) if t.is_file() => "f",
            _ => "o",
        };
        let item = vm.new_tuple(vec![
            vm.new_str(name),
            vm.new_str(full),
            vm.new_str(kind),
            Value::from_i128(ent.ino() as i128),
        ]);
        out.push(item);
    }
    Ok(vm.new_list(out))
}

fn p_mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, &args, 0, "mkdir", &["path", "mode", "dir_fd"], 1)?;
    let (p, shown) = path(vm, &a[0], "mkdir")?;
    let mode = match &a[1] {
        Some(v) => crate::io::int_arg(vm, v)?,
        None => 0o777,
    };
    files(vm)?;
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .mode(mode as u32)
        .create(&p)
        .map_err(|e| os_error(vm, &e, Some(shown)))?;
    Ok(Value::None)
}

fn p_rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, &args, 0, "rmdir", &["path", "dir_fd"], 1)?;
    let (p, shown) = path(vm, &a[0], "rmdir")?;
    files(vm)?;
    std::fs::remove_dir(&p).map_err(|e| os_error(vm, &e, Some(shown)))?;
    Ok(Value::None)
}

fn p_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, &args, 0, "remove", &["path", "dir_fd"], 1)?;
    let (p, shown) = path(vm, &a[0], "remove")?;
    files(vm)?;
    std::fs::remove_file(&p).map_err(|e| os_error(vm, &e, Some(shown)))?;
    Ok(Value::None)
}

fn p_rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(
        vm,
        &args,
        0,
        "rename",
        &["src", "dst", "src_dir_fd", "dst_dir_fd"],
        2,
    )?;
    let (src, s1) = path(vm, &a[0], "rename")?;
    let (dst, s2) = path(vm, &a[1], "rename")?;
    files(vm)?;
    if let Err(e) = std::fs::rename(&src, &dst) {
        return Err(match e.raw_os_error() {
            Some(n) => errno_error(vm, n, Some(s1), Some(s2)),
            None => os_error(vm, &e, Some(s1)),
        });
    }
    Ok(Value::None)
}

fn stat_tuple(vm: &mut Vm, md: &std::fs::Metadata) -> Value {
    use std::os::unix::fs::MetadataExt;
    let t = |s: i64, ns: i64| Value::Float(s as f64 + ns as f64 * 1e-9);
    let ns = |s: i64, n: i64| Value::from_i128(s as i128 * 1_000_000_000 + n as i128);
    vm.new_tuple(vec![
        Value::Int(md.mode() as i64),
        Value::from_i128(md.ino() as i128),
        Value::from_i128(md.dev() as i128),
        Value::Int(md.nlink() as i64),
        Value::Int(md.uid() as i64),
        Value::Int(md.gid() as i64),
        Value::Int(md.size() as i64),
        t(md.atime(), md.atime_nsec()),
        t(md.mtime(), md.mtime_nsec()),
        t(md.ctime(), md.ctime_nsec()),
        ns(md.atime(), md.atime_nsec()),
        ns(md.mtime(), md.mtime_nsec()),
        ns(md.ctime(), md.ctime_nsec()),
        Value::Int(md.blksize() as i64),
        Value::Int(md.blocks() as i64),
        Value::from_i128(md.rdev() as i128),
    ])
}

/// posix._stat(path, follow_symlinks): the fields of os.stat_result as a tuple.
fn p_stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, &args, 0, "stat", &["path", "follow_symlinks"], 1)?;
    let follow = match &a[1] {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    if let Some(fd) = a[0].as_ref().and_then(pyvm_vm::objects::int::as_i64) {
        return fstat(vm, fd);
    }
    let (p, shown) = path(vm, &a[0], "stat")?;
    files(vm)?;
    let md = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    }
    .map_err(|e| os_error(vm, &e, Some(shown)))?;
    Ok(stat_tuple(vm, &md))
}

fn fstat(vm: &mut Vm, fd: i64) -> PyResult<Value> {
    files(vm)?;
    let h = fdtable::lookup(vm, fd).ok_or_else(|| errno_error(vm, 9, None, None))?;
    let md = fdtable::metadata(&h).map_err(|e| os_error(vm, &e, None))?;
    Ok(stat_tuple(vm, &md))
}

fn p_fstat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, &args, 0, "fstat", &["fd"], 1)?;
    let fd = crate::io::int_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    fstat(vm, fd)
}

/// The process's effective uid and groups, from /proc (std has no safe call for them).
fn ids() -> (u32, Vec<u32>) {
    let text = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let (mut uid, mut groups) = (u32::MAX, Vec::new());
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("Uid:") {
            uid = rest
                .split_whitespace()
                .nth(1)
                .and_then(|s| s.parse().ok())
                .unwrap_or(u32::MAX);
        } else if let Some(rest) = line.strip_prefix("Gid:") {
            groups.extend(
                rest.split_whitespace()
                    .nth(1)
                    .and_then(|s| s.parse::<u32>().ok()),
            );
        } else if let Some(rest) = line.strip_prefix("Groups:") {
            groups.extend(
                rest.split_whitespace()
                    .filter_map(|s| s.parse::<u32>().ok()),
            );
        }
    }
    (uid, groups)
}

fn p_access(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(
        vm,
        &args,
        0,
        "access",
        &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        2,
    )?;
    let (p, _) = path(vm, &a[0], "access")?;
    let mode = crate::io::int_arg(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    files(vm)?;
    use std::os::unix::fs::MetadataExt;
    let Ok(md) = std::fs::metadata(&p) else {
        return Ok(Value::Bool(false));
    };
    let (uid, groups) = ids();
    let bits = md.mode();
    let ok = |want: u32| -> bool {
        if uid == 0 {
            // root reads and writes anything, and executes what has any execute bit.
            return want != 1 || bits & 0o111 != 0 || md.is_dir();
        }
        let shift = if md.uid() == uid {
            6
        } else if groups.contains(&md.gid()) {
            3
        } else {
            0
        };
        bits >> shift & want != 0
    };
    let mut allowed = true;
    for (flag, want) in [(4, 4), (2, 2), (1, 1)] {
        if mode & flag != 0 && !ok(want) {
            allowed = false;
        }
    }
    Ok(Value::Bool(allowed))
}

fn p_chmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(
        vm,
        &args,
        0,
        "chmod",
        &["path", "mode", "dir_fd", "follow_symlinks"],
        2,
    )?;
    let (p, shown) = path(vm, &a[0], "chmod")?;
    let mode = crate::io::int_arg(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    files(vm)?;
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode as u32))
        .map_err(|e| os_error(vm, &e, Some(shown)))?;
    Ok(Value::None)
}

fn p_readlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, &args, 0, "readlink", &["path", "dir_fd"], 1)?;
    let (p, shown) = path(vm, &a[0], "readlink")?;
    files(vm)?;
    let t = std::fs::read_link(&p).map_err(|e| os_error(vm, &e, Some(shown)))?;
    Ok(vm.new_str(t.to_string_lossy().into_owned()))
}

fn p_symlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(
        vm,
        &args,
        0,
        "symlink",
        &["src", "dst", "target_is_directory", "dir_fd"],
        2,
    )?;
    let (src, s1) = path(vm, &a[0], "symlink")?;
    let (dst, s2) = path(vm, &a[1], "symlink")?;
    files(vm)?;
    if let Err(e) = std::os::unix::fs::symlink(&src, &dst) {
        return Err(match e.raw_os_error() {
            Some(n) => errno_error(vm, n, Some(s1), Some(s2)),
            None => os_error(vm, &e, Some(s1)),
        });
    }
    Ok(Value::None)
}

/// posix._environ(): the environment as a dict of str.
fn p_environ(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bind(vm, &args, 0, "_environ", &[], 0)?;
    vm.require(Capability::Environ)?;
    let d = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        let k = vm.new_str(k.to_string_lossy().into_owned());
        let v = vm.new_str(v.to_string_lossy().into_owned());
        vm.dict_set(&d, k, v)?;
    }
    Ok(d)
}

fn env_str(vm: &mut Vm, v: &Option<Value>, fname: &str, what: &str) -> PyResult<String> {
    let v = v.clone().unwrap_or_default();
    let s = match v.as_str() {
        Some(s) => s.as_str().to_string(),
        None => match v.builtin_payload() {
            Some(Object::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
            _ => {
                let t = vm.type_name(&v);
                return Err(vm.type_error(format!(
                    "{fname}: expected str, bytes or os.PathLike object, not {t}"
                )));
            }
        },
    };
    if s.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    if what == "name" && (s.is_empty() || s.contains('=')) {
        return Err(vm.value_error("illegal environment variable name"));
    }
    Ok(s)
}

fn p_putenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, &args, 0, "putenv", &["name", "value"], 2)?;
    let k = env_str(vm, &a[0], "putenv", "name")?;
    let v = env_str(vm, &a[1], "putenv", "value")?;
    vm.require(Capability::Environ)?;
    std::env::set_var(k, v);
    Ok(Value::None)
}

fn p_unsetenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, &args, 0, "unsetenv", &["name"], 1)?;
    let k = env_str(vm, &a[0], "unsetenv", "name")?;
    vm.require(Capability::Environ)?;
    std::env::remove_var(k);
    Ok(Value::None)
}

fn p_getpid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bind(vm, &args, 0, "getpid", &[], 0)?;
    vm.require(Capability::Process)?;
    Ok(Value::Int(std::process::id() as i64))
}

fn p_getppid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bind(vm, &args, 0, "getppid", &[], 0)?;
    vm.require(Capability::Process)?;
    Ok(Value::Int(std::os::unix::process::parent_id() as i64))
}

fn p_cpu_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bind(vm, &args, 0, "cpu_count", &[], 0)?;
    // CPython counts the online processors, not those this process may run on.
    let online = std::fs::read_to_string("/sys/devices/system/cpu/online")
        .ok()
        .and_then(|s| {
            let mut n = 0usize;
            for part in s.trim().split(',') {
                let mut ends = part.split('-').map(|x| x.parse::<usize>().ok());
                match (ends.next().flatten(), ends.next()) {
                    (Some(a), Some(Some(b))) => n += b.checked_sub(a)? + 1,
                    (Some(_), None) => n += 1,
                    _ => return None,
                }
            }
            Some(n)
        });
    let n = online.or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()));
    Ok(n.map_or(Value::None, |n| Value::Int(n as i64)))
}

fn p_urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, &args, 0, "urandom", &["size"], 1)?;
    let n = crate::io::int_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    vm.require(Capability::Process)?;
    use std::io::Read;
    let mut buf = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| os_error(vm, &e, None))?;
    Ok(new_bytes(&buf))
}

fn p_strerror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, &args, 0, "strerror", &["code"], 1)?;
    let n = crate::io::int_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let text = match i32::try_from(n) {
        Ok(n) if crate::errno::name_of(n as i64).is_some() || n == 0 => crate::io::strerror(n),
        _ => format!("Unknown error {n}"),
    };
    Ok(vm.new_str(text))
}

fn p_get_terminal_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, &args, 0, "get_terminal_size", &["fd"], 0)?;
    let fd = match &a[0] {
        Some(v) => crate::io::int_arg(vm, v)?,
        None => 1,
    };
    let h = fdtable::lookup(vm, fd).ok_or_else(|| errno_error(vm, 9, None, None))?;
    if !fdtable::isatty(&h) {
        return Err(errno_error(vm, 25, None, None));
    }
    Err(vm
        .not_implemented_error("os.get_terminal_size() of a terminal is not supported by pyvm yet"))
}

fn p_open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(
        vm,
        &args,
        0,
        "open",
        &["path", "flags", "mode", "dir_fd"],
        2,
    )?;
    let (p, shown) = path(vm, &a[0], "open")?;
    let flags = crate::io::int_arg(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    let mode = match &a[2] {
        Some(v) => crate::io::int_arg(vm, v)?,
        None => 0o777,
    };
    files(vm)?;
    use std::os::unix::fs::OpenOptionsExt;
    let mut o = std::fs::OpenOptions::new();
    match flags & 3 {
        0 => o.read(true),
        1 => o.write(true),
        _ => o.read(true).write(true),
    };
    if flags & 0o100 != 0 {
        if flags & 0o200 != 0 {
            o.create_new(true);
        } else {
            o.create(true);
        }
    }
    if flags & 0o1000 != 0 {
        o.truncate(true);
    }
    if flags & 0o2000 != 0 {
        o.append(true);
    }
    o.mode(mode as u32)
        .custom_flags((flags & !(3 | 0o100 | 0o200 | 0o1000 | 0o2000)) as i32);
    let f = o.open(&p).map_err(|e| os_error(vm, &e, Some(shown)))?;
    let h = Rc::new(RefCell::new(Fd::File(f)));
    let fd = fdtable::register(vm, &h, true);
    Ok(Value::Int(fd as i64))
}

fn fd_arg(vm: &mut Vm, v: &Option<Value>) -> PyResult<(i64, fdtable::Handle)> {
    let fd = crate::io::int_arg(vm, v.as_ref().unwrap_or(&Value::None))?;
    files(vm)?;
    match fdtable::lookup(vm, fd) {
        Some(h) => Ok((fd, h)),
        None => Err(errno_error(vm, 9, None, None)),
    }
}

fn p_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, &args, 0, "close", &["fd"], 1)?;
    let fd = crate::io::int_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    files(vm)?;
    fdtable::close_fd(vm, fd).map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::None)
}

fn p_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, &args, 0, "read", &["fd", "length"], 2)?;
    let (_, h) = fd_arg(vm, &a[0])?;
    let n = crate::io::int_arg(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    if n < 0 {
        return Err(errno_error(vm, 22, None, None));
    }
    let data = fdtable::read(vm, &h, n as usize).map_err(|e| os_error(vm, &e, None))?;
    Ok(new_bytes(&data))
}

fn p_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, &args, 0, "write", &["fd", "data"], 2)?;
    let (_, h) = fd_arg(vm, &a[0])?;
    let data = crate::io::buffer_arg(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    let n = fdtable::write(vm, &h, &data).map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::Int(n as i64))
}

fn p_lseek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, &args, 0, "lseek", &["fd", "position", "whence"], 3)?;
    let (_, h) = fd_arg(vm, &a[0])?;
    let pos = crate::io::int_arg(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    let whence = crate::io::int_arg(vm, a[2].as_ref().unwrap_or(&Value::None))?;
    let to = crate::io::fileio::seek_from(vm, pos, whence)?;
    let r = fdtable::seek(&h, to).map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::Int(r as i64))
}

fn p_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(vm, &args, 0, "isatty", &["fd"], 1)?;
    let fd = crate::io::int_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    Ok(Value::Bool(
        fdtable::lookup(vm, fd).is_some_and(|h| fdtable::isatty(&h)),
    ))
}
