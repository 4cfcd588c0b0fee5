//! The tail-call core (cargo feature `tail-call`, nightly): one handler per opcode, generated
//! from the opcode list, each running the opcode's one body from `ops` and ending in its own
//! `become` through the handler table, so that every opcode has its own indirect jump.

use super::core::{after_flow, decode};
use super::{ops, Exit, Flow, Regs};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use pyvm_compiler::bytecode::Opcode;
use pyvm_compiler::for_each_opcode;

type Handler = fn(&mut Vm, &mut Regs, u32) -> PyResult<Exit>;

macro_rules! tail_handlers {
    ($(($variant:ident, $name:literal, $has_arg:literal)),* $(,)?) => {
        mod handlers {
            use super::*;
            $(
                #[allow(non_snake_case)]
                pub(super) fn $variant(vm: &mut Vm, r: &mut Regs, arg: u32) -> PyResult<Exit> {
                    let flow = ops::$variant(vm, r, arg);
                    if !matches!(flow, Flow::Next) {
                        if let Some(done) = after_flow(vm, r, flow) {
                            return done;
                        }
                    }
                    let (handler, arg) = next(r);
                    become handler(vm, r, arg)
                }
            )*
        }

        /// The handler of each opcode, indexed by its discriminant.
        static HANDLERS: [Handler; Opcode::COUNT] = [$(handlers::$variant),*];
    };
}
for_each_opcode!(tail_handlers);

/// Fetches the next instruction and its handler.
#[inline(always)]
fn next(r: &mut Regs) -> (Handler, u32) {
    let instr = r.code.code.instructions[r.ip];
    r.ip += 1;
    let op = decode(instr.op_byte());
    (HANDLERS[op as usize], instr.arg())
}

/// Runs until the entry frame (the top frame when called) returns or yields.
pub fn run(vm: &mut Vm) -> PyResult<Exit> {
    let Some(mut r) = Regs::load(vm) else {
        return Ok(Exit::Return(Value::None));
    };
    let (handler, arg) = next(&mut r);
    handler(vm, &mut r, arg)
}
