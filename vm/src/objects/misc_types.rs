//! The small builtin types: range, slice, property, classmethod, staticmethod, generator and
//! iterator methods, and the text streams behind sys.stdout/sys.stderr.

use crate::interp::Exit;
use crate::objects::function::Args;
use crate::objects::int;
use crate::objects::range::RangeObj;
use crate::objects::slice::SliceObj;
use crate::value::{Object, Payload, PropertyObj, Value};
use crate::vm::{PyResult, Vm};
use std::io::Write;

pub fn init(vm: &mut Vm) {
    let t = vm.types.module.clone();
    vm.add_staticmethod(&t, "__new__", module_new);
    let t = vm.types.method.clone();
    vm.add_staticmethod(&t, "__new__", method_new);
    let t = vm.types.range.clone();
    vm.add_staticmethod(&t, "__new__", range_new);
    vm.add_method(&t, "index", range_index);
    vm.add_method(&t, "count", range_count);
    let t = vm.types.slice.clone();
    vm.add_staticmethod(&t, "__new__", slice_new);
    vm.add_method(&t, "indices", slice_indices);
    let t = vm.types.property.clone();
    vm.add_staticmethod(&t, "__new__", property_new);
    vm.add_method(&t, "getter", property_getter);
    vm.add_method(&t, "setter", property_setter);
    vm.add_method(&t, "deleter", property_deleter);
    let t = vm.types.classmethod.clone();
    vm.add_staticmethod(&t, "__new__", classmethod_new);
    vm.add_method(&t, "__get__", classmethod_get);
    let t = vm.types.staticmethod.clone();
    vm.add_staticmethod(&t, "__new__", staticmethod_new);
    vm.add_method(&t, "__get__", staticmethod_get);
    let t = vm.types.property.clone();
    vm.add_method(&t, "__get__", property_get);
    let t = vm.types.generator.clone();
    vm.add_method(&t, "send", generator_send);
    vm.add_method(&t, "throw", generator_throw);
    vm.add_method(&t, "close", generator_close);
    vm.add_method(&t, "__next__", iterator_next);
    vm.add_method(&t, "__iter__", iterator_iter);
    let t = vm.types.iterator.clone();
    vm.add_method(&t, "__next__", iterator_next);
    vm.add_method(&t, "__iter__", iterator_iter);
    for name in [
        "list_iterator",
        "tuple_iterator",
        "str_ascii_iterator",
        "bytes_iterator",
        "bytearray_iterator",
        "range_iterator",
        "dict_keyiterator",
        "dict_valueiterator",
        "dict_itemiterator",
        "dict_reversekeyiterator",
        "dict_reversevalueiterator",
        "dict_reverseitemiterator",
        "set_iterator",
        "reversed",
        "enumerate",
        "zip",
        "map",
        "filter",
        "callable_iterator",
    ] {
        let class = crate::vm::make_class(
            name,
            std::slice::from_ref(&vm.types.object),
            crate::objects::class::Layout::Opaque,
            false,
        );
        vm.add_method(&class, "__next__", iterator_next);
        vm.add_method(&class, "__iter__", iterator_iter);
        vm.iterator_classes.push((name, class));
    }
    let t = vm.types.function.clone();
    vm.add_method(&t, "__get__", function_get);
    let t = vm.types.super_.clone();
    vm.add_staticmethod(&t, "__new__", super_new);
}

/// function.__get__(obj, type=None): a bound method, or the function itself for a class lookup.
fn function_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__get__", &args, 2, 3)?;
    let (f, obj) = (args.pos[0].clone(), args.pos[1].clone());
    if obj.is_none() {
        return Ok(f);
    }
    Ok(Value::obj(Payload::BoundMethod(
        crate::objects::function::BoundMethodObj::new(f, obj),
    )))
}

fn super_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut a = Args::new(args.pos.into_iter().skip(1));
    a.kw = args.kw;
    crate::objects::super_type::builtin_super(vm, a)
}

fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<i128> {
    match vm.to_index(v)? {
        Some(i) => Ok(i as i128),
        None => int::as_bigint(v)
            .and_then(|b| num_traits::ToPrimitive::to_i128(&*b))
            .filter(|i| i.unsigned_abs() < (1u128 << 100))
            .ok_or_else(|| {
                vm.overflow_error("range() arguments beyond 2**100 are not supported by pyvm yet")
            }),
    }
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let a: Vec<Value> = args.pos.iter().skip(1).cloned().collect();
    let (start, stop, step) = match a.len() {
        1 => (0, range_arg(vm, &a[0])?, 1),
        2 => (range_arg(vm, &a[0])?, range_arg(vm, &a[1])?, 1),
        3 => (
            range_arg(vm, &a[0])?,
            range_arg(vm, &a[1])?,
            range_arg(vm, &a[2])?,
        ),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::obj(Payload::Range(RangeObj { start, stop, step })))
}

fn range_position(vm: &mut Vm, args: &Args) -> PyResult<Option<i64>> {
    vm.check_args("index", args, 2, 2)?;
    let Some(Object::Range(r)) = args.pos[0].as_object() else {
        return Err(vm.type_error("descriptor 'index' requires a 'range' object"));
    };
    let x = &args.pos[1];
    if int::is_int(x) && !matches!(x.as_object(), Some(Object::Instance(_))) {
        let i = int::as_bigint(x).and_then(|b| num_traits::ToPrimitive::to_i128(&*b));
        return Ok(i
            .filter(|i| r.contains(*i))
            .map(|i| ((i - r.start) / r.step) as i64));
    }
    let (start, step, len) = (r.start, r.step, r.len());
    for k in 0..len {
        if vm.eq(&Value::from_i128(start + k * step), x)? {
            return Ok(Some(k as i64));
        }
    }
    Ok(None)
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match range_position(vm, &args)? {
        Some(k) => Ok(Value::Int(k)),
        None => {
            let r = vm.repr(&args.pos[1])?;
            Err(vm.value_error(format!("{r} is not in range")))
        }
    }
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(range_position(vm, &args)?.is_some() as i64))
}

fn slice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a: Vec<Value> = args.pos.iter().skip(1).cloned().collect();
    let (start, stop, step) = match a.len() {
        1 => (Value::None, a[0].clone(), Value::None),
        2 => (a[0].clone(), a[1].clone(), Value::None),
        3 => (a[0].clone(), a[1].clone(), a[2].clone()),
        n => return Err(vm.type_error(format!("slice expected at least 1 argument, got {n}"))),
    };
    Ok(Value::obj(Payload::Slice(SliceObj { start, stop, step })))
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("indices", &args, 2, 2)?;
    let Some(Object::Slice(s)) = args.pos[0].as_object() else {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let len = match vm.to_index(&args.pos[1])? {
        Some(n) if n >= 0 => n,
        Some(_) => return Err(vm.value_error("length should not be negative")),
        None => return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
    };
    let r = vm.slice_range(s, len as usize)?;
    let _ = r;
    let step = if s.step.is_none() {
        1
    } else {
        vm.to_index(&s.step)?.unwrap_or(1)
    };
    let start = if s.start.is_none() {
        None
    } else {
        vm.to_index(&s.start)?
    };
    let stop = if s.stop.is_none() {
        None
    } else {
        vm.to_index(&s.stop)?
    };
    let (start, stop, step, _) = crate::objects::slice::adjust_indices(start, stop, step, len);
    Ok(vm.new_tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
}

fn property_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut slots = [Value::None, Value::None, Value::None, Value::None];
    for (i, v) in args.pos.iter().skip(1).enumerate() {
        if i < 4 {
            slots[i] = v.clone();
        }
    }
    for (k, v) in &args.kw {
        let idx = match k.as_str().map(|s| s.as_str()) {
            Some("fget") => 0,
            Some("fset") => 1,
            Some("fdel") => 2,
            Some("doc") => 3,
            _ => return Err(vm.type_error("property() got an unexpected keyword argument")),
        };
        slots[idx] = v.clone();
    }
    let [fget, fset, fdel, mut doc] = slots;
    if doc.is_none() && !fget.is_none() {
        let key = vm.intern("__doc__");
        doc = vm.get_attr_opt(&fget, &key)?.unwrap_or(Value::None);
    }
    Ok(Value::obj(Payload::Property(PropertyObj {
        fget,
        fset,
        fdel,
        doc,
    })))
}

fn property_copy(vm: &mut Vm, args: &Args, which: usize) -> PyResult<Value> {
    vm.check_args("property", args, 2, 2)?;
    let Some(Object::Property(p)) = args.pos[0].as_object() else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let f = args.pos[1].clone();
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = f;
    let [fget, fset, fdel] = parts;
    Ok(Value::obj(Payload::Property(PropertyObj {
        fget,
        fset,
        fdel,
        doc: p.doc.clone(),
    })))
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, &args, 0)
}
fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, &args, 1)
}
fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, &args, 2)
}

fn classmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("classmethod", &args, 2, 2)?;
    Ok(Value::obj(Payload::ClassMethod(args.pos[1].clone())))
}

fn staticmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("staticmethod", &args, 2, 2)?;
    Ok(Value::obj(Payload::StaticMethod(args.pos[1].clone())))
}

fn classmethod_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__get__", &args, 2, 3)?;
    let Some(Object::ClassMethod(f)) = args.pos[0].as_object() else {
        return Err(vm.type_error("descriptor '__get__' requires a 'classmethod' object"));
    };
    let owner = match args.pos.get(2).filter(|v| !v.is_none()) {
        Some(o) => o.clone(),
        None => Value::Obj(vm.type_of(&args.pos[1])),
    };
    Ok(Value::obj(Payload::BoundMethod(
        crate::objects::function::BoundMethodObj::new(f.clone(), owner),
    )))
}

fn staticmethod_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__get__", &args, 2, 3)?;
    match args.pos[0].as_object() {
        Some(Object::StaticMethod(f)) => Ok(f.clone()),
        _ => Err(vm.type_error("descriptor '__get__' requires a 'staticmethod' object")),
    }
}

fn property_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__get__", &args, 2, 3)?;
    let Some(Object::Property(p)) = args.pos[0].as_object() else {
        return Err(vm.type_error("descriptor '__get__' requires a 'property' object"));
    };
    if args.pos[1].is_none() {
        return Ok(args.pos[0].clone());
    }
    if p.fget.is_none() {
        return Err(vm.attribute_error("property has no getter"));
    }
    let fget = p.fget.clone();
    vm.call(&fget, Args::new([args.pos[1].clone()]))
}

pub(crate) fn generator_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("send", &args, 2, 2)?;
    let gen = args.pos[0].clone();
    let v = args.pos[1].clone();
    match vm.resume_generator(&gen, v, None)? {
        Exit::Yield(y) => Ok(y),
        Exit::Return(r) => Err(vm.stop_iteration(r)),
    }
}

pub(crate) fn generator_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("throw() takes no keyword arguments"));
    }
    let gen = args.pos[0].clone();
    let err = crate::objects::coroutine::throw_args_to_err(vm, "throw", &args.pos[1..])?;
    // A generator suspended in `yield from` passes the exception to its sub-iterator first.
    match vm.resume_generator(&gen, Value::None, Some(err))? {
        Exit::Yield(y) => Ok(y),
        Exit::Return(r) => Err(vm.stop_iteration(r)),
    }
}

pub(crate) fn generator_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("close", &args, 1, 1)?;
    let gen = args.pos[0].clone();
    let Some(Object::Generator(g)) = gen.as_object() else {
        return Ok(Value::None);
    };
    if g.status.get() == crate::objects::generator::GenStatus::Running {
        let what = g.kind.name();
        return Err(vm.value_error(format!("{what} already executing")));
    }
    if g.status.get() != crate::objects::generator::GenStatus::Suspended {
        g.status.set(crate::objects::generator::GenStatus::Finished);
        g.release_frame_obj();
        g.frame.replace(None);
        return Ok(Value::None);
    }
    let exit = vm.new_exception_args(&vm.types.exc.generator_exit.clone(), vec![]);
    match vm.resume_generator(&gen, Value::None, Some(exit)) {
        Ok(Exit::Yield(_)) => {
            let what = match gen.as_object() {
                Some(Object::Generator(g)) => g.kind.name(),
                _ => "generator",
            };
            Err(vm.runtime_error(format!("{what} ignored GeneratorExit")))
        }
        Ok(Exit::Return(_)) => Ok(Value::None),
        Err(e) => {
            let ge = vm.types.exc.generator_exit.clone();
            let si = vm.types.exc.stop_iteration.clone();
            if vm.err_matches(&e, &ge) || vm.err_matches(&e, &si) {
                Ok(Value::None)
            } else {
                Err(e)
            }
        }
    }
}

fn iterator_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__next__", &args, 1, 1)?;
    let it = args.pos[0].clone();
    match vm.iter_next(&it)? {
        Some(v) => Ok(v),
        None => {
            let v = vm.take_stop_value();
            Err(vm.stop_iteration(v))
        }
    }
}

fn iterator_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__iter__", &args, 1, 1)?;
    Ok(args.pos[0].clone())
}

impl Vm {
    /// Closes generators that were dropped while suspended inside a `try` (CPython closes them
    /// when they are collected). Errors they raise are ignored, as CPython ignores them.
    #[cold]
    pub fn run_generator_finalizers(&mut self) {
        self.gen_finalizer.pending.set(false);
        let frames = std::mem::take(&mut *self.gen_finalizer.frames.borrow_mut());
        for (frame, kind, name, qualname) in frames {
            let code = frame.code.clone();
            let gen = Value::obj(Payload::Generator(
                crate::objects::generator::GeneratorObj {
                    frame: crate::value::PyCell::new(Some(frame)),
                    status: std::cell::Cell::new(crate::objects::generator::GenStatus::Suspended),
                    kind,
                    own_yield: std::cell::Cell::new(false),
                    running_async: std::cell::Cell::new(false),
                    closed: std::cell::Cell::new(false),
                    exc_state: crate::value::PyCell::new(Value::None),
                    code,
                    name,
                    qualname,
                    finalizer: None,
                    frame_obj: crate::value::PyCell::new(Value::Null),
                },
            ));
            let _ = generator_close(self, Args::new([gen]));
        }
    }

    /// Calls `__del__` of the instances dropped since the last safe point, depth first as
    /// CPython's immediate deallocation does: what an instance releases when it goes (after its
    /// `__del__`) is finalized before the instances dropped after it. An exception from `__del__`
    /// is reported on stderr and otherwise ignored, as CPython does.
    pub fn run_instance_finalizers(&mut self) {
        // A stack rather than recursion: a long chain of owners must not grow the Rust stack.
        let mut work: Vec<crate::value::ObjRef> = Vec::new();
        loop {
            let queued = std::mem::take(&mut *self.gen_finalizer.instances.borrow_mut());
            work.extend(queued.into_iter().rev());
            let Some(inst) = work.pop() else {
                return;
            };
            inst.set_finalized(true);
            let class = match inst.view() {
                Object::Instance(i) => i.class(),
                _ => continue,
            };
            let obj = Value::Obj(inst);
            if let Some(del) = self.class_lookup_str(&class, "__del__") {
                if let Err(e) = self.call_method_value(&del, &obj, vec![]) {
                    self.report_ignored(&del, &e);
                }
            }
            drop(obj);
        }
    }

    /// At exit: lets go of a module's globals in insertion order, running each `__del__` as it
    /// comes. Data goes first; modules, functions and classes stay until the end, so that
    /// `__del__` methods can still use them (as they can in CPython, which frees `__main__`'s
    /// objects while its namespace is still readable).
    pub fn release_module_globals(&mut self, globals: &Value) {
        let Some(items) = globals.as_dict().map(|d| d.with(|t| t.items())) else {
            return;
        };
        let is_code_or_module = |v: &Value| {
            matches!(
                v.as_object(),
                Some(
                    Object::Module(_)
                        | Object::Function(_)
                        | Object::NativeFunction(_)
                        | Object::Class(_)
                )
            )
        };
        let (late, early): (Vec<_>, Vec<_>) =
            items.into_iter().partition(|(_, v)| is_code_or_module(v));
        for (k, v) in early.into_iter().chain(late) {
            drop(v);
            if k.as_str().is_some_and(|s| s.as_str() == "__builtins__") {
                continue;
            }
            let _ = self.dict_set(globals, k, Value::None);
            self.maybe_finalize();
        }
    }

    /// CPython's report of an exception that cannot propagate (raised by `__del__`).
    pub fn report_ignored(&mut self, origin: &Value, e: &crate::vm::PyErr) {
        use std::io::Write;
        let what = self.repr(origin).unwrap_or_else(|_| "<object>".into());
        let text = self.format_exception(e);
        let _ = self.io.stdout.flush();
        let _ = write!(self.io.stderr, "Exception ignored in: {what}\n{text}");
    }

    /// Runs pending finalizers, if any (a cheap check on hot paths).
    #[inline(always)]
    pub fn maybe_finalize(&mut self) {
        if self.gen_finalizer.pending.get() {
            self.run_finalizers();
        }
    }

    #[cold]
    fn run_finalizers(&mut self) {
        self.gen_finalizer.pending.set(false);
        self.run_generator_finalizers();
        self.run_instance_finalizers();
        self.run_weak_callbacks();
        if self.heap.collect_requested.get() {
            self.collect_due_generation();
        }
    }

    /// Which of the VM's own streams `stream` stands for (0 stdin, 1 stdout, 2 stderr).
    #[inline]
    pub fn std_stream_index(&self, stream: &Value) -> Option<usize> {
        self.std_streams.objs.iter().position(|s| s.is(stream))
    }

    /// Records the sys module's dict, where print() and input() find the streams.
    pub fn set_sys_dict(&mut self, dict: Value) {
        self.std_streams.names = ["stdin", "stdout", "stderr"].map(|n| self.intern(n));
        self.std_streams.sys_dict = dict;
    }

    /// sys.stdin (0), sys.stdout (1) or sys.stderr (2) as print() and input() find it: Ok(None)
    /// before the sys module exists (the VM's own stream is meant), CPython's RuntimeError once
    /// deleted.
    #[inline]
    pub fn sys_stream(&mut self, which: usize) -> PyResult<Option<Value>> {
        let s = &self.std_streams;
        let Some(d) = s.sys_dict.as_dict() else {
            return Ok(None);
        };
        let (name, slot) = (&s.names[which], s.slots[which]);
        // print() runs this per call: the entry found last time is checked first.
        let cached = d.with(|t| match t.key_at(slot) {
            Some(k) if k.is(name) => t.value_at(slot).cloned(),
            _ => None,
        });
        if cached.is_some() {
            return Ok(cached);
        }
        let hash = name.str_hash();
        let found = d.with(|t| {
            t.find(name, hash, &mut |a, b| {
                Ok::<bool, ()>(crate::vm::str_eq(a, b))
            })
            .ok()
            .flatten()
            .and_then(|i| t.value_at(i).cloned().map(|v| (i, v)))
        });
        match found {
            Some((i, v)) => {
                self.std_streams.slots[which] = i;
                Ok(Some(v))
            }
            None => {
                let name = ["stdin", "stdout", "stderr"][which];
                Err(self.runtime_error(format!("lost sys.{name}")))
            }
        }
    }

    /// Writes text to a stream object: the VM's own stdout/stderr, or any object's `write`.
    pub fn write_stream(&mut self, stream: &Value, text: &str) -> PyResult<()> {
        match self.std_stream_index(stream) {
            Some(1) => {
                let _ = self.io.stdout.write_all(text.as_bytes());
                Ok(())
            }
            Some(2) => {
                let _ = self.io.stdout.flush();
                let _ = self.io.stderr.write_all(text.as_bytes());
                Ok(())
            }
            _ => {
                let s = self.new_str(text);
                self.call_method(stream, "write", vec![s])?;
                Ok(())
            }
        }
    }
}

/// `module(name, doc=None)` (types.ModuleType).
fn module_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut name = args.pos.get(1).cloned();
    let mut doc = args.pos.get(2).cloned();
    for (k, v) in &args.kw {
        match k.as_str().map(|s| s.as_str()) {
            Some("name") if name.is_none() => name = Some(v.clone()),
            Some("doc") if doc.is_none() => doc = Some(v.clone()),
            _ => {
                let k = vm.str_of(k)?;
                return Err(
                    vm.type_error(format!("module() got an unexpected keyword argument '{k}'"))
                );
            }
        }
    }
    if args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    let Some(name) = name else {
        return Err(vm.type_error("module() missing required argument 'name' (pos 1)"));
    };
    let Some(n) = name.as_str().map(|s| s.as_str().to_string()) else {
        let t = vm.type_name(&name);
        return Err(vm.type_error(format!("module() argument 'name' must be str, not {t}")));
    };
    let m = vm.new_module(&n);
    if let Some(d) = doc {
        vm.module_set(&m, "__doc__", d);
    }
    for attr in ["__package__", "__loader__", "__spec__"] {
        vm.module_set(&m, attr, Value::None);
    }
    Ok(m)
}

/// `method(function, instance)` (types.MethodType).
fn method_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    if args.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "method expected 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    let (func, obj) = (args.pos[1].clone(), args.pos[2].clone());
    if !vm.is_callable(&func) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if obj.is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(Value::obj(Payload::BoundMethod(
        crate::objects::function::BoundMethodObj::new(func, obj),
    )))
}
