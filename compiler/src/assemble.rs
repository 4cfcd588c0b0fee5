//! Assembly: from the code generator's instruction stream (with labels and the pseudo
//! instructions SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH / POP_BLOCK / JUMP) to final
//! instructions, line table, exception table and `max_stack`.
//!
//! One flow analysis over the stream gives, for every reachable instruction, the static stack
//! depth and the stack of active exception handlers (CPython's `label_exception_targets` and
//! `stackdepth` in one pass). Inconsistent depths or handler stacks at a merge point, a jump out
//! of range, a stack underflow or control falling off the end are internal errors. Unreachable
//! instructions are dropped; pseudo instructions disappear; the generic JUMP becomes JUMP or
//! JUMP_BACKWARD depending on the direction.

use crate::bytecode::{is_jump, is_terminal, stack_effect, ExceptionEntry, Instr, Opcode};
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pseudo {
    /// Exception handler without lasti (try bodies).
    SetupFinally,
    /// Exception handler that also pushes lasti (handler bodies).
    SetupCleanup,
    /// Handler of a `with` body: pushes lasti, unwinds to below the `__enter__` result.
    SetupWith,
    PopBlock,
    /// Unconditional jump, direction decided at assembly.
    Jump,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Op(Opcode),
    Pseudo(Pseudo),
}

/// One instruction of the code generator's stream. For jumps and setups `arg` is a label.
#[derive(Clone, Copy, Debug)]
pub struct IInstr {
    pub kind: Kind,
    pub arg: u32,
    pub line: u32,
}

impl IInstr {
    fn has_label(&self) -> bool {
        match self.kind {
            Kind::Op(op) => is_jump(op),
            Kind::Pseudo(Pseudo::PopBlock) => false,
            Kind::Pseudo(_) => true,
        }
    }
}

pub struct Assembled {
    pub instructions: Vec<Instr>,
    pub lines: Vec<u32>,
    pub exception_table: Vec<ExceptionEntry>,
    pub max_stack: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Handler {
    target: usize,
    depth: u32,
    lasti: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct State {
    depth: i32,
    handlers: Rc<Vec<Handler>>,
}

struct Flow {
    states: Vec<Option<State>>,
    work: Vec<usize>,
    max_depth: i32,
}

impl Flow {
    fn propagate(&mut self, pos: usize, state: State, from: usize) -> Result<(), String> {
        if pos >= self.states.len() {
            return Err(format!(
                "control flows past the end of the code (from {from})"
            ));
        }
        if state.depth < 0 {
            return Err(format!("stack underflow at {from}"));
        }
        self.max_depth = self.max_depth.max(state.depth);
        match &self.states[pos] {
            Some(old) => {
                if *old != state {
                    return Err(format!(
                        "inconsistent stack at {pos} (from {from}): depth {} vs {}",
                        old.depth, state.depth
                    ));
                }
            }
            None => {
                self.states[pos] = Some(state);
                self.work.push(pos);
            }
        }
        Ok(())
    }
}

/// Resolves labels, computes depths and handlers, and produces the final code.
pub fn assemble(instrs: &[IInstr], labels: &[Option<usize>]) -> Result<Assembled, String> {
    let n = instrs.len();
    let label_pos = |l: u32| -> Result<usize, String> {
        labels
            .get(l as usize)
            .copied()
            .flatten()
            .filter(|p| *p <= n)
            .ok_or_else(|| format!("unbound label {l}"))
    };
    let mut flow = Flow {
        states: vec![None; n],
        work: Vec::new(),
        max_depth: 0,
    };
    if n == 0 {
        return Err("empty code".to_string());
    }
    flow.propagate(
        0,
        State {
            depth: 0,
            handlers: Rc::new(Vec::new()),
        },
        0,
    )?;
    while let Some(p) = flow.work.pop() {
        let Some(st) = flow.states[p].clone() else {
            continue;
        };
        let ins = instrs[p];
        match ins.kind {
            Kind::Pseudo(Pseudo::PopBlock) => {
                let mut hs = (*st.handlers).clone();
                if hs.pop().is_none() {
                    return Err(format!("POP_BLOCK without a handler at {p}"));
                }
                flow.propagate(
                    p + 1,
                    State {
                        depth: st.depth,
                        handlers: Rc::new(hs),
                    },
                    p,
                )?;
            }
            Kind::Pseudo(Pseudo::Jump) => {
                let t = label_pos(ins.arg)?;
                flow.propagate(t, st, p)?;
            }
            Kind::Pseudo(setup) => {
                let t = label_pos(ins.arg)?;
                let (hd, lasti) = match setup {
                    Pseudo::SetupFinally => (st.depth, false),
                    Pseudo::SetupCleanup => (st.depth, true),
                    _ => (st.depth - 1, true),
                };
                if hd < 0 {
                    return Err(format!("handler below the stack base at {p}"));
                }
                flow.propagate(
                    t,
                    State {
                        depth: hd + 1 + lasti as i32,
                        handlers: st.handlers.clone(),
                    },
                    p,
                )?;
                let mut hs = (*st.handlers).clone();
                hs.push(Handler {
                    target: t,
                    depth: hd as u32,
                    lasti,
                });
                flow.propagate(
                    p + 1,
                    State {
                        depth: st.depth,
                        handlers: Rc::new(hs),
                    },
                    p,
                )?;
            }
            Kind::Op(op) => {
                let arg = ins.arg;
                match op {
                    Opcode::Copy | Opcode::Swap if arg == 0 || st.depth < arg as i32 => {
                        return Err(format!(
                            "{} {} with depth {} at {p}",
                            op.name(),
                            arg,
                            st.depth
                        ));
                    }
                    _ => {}
                }
                if is_jump(op) {
                    let t = label_pos(arg)?;
                    let d = st.depth + stack_effect(op, 0, true);
                    flow.propagate(
                        t,
                        State {
                            depth: d,
                            handlers: st.handlers.clone(),
                        },
                        p,
                    )?;
                }
                if !is_terminal(op) {
                    let d = st.depth + stack_effect(op, arg, false);
                    flow.propagate(
                        p + 1,
                        State {
                            depth: d,
                            handlers: st.handlers.clone(),
                        },
                        p,
                    )?;
                } else {
                    let d = st.depth + stack_effect(op, arg, false);
                    if d < 0 {
                        return Err(format!("stack underflow at {p}"));
                    }
                }
            }
        }
    }

    // Positions of the kept (reachable, real) instructions.
    let mut new_index = vec![0u32; n + 1];
    let mut count = 0u32;
    for p in 0..n {
        new_index[p] = count;
        let real = !matches!(
            instrs[p].kind,
            Kind::Pseudo(Pseudo::SetupFinally)
                | Kind::Pseudo(Pseudo::SetupCleanup)
                | Kind::Pseudo(Pseudo::SetupWith)
                | Kind::Pseudo(Pseudo::PopBlock)
        );
        if real && flow.states[p].is_some() {
            count += 1;
        }
    }
    new_index[n] = count;
    if count > Instr::MAX_ARG {
        return Err("code object too large".to_string());
    }

    let mut instructions = Vec::with_capacity(count as usize);
    let mut lines = Vec::with_capacity(count as usize);
    let mut handlers: Vec<Option<Handler>> = Vec::with_capacity(count as usize);
    for p in 0..n {
        let Some(st) = &flow.states[p] else {
            continue;
        };
        let ins = instrs[p];
        let me = new_index[p];
        let (op, arg) = match ins.kind {
            Kind::Pseudo(Pseudo::Jump) => {
                let t = new_index[label_pos(ins.arg)?];
                if t > me {
                    (Opcode::Jump, t)
                } else {
                    (Opcode::JumpBackward, t)
                }
            }
            Kind::Pseudo(_) => continue,
            Kind::Op(op) => {
                if ins.has_label() {
                    let t = new_index[label_pos(ins.arg)?];
                    if t <= me {
                        return Err(format!("backward conditional jump {} at {p}", op.name()));
                    }
                    (op, t)
                } else {
                    (op, ins.arg)
                }
            }
        };
        if arg > Instr::MAX_ARG {
            return Err(format!("argument too large for {}", op.name()));
        }
        instructions.push(Instr::new(op, arg));
        lines.push(ins.line);
        handlers.push(st.handlers.last().copied());
    }
    for (i, ins) in instructions.iter().enumerate() {
        if is_jump(ins.opcode()) && ins.arg() >= count {
            return Err(format!("jump target out of range at {i}"));
        }
    }

    let mut exception_table: Vec<ExceptionEntry> = Vec::new();
    let mut i = 0usize;
    while i < handlers.len() {
        if let Some(h) = handlers[i] {
            let start = i;
            while i < handlers.len() && handlers[i] == Some(h) {
                i += 1;
            }
            exception_table.push(ExceptionEntry {
                start: start as u32,
                end: i as u32,
                target: new_index[h.target],
                depth: h.depth,
                push_lasti: h.lasti,
            });
        } else {
            i += 1;
        }
    }
    Ok(Assembled {
        instructions,
        lines,
        exception_table,
        max_stack: flow.max_depth.max(0) as u32,
    })
}
