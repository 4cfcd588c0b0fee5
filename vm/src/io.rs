//! The standard streams, owned by the VM so that a host can capture or forbid them.

use crate::value::Value;
use std::io::{BufRead, Write};

pub struct Io {
    pub stdout: Box<dyn Write>,
    pub stderr: Box<dyn Write>,
    pub stdin: Box<dyn BufRead>,
}

impl Io {
    /// The process's streams; stdout is block-buffered (flushed at exit, on `flush()` and
    /// before reading input), stderr is unbuffered as CPython's is line-buffered.
    pub fn process() -> Io {
        Io {
            stdout: Box::new(std::io::BufWriter::with_capacity(
                1 << 16,
                std::io::stdout(),
            )),
            stderr: Box::new(std::io::stderr()),
            stdin: Box::new(std::io::BufReader::new(std::io::stdin())),
        }
    }

    /// Streams that write into shared buffers (for tests and embedding); stdin is empty.
    pub fn capture() -> (Io, SharedBuf, SharedBuf) {
        let out = SharedBuf::default();
        let err = SharedBuf::default();
        let io = Io {
            stdout: Box::new(out.clone()),
            stderr: Box::new(err.clone()),
            stdin: Box::new(std::io::empty()),
        };
        (io, out, err)
    }

    pub fn flush(&mut self) {
        let _ = self.stdout.flush();
        let _ = self.stderr.flush();
    }
}

/// How print() and input() find sys.stdin/stdout/stderr without a lookup by module name.
#[derive(Default)]
pub struct StdStreams {
    /// sys.__dict__ once the sys module exists, else Null (the VM's own streams are meant).
    pub sys_dict: Value,
    /// The interned names "stdin", "stdout", "stderr".
    pub names: [Value; 3],
    /// Where each name was last found in sys.__dict__'s entries (checked before use).
    pub slots: [usize; 3],
    /// The stream objects the sys module made for `Io`'s streams: given one of these, print()
    /// and input() use `Io` directly. Null until made, and again once closed or detached.
    pub objs: [Value; 3],
}

/// A byte buffer shared between a writer handed to the VM and the host reading it.
#[derive(Clone, Default)]
pub struct SharedBuf(pub std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl SharedBuf {
    pub fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.0.borrow_mut())
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.borrow()).into_owned()
    }
}

impl Write for SharedBuf {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
