//! Frame objects (`frame`): the Python view of a frame, made only when a program asks for one
//! (`sys._getframe`, a traceback's `tb_frame`, a generator's `gi_frame`).
//!
//! The VM's frames live on its value stack and cost nothing extra. A frame object made for a
//! running frame refers to it by its index in `Vm::frames`; the VM keeps those objects in
//! `Vm::frame_objs` (sorted by index), and when such a frame leaves the stack it checks that list
//! once: if the object is still referred to elsewhere, it takes a copy of the frame's slots and
//! its last instruction (so `f_locals`, `f_lineno` and `f_code` stay readable, as in CPython),
//! else it is dropped. A generator's frame object moves into the generator while it is suspended.

use crate::interp::frame::Frame;
use crate::objects::function::{Args, CodeObj};
use crate::value::{ObjRef, Object, Payload, PyCell, Value};
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

pub struct FrameObj {
    pub state: PyCell<FrameState>,
    /// The dict `f_locals` returns for a function frame, refreshed from the slots on each read
    /// (CPython's frame dict); Null until asked for.
    pub locals_dict: PyCell<Value>,
    /// `f_trace` (stored only: pyvm runs no trace functions).
    pub trace: PyCell<Value>,
    pub trace_lines: std::cell::Cell<bool>,
    pub trace_opcodes: std::cell::Cell<bool>,
}

pub enum FrameState {
    /// Running (or waiting for a callee) at this index of `Vm::frames`.
    Live(usize),
    /// A generator's frame while the generator is not running: read from the generator, held
    /// through a weak reference (the generator owns this object; a strong one would be a cycle).
    Suspended(ObjRef),
    /// The frame has finished: what stays readable.
    Done(DoneFrame),
}

pub struct DoneFrame {
    pub code: Rc<CodeObj>,
    pub globals: Value,
    /// The namespace of a module or class body (Null for a function frame).
    pub locals: Value,
    /// Locals, cells and free variables of a function frame (inline for small frames: an
    /// exception passing through a frame makes one of these, and it is usually short-lived).
    pub slots: smallvec::SmallVec<[Value; 4]>,
    /// Index of the last instruction run (-1 if none ran).
    pub lasti: i64,
    /// `f_back`: the caller's frame object, or None.
    pub back: Value,
}

impl FrameObj {
    fn new(state: FrameState) -> FrameObj {
        FrameObj {
            state: PyCell::new(state),
            locals_dict: PyCell::new(Value::Null),
            trace: PyCell::new(Value::None),
            trace_lines: std::cell::Cell::new(true),
            trace_opcodes: std::cell::Cell::new(false),
        }
    }

    /// The references the object owns (for the cycle collector).
    pub fn visit(&self, v: &mut dyn FnMut(&Value), o: &mut dyn FnMut(&ObjRef)) {
        self.state.with(|s| match s {
            FrameState::Live(_) => {}
            FrameState::Suspended(w) => o(w),
            FrameState::Done(d) => {
                v(&d.globals);
                v(&d.locals);
                d.slots.iter().for_each(&mut *v);
                v(&d.back);
            }
        });
        self.locals_dict.with(&mut *v);
        self.trace.with(v);
    }

    /// Drops the references a cycle could run through (for the cycle collector).
    pub fn clear_refs(&self) {
        let old = self.state.with_mut(|s| match s {
            FrameState::Done(d) => Some((
                std::mem::take(&mut d.globals),
                std::mem::take(&mut d.locals),
                std::mem::take(&mut d.slots),
                std::mem::take(&mut d.back),
            )),
            _ => None,
        });
        drop(old);
        drop(self.locals_dict.replace(Value::Null));
        drop(self.trace.replace(Value::None));
    }
}

/// What a frame object shows, read from wherever the frame is now.
struct View {
    code: Rc<CodeObj>,
    globals: Value,
    locals: Value,
    slots: Vec<Value>,
    lasti: i64,
}

impl Vm {
    /// The frame object of the frame at `index` in `Vm::frames`, made on first request.
    pub fn frame_object_at(&mut self, index: usize) -> Value {
        match self.frame_objs.binary_search_by_key(&index, |(i, _)| *i) {
            Ok(pos) => Value::Obj(self.frame_objs[pos].1.clone()),
            Err(pos) => {
                let obj = ObjRef::new(Payload::Frame(FrameObj::new(FrameState::Live(index))));
                self.frame_objs.insert(pos, (index, obj.clone()));
                if let Some(Object::Generator(g)) =
                    self.frames.get(index).and_then(|f| f.generator.as_object())
                {
                    drop(g.frame_obj.replace(Value::Obj(obj.clone())));
                }
                Value::Obj(obj)
            }
        }
    }

    /// `sys._getframe(depth)`.
    pub fn get_frame(&mut self, depth: usize) -> PyResult<Value> {
        let n = self.frames.len();
        if depth >= n {
            return Err(self.value_error("call stack is not deep enough"));
        }
        Ok(self.frame_object_at(n - 1 - depth))
    }

    /// A frame was just popped off `Vm::frames` (its slots are still on the stack): if a frame
    /// object was made for it, hand that object what it needs to outlive the frame. `ip` is the
    /// frame's next instruction.
    #[inline(always)]
    pub fn frame_leaving(&mut self, frame: &Frame, ip: usize) {
        if let Some((i, _)) = self.frame_objs.last() {
            if *i >= self.frames.len() {
                self.detach_frame_object(frame, ip);
            }
        }
    }

    #[cold]
    #[inline(never)]
    fn detach_frame_object(&mut self, frame: &Frame, ip: usize) {
        let Some((_, obj)) = self.frame_objs.pop() else {
            return;
        };
        if let Some(Object::Generator(g)) = frame.generator.as_object() {
            drop(g.frame_obj.replace(Value::Null));
        }
        if obj.refcount() == 1 {
            return;
        }
        let n = frame.code.n_slots;
        let start = frame.base.min(self.stack.len());
        let end = (frame.base + n).min(self.stack.len());
        let slots: smallvec::SmallVec<[Value; 4]> = self.stack[start..end]
            .iter_mut()
            .map(std::mem::take)
            .collect();
        // A finished generator's frame has no caller (CPython drops the link when the
        // generator returns or raises).
        let back = match self.frames.len() {
            0 => Value::None,
            _ if !frame.generator.is_null() => Value::None,
            len => self.frame_object_at(len - 1),
        };
        let done = DoneFrame {
            code: frame.code.clone(),
            globals: frame.globals.clone(),
            locals: frame.locals.clone(),
            slots,
            lasti: ip as i64 - 1,
            back,
        };
        if let Object::Frame(f) = obj.view() {
            let old = f.state.replace(FrameState::Done(done));
            drop(old);
        }
    }

    /// The frame object of the frame at `index`, which is about to be popped by the unwinder
    /// and has no frame object yet: made finished, taking the frame's slots (`ip` is its next
    /// instruction).
    pub fn finished_frame_object(&mut self, index: usize, ip: usize) -> ObjRef {
        let in_generator = self
            .frames
            .get(index)
            .is_some_and(|f| !f.generator.is_null());
        let back = match index {
            0 => Value::None,
            _ if in_generator => Value::None,
            i => self.frame_object_at(i - 1),
        };
        let Some(frame) = self.frames.get(index) else {
            return ObjRef::new(Payload::Frame(FrameObj::new(FrameState::Live(index))));
        };
        let end = (frame.base + frame.code.n_slots).min(self.stack.len());
        let start = frame.base.min(end);
        let done = DoneFrame {
            code: frame.code.clone(),
            globals: frame.globals.clone(),
            locals: frame.locals.clone(),
            slots: self.stack[start..end]
                .iter_mut()
                .map(std::mem::take)
                .collect(),
            lasti: ip as i64 - 1,
            back,
        };
        ObjRef::new(Payload::Frame(FrameObj::new(FrameState::Done(done))))
    }

    /// A generator's frame was popped at a yield: its frame object (if any) waits in the
    /// generator until the next resume.
    #[cold]
    pub fn frame_object_suspended(&mut self, gen: &Value) {
        let Some((i, _)) = self.frame_objs.last() else {
            return;
        };
        if *i < self.frames.len() {
            return;
        }
        let Some((_, obj)) = self.frame_objs.pop() else {
            return;
        };
        let (Some(Object::Generator(g)), Some(genref)) = (gen.as_object(), gen.as_obj()) else {
            return;
        };
        let Some(weak) = genref.new_weakref(crate::heap::weak::WeakKind::Ref, Value::Null) else {
            return;
        };
        if let Object::Frame(f) = obj.view() {
            drop(f.state.replace(FrameState::Suspended(weak)));
        }
        drop(g.frame_obj.replace(Value::Obj(obj)));
    }

    /// A generator's frame was pushed to run: its frame object (if any) follows it.
    pub fn frame_object_resumed(&mut self, frame_obj: &Value) {
        let Some(obj) = frame_obj.as_obj() else {
            return;
        };
        let index = self.frames.len() - 1;
        if let Object::Frame(f) = obj.view() {
            drop(f.state.replace(FrameState::Live(index)));
        }
        self.frame_objs.push((index, obj.clone()));
    }

    /// The frame object of a generator (`gi_frame`), made on first request.
    pub fn generator_frame(&mut self, gen: &Value) -> Value {
        let Some(Object::Generator(g)) = gen.as_object() else {
            return Value::None;
        };
        if g.status.get() == crate::objects::generator::GenStatus::Finished {
            return Value::None;
        }
        let cur = g.frame_obj.get();
        if !cur.is_null() {
            return cur;
        }
        if g.status.get() == crate::objects::generator::GenStatus::Running {
            let at = self.frames.iter().rposition(|f| f.generator.is(gen));
            return at.map_or(Value::None, |i| self.frame_object_at(i));
        }
        if g.frame.with(|f| f.is_none()) {
            return Value::None;
        }
        let Some(weak) = gen
            .as_obj()
            .and_then(|o| o.new_weakref(crate::heap::weak::WeakKind::Ref, Value::Null))
        else {
            return Value::None;
        };
        let obj = Value::obj(Payload::Frame(FrameObj::new(FrameState::Suspended(weak))));
        g.frame_obj.replace(obj.clone());
        obj
    }

    fn frame_view(&self, f: &FrameObj) -> Option<View> {
        f.state.with(|s| match s {
            FrameState::Live(i) => {
                let fr = self.frames.get(*i)?;
                let end = (fr.base + fr.code.n_slots).min(self.stack.len());
                Some(View {
                    code: fr.code.clone(),
                    globals: fr.globals.clone(),
                    locals: fr.locals.clone(),
                    slots: self.stack[fr.base.min(end)..end].to_vec(),
                    lasti: fr.ip as i64 - 1,
                })
            }
            FrameState::Suspended(w) => {
                let gen = match w.view() {
                    Object::WeakRef(w) => w.upgrade()?,
                    _ => return None,
                };
                let Object::Generator(g) = gen.view() else {
                    return None;
                };
                g.frame.with(|sf| {
                    let sf = sf.as_ref()?;
                    let n = sf.code.n_slots.min(sf.slots.len());
                    Some(View {
                        code: sf.code.clone(),
                        globals: sf.globals.clone(),
                        locals: Value::Null,
                        slots: sf.slots[..n].to_vec(),
                        lasti: sf.ip as i64 - 1,
                    })
                })
            }
            FrameState::Done(d) => Some(View {
                code: d.code.clone(),
                globals: d.globals.clone(),
                locals: d.locals.clone(),
                slots: d.slots.to_vec(),
                lasti: d.lasti,
            }),
        })
    }

    /// The code a frame object runs (for tracebacks).
    pub fn frame_code(&self, frame: &Value) -> Option<Rc<CodeObj>> {
        match frame.as_object() {
            Some(Object::Frame(f)) => self.frame_view(f).map(|v| v.code),
            _ => None,
        }
    }

    /// The current line of a frame object.
    pub fn frame_lineno(&self, frame: &Value) -> i64 {
        match frame.as_object() {
            Some(Object::Frame(f)) => match self.frame_view(f) {
                Some(v) => line_at(&v.code, v.lasti),
                None => 0,
            },
            _ => 0,
        }
    }

    /// The last instruction a frame object ran, as CPython counts it (a byte offset), or -1.
    pub fn frame_lasti(&self, frame: &Value) -> i64 {
        match frame.as_object() {
            Some(Object::Frame(f)) => self.frame_view(f).map_or(-1, |v| byte_offset(v.lasti)),
            _ => -1,
        }
    }

    /// The data attributes of frame objects.
    pub fn frame_attr(&mut self, obj: &Value, f: &FrameObj, name: &str) -> PyResult<Option<Value>> {
        let v = match name {
            "f_trace" => return Ok(Some(f.trace.get())),
            "f_trace_lines" => return Ok(Some(Value::Bool(f.trace_lines.get()))),
            "f_trace_opcodes" => return Ok(Some(Value::Bool(f.trace_opcodes.get()))),
            "f_back" => {
                let back = f.state.with(|s| match s {
                    FrameState::Live(i) => Some(*i),
                    FrameState::Suspended(_) => None,
                    FrameState::Done(d) => {
                        if d.back.is_null() {
                            None
                        } else {
                            Some(usize::MAX)
                        }
                    }
                });
                return Ok(Some(match back {
                    None | Some(0) => Value::None,
                    Some(usize::MAX) => f.state.with(|s| match s {
                        FrameState::Done(d) => d.back.clone(),
                        _ => Value::None,
                    }),
                    Some(i) => self.frame_object_at(i - 1),
                }));
            }
            "f_code" | "f_globals" | "f_builtins" | "f_locals" | "f_lineno" | "f_lasti" => name,
            _ => return Ok(None),
        };
        let Some(view) = self.frame_view(f) else {
            return Err(self.runtime_error("the frame's generator is gone"));
        };
        Ok(Some(match v {
            "f_code" => self.code_value(&view.code),
            "f_globals" => view.globals,
            "f_builtins" => self.builtins.clone(),
            "f_lineno" => Value::Int(line_at(&view.code, view.lasti)),
            "f_lasti" => Value::Int(byte_offset(view.lasti)),
            _ => {
                if !view.locals.is_null() {
                    return Ok(Some(view.locals));
                }
                let _ = obj;
                self.refresh_locals_dict(f, &view)?
            }
        }))
    }

    /// CPython's PyFrame_FastToLocals: the frame's dict, updated from its slots (unbound names
    /// are removed, names set elsewhere stay).
    fn refresh_locals_dict(&mut self, f: &FrameObj, view: &View) -> PyResult<Value> {
        let mut d = f.locals_dict.get();
        if d.is_null() {
            d = self.new_dict();
            f.locals_dict.replace(d.clone());
        }
        let c = &view.code.code;
        let nlocals = c.varnames.len();
        let cell_value = |slot: Option<&Value>| -> Value {
            match slot.and_then(|s| s.as_object()) {
                Some(Object::Cell(cell)) => cell.get(),
                _ => Value::Null,
            }
        };
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        for (i, name) in view.code.varnames.iter().enumerate() {
            let mut v = view.slots.get(i).cloned().unwrap_or_default();
            if v.is_null() {
                if let Some(&(cell, _)) = c.cell_args.iter().find(|(_, a)| *a as usize == i) {
                    v = cell_value(view.slots.get(nlocals + cell as usize));
                }
            }
            pairs.push((name.clone(), v));
        }
        for (j, name) in c.cellvars.iter().enumerate() {
            if c.cell_args.iter().any(|(cell, _)| *cell as usize == j) {
                continue;
            }
            let v = cell_value(view.slots.get(nlocals + j));
            pairs.push((self.new_str(&**name), v));
        }
        let start = nlocals + c.cellvars.len();
        for (k, name) in c.freevars.iter().enumerate() {
            let v = cell_value(view.slots.get(start + k));
            pairs.push((self.new_str(&**name), v));
        }
        for (k, v) in pairs {
            if v.is_null() {
                self.dict_del(&d, &k)?;
            } else {
                self.dict_set(&d, k, v)?;
            }
        }
        Ok(d)
    }

    /// Assignment to a frame object's attributes.
    pub fn frame_set_attr(&mut self, f: &FrameObj, name: &str, value: Value) -> PyResult<bool> {
        match name {
            "f_trace" => {
                let v = if value.is_null() { Value::None } else { value };
                drop(f.trace.replace(v));
            }
            "f_trace_lines" | "f_trace_opcodes" => {
                if value.is_null() {
                    return Err(self.type_error("can't delete numeric/char attribute"));
                }
                if !matches!(value, Value::BoolWord(_)) {
                    return Err(self.type_error("attribute value type must be bool"));
                }
                let b = value.as_bool().unwrap_or(false);
                if name == "f_trace_lines" {
                    f.trace_lines.set(b);
                } else {
                    f.trace_opcodes.set(b);
                }
            }
            "f_lineno" => {
                return Err(self.value_error("f_lineno can only be set by a trace function"))
            }
            "f_back" | "f_code" | "f_globals" | "f_builtins" | "f_locals" | "f_lasti" => {
                return Err(self.attribute_error(format!(
                    "attribute '{name}' of 'frame' objects is not writable"
                )))
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// A code object value for `code`.
    pub fn code_value(&self, code: &Rc<CodeObj>) -> Value {
        Value::Obj(ObjRef::code_object(code))
    }
}

/// The line of instruction `lasti` (the first line before any instruction ran).
fn line_at(code: &CodeObj, lasti: i64) -> i64 {
    if lasti < 0 {
        return code.code.first_line as i64;
    }
    code.code.line_of(lasti as usize) as i64
}

/// CPython counts instructions in bytes of two-byte code units.
fn byte_offset(lasti: i64) -> i64 {
    if lasti < 0 {
        -1
    } else {
        lasti * 2
    }
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.frame.clone();
    vm.add_method(&t, "clear", frame_clear);
    vm.add_method(&t, "__repr__", frame_repr);
}

fn receiver(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    match args.pos.first() {
        Some(v) if matches!(v.as_object(), Some(Object::Frame(_))) => Ok(v.clone()),
        Some(v) => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'frame' objects doesn't apply to a '{t}' object"
            )))
        }
        None => Err(vm.type_error(format!("unbound method frame.{name}() needs an argument"))),
    }
}

fn frame_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver(vm, &args, "clear")?;
    vm.check_args("clear", &Args::new(args.pos.iter().skip(1).cloned()), 0, 0)?;
    let Some(Object::Frame(f)) = me.as_object() else {
        return Ok(Value::None);
    };
    let gen = f.state.with(|s| match s {
        FrameState::Live(_) => Err(()),
        FrameState::Suspended(w) => Ok(match w.view() {
            Object::WeakRef(w) => w.upgrade(),
            _ => None,
        }),
        FrameState::Done(_) => Ok(None),
    });
    match gen {
        Err(()) => Err(vm.runtime_error("cannot clear an executing frame")),
        Ok(Some(g)) => {
            vm.call_method(&Value::Obj(g), "close", vec![])?;
            Ok(Value::None)
        }
        Ok(None) => {
            let old = f.state.with_mut(|s| match s {
                FrameState::Done(d) => Some((
                    std::mem::take(&mut d.slots),
                    std::mem::replace(&mut d.locals, Value::Null),
                )),
                _ => None,
            });
            drop(old);
            drop(f.locals_dict.replace(Value::Null));
            drop(f.trace.replace(Value::None));
            Ok(Value::None)
        }
    }
}

fn frame_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver(vm, &args, "__repr__")?;
    let code = vm.frame_code(&me);
    let line = vm.frame_lineno(&me);
    let (file, name) = code.map_or((String::new(), String::new()), |c| {
        (c.code.filename.to_string(), c.code.name.to_string())
    });
    let file = vm.repr(&vm.new_str(file))?;
    Ok(vm.new_str(format!(
        "<frame at {:#x}, file {file}, line {line}, code {name}>",
        me.address()
    )))
}

#[cfg(test)]
mod tests {

    use crate::test_support::run;

    #[test]
    fn frame_objects_leave_the_side_table_with_their_frames() {
        let src = "def f():\n    try:\n        raise KeyError\n    except KeyError as e:\n        return e.__traceback__.tb_frame.f_lineno\nfor i in range(3):\n    f()\nprint(f())\n";
        let (vm, out, err) = run(src);
        assert_eq!(err, None);
        assert_eq!(out, "5\n");
        assert!(vm.frame_objs.is_empty());
        assert!(vm.frames.is_empty());
    }

    #[test]
    fn unwound_frames_stay_readable_through_the_traceback() {
        let src = "def g(a):\n    b = a * 2\n    raise KeyError(b)\ntry:\n    g(4)\nexcept KeyError as e:\n    t = e.__traceback__.tb_next\n    print(t.tb_frame.f_locals['b'], t.tb_lineno, t.tb_frame.f_back.f_code.co_name)\n";
        let (vm, out, err) = run(src);
        assert_eq!(err, None);
        assert_eq!(out, "8 3 <module>\n");
        assert!(vm.frame_objs.is_empty());
    }

    #[test]
    fn deep_recursion_error_builds_a_traceback_without_crashing() {
        let src = "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    n = 0\n    t = e.__traceback__\n    while t:\n        n += 1\n        t = t.tb_next\n    print(n > 900)\n";
        let (_, out, err) = run(src);
        assert_eq!(err, None);
        assert_eq!(out, "True\n");
    }

    #[test]
    fn generator_frame_objects_follow_suspend_and_resume() {
        let src = "def gen():\n    yield 1\n    yield 2\ng = gen()\na = g.gi_frame\nnext(g)\nb = g.gi_frame\nnext(g)\nprint(a is b, a is g.gi_frame, a.f_back)\nlist(g)\nprint(g.gi_frame, a.f_code.co_name)\n";
        let (vm, out, err) = run(src);
        assert_eq!(err, None);
        assert_eq!(out, "True True None\nNone gen\n");
        assert!(vm.frame_objs.is_empty());
    }
}
