//! The match core: `loop { match op { ... } }`, generated from the opcode list.
//! (The tail-call core, built with the `tail-call` feature, is generated from the same list
//! and the same bodies in `ops`.)

#[cfg(not(feature = "tail-call"))]
use super::ops;
use super::{Exit, Flow, Regs};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
#[cfg(any(test, not(feature = "tail-call")))]
use pyvm_compiler::bytecode::Opcode;
#[cfg(not(feature = "tail-call"))]
use pyvm_compiler::for_each_opcode;

#[cfg(not(feature = "tail-call"))]
macro_rules! match_dispatch {
    ($(($variant:ident, $name:literal, $has_arg:literal)),* $(,)?) => {
        #[inline(always)]
        fn execute(op: Opcode, vm: &mut Vm, r: &mut Regs, arg: u32) -> Flow {
            match op { $(Opcode::$variant => ops::$variant(vm, r, arg),)* }
        }
    };
}
#[cfg(not(feature = "tail-call"))]
for_each_opcode!(match_dispatch);

/// Runs until the entry frame (the top frame when called) returns or yields.
#[cfg(feature = "tail-call")]
pub fn run(vm: &mut Vm) -> PyResult<Exit> {
    super::tail_core::run(vm)
}

/// Runs until the entry frame (the top frame when called) returns or yields.
#[cfg(not(feature = "tail-call"))]
pub fn run(vm: &mut Vm) -> PyResult<Exit> {
    let Some(mut r) = Regs::load(vm) else {
        return Ok(Exit::Return(Value::None));
    };
    loop {
        let instr = r.fetch();
        let op = decode(instr.op_byte());
        match execute(op, vm, &mut r, instr.arg()) {
            Flow::Next => {}
            flow => {
                if let Some(done) = after_flow(vm, &mut r, flow) {
                    return done;
                }
            }
        }
    }
}

#[inline]
pub(super) fn after_flow(vm: &mut Vm, r: &mut Regs, flow: Flow) -> Option<PyResult<Exit>> {
    match flow {
        Flow::Next => None,
        Flow::FrameChanged => match Regs::load(vm) {
            Some(next) => {
                *r = next;
                None
            }
            None => Some(Ok(Exit::Return(Value::None))),
        },
        Flow::Raise => {
            let err = vm.take_pending_error();
            vm.set_context(&err);
            if vm.unwind(&err, r, false) {
                None
            } else {
                Some(Err(err))
            }
        }
        Flow::Reraise => {
            let err = vm.take_pending_error();
            if vm.unwind(&err, r, true) {
                None
            } else {
                Some(Err(err))
            }
        }
        Flow::Exit => Some(Ok(vm
            .pending_exit
            .take()
            .unwrap_or(Exit::Return(Value::None)))),
    }
}

#[cfg(any(test, not(feature = "tail-call")))]
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
