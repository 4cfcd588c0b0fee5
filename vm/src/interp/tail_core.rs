//! The tail-call core (cargo feature `tail-call`, nightly): one handler per opcode, generated
//! from the opcode list, each running the opcode's one body from `ops` and ending in its own
//! `become` through a 256-entry handler table, so that every opcode has its own indirect jump.
//!
//! The hot state travels in registers: every handler takes the VM, the instruction pointer,
//! the frame base, the code object, the instruction array and the instruction's argument (six
//! arguments, all passed in registers), and rebuilds a `Regs` from them that the inlined op body
//! works on. The handlers use the `rust-preserve-none` calling convention: a handler saves no
//! callee-saved registers of its caller (there is nothing to return to until the run ends), so
//! the registers stay free for the hot state and the op bodies.
//!
//! A run ends when a handler returns instead of tail-calling (the entry frame returned or
//! yielded, or an exception left it); its result waits in `Vm::core_result`, so that the handler
//! signature has no return slot in memory.

use super::core::after_flow;
use super::{ops, Exit, Flow, Regs};
use crate::objects::function::CodeObj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use pyvm_compiler::bytecode::{Instr, Opcode};
use pyvm_compiler::for_each_opcode;
use std::ptr::NonNull;

/// The value a handler chain returns: the run is over and its result is in `Vm::core_result`.
pub struct Finished;

type Handler = extern "rust-preserve-none" fn(
    &mut Vm,
    usize,
    usize,
    NonNull<CodeObj>,
    NonNull<Instr>,
    u32,
) -> Finished;

/// Fetches the instruction at `r.ip` and tail-calls its handler: the one dispatch sequence,
/// expanded at the end of every handler (each gets its own indirect jump) and of `after_op`.
macro_rules! dispatch {
    ($vm:ident, $r:ident) => {{
        let instr = $r.fetch();
        let handler = HANDLERS[instr.op_byte() as usize];
        let (ip, base, code, instrs) = $r.parts();
        become handler($vm, ip, base, code, instrs, instr.arg())
    }};
}

macro_rules! tail_handlers {
    ($(($variant:ident, $name:literal, $has_arg:literal)),* $(,)?) => {
        mod handlers {
            use super::*;
            $(
                #[allow(non_snake_case)]
                pub(super) extern "rust-preserve-none" fn $variant(
                    vm: &mut Vm,
                    ip: usize,
                    base: usize,
                    code: NonNull<CodeObj>,
                    instrs: NonNull<Instr>,
                    arg: u32,
                ) -> Finished {
                    let mut r = Regs::from_parts(ip, base, code, instrs);
                    let flow = ops::$variant(vm, &mut r, arg);
                    if flow != Flow::Next {
                        // Calls and returns dispatch from their own handler, like every op;
                        // everything else goes to `after_op`.
                        let callee_or_caller = if flow == Flow::FrameChanged {
                            Regs::load(vm)
                        } else {
                            None
                        };
                        match callee_or_caller {
                            Some(next) => r = next,
                            None => {
                                let (ip, base, code, instrs) = r.parts();
                                become after_op(vm, ip, base, code, instrs, flow as u32);
                            }
                        }
                    }
                    dispatch!(vm, r)
                }
            )*
        }

        /// The handler of each opcode byte; bytes that are no opcode get `invalid_opcode`.
        static HANDLERS: [Handler; 256] = {
            let mut table: [Handler; 256] = [invalid_opcode; 256];
            $(table[Opcode::$variant as usize] = handlers::$variant;)*
            table
        };
    };
}
for_each_opcode!(tail_handlers);

/// Continues after an op that raised or ended the run: unwinds to the exception handler and
/// dispatches there, or ends the run. Reached by a tail call, so that the handlers' fast paths
/// keep the registers to themselves and never spill them for this rarer work.
#[inline(never)]
extern "rust-preserve-none" fn after_op(
    vm: &mut Vm,
    ip: usize,
    base: usize,
    code: NonNull<CodeObj>,
    instrs: NonNull<Instr>,
    flow: u32,
) -> Finished {
    let mut r = Regs::from_parts(ip, base, code, instrs);
    if let Some(done) = after_flow(vm, &mut r, Flow::from_bits(flow)) {
        return finish(vm, done);
    }
    dispatch!(vm, r)
}

/// Never reached: instructions are only built from `Opcode`s. Ends the run with SystemError
/// rather than trusting the byte.
#[cold]
extern "rust-preserve-none" fn invalid_opcode(
    vm: &mut Vm,
    _ip: usize,
    _base: usize,
    _code: NonNull<CodeObj>,
    _instrs: NonNull<Instr>,
    _arg: u32,
) -> Finished {
    let e = vm.new_exception(&vm.types.exc.system_error.clone(), "invalid opcode");
    finish(vm, Err(e))
}

#[cold]
fn finish(vm: &mut Vm, result: PyResult<Exit>) -> Finished {
    vm.core_result = Some(result);
    Finished
}

/// Runs until the entry frame (the top frame when called) returns or yields.
pub fn run(vm: &mut Vm) -> PyResult<Exit> {
    let Some(mut r) = Regs::load(vm) else {
        return Ok(Exit::Return(Value::None));
    };
    let instr = r.fetch();
    let handler = HANDLERS[instr.op_byte() as usize];
    let (ip, base, code, instrs) = r.parts();
    handler(vm, ip, base, code, instrs, instr.arg());
    vm.core_result
        .take()
        .unwrap_or(Ok(Exit::Return(Value::None)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_opcode_has_its_own_handler() {
        for op in Opcode::ALL {
            let h = HANDLERS[*op as usize] as usize;
            assert_ne!(h, invalid_opcode as Handler as usize, "{op:?}");
        }
        let unused = (Opcode::COUNT..256).map(|b| HANDLERS[b] as usize);
        assert!(unused
            .into_iter()
            .all(|h| h == invalid_opcode as Handler as usize));
    }
}
