//! The interpreter: registers, control flow between opcode bodies and the cores, frame entry and
//! exit, and exception unwinding through the exception tables.

pub mod core;
pub mod frame;
pub mod ops;
pub mod specialize;
#[cfg(feature = "tail-call")]
pub mod tail_core;

use crate::objects::exception::TracebackEntry;
use crate::objects::function::CodeObj;
use crate::objects::generator::{GenStatus, SavedFrame};
use crate::value::{Object, Value};
use crate::vm::{PyErr, PyResult, Vm};
use frame::Frame;
use pyvm_compiler::bytecode::Instr;
use std::ptr::NonNull;

/// Extra evaluation-stack room reserved above each frame's `max_stack`: the unwinder pushes the
/// exception (and a saved instruction index) at a handler's depth.
pub const STACK_SLACK: usize = 2;

/// The hot state of the running frame, kept in registers by the cores.
///
/// `Regs` borrows the code object of the top frame through raw pointers instead of owning a
/// reference: copying it costs no reference-count traffic, and it has no drop glue, so the
/// tail-call core can pass its fields as plain register arguments from handler to handler.
#[derive(Clone, Copy)]
pub struct Regs {
    /// Index of the next instruction.
    pub ip: usize,
    /// First slot of the frame in `Vm::stack`.
    pub base: usize,
    code: NonNull<CodeObj>,
    instrs: NonNull<Instr>,
}

impl Regs {
    /// The registers of the top frame.
    #[inline]
    pub fn load(vm: &Vm) -> Option<Regs> {
        let f = vm.frames.last()?;
        Some(Regs {
            ip: f.ip,
            base: f.base,
            code: NonNull::from(&*f.code),
            instrs: NonNull::from(&f.code.code.instructions[..]).cast(),
        })
    }

    /// Rebuilds registers from their parts (the tail-call core passes them as arguments).
    #[inline(always)]
    pub fn from_parts(
        ip: usize,
        base: usize,
        code: NonNull<CodeObj>,
        instrs: NonNull<Instr>,
    ) -> Regs {
        Regs {
            ip,
            base,
            code,
            instrs,
        }
    }

    /// The parts `from_parts` takes.
    #[inline(always)]
    pub fn parts(self) -> (usize, usize, NonNull<CodeObj>, NonNull<Instr>) {
        (self.ip, self.base, self.code, self.instrs)
    }

    /// The code object of the running frame.
    #[inline(always)]
    pub fn code(&self) -> &CodeObj {
        // SAFETY: `code` was taken from the top frame by `load`, and that frame owns an
        // `Rc<CodeObj>` until it is popped. Every pop (return, unwind, generator suspension) is
        // followed by `Flow::FrameChanged`/`Exit`/`Regs::load` before these registers are read
        // again, so the pointer is live whenever this is called.
        unsafe { self.code.as_ref() }
    }

    /// Fetches the instruction at `ip` and advances `ip` past it.
    #[inline(always)]
    pub fn fetch(&mut self) -> Instr {
        let at = self.ip;
        self.ip += 1;
        #[cfg(feature = "extra-checks")]
        {
            self.code().code.instructions[at]
        }
        #[cfg(not(feature = "extra-checks"))]
        {
            // SAFETY: `instrs` points at the live instruction array of the running code (see
            // `code`). `ip` is always in bounds: it starts at 0 or at a saved resume point, jump
            // and handler targets are verified to be in range by the compiler, and the verifier
            // requires every code object to end in an instruction that never falls through, so
            // `ip` never steps past the last instruction.
            unsafe { *self.instrs.as_ptr().add(at) }
        }
    }
}

impl Flow {
    /// The flow whose discriminant is `bits` (`flow as u32`); anything else is an exit.
    #[inline]
    pub fn from_bits(bits: u32) -> Flow {
        const ALL: [Flow; 5] = [
            Flow::Next,
            Flow::FrameChanged,
            Flow::Raise,
            Flow::Reraise,
            Flow::Exit,
        ];
        ALL.get(bits as usize).copied().unwrap_or(Flow::Exit)
    }
}

/// How a run of the interpreter ended.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// What an opcode body tells the core to do next. It carries no payload (the exception or
/// the exit value waits in `Vm::pending_*`), so it is a plain byte with no drop glue.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Flow {
    /// Run the next instruction (`Regs::ip` may have been changed by a jump).
    Next,
    /// A frame was pushed or popped: reload the registers from the top frame.
    FrameChanged,
    /// An exception (in `Vm::pending_error`) was raised by the instruction before `Regs::ip`.
    Raise,
    /// The exception in `Vm::pending_error` is re-raised: no new traceback entry.
    Reraise,
    /// The entry frame of this run finished (`Vm::pending_exit`).
    Exit,
}

impl Vm {
    /// Runs the top frame (and the frames it calls) until the entry frame returns or yields.
    pub fn run_frame(&mut self) -> PyResult<Exit> {
        core::run(self)
    }

    /// Pushes a frame whose slots are already on the stack at `base`, checking the depth.
    pub fn push_frame(&mut self, frame: Frame) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            self.stack.truncate(frame.ret_to);
            return Err(self.recursion_error());
        }
        self.push_frame_unchecked_depth(frame);
        Ok(())
    }

    /// Pushes a frame, reserving room for its whole evaluation stack first, so that the pushes
    /// of its op bodies never reallocate the stack (their capacity check always passes). An
    /// unchecked push measured slower: LLVM then stored values in pieces that the next 16-byte
    /// load could not forward from (1.1-1.3x on integer loops, same instruction count).
    pub fn push_frame_unchecked_depth(&mut self, frame: Frame) {
        let top = frame.stack_base() + frame.code.code.max_stack as usize + STACK_SLACK;
        self.stack.reserve(top.saturating_sub(self.stack.len()));
        self.frames.push(frame);
    }

    #[cold]
    pub fn raise_flow(&mut self, err: PyErr) -> Flow {
        self.pending_error = Some(err);
        Flow::Raise
    }

    #[cold]
    pub fn reraise_flow(&mut self, err: PyErr) -> Flow {
        self.pending_error = Some(err);
        Flow::Reraise
    }

    pub fn exit_flow(&mut self, exit: Exit) -> Flow {
        self.pending_exit = Some(exit);
        Flow::Exit
    }

    /// Saves the instruction pointer of the running frame before another frame is pushed.
    #[inline]
    pub fn save_ip(&mut self, ip: usize) {
        if let Some(f) = self.frames.last_mut() {
            f.ip = ip;
        }
    }

    /// RETURN_VALUE: pops the frame and hands the value to the caller.
    #[inline]
    pub fn return_from_frame(&mut self, r: &mut Regs, v: Value) -> Flow {
        let Some(frame) = self.frames.pop() else {
            return self.exit_flow(Exit::Return(v));
        };
        self.frame_leaving(&frame, r.ip);
        self.stack.truncate(frame.ret_to);
        if !frame.init_self.is_null() {
            return self.return_from_init(r, frame, v);
        }
        if frame.is_entry {
            if let Some(Object::Generator(g)) = frame.generator.as_object() {
                g.status.set(GenStatus::Finished);
            }
            drop(frame);
            self.maybe_finalize();
            return self.exit_flow(Exit::Return(v));
        }
        drop(frame);
        self.stack.push(v);
        self.maybe_finalize();
        Flow::FrameChanged
    }

    /// The end of an `__init__` run inline by a class call: the call's value is the instance,
    /// and any other return value than None is the caller's TypeError.
    #[cold]
    fn return_from_init(&mut self, r: &mut Regs, mut frame: Frame, v: Value) -> Flow {
        let instance = std::mem::take(&mut frame.init_self);
        drop(frame);
        if !v.is_none() {
            let t = self.type_name(&v);
            let err = self.type_error(format!("__init__() should return None, not '{t}'"));
            // Raised at the caller's CALL, as CPython does after the frame is gone.
            if let Some(caller) = Regs::load(self) {
                *r = caller;
            }
            return self.raise_flow(err);
        }
        self.stack.push(instance);
        self.maybe_finalize();
        Flow::FrameChanged
    }

    /// YIELD_VALUE: moves the generator's frame off the stack into its generator object.
    /// `own`: an async generator's own `yield` (see `GeneratorObj::own_yield`).
    pub fn suspend_generator(&mut self, ip: usize, own: bool) {
        let Some(frame) = self.frames.pop() else {
            return;
        };
        if self
            .frame_objs
            .last()
            .is_some_and(|(i, _)| *i >= self.frames.len())
        {
            self.frame_object_suspended(&frame.generator);
        }
        let slots = self.stack.split_off(frame.base);
        self.stack.truncate(frame.ret_to);
        if let Some(Object::Generator(g)) = frame.generator.as_object() {
            g.frame.replace(Some(SavedFrame {
                code: frame.code,
                func: frame.func,
                globals: frame.globals,
                slots,
                ip,
            }));
            g.status.set(GenStatus::Suspended);
            g.own_yield.set(own);
        }
    }

    /// Charges one step against the host's budget.
    #[cold]
    pub fn charge_step(&mut self) -> Flow {
        if self.steps_left == 0 {
            let e = self.new_exception(
                &self.types.exc.runtime_error.clone(),
                "step budget exhausted",
            );
            return self.raise_flow(e);
        }
        self.steps_left -= 1;
        Flow::Next
    }

    /// Unwinds after an exception raised at `ip - 1` in the top frame: continues at a handler
    /// (returning true) or pops frames until the entry frame is gone (returning false).
    pub fn unwind(&mut self, err: &PyErr, r: &mut Regs, reraise: bool) -> bool {
        let mut add_entry = !reraise;
        loop {
            let Some(frame) = self.frames.last() else {
                return false;
            };
            let lasti = r.ip.saturating_sub(1);
            let handler = frame.code.code.find_handler(lasti as u32).copied();
            if add_entry {
                let index = self.frames.len() - 1;
                let has_object = self.frame_objs.last().is_some_and(|(i, _)| *i == index);
                // A frame the exception leaves gets its finished frame object at once (no
                // stay in `frame_objs` as a live one).
                let obj = if handler.is_none() && !has_object {
                    Value::Obj(self.finished_frame_object(index, r.ip))
                } else {
                    self.frame_object_at(index)
                };
                if let Value::Obj(obj) = obj {
                    err.exc().traceback.with_mut(|tb| {
                        tb.push(TracebackEntry {
                            frame: obj,
                            lasti: lasti as u32,
                        })
                    });
                }
            }
            add_entry = true;
            if let Some(h) = handler {
                let Some(frame) = self.frames.last() else {
                    return false;
                };
                let depth = frame.stack_base() + h.depth as usize;
                let target = h.target as usize;
                let push_lasti = h.push_lasti;
                self.stack.truncate(depth);
                if push_lasti {
                    self.stack.push(Value::Int(lasti as i64));
                }
                self.stack.push(err.value());
                r.ip = target;
                return true;
            }
            let frame = match self.frames.pop() {
                Some(f) => f,
                None => return false,
            };
            self.frame_leaving(&frame, r.ip);
            self.stack.truncate(frame.ret_to);
            if let Some(Object::Generator(g)) = frame.generator.as_object() {
                g.status.set(GenStatus::Finished);
            }
            if frame.is_entry {
                return false;
            }
            match Regs::load(self) {
                Some(next) => *r = next,
                None => return false,
            }
        }
    }

    /// Records the exception being handled as the context of a new one.
    pub fn set_context(&mut self, err: &PyErr) {
        let handled = self.handled_exception.clone();
        if handled.is_none() || handled.is_null() {
            return;
        }
        if handled.is(&err.value()) {
            return;
        }
        let exc = err.exc();
        if exc.context.with(|c| c.is_none()) {
            exc.context.replace(handled);
        }
    }
}

/// Which interpreter core this build runs.
#[cfg(not(feature = "tail-call"))]
pub const CORE_NAME: &str = "match core";
#[cfg(feature = "tail-call")]
pub const CORE_NAME: &str = "tail-call core";

#[cfg(test)]
mod tests {
    use crate::io::Io;
    use crate::value::Value;
    use crate::vm::Vm;

    use crate::test_support::run;

    #[test]
    fn frames_reserve_their_whole_evaluation_stack() {
        // A call with many arguments inside a deep expression: the callee's frame needs more
        // evaluation stack than the module's, and pushes without capacity checks rely on it.
        let src = "def g(*a):\n    return sum(a)\ndef f():\n    return 1 + (2 * (3 - g(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)))\nprint(f())\n";
        let (vm, out, err) = run(src);
        assert_eq!(err, None);
        assert_eq!(out, "-149\n");
        assert!(vm.stack.capacity() >= 12 + super::STACK_SLACK);
    }

    #[test]
    fn flows_survive_their_bits() {
        use super::Flow;
        for f in [
            Flow::Next,
            Flow::FrameChanged,
            Flow::Raise,
            Flow::Reraise,
            Flow::Exit,
        ] {
            assert_eq!(Flow::from_bits(f as u32), f);
        }
    }

    #[test]
    fn frames_and_stack_are_released_after_calls() {
        let (vm, out, err) =
            run("def f(a, b=2):\n    return a + b\nprint(f(1), f(1, 5), f(b=1, a=3))\n");
        assert_eq!(err, None);
        assert_eq!(out, "3 6 4\n");
        assert!(vm.frames.is_empty());
        assert!(vm.stack.is_empty());
        assert_eq!(vm.depth, 0);
    }

    #[test]
    fn exceptions_unwind_frames_and_stack() {
        let (vm, out, err) = run("def g():\n    [1, 2][5]\ndef f():\n    try:\n        g()\n    except IndexError as e:\n        print('caught', e)\n    g()\nf()\n");
        assert_eq!(out, "caught list index out of range\n");
        assert_eq!(err.as_deref(), Some("IndexError: list index out of range"));
        assert!(vm.frames.is_empty());
        assert!(vm.stack.is_empty());
    }

    #[test]
    fn deep_recursion_is_a_recursion_error_not_a_crash() {
        let (vm, _, err) = run("def f(n):\n    return f(n + 1)\nf(0)\n");
        assert_eq!(
            err.as_deref(),
            Some("RecursionError: maximum recursion depth exceeded")
        );
        assert!(vm.frames.is_empty());
    }

    #[test]
    fn python_calls_do_not_recurse_on_the_rust_stack() {
        // 50_000 nested Python calls on a small thread stack: only possible if calls stay in
        // the interpreter loop.
        let handle = std::thread::Builder::new()
            .stack_size(4 << 20)
            .spawn(|| {
                let (_, out, err) = run("import sys\nsys.setrecursionlimit(60000)\n");
                let _ = (out, err);
                let (io, out, _) = Io::capture();
                let mut vm = Vm::new(io);
                vm.recursion_limit = 60_000;
                let code = vm
                    .compile(
                        "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(50000))\n",
                        "<t>",
                        pyvm_compiler::Mode::Exec,
                    )
                    .expect("compiles");
                let g = vm.new_dict();
                vm.run_code(&code, g, Value::Null).ok();
                vm.io.flush();
                out.text()
            })
            .expect("thread");
        assert_eq!(handle.join().expect("no stack overflow"), "50000\n");
    }

    #[test]
    fn coroutines_and_async_generators_leave_the_stack_clean() {
        let src = "class T:\n    def __await__(self):\n        yield 't'\nasync def ag():\n    await T()\n    yield 1\nasync def f(n):\n    return [x async for x in ag()] + [n]\nc = f(2)\nprint(c.send(None))\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print(e.value)\n";
        let (vm, out, err) = run(src);
        assert_eq!(err, None);
        assert_eq!(out, "t\n[1, 2]\n");
        assert!(vm.stack.is_empty());
        assert!(vm.frames.is_empty());
        assert_eq!(vm.depth, 0);
    }

    #[test]
    fn generators_suspend_off_the_stack() {
        let (vm, out, err) = run("def gen(n):\n    for i in range(n):\n        yield i * i\ng = gen(4)\nprint(next(g), list(g))\n");
        assert_eq!(err, None);
        assert_eq!(out, "0 [1, 4, 9]\n");
        assert!(vm.stack.is_empty());
    }
}
