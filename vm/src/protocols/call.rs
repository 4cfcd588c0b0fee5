//! Calls: the CALL fast path that lays a Python callee's frame over its arguments, argument
//! binding (defaults, keywords, *args, **kwargs), native calls, classes as callables, and
//! generator creation and resumption.

use crate::interp::frame::Frame;
use crate::interp::{Exit, Flow, Regs};
use crate::objects::class::Layout;
use crate::objects::function::{Args, CodeObj, FunctionObj};
use crate::objects::generator::{GenKind, GenStatus, GeneratorObj, SavedFrame};
use crate::value::{Object, Payload, PyCell, Value};
use crate::vm::{str_eq, PyResult, Vm};
use pyvm_compiler::bytecode::{code_flags, Opcode};
use std::rc::Rc;

impl Vm {
    /// CALL / CALL_KW: `[callable, self_or_null, args..., (kwnames)]` on the stack.
    #[inline]
    pub fn call_from_stack(&mut self, r: &mut Regs, argc: usize, kwnames: Option<Value>) -> Flow {
        let callable_at = self.stack.len() - argc - 2;
        if let Some(Object::Class(_)) = self.stack[callable_at].as_object() {
            if let Some(instance) = self.prepare_inline_init(callable_at) {
                let flow = self.call_function_from_stack(r, argc, kwnames);
                if flow == Flow::FrameChanged {
                    if let Some(f) = self.frames.last_mut() {
                        f.init_self = instance;
                    }
                }
                return flow;
            }
        }
        self.call_function_from_stack(r, argc, kwnames)
    }

    /// A class call that can run `__init__` as an inline frame (plain instances built by
    /// `object.__new__`, a Python `__init__`): makes the instance and rewrites the call on the
    /// stack into `__init__(instance, ...)`. Returns the instance.
    fn prepare_inline_init(&mut self, callable_at: usize) -> Option<Value> {
        let Value::Obj(class) = &self.stack[callable_at] else {
            return None;
        };
        let Object::Class(c) = class.view() else {
            return None;
        };
        if c.is_builtin
            || c.layout != Layout::Object
            || c.metaclass.with(|m| m.is_some())
            || !self.stack[callable_at + 1].is_null()
        {
            return None;
        }
        let class = class.clone();
        let new = self.class_lookup_str(&class, "__new__")?;
        let is_object_new = matches!(new.as_object(), Some(Object::NativeFunction(f))
            if f.name == "__new__" && f.owner.as_obj().is_some_and(|o| crate::value::ObjRef::ptr_eq(o, &self.types.object)));
        if !is_object_new
            || self
                .class_lookup_str(&class, "__abstractmethods__")
                .is_some()
        {
            return None;
        }
        let init = self.class_lookup_str(&class, "__init__")?;
        match init.as_object() {
            Some(Object::Function(f)) if f.code_flags() & code_flags::SUSPENDABLE == 0 => {}
            _ => return None,
        }
        let instance = crate::objects::type_type::new_instance(self, &class, Value::Null);
        self.stack[callable_at] = init;
        self.stack[callable_at + 1] = instance.clone();
        Some(instance)
    }

    /// CALL of anything but a class that `prepare_inline_init` handled.
    fn call_function_from_stack(
        &mut self,
        r: &mut Regs,
        argc: usize,
        kwnames: Option<Value>,
    ) -> Flow {
        let len = self.stack.len();
        let callable_at = len - argc - 2;
        let has_self = !self.stack[callable_at + 1].is_null();
        if kwnames.is_none() {
            if let Some(Object::Function(f)) = self.stack[callable_at].as_object() {
                let nargs = argc + has_self as usize;
                let simple = f.code.with(|code| {
                    if code.code.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) == 0
                        && code.code.kwonly_count == 0
                        && code.code.arg_count as usize == nargs
                    {
                        Some(code.clone())
                    } else {
                        None
                    }
                });
                if let Some(code) = simple {
                    let flags = code.code.flags;
                    let func = self.stack[callable_at].clone();
                    let base = len - nargs;
                    if flags & code_flags::SUSPENDABLE != 0 {
                        return self.make_generator_from_stack(func, code, base, callable_at);
                    }
                    return self.enter_function(r, func, code, base, callable_at);
                }
            }
        }
        // General path: collect the arguments and call.
        let kw = kwnames
            .as_ref()
            .and_then(|k| k.as_tuple())
            .map_or(0, |t| t.len());
        let mut values = self.stack.split_off(callable_at + 1);
        let callable = self.stack.pop().unwrap_or_default();
        let self_ = values.remove(0);
        let mut args = Args::default();
        if !self_.is_null() {
            args.pos.push(self_);
        }
        let npos = values.len() - kw;
        let kwvals = values.split_off(npos);
        args.pos.extend(values);
        if let Some(names) = kwnames.as_ref().and_then(|k| k.as_tuple()) {
            args.kw = names.iter().cloned().zip(kwvals).collect();
        }
        // A Python function called with keywords still gets an inline frame.
        if let Some(Object::Function(f)) = callable.as_object() {
            if f.code_flags() & code_flags::SUSPENDABLE == 0 {
                let code = f.code();
                let slots = match self.bind_args(f, &code, args) {
                    Ok(s) => s,
                    Err(e) => return self.raise_flow(e),
                };
                let base = self.stack.len();
                self.stack.extend(slots);
                return self.enter_function_bound(r, callable.clone(), code, base, base);
            }
        }
        self.save_ip(r.ip);
        match self.call(&callable, args) {
            Ok(v) => {
                self.stack.push(v);
                Flow::Next
            }
            Err(e) => self.raise_flow(e),
        }
    }

    /// Pushes a frame over `nargs` positional arguments already at `base`.
    #[inline]
    fn enter_function(
        &mut self,
        r: &mut Regs,
        func: Value,
        code: Rc<CodeObj>,
        base: usize,
        ret_to: usize,
    ) -> Flow {
        let n_slots = code.n_slots;
        let nargs = self.stack.len() - base;
        self.stack.resize(base + n_slots, Value::Null);
        debug_assert!(nargs <= n_slots);
        self.init_cells(&func, &code, base);
        self.enter_function_bound(r, func, code, base, ret_to)
    }

    fn enter_function_bound(
        &mut self,
        r: &mut Regs,
        func: Value,
        code: Rc<CodeObj>,
        base: usize,
        ret_to: usize,
    ) -> Flow {
        if self.limited {
            if let Flow::Raise = self.charge_step() {
                self.stack.truncate(ret_to);
                return Flow::Raise;
            }
        }
        let globals = match func.as_object() {
            Some(Object::Function(f)) => f.globals.clone(),
            _ => self.frame_globals(),
        };
        self.save_ip(r.ip);
        let frame = Frame {
            code,
            func,
            globals,
            locals: Value::Null,
            base,
            ip: 0,
            ret_to,
            is_entry: false,
            generator: Value::Null,
            init_self: Value::Null,
        };
        if let Err(e) = self.push_frame(frame) {
            return self.raise_flow(e);
        }
        Flow::FrameChanged
    }

    /// A call of a generator, coroutine or async generator function with exactly its positional
    /// arguments: the frame's slots are laid out over the arguments on the stack, as for a call,
    /// then moved into the new object (no argument binding). Out of line: it sits on the
    /// call path, which measured 3% more instructions on recursive calls with it inlined.
    #[cold]
    #[inline(never)]
    fn make_generator_from_stack(
        &mut self,
        func: Value,
        code: Rc<CodeObj>,
        base: usize,
        ret_to: usize,
    ) -> Flow {
        self.stack.resize(base + code.n_slots, Value::Null);
        self.init_cells(&func, &code, base);
        let slots = self.stack.split_off(base);
        self.stack.truncate(ret_to);
        let Some(Object::Function(f)) = func.as_object() else {
            return self.raise_flow(self.type_error("not a function"));
        };
        let g = self.make_generator(&func, f, code, slots);
        self.stack.push(g);
        Flow::Next
    }

    /// Creates the frame's cells (fresh ones for cell variables, copying captured arguments) and
    /// copies the closure's cells for free variables.
    fn init_cells(&mut self, func: &Value, code: &CodeObj, base: usize) {
        let c = &code.code;
        if c.cellvars.is_empty() && c.freevars.is_empty() {
            return;
        }
        let nlocals = c.varnames.len();
        for i in 0..c.cellvars.len() {
            self.stack[base + nlocals + i] = Value::obj(Payload::Cell(PyCell::new(Value::Null)));
        }
        for &(cell, arg) in &c.cell_args {
            let v = std::mem::take(&mut self.stack[base + arg as usize]);
            if let Some(Object::Cell(cellobj)) =
                self.stack[base + nlocals + cell as usize].as_object()
            {
                cellobj.replace(v);
            }
        }
        if let Some(Object::Function(f)) = func.as_object() {
            let start = base + nlocals + c.cellvars.len();
            for (i, cell) in f.closure.iter().enumerate() {
                self.stack[start + i] = cell.clone();
            }
        }
    }

    /// Calls any callable with the given arguments.
    pub fn call(&mut self, callable: &Value, args: Args) -> PyResult<Value> {
        let Value::Obj(o) = callable else {
            let t = self.type_name(callable);
            return Err(self.type_error(format!("'{t}' object is not callable")));
        };
        match o.view() {
            Object::Function(f) => self.call_function(callable, f, args),
            Object::NativeFunction(nf) => {
                let mut args = args;
                if !nf.self_.is_null() {
                    args.pos.insert(0, nf.self_.clone());
                }
                if nf.depth_guard_needed() {
                    self.enter_native()?;
                    let r = (nf.func)(self, args);
                    self.depth -= 1;
                    r
                } else {
                    (nf.func)(self, args)
                }
            }
            Object::BoundMethod(m) => {
                let mut args = args;
                args.pos.insert(0, m.self_());
                let f = m.func();
                self.call(&f, args)
            }
            Object::Class(_) => self.call_class(callable, args),
            Object::WeakRef(w) => match w.kind {
                crate::heap::weak::WeakKind::Ref => {
                    if !args.pos.is_empty() || !args.kw.is_empty() {
                        return Err(self.type_error("weakref() takes no arguments"));
                    }
                    Ok(w.upgrade().map_or(Value::None, Value::Obj))
                }
                _ => {
                    let r = self.unproxy(callable)?;
                    self.call(&r, args)
                }
            },
            _ => {
                let class = self.type_of(callable);
                if let Some(f) = self.class_lookup_str(&class, "__call__") {
                    let mut all: Vec<Value> = vec![callable.clone()];
                    all.extend(args.pos);
                    let mut a = Args::new(all);
                    a.kw = args.kw;
                    return self.call(&f, a);
                }
                let t = self.type_name(callable);
                Err(self.type_error(format!("'{t}' object is not callable")))
            }
        }
    }

    /// Re-entry from native code into the interpreter counts against the recursion limit.
    pub fn enter_native(&mut self) -> PyResult<()> {
        self.enter_native_at("")
    }

    /// [`Vm::enter_native`] for a site where CPython's own recursion check names what it was
    /// doing (`site` is appended to "maximum recursion depth exceeded", e.g. " in comparison").
    pub fn enter_native_at(&mut self, site: &'static str) -> PyResult<()> {
        self.depth += 1;
        if self.depth > self.recursion_limit.max(200) + 50
            || self.frames.len() + self.depth > self.recursion_limit * 4 + 200
        {
            self.depth -= 1;
            return Err(self.recursion_error_at(site));
        }
        Ok(())
    }

    fn call_function(&mut self, callable: &Value, f: &FunctionObj, args: Args) -> PyResult<Value> {
        let code = f.code();
        let slots = self.bind_args(f, &code, args)?;
        if code.code.flags & code_flags::SUSPENDABLE != 0 {
            return Ok(self.make_generator(callable, f, code, slots));
        }
        let base = self.stack.len();
        self.stack.extend(slots);
        let frame = Frame {
            code,
            func: callable.clone(),
            globals: f.globals.clone(),
            locals: Value::Null,
            base,
            ip: 0,
            ret_to: base,
            is_entry: true,
            generator: Value::Null,
            init_self: Value::Null,
        };
        self.run_entry_frame(frame)
    }

    /// Pushes an entry frame and runs it to completion.
    pub fn run_entry_frame(&mut self, frame: Frame) -> PyResult<Value> {
        self.enter_native()?;
        if let Err(e) = self.push_frame(frame) {
            self.depth -= 1;
            return Err(e);
        }
        let r = self.run_frame();
        self.depth -= 1;
        match r? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// Binds call arguments to a new frame's slots (locals, then empty cells and free cells).
    pub fn bind_args(
        &mut self,
        f: &FunctionObj,
        code: &CodeObj,
        args: Args,
    ) -> PyResult<Vec<Value>> {
        let c = &code.code;
        let n_slots = code.n_slots;
        let argcount = c.arg_count as usize;
        let posonly = c.posonly_count as usize;
        let kwonly = c.kwonly_count as usize;
        let has_varargs = c.flags & code_flags::VARARGS != 0;
        let has_varkw = c.flags & code_flags::VARKEYWORDS != 0;
        let mut slots = vec![Value::Null; n_slots];
        let Args { pos, kw } = args;
        let npos = pos.len();
        let fname = f.qualname.get();
        let fname = fname.as_str().map_or("?", |s| s.as_str()).to_string();
        if npos > argcount && !has_varargs {
            let given = npos;
            let defaults_len = f.defaults.with(|d| d.as_tuple().map_or(0, |t| t.len()));
            let kw_given = kw
                .iter()
                .filter(|(k, _)| {
                    code.varnames[argcount..argcount + kwonly]
                        .iter()
                        .any(|n| str_eq(n, k))
                })
                .count();
            let takes = if defaults_len > 0 {
                format!("from {} to {}", argcount - defaults_len, argcount)
            } else {
                argcount.to_string()
            };
            let kwpart = if kw_given > 0 {
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    if given == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                String::new()
            };
            let msg = if kw_given > 0 {
                format!(
                    "{fname}() takes {takes} positional argument{} but {given}{kwpart} were given",
                    if argcount == 1 && defaults_len == 0 {
                        ""
                    } else {
                        "s"
                    }
                )
            } else {
                format!(
                    "{fname}() takes {takes} positional argument{} but {given} {} given",
                    if argcount == 1 && defaults_len == 0 {
                        ""
                    } else {
                        "s"
                    },
                    if given == 1 { "was" } else { "were" }
                )
            };
            return Err(self.type_error(msg));
        }
        let mut pos_iter = pos.into_iter();
        for slot in slots.iter_mut().take(argcount.min(npos)) {
            *slot = pos_iter.next().unwrap_or_default();
        }
        let extra: Vec<Value> = pos_iter.collect();
        let mut next_slot = argcount + kwonly;
        if has_varargs {
            slots[next_slot] = self.new_tuple(extra);
            next_slot += 1;
        }
        let kwdict = if has_varkw {
            let d = self.new_dict();
            slots[next_slot] = d.clone();
            Some(d)
        } else {
            None
        };
        for (name, value) in kw {
            let idx = code.varnames[..argcount + kwonly]
                .iter()
                .position(|n| str_eq(n, &name));
            match idx {
                Some(i) if i >= posonly => {
                    if !slots[i].is_null() {
                        let n = name.as_str().map_or("?", |s| s.as_str()).to_string();
                        return Err(self.type_error(format!(
                            "{fname}() got multiple values for argument '{n}'"
                        )));
                    }
                    slots[i] = value;
                }
                _ => match &kwdict {
                    Some(d) => {
                        let d = d.clone();
                        self.dict_set(&d, name, value)?;
                    }
                    None => {
                        let n = name.as_str().map_or("?", |s| s.as_str()).to_string();
                        if idx.is_some() {
                            return Err(self.type_error(format!(
                                "{fname}() got some positional-only arguments passed as keyword arguments: '{n}'"
                            )));
                        }
                        return Err(self.type_error(format!(
                            "{fname}() got an unexpected keyword argument '{n}'"
                        )));
                    }
                },
            }
        }
        // Defaults for missing positional parameters.
        let defaults = f.defaults.get();
        let defaults = defaults.as_tuple().unwrap_or(&[]);
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing = Vec::new();
        for (i, slot) in slots.iter_mut().enumerate().take(argcount) {
            if slot.is_null() {
                if i >= first_default {
                    *slot = defaults[i - first_default].clone();
                } else {
                    missing.push(i);
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(&fname, code, &missing, "positional"));
        }
        if kwonly > 0 {
            let kwdefaults = f.kwdefaults.get();
            let mut missing = Vec::new();
            for (i, slot) in slots
                .iter_mut()
                .enumerate()
                .take(argcount + kwonly)
                .skip(argcount)
            {
                if slot.is_null() {
                    let dv = if kwdefaults.is_null() {
                        None
                    } else {
                        self.dict_get(&kwdefaults, &code.varnames[i])?
                    };
                    match dv {
                        Some(v) => *slot = v,
                        None => missing.push(i),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_args(&fname, code, &missing, "keyword-only"));
            }
        }
        // Cells and free variables.
        let nlocals = c.varnames.len();
        for i in 0..c.cellvars.len() {
            slots[nlocals + i] = Value::obj(Payload::Cell(PyCell::new(Value::Null)));
        }
        for &(cell, arg) in &c.cell_args {
            let v = std::mem::take(&mut slots[arg as usize]);
            if let Some(Object::Cell(cellobj)) = slots[nlocals + cell as usize].as_object() {
                cellobj.replace(v);
            }
        }
        let start = nlocals + c.cellvars.len();
        for (i, cell) in f.closure.iter().enumerate() {
            slots[start + i] = cell.clone();
        }
        Ok(slots)
    }

    fn missing_args(
        &self,
        fname: &str,
        code: &CodeObj,
        missing: &[usize],
        kind: &str,
    ) -> crate::vm::PyErr {
        let names: Vec<String> = missing
            .iter()
            .map(|&i| format!("'{}'", code.code.varnames[i]))
            .collect();
        let list = match names.len() {
            1 => names[0].clone(),
            2 => format!("{} and {}", names[0], names[1]),
            _ => format!(
                "{}, and {}",
                names[..names.len() - 1].join(", "),
                names[names.len() - 1]
            ),
        };
        self.type_error(format!(
            "{fname}() missing {} required {kind} argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        ))
    }

    /// MAKE_FUNCTION.
    pub fn make_function(
        &mut self,
        code: Value,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
    ) -> PyResult<Value> {
        let Some(Object::Code(code)) = code.as_object() else {
            return Err(self.type_error("MAKE_FUNCTION expects a code object"));
        };
        let code = code.clone();
        let name = self.intern(&code.code.name);
        let qualname = self.new_str(&*code.code.qualname);
        let globals = self.frame_globals();
        let module = match crate::protocols::names::dict_get_str(&globals, &self.intern("__name__"))
        {
            Some(m) => m,
            None => Value::None,
        };
        let doc = match &code.code.docstring {
            Some(d) => self.new_str(&**d),
            None => Value::None,
        };
        let closure: Box<[Value]> = closure
            .as_tuple()
            .map(|t| t.to_vec().into())
            .unwrap_or_default();
        Ok(Value::obj(Payload::Function(FunctionObj {
            code: PyCell::new(code),
            globals,
            name: PyCell::new(name),
            qualname: PyCell::new(qualname),
            defaults: PyCell::new(defaults),
            kwdefaults: PyCell::new(kwdefaults),
            closure,
            doc: PyCell::new(doc),
            module,
            dict: PyCell::new(Value::Null),
            annotations: PyCell::new(Value::Null),
        })))
    }

    /// MAKE_FUNCTION's annotations: a flat tuple of names and values becomes the dict.
    pub fn set_function_annotations(&mut self, f: &Value, pairs: &Value) -> PyResult<()> {
        let d = self.new_dict();
        if let Some(items) = pairs.as_tuple() {
            for kv in items.chunks(2) {
                if let [k, v] = kv {
                    self.dict_set(&d, k.clone(), v.clone())?;
                }
            }
        }
        if let Some(Object::Function(func)) = f.as_object() {
            drop(func.annotations.replace(d));
        }
        Ok(())
    }

    fn make_generator(
        &mut self,
        _callable: &Value,
        f: &FunctionObj,
        code: Rc<CodeObj>,
        slots: Vec<Value>,
    ) -> Value {
        let name = f.name.get();
        let qualname = f.qualname.get();
        let code_has_handlers = !code.code.exception_table.is_empty();
        let flags = code.code.flags;
        let kind = if flags & code_flags::COROUTINE != 0 {
            GenKind::Coroutine
        } else if flags & code_flags::ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        };
        Value::obj(Payload::Generator(GeneratorObj {
            frame: PyCell::new(Some(SavedFrame {
                code: code.clone(),
                func: _callable.clone(),
                globals: f.globals.clone(),
                slots,
                ip: 0,
            })),
            status: std::cell::Cell::new(GenStatus::Created),
            kind,
            own_yield: std::cell::Cell::new(false),
            running_async: std::cell::Cell::new(false),
            closed: std::cell::Cell::new(false),
            exc_state: PyCell::new(Value::None),
            code,
            name,
            qualname,
            finalizer: if code_has_handlers {
                Some(self.gen_finalizer.clone())
            } else {
                None
            },
            frame_obj: PyCell::new(Value::Null),
        }))
    }

    /// Resumes a generator with `sent` (or raises `throw` at its yield point).
    pub fn resume_generator(
        &mut self,
        gen: &Value,
        sent: Value,
        throw: Option<crate::vm::PyErr>,
    ) -> PyResult<Exit> {
        self.resume_generator_ex(gen, sent, throw, true)
    }

    /// [`Vm::resume_generator`]; `close_on_exit`: a GeneratorExit thrown into a frame suspended
    /// in `yield from`/`await` closes the sub-iterator (false for async generators' `athrow()`
    /// and `aclose()`, which throw it in, as CPython's `_gen_throw(..., close_on_genexit=0)`).
    pub fn resume_generator_ex(
        &mut self,
        gen: &Value,
        sent: Value,
        throw: Option<crate::vm::PyErr>,
        close_on_exit: bool,
    ) -> PyResult<Exit> {
        let Some(Object::Generator(g)) = gen.as_object() else {
            return Err(self.type_error("not a generator"));
        };
        // The frame runs with its own handled exception, if it has one, over the caller's
        // (CPython's chain of exc_info), and sets it aside again when it suspends.
        let outer = self.handled_exception.clone();
        let own = g.exc_state.replace(Value::None);
        if !own.is_none() {
            self.handled_exception = own;
        }
        let result = self.resume_suspended(gen, g, sent, throw, close_on_exit);
        let inner = std::mem::replace(&mut self.handled_exception, outer);
        if g.status.get() != GenStatus::Finished && !inner.is(&self.handled_exception) {
            g.exc_state.replace(inner);
        }
        result
    }

    fn resume_suspended(
        &mut self,
        gen: &Value,
        g: &GeneratorObj,
        sent: Value,
        throw: Option<crate::vm::PyErr>,
        close_on_exit: bool,
    ) -> PyResult<Exit> {
        match g.status.get() {
            GenStatus::Running => {
                let what = g.kind.name();
                return Err(self.value_error(format!("{what} already executing")));
            }
            GenStatus::Finished if g.kind == GenKind::Coroutine => {
                return Err(self.runtime_error("cannot reuse already awaited coroutine"));
            }
            GenStatus::Finished => {
                return match throw {
                    Some(e) => Err(e),
                    None => Ok(Exit::Return(Value::None)),
                }
            }
            GenStatus::Created if !sent.is_none() && throw.is_none() => {
                let what = g.kind.name();
                return Err(self.type_error(format!(
                    "can't send non-None value to a just-started {what}"
                )));
            }
            _ => {}
        }
        let started = g.status.get() != GenStatus::Created;
        if !started {
            if let Some(e) = throw {
                // Thrown into a generator that never ran: it finishes without running.
                g.status.set(GenStatus::Finished);
                g.release_frame_obj();
                g.frame.replace(None);
                return Err(e);
            }
        }
        let mut throw = throw;
        let mut push_sent = started;
        if let Some(err) = throw.take() {
            match self.delegate_throw(g, err, close_on_exit)? {
                Delegated::Yielded(y) => return Ok(Exit::Yield(y)),
                Delegated::Returned => push_sent = false,
                Delegated::Raise(e) => throw = Some(e),
            }
        }
        let Some(saved) = g.frame.replace(None) else {
            return Ok(Exit::Return(Value::None));
        };
        g.status.set(GenStatus::Running);
        let base = self.stack.len();
        self.stack.extend(saved.slots);
        if push_sent {
            self.stack.push(sent);
        }
        let frame = Frame {
            code: saved.code,
            func: saved.func,
            globals: saved.globals,
            locals: Value::Null,
            base,
            ip: saved.ip,
            ret_to: base,
            is_entry: true,
            generator: gen.clone(),
            init_self: Value::Null,
        };
        if let Err(e) = self.enter_native() {
            g.frame.replace(Some(SavedFrame {
                code: frame.code,
                func: frame.func,
                globals: frame.globals,
                slots: self.stack.split_off(base),
                ip: frame.ip,
            }));
            g.status.set(if started {
                GenStatus::Suspended
            } else {
                GenStatus::Created
            });
            return Err(e);
        }
        self.push_frame_unchecked_depth(frame);
        if g.frame_obj.with(|f| !f.is_null()) {
            let fo = g.frame_obj.get();
            self.frame_object_resumed(&fo);
        }
        let result = match throw {
            Some(err) => {
                if started {
                    self.stack.pop();
                }
                self.raise_in_top_frame(err)
            }
            None => self.run_frame(),
        };
        self.depth -= 1;
        if result.is_err() || matches!(result, Ok(Exit::Return(_))) {
            g.status.set(GenStatus::Finished);
        }
        match result {
            // PEP 479: a StopIteration escaping a generator body becomes a RuntimeError (and a
            // StopAsyncIteration escaping an async generator's).
            Err(e) => {
                let escaped = if self.err_matches(&e, &self.types.exc.stop_iteration.clone()) {
                    "StopIteration"
                } else if g.kind == GenKind::AsyncGenerator
                    && self.err_matches(&e, &self.types.exc.stop_async_iteration.clone())
                {
                    "StopAsyncIteration"
                } else {
                    return Err(e);
                };
                let what = g.kind.name();
                let err = self.runtime_error(format!("{what} raised {escaped}"));
                err.exc().cause.replace(e.value());
                err.exc().context.replace(e.value());
                err.exc().suppress_context.set(true);
                Err(err)
            }
            other => other,
        }
    }

    /// The sub-iterator a suspended frame is delegating to in `yield from` or `await`
    /// (CPython's `_PyGen_yf`): the top of its saved stack when it is parked on the YIELD_VALUE
    /// of a SEND loop.
    pub fn gen_yield_from(&self, g: &GeneratorObj) -> Option<Value> {
        if g.status.get() != GenStatus::Suspended {
            return None;
        }
        g.frame.with(|f| {
            let f = f.as_ref()?;
            let code = &f.code.code.instructions;
            let in_yield_from = f.ip >= 2
                && code.get(f.ip - 1).map(|i| i.opcode()) == Some(Opcode::YieldValue)
                && code.get(f.ip - 2).map(|i| i.opcode()) == Some(Opcode::Send);
            if in_yield_from {
                f.slots.last().cloned()
            } else {
                None
            }
        })
    }

    /// `throw()` into a generator suspended in `yield from`: the exception goes to the
    /// sub-iterator first. If the sub-iterator returns, its value becomes the result of the
    /// `yield from` in the (still saved) frame.
    fn delegate_throw(
        &mut self,
        g: &GeneratorObj,
        err: crate::vm::PyErr,
        close_on_exit: bool,
    ) -> PyResult<Delegated> {
        let Some(sub) = self.gen_yield_from(g) else {
            return Ok(Delegated::Raise(err));
        };
        let generator_exit = self.types.exc.generator_exit.clone();
        let is_gen = matches!(sub.as_object(), Some(Object::Generator(_)));
        if close_on_exit && self.err_matches(&err, &generator_exit) {
            // A failing close() raises its error at the frame's yield instead.
            if is_gen || self.has_attr_str(&sub, "close")? {
                g.status.set(GenStatus::Running);
                let closed = self.call_method(&sub, "close", vec![]);
                g.status.set(GenStatus::Suspended);
                if let Err(e) = closed {
                    return Ok(Delegated::Raise(e));
                }
            }
            return Ok(Delegated::Raise(err));
        }
        let has_throw = !is_gen && self.has_attr_str(&sub, "throw")?;
        // The delegating frame counts as running while its sub-iterator handles the exception.
        g.status.set(GenStatus::Running);
        let result = if is_gen {
            self.resume_generator_ex(&sub, Value::None, Some(err), close_on_exit)
        } else if has_throw {
            match self.call_method(&sub, "throw", vec![err.value()]) {
                Ok(y) => Ok(Exit::Yield(y)),
                Err(e) if self.err_matches(&e, &self.types.exc.stop_iteration.clone()) => {
                    Ok(Exit::Return(self.stop_iteration_value(&e)))
                }
                Err(e) => Err(e),
            }
        } else {
            Err(err)
        };
        g.status.set(GenStatus::Suspended);
        match result {
            Ok(Exit::Yield(y)) => Ok(Delegated::Yielded(y)),
            Ok(Exit::Return(v)) => {
                g.frame.with_mut(|f| {
                    if let Some(f) = f.as_mut() {
                        let target = f.code.code.instructions[f.ip - 2].arg() as usize;
                        f.slots.pop();
                        f.slots.push(v);
                        f.ip = target;
                    }
                });
                Ok(Delegated::Returned)
            }
            Err(e) => Ok(Delegated::Raise(e)),
        }
    }

    /// Raises `err` in the top frame as if its current instruction raised it, then runs on.
    fn raise_in_top_frame(&mut self, err: crate::vm::PyErr) -> PyResult<Exit> {
        let Some(mut r) = Regs::load(self) else {
            return Err(err);
        };
        self.set_context(&err);
        // The frame is suspended after its YIELD_VALUE; the exception comes from that yield.
        if self.unwind(&err, &mut r, false) {
            if let Some(f) = self.frames.last_mut() {
                f.ip = r.ip;
            }
            self.run_frame()
        } else {
            Err(err)
        }
    }

    /// SEND: next value from a sub-iterator of `yield from`.
    pub fn send_to(&mut self, sub: &Value, v: Value) -> PyResult<Exit> {
        if let Some(Object::Generator(_)) = sub.as_object() {
            return self.resume_generator(sub, v, None);
        }
        if v.is_none() {
            return match self.iter_next(sub)? {
                Some(y) => Ok(Exit::Yield(y)),
                None => Ok(Exit::Return(self.take_stop_value())),
            };
        }
        match self.call_method(sub, "send", vec![v]) {
            Ok(y) => Ok(Exit::Yield(y)),
            Err(e) if self.err_matches(&e, &self.types.exc.stop_iteration.clone()) => {
                Ok(Exit::Return(self.stop_iteration_value(&e)))
            }
            Err(e) => Err(e),
        }
    }

    /// The value of a StopIteration.
    pub fn stop_iteration_value(&self, e: &crate::vm::PyErr) -> Value {
        e.exc()
            .args
            .with(|a| a.as_tuple().and_then(|t| t.first().cloned()))
            .unwrap_or(Value::None)
    }

    /// The return value left by the last exhausted iterator (see `iter_next`).
    pub fn take_stop_value(&mut self) -> Value {
        std::mem::replace(&mut self.last_stop_value, Value::None)
    }

    /// Calling a class: `type(x)`, metaclass `__call__`, `__new__` then `__init__`.
    fn call_class(&mut self, cls: &Value, args: Args) -> PyResult<Value> {
        let meta = self.type_of(cls);
        let meta_user = matches!(meta.view(), Object::Class(c) if !c.is_builtin);
        if meta_user {
            if let Some(call) = self.class_lookup_str(&meta, "__call__") {
                if matches!(call.as_object(), Some(Object::Function(_))) {
                    let mut all = vec![cls.clone()];
                    all.extend(args.pos);
                    let mut a = Args::new(all);
                    a.kw = args.kw;
                    return self.call(&call, a);
                }
            }
        }
        self.type_call(cls, args)
    }

    /// type.__call__: `__new__`, then `__init__` when the result is an instance of the class.
    pub fn type_call(&mut self, cls: &Value, args: Args) -> PyResult<Value> {
        let class = cls
            .as_obj()
            .cloned()
            .unwrap_or_else(|| self.types.object.clone());
        if crate::value::ObjRef::ptr_eq(&class, &self.types.type_)
            && args.pos.len() == 1
            && args.kw.is_empty()
        {
            return Ok(Value::Obj(self.type_of(&args.pos[0])));
        }
        let new = self.class_lookup_str(&class, "__new__");
        let mut new_args = vec![cls.clone()];
        new_args.extend(args.pos.iter().cloned());
        let mut a = Args::new(new_args);
        a.kw = args.kw.clone();
        let obj = match new {
            Some(n) => {
                let n = match n.as_object() {
                    Some(Object::StaticMethod(f)) => f.clone(),
                    _ => n,
                };
                self.call(&n, a)?
            }
            None => return Err(self.type_error("cannot create instances")),
        };
        let obj_class = self.type_of(&obj);
        if !crate::vm::is_subclass(&obj_class, &class) {
            return Ok(obj);
        }
        if let Some(init) = self.class_lookup_str(&obj_class, "__init__") {
            let is_object_init = matches!(init.as_object(), Some(Object::NativeFunction(n)) if n.name == "__init__" && n.owner.as_obj().is_some_and(|o| crate::value::ObjRef::ptr_eq(o, &self.types.object)));
            if !is_object_init {
                let mut init_args = vec![obj.clone()];
                init_args.extend(args.pos);
                let mut a = Args::new(init_args);
                a.kw = args.kw;
                let r = self.call(&init, a)?;
                if !r.is_none() {
                    let t = self.type_name(&r);
                    return Err(self.type_error(format!("__init__() should return None, not '{t}'")));
                }
            } else if (!args.pos.is_empty() || !args.kw.is_empty()) && self.class_lookup_str(&class, "__new__").is_some_and(|n| matches!(n.as_object(), Some(Object::NativeFunction(nf)) if nf.owner.as_obj().is_some_and(|o| crate::value::ObjRef::ptr_eq(o, &self.types.object)))) {
                let cn = crate::vm::class_name(&class);
                return Err(self.type_error(format!("{cn}() takes no arguments")));
            }
        }
        Ok(obj)
    }
}

/// What `throw()` into a `yield from` sub-iterator did.
enum Delegated {
    Yielded(Value),
    Returned,
    Raise(crate::vm::PyErr),
}

impl crate::objects::function::NativeFunctionObj {
    /// Natives that may call back into Python count towards the recursion limit.
    #[inline]
    fn depth_guard_needed(&self) -> bool {
        true
    }
}
