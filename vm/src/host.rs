//! What a program may reach outside the interpreter: files, the environment, clocks and the
//! process. Every native module that touches the outside world asks `Vm::require` first, so that
//! a host (the bindings' sandbox) can deny a capability; the CLI allows everything.

/// The capabilities a host grants a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Host {
    /// Opening, reading and writing files; listing, creating and removing directories; stat.
    pub files: bool,
    /// Reading and changing environment variables.
    pub environ: bool,
    /// Wall-clock time and sleeping (monotonic clocks for timing are always allowed).
    pub clock: bool,
    /// The process: pid, urandom, exit codes of children, the working directory's changes.
    pub process: bool,
}

/// One capability, named in the PermissionError a denied request raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capability {
    Files,
    Environ,
    Clock,
    Process,
}

impl Host {
    /// Everything allowed: `pyvm script.py`.
    pub const ALL: Host = Host {
        files: true,
        environ: true,
        clock: true,
        process: true,
    };
    /// Nothing allowed: the sandbox default of an embedding.
    pub const NONE: Host = Host {
        files: false,
        environ: false,
        clock: false,
        process: false,
    };

    pub fn allows(&self, cap: Capability) -> bool {
        match cap {
            Capability::Files => self.files,
            Capability::Environ => self.environ,
            Capability::Clock => self.clock,
            Capability::Process => self.process,
        }
    }
}

impl Capability {
    pub fn describe(self) -> &'static str {
        match self {
            Capability::Files => "file system access",
            Capability::Environ => "environment access",
            Capability::Clock => "wall-clock access",
            Capability::Process => "process access",
        }
    }
}

impl crate::vm::Vm {
    /// Ok when the host grants `cap`; else PermissionError naming what was denied.
    pub fn require(&self, cap: Capability) -> crate::vm::PyResult<()> {
        if self.host.allows(cap) {
            return Ok(());
        }
        let class = self.types.exc.permission_error.clone();
        Err(self.new_exception(
            &class,
            format!("{} is denied by the host embedding pyvm", cap.describe()),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn denied_capability_is_a_permission_error() {
        let (io, _, _) = crate::io::Io::capture();
        let mut vm = crate::vm::Vm::new(io);
        vm.host = Host::NONE;
        let err = vm.require(Capability::Files).unwrap_err();
        assert_eq!(
            crate::vm::class_name(&err.exc().class.get()),
            "PermissionError"
        );
        vm.host = Host::ALL;
        assert!(vm.require(Capability::Environ).is_ok());
    }
}
