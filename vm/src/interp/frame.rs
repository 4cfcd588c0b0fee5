//! Frames: windows on the VM's one value stack.
//!
//! A frame's slots start at `base`: locals, then cells, then free variables, then its evaluation
//! stack, which ends at the top of `Vm::stack`. A Python-to-Python call lays the callee's frame
//! right over the arguments the caller pushed, so arguments are never copied.

use crate::objects::function::CodeObj;
use crate::value::Value;
use std::rc::Rc;

pub struct Frame {
    pub code: Rc<CodeObj>,
    /// The function being run (Null for module code and exec/eval).
    pub func: Value,
    /// The globals dict.
    pub globals: Value,
    /// The namespace of LOAD_NAME/STORE_NAME (module and class bodies); Null for functions.
    pub locals: Value,
    /// Index of the first slot in `Vm::stack`.
    pub base: usize,
    /// Next instruction to run (saved while the frame is not on top).
    pub ip: usize,
    /// The stack length to restore when the frame returns (drops the callable too).
    pub ret_to: usize,
    /// The run loop that pushed this frame returns when it returns.
    pub is_entry: bool,
    /// The generator object when this frame runs a generator's body, else Null.
    pub generator: Value,
    /// For an `__init__` run inline by a class call: the new instance, which the call returns
    /// once `__init__` has returned None. Null otherwise.
    pub init_self: Value,
}

impl Frame {
    /// Index of the first evaluation-stack slot.
    #[inline]
    pub fn stack_base(&self) -> usize {
        self.base + self.code.n_slots
    }
}
