//! Generators, coroutines and async generators: a suspended frame kept on the heap between
//! resumptions. The three share one object layout and one resume path (`Vm::resume_generator`);
//! `GenKind` tells them apart for their types, messages and protocols.

use crate::objects::function::CodeObj;
use crate::value::{PyCell, Value};
use std::rc::Rc;

/// A frame taken off the value stack: its slots (locals, cells, free variables, then the
/// evaluation stack) and where to resume.
pub struct SavedFrame {
    pub code: Rc<CodeObj>,
    pub func: Value,
    pub globals: Value,
    pub slots: Vec<Value>,
    pub ip: usize,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenStatus {
    Created,
    Suspended,
    Running,
    Finished,
}

/// What a suspendable function call made.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    /// The Python type name, also used in CPython's messages ("coroutine already executing").
    pub fn name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

pub struct GeneratorObj {
    pub frame: PyCell<Option<SavedFrame>>,
    pub status: std::cell::Cell<GenStatus>,
    pub kind: GenKind,
    /// Async generators: set when the last suspension was the generator's own `yield` (a value
    /// for the `async for` consumer) rather than an `await` passing a value to the event loop.
    pub own_yield: std::cell::Cell<bool>,
    /// Async generators: an `asend()`/`athrow()` awaitable is driving the generator
    /// (CPython's `ag_running_async`, shown as `ag_running`).
    pub running_async: std::cell::Cell<bool>,
    /// Async generators: `aclose()` began, or the generator finished.
    pub closed: std::cell::Cell<bool>,
    /// The exception being handled inside the suspended frame (what `sys.exc_info()` and a bare
    /// `raise` see there), set aside while the frame is not running; None when there is none.
    pub exc_state: PyCell<Value>,
    /// The code object, kept after the frame is gone (`gi_code`, `cr_code`, `ag_code`).
    pub code: std::rc::Rc<CodeObj>,
    pub name: Value,
    pub qualname: Value,
    /// Where a generator dropped while suspended inside a `try` sends its frame, so that the VM
    /// can close it (run its `finally`/`except GeneratorExit`) as CPython does on collection.
    pub finalizer: Option<Rc<GenFinalizer>>,
    /// The frame object of this generator's frame (`gi_frame`), once one was made; Null before.
    pub frame_obj: PyCell<Value>,
}

/// Work for the VM's next safe point, queued by destructors (which cannot run Python code
/// themselves): frames of generators dropped while suspended in a `try`, waiting for `close()`,
/// and instances whose class has `__del__`, resurrected for that call.
#[derive(Default)]
pub struct GenFinalizer {
    pub pending: std::rc::Rc<std::cell::Cell<bool>>,
    pub frames: std::cell::RefCell<Vec<(SavedFrame, GenKind, Value, Value)>>,
    pub instances: std::cell::RefCell<Vec<crate::value::ObjRef>>,
}

impl GeneratorObj {
    /// The generator's frame ends without running again (closed, dropped, or thrown into before
    /// it started): a frame object made for it keeps a copy of the suspended frame.
    pub fn release_frame_obj(&self) {
        let frame_obj = self.frame_obj.replace(Value::Null);
        if let Some(obj) = frame_obj.as_obj().filter(|o| o.refcount() > 1) {
            let copy = self.frame.with(|f| {
                f.as_ref().map(|f| crate::objects::frame::DoneFrame {
                    code: f.code.clone(),
                    globals: f.globals.clone(),
                    locals: Value::Null,
                    slots: f.slots[..f.code.n_slots.min(f.slots.len())]
                        .iter()
                        .cloned()
                        .collect(),
                    lasti: f.ip as i64 - 1,
                    back: Value::None,
                })
            });
            if let (Some(done), crate::value::Object::Frame(fo)) = (copy, obj.view()) {
                drop(
                    fo.state
                        .replace(crate::objects::frame::FrameState::Done(done)),
                );
            }
        }
        drop(frame_obj);
    }
}

impl Drop for GeneratorObj {
    fn drop(&mut self) {
        self.release_frame_obj();
        let Some(fin) = self.finalizer.take() else {
            return;
        };
        if self.status.get() != GenStatus::Suspended {
            return;
        }
        let Some(frame) = self.frame.replace(None) else {
            return;
        };
        let in_try = frame
            .code
            .code
            .find_handler(frame.ip.saturating_sub(1) as u32)
            .is_some();
        if in_try {
            let name = std::mem::take(&mut self.name);
            let qualname = std::mem::take(&mut self.qualname);
            fin.frames
                .borrow_mut()
                .push((frame, self.kind, name, qualname));
            fin.pending.set(true);
        }
    }
}
