//! The match core: `loop { match op { ... } }`, generated from the opcode list.
//! (The tail-call core, built with the `tail-call` feature, is generated from the same list
//! and the same bodies in `ops`.)

use super::{ops, Exit, Flow, Regs};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use pyvm_compiler::bytecode::Opcode;
use pyvm_compiler::for_each_opcode;

macro_rules! match_dispatch {
    ($(($variant:ident, $name:literal, $has_arg:literal)),* $(,)?) => {
        #[inline(always)]
        fn execute(op: Opcode, vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
            match op { $(Opcode::$variant => ops::$variant(vm, r, arg),)* }
        }
    };
}
for_each_opcode!(match_dispatch);

/// Runs until the entry frame (the top frame when called) returns or yields.
pub fn run(vm: &mut Vm) -> PyResult<Exit> {
    let Some(mut r) = Regs::load(vm) else {
        return Ok(Exit::Return(Value::None));
    };
    loop {
        let instr = r.code.code.instructions[r.ip];
        r.ip += 1;
        let op = decode(instr.op_byte());
        match execute(op, vm, &mut r, instr.arg()) {
            Flow::Next => {}
            Flow::FrameChanged => match Regs::load(vm) {
                Some(next) => r = next,
                None => return Ok(Exit::Return(Value::None)),
            },
            Flow::Raise(err) => {
                vm.set_context(&err);
                if !vm.unwind(&err, &mut r, false) {
                    return Err(err);
                }
            }
            Flow::Reraise(err) => {
                if !vm.unwind(&err, &mut r, true) {
                    return Err(err);
                }
            }
            Flow::Exit(e) => return Ok(e),
        }
    }
}

#[inline(always)]
fn decode(byte: u8) -> Opcode {
    debug_assert!((byte as usize) < Opcode::COUNT);
    // SAFETY: instructions are only built by `Instr::new` from an `Opcode`, so the byte is a
    // valid discriminant of the `#[repr(u8)]` enum.
    unsafe { std::mem::transmute::<u8, Opcode>(byte) }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn decode_matches_table() {
        for op in Opcode::ALL {
            assert_eq!(decode(*op as u8), *op);
        }
    }
}
