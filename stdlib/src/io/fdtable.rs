//! The VM's file descriptors: each number a program sees (`f.fileno()`, `os.open`) keys the
//! `std::fs::File` behind it, so that descriptor calls stay within std's safe API. 0, 1 and 2
//! stand for the VM's own streams (`vm.io`), which a host may capture.

use pyvm_vm::objects::native::NativeData;
use pyvm_vm::Vm;
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{self, BufRead, Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;
use std::rc::{Rc, Weak};

pub enum Fd {
    File(std::fs::File),
    /// The VM's stdin (0), stdout (1) or stderr (2).
    Std(u8),
    Closed,
}

pub type Handle = Rc<RefCell<Fd>>;

pub fn ebadf() -> io::Error {
    io::Error::from_raw_os_error(9)
}

/// Descriptors by number: owned ones (from os.open) strongly, those of file objects weakly (the
/// object closes its file when it goes).
#[derive(Default)]
struct Table {
    map: HashMap<i32, (Option<Handle>, Weak<RefCell<Fd>>)>,
}

impl NativeData for Table {}

const KEY: &str = "_io.fds";

fn with_table<R: Default>(vm: &mut Vm, f: impl FnOnce(&mut Table) -> R) -> R {
    if !vm.module_state.contains_key(KEY) {
        let class = vm.new_native_type("_io", "_fdtable", false);
        let t = vm.new_native_object(&class, Box::new(Table::default()));
        vm.module_state.insert(KEY.into(), t);
    }
    let t = vm.module_state.get(KEY).cloned().unwrap_or_default();
    vm.native_with_mut(&t, f).unwrap_or_default()
}

/// Enters an open file in the table; `owned`: the table keeps it open (os.open).
pub fn register(vm: &mut Vm, h: &Handle, owned: bool) -> i32 {
    let fd = match &*h.borrow() {
        Fd::File(f) => f.as_raw_fd(),
        Fd::Std(n) => *n as i32,
        Fd::Closed => return -1,
    };
    let strong = owned.then(|| h.clone());
    with_table(vm, |t| {
        t.map.insert(fd, (strong, Rc::downgrade(h)));
    });
    fd
}

/// The open file behind a descriptor number.
pub fn lookup(vm: &mut Vm, fd: i64) -> Option<Handle> {
    let fd32 = i32::try_from(fd).ok()?;
    let found = with_table(vm, |t| match t.map.get(&fd32) {
        Some((_, weak)) => match weak.upgrade() {
            Some(h) if !matches!(&*h.borrow(), Fd::Closed) => Some(h),
            _ => {
                t.map.remove(&fd32);
                None
            }
        },
        None => None,
    });
    match found {
        Some(h) => Some(h),
        None if (0..=2).contains(&fd) => Some(Rc::new(RefCell::new(Fd::Std(fd as u8)))),
        None => None,
    }
}

/// Drops the table's entry for a descriptor (closed by its owner).
pub fn forget(vm: &mut Vm, fd: i32) {
    with_table(vm, |t| {
        t.map.remove(&fd);
    });
}

/// Closes a descriptor by number (os.close).
pub fn close_fd(vm: &mut Vm, fd: i64) -> io::Result<()> {
    let h = lookup(vm, fd).ok_or_else(ebadf)?;
    let was_open = !matches!(&*h.borrow(), Fd::Closed);
    *h.borrow_mut() = Fd::Closed;
    if let Ok(fd) = i32::try_from(fd) {
        forget(vm, fd);
    }
    if was_open {
        Ok(())
    } else {
        Err(ebadf())
    }
}

pub fn read(vm: &mut Vm, h: &Handle, n: usize) -> io::Result<Vec<u8>> {
    match &mut *h.borrow_mut() {
        Fd::File(f) => {
            let mut buf = vec![0u8; n];
            let got = loop {
                match f.read(&mut buf) {
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    r => break r?,
                }
            };
            buf.truncate(got);
            Ok(buf)
        }
        Fd::Std(0) => {
            let _ = vm.io.stdout.flush();
            let avail = vm.io.stdin.fill_buf()?;
            let k = avail.len().min(n);
            let out = avail[..k].to_vec();
            vm.io.stdin.consume(k);
            Ok(out)
        }
        _ => Err(ebadf()),
    }
}

pub fn read_all(vm: &mut Vm, h: &Handle) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    match &mut *h.borrow_mut() {
        Fd::File(f) => {
            f.read_to_end(&mut out)?;
        }
        Fd::Std(0) => {
            let _ = vm.io.stdout.flush();
            vm.io.stdin.read_to_end(&mut out)?;
        }
        _ => return Err(ebadf()),
    }
    Ok(out)
}

/// Reads through the next b'\n' (stdin: without reading past it, so that input() and
/// sys.stdin share what the host's stream buffered).
pub fn read_line(vm: &mut Vm, h: &Handle, out: &mut Vec<u8>) -> io::Result<usize> {
    match &mut *h.borrow_mut() {
        Fd::Std(0) => {
            let _ = vm.io.stdout.flush();
            vm.io.stdin.read_until(b'\n', out)
        }
        _ => Err(ebadf()),
    }
}

pub fn write(vm: &mut Vm, h: &Handle, data: &[u8]) -> io::Result<usize> {
    match &mut *h.borrow_mut() {
        Fd::File(f) => {
            f.write_all(data)?;
            Ok(data.len())
        }
        Fd::Std(1) => {
            vm.io.stdout.write_all(data)?;
            Ok(data.len())
        }
        Fd::Std(2) => {
            let _ = vm.io.stdout.flush();
            vm.io.stderr.write_all(data)?;
            Ok(data.len())
        }
        _ => Err(ebadf()),
    }
}

pub fn flush_std(vm: &mut Vm, h: &Handle) {
    match &*h.borrow() {
        Fd::Std(1) => {
            let _ = vm.io.stdout.flush();
        }
        Fd::Std(2) => {
            let _ = vm.io.stderr.flush();
        }
        _ => {}
    }
}

pub fn seek(h: &Handle, to: SeekFrom) -> io::Result<u64> {
    match &mut *h.borrow_mut() {
        Fd::File(f) => f.seek(to),
        Fd::Std(_) => Err(io::Error::from_raw_os_error(29)),
        Fd::Closed => Err(ebadf()),
    }
}

pub fn truncate(h: &Handle, size: u64) -> io::Result<()> {
    match &mut *h.borrow_mut() {
        Fd::File(f) => f.set_len(size),
        Fd::Std(_) => Err(io::Error::from_raw_os_error(22)),
        Fd::Closed => Err(ebadf()),
    }
}

pub fn isatty(h: &Handle) -> bool {
    use std::io::IsTerminal;
    match &*h.borrow() {
        Fd::File(f) => f.is_terminal(),
        Fd::Std(0) => io::stdin().is_terminal(),
        Fd::Std(1) => io::stdout().is_terminal(),
        Fd::Std(2) => io::stderr().is_terminal(),
        _ => false,
    }
}

pub fn metadata(h: &Handle) -> io::Result<std::fs::Metadata> {
    match &*h.borrow() {
        Fd::File(f) => f.metadata(),
        Fd::Std(_) => Err(io::Error::from_raw_os_error(95)),
        Fd::Closed => Err(ebadf()),
    }
}

/// The descriptor number of an open handle.
pub fn number(h: &Handle) -> Option<i32> {
    match &*h.borrow() {
        Fd::File(f) => Some(f.as_raw_fd()),
        Fd::Std(n) => Some(*n as i32),
        Fd::Closed => None,
    }
}
