//! Async generators (`async def` with `yield`): a `GeneratorObj` of kind `AsyncGenerator`,
//! stepped only through the awaitables its methods return (`__anext__`/`asend` and
//! `athrow`/`aclose`), following CPython's genobject.c state machine.
//!
//! The frame suspends for two reasons: its own `yield` (YIELD_VALUE 1, recorded in
//! `GeneratorObj::own_yield`), whose value ends the awaitable's step as StopIteration(value),
//! and an `await` inside it, whose suspension passes through the awaitable to the event loop.

use crate::interp::Exit;
use crate::objects::coroutine::{throw_args_to_err, AwaitState, AwaitStep};
use crate::objects::function::Args;
use crate::objects::generator::{GenStatus, GeneratorObj};
use crate::objects::iterators::IterState;
use crate::value::{Object, Value};
use crate::vm::{PyErr, PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.async_generator.clone();
    vm.add_method(&t, "__aiter__", agen_aiter);
    vm.add_method(&t, "__anext__", agen_anext);
    vm.add_method(&t, "asend", agen_asend);
    vm.add_method(&t, "athrow", agen_athrow);
    vm.add_method(&t, "aclose", agen_aclose);
}

fn agen_aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__aiter__", &args, 1, 1)?;
    Ok(args.pos[0].clone())
}

fn agen_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__anext__", &args, 1, 1)?;
    Ok(vm.new_asend(args.pos[0].clone(), Value::None))
}

fn agen_asend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("asend", &args, 2, 2)?;
    Ok(vm.new_asend(args.pos[0].clone(), args.pos[1].clone()))
}

fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("athrow() takes no keyword arguments"));
    }
    // The arguments are checked when the awaitable first runs, as CPython does.
    let gen = args.pos[0].clone();
    let rest = vm.new_tuple(args.pos[1..].to_vec());
    Ok(vm.new_iterator(IterState::Awaitable(AwaitState::AThrow {
        gen,
        args: rest,
        step: AwaitStep::Init,
    })))
}

fn agen_aclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("aclose", &args, 1, 1)?;
    Ok(vm.new_iterator(IterState::Awaitable(AwaitState::AThrow {
        gen: args.pos[0].clone(),
        args: Value::Null,
        step: AwaitStep::Init,
    })))
}

/// The generator behind an awaitable, checked to be an async generator.
fn agen_of(v: &Value) -> Option<&GeneratorObj> {
    match v.as_object() {
        Some(Object::Generator(g)) => Some(g),
        _ => None,
    }
}

impl Vm {
    /// `agen.asend(v)` (and `__anext__()` with None).
    pub fn new_asend(&self, gen: Value, sendval: Value) -> Value {
        self.new_iterator(IterState::Awaitable(AwaitState::ASend {
            gen,
            sendval,
            step: AwaitStep::Init,
        }))
    }

    fn set_step(&self, obj: &Value, step: AwaitStep) {
        let state = match self.await_state(obj) {
            Some(AwaitState::ASend { gen, sendval, .. }) => {
                AwaitState::ASend { gen, sendval, step }
            }
            Some(AwaitState::AThrow { gen, args, .. }) => AwaitState::AThrow { gen, args, step },
            _ => return,
        };
        self.set_await_state(obj, state);
    }

    /// One resumption of an async generator the way `gen_send`/`gen_throw` report it: its
    /// return is StopAsyncIteration.
    fn agen_resume(
        &mut self,
        gen: &Value,
        sent: Value,
        throw: Option<PyErr>,
        close_on_exit: bool,
    ) -> PyResult<Exit> {
        match self.resume_generator_ex(gen, sent, throw, close_on_exit)? {
            Exit::Return(_) => {
                Err(self.new_exception_args(&self.types.exc.stop_async_iteration.clone(), vec![]))
            }
            y => Ok(y),
        }
    }

    /// CPython's `async_gen_unwrap_value`: the generator's own yield ends the step with
    /// StopIteration(value); StopAsyncIteration or GeneratorExit mark it closed.
    fn agen_unwrap(&mut self, gen: &Value, r: PyResult<Exit>) -> PyResult<Exit> {
        let Some(g) = agen_of(gen) else {
            return r;
        };
        match r {
            Err(e) => {
                if self.err_matches(&e, &self.types.exc.stop_async_iteration.clone())
                    || self.err_matches(&e, &self.types.exc.generator_exit.clone())
                {
                    g.closed.set(true);
                }
                g.running_async.set(false);
                Err(e)
            }
            Ok(Exit::Yield(v)) if g.own_yield.get() => {
                g.running_async.set(false);
                Ok(Exit::Return(v))
            }
            other => other,
        }
    }

    pub fn asend_send(&mut self, obj: &Value, v: Value) -> PyResult<Exit> {
        let Some(AwaitState::ASend { gen, sendval, step }) = self.await_state(obj) else {
            return Err(self.type_error("not an asend awaitable"));
        };
        let Some(g) = agen_of(&gen) else {
            return Err(self.type_error("not an async generator"));
        };
        let mut v = v;
        match step {
            AwaitStep::Closed => {
                return Err(self.runtime_error("cannot reuse already awaited __anext__()/asend()"))
            }
            AwaitStep::Init => {
                if g.running_async.get() {
                    return Err(
                        self.runtime_error("anext(): asynchronous generator is already running")
                    );
                }
                if v.is_none() {
                    v = sendval;
                }
                self.set_step(obj, AwaitStep::Iter);
            }
            AwaitStep::Iter => {}
        }
        g.running_async.set(true);
        let r = self.agen_resume(&gen, v, None, true);
        let r = self.agen_unwrap(&gen, r);
        if !matches!(r, Ok(Exit::Yield(_))) {
            self.set_step(obj, AwaitStep::Closed);
        }
        r
    }

    pub fn asend_throw(&mut self, obj: &Value, args: &[Value]) -> PyResult<Exit> {
        let Some(AwaitState::ASend { gen, step, .. }) = self.await_state(obj) else {
            return Err(self.type_error("not an asend awaitable"));
        };
        if step == AwaitStep::Closed {
            return Err(self.runtime_error("cannot reuse already awaited __anext__()/asend()"));
        }
        let err = throw_args_to_err(self, "throw", args)?;
        let r = self.agen_resume(&gen, Value::None, Some(err), true);
        let r = self.agen_unwrap(&gen, r);
        if !matches!(r, Ok(Exit::Yield(_))) {
            self.set_step(obj, AwaitStep::Closed);
        }
        r
    }

    pub fn athrow_send(&mut self, obj: &Value, v: Value) -> PyResult<Exit> {
        let Some(AwaitState::AThrow { gen, args, step }) = self.await_state(obj) else {
            return Err(self.type_error("not an athrow awaitable"));
        };
        let Some(g) = agen_of(&gen) else {
            return Err(self.type_error("not an async generator"));
        };
        let aclose = args.is_null();
        if step == AwaitStep::Closed {
            return Err(self.runtime_error("cannot reuse already awaited aclose()/athrow()"));
        }
        if g.status.get() == GenStatus::Finished {
            self.set_step(obj, AwaitStep::Closed);
            return Ok(Exit::Return(Value::None));
        }
        let r = if step == AwaitStep::Init {
            if g.running_async.get() {
                self.set_step(obj, AwaitStep::Closed);
                let which = if aclose { "aclose" } else { "athrow" };
                return Err(self.runtime_error(format!(
                    "{which}(): asynchronous generator is already running"
                )));
            }
            if g.closed.get() {
                self.set_step(obj, AwaitStep::Closed);
                return Err(
                    self.new_exception_args(&self.types.exc.stop_async_iteration.clone(), vec![])
                );
            }
            if !v.is_none() {
                return Err(
                    self.runtime_error("can't send non-None value to a just-started coroutine")
                );
            }
            self.set_step(obj, AwaitStep::Iter);
            g.running_async.set(true);
            if aclose {
                g.closed.set(true);
                let exit = self.new_exception_args(&self.types.exc.generator_exit.clone(), vec![]);
                self.agen_resume(&gen, Value::None, Some(exit), false)
            } else {
                let items = args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
                let err = match throw_args_to_err(self, "athrow", &items) {
                    Ok(e) => e,
                    Err(e) => {
                        g.running_async.set(false);
                        return Err(e);
                    }
                };
                let r = self.agen_resume(&gen, Value::None, Some(err), false);
                self.agen_unwrap(&gen, r)
            }
        } else {
            let r = self.agen_resume(&gen, v, None, true);
            if aclose {
                r
            } else {
                return self.agen_unwrap(&gen, r);
            }
        };
        self.athrow_finish(obj, g, aclose, r)
    }

    /// The end of an athrow/aclose step (CPython's `yield_close` and `check_error` paths).
    fn athrow_finish(
        &mut self,
        obj: &Value,
        g: &GeneratorObj,
        aclose: bool,
        r: PyResult<Exit>,
    ) -> PyResult<Exit> {
        match r {
            Ok(Exit::Yield(y)) => {
                if aclose && g.own_yield.get() {
                    g.running_async.set(false);
                    self.set_step(obj, AwaitStep::Closed);
                    return Err(self.runtime_error("async generator ignored GeneratorExit"));
                }
                Ok(Exit::Yield(y))
            }
            other => {
                g.running_async.set(false);
                self.set_step(obj, AwaitStep::Closed);
                match other {
                    Err(e)
                        if aclose
                            && (self
                                .err_matches(&e, &self.types.exc.stop_async_iteration.clone())
                                || self
                                    .err_matches(&e, &self.types.exc.generator_exit.clone())) =>
                    {
                        Ok(Exit::Return(Value::None))
                    }
                    other => other,
                }
            }
        }
    }

    pub fn athrow_throw(&mut self, obj: &Value, args: &[Value]) -> PyResult<Exit> {
        let Some(AwaitState::AThrow {
            gen,
            args: own,
            step,
        }) = self.await_state(obj)
        else {
            return Err(self.type_error("not an athrow awaitable"));
        };
        let Some(g) = agen_of(&gen) else {
            return Err(self.type_error("not an async generator"));
        };
        if step == AwaitStep::Closed {
            return Err(self.runtime_error("cannot reuse already awaited aclose()/athrow()"));
        }
        let err = throw_args_to_err(self, "throw", args)?;
        let r = self.agen_resume(&gen, Value::None, Some(err), true);
        if !own.is_null() {
            return self.agen_unwrap(&gen, r);
        }
        match r {
            Ok(Exit::Yield(_)) if g.own_yield.get() => {
                g.running_async.set(false);
                self.set_step(obj, AwaitStep::Closed);
                Err(self.runtime_error("async generator ignored GeneratorExit"))
            }
            Err(e)
                if self.err_matches(&e, &self.types.exc.stop_async_iteration.clone())
                    || self.err_matches(&e, &self.types.exc.generator_exit.clone()) =>
            {
                Ok(Exit::Return(Value::None))
            }
            other => other,
        }
    }
}

/// `aiter(x)`: `x.__aiter__()`, which must give an async iterator.
pub fn builtin_aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("aiter", &args, 1, 1)?;
    let o = &args.pos[0];
    let Some(f) = vm.lookup_async_slot(o, "__aiter__") else {
        let t = vm.type_name(o);
        return Err(vm.type_error(format!("'{t}' object is not an async iterable")));
    };
    let it = vm.call_slot(&f, o)?;
    if vm.lookup_async_slot(&it, "__anext__").is_none() {
        let t = vm.type_name(&it);
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{t}'"
        )));
    }
    Ok(it)
}

/// `anext(aiterator[, default])`: the awaitable of `aiterator.__anext__()`; with a default,
/// an awaitable that gives the default instead of raising StopAsyncIteration.
pub fn builtin_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("anext", &args, 1, 2)?;
    let o = &args.pos[0];
    let Some(f) = vm.lookup_async_slot(o, "__anext__") else {
        let t = vm.type_name(o);
        return Err(vm.type_error(format!("'{t}' object is not an async iterator")));
    };
    let awaitable = vm.call_slot(&f, o)?;
    match args.pos.get(1) {
        None => Ok(awaitable),
        Some(default) => Ok(vm.new_iterator(IterState::Awaitable(AwaitState::ANext {
            wrapped: awaitable,
            default: default.clone(),
        }))),
    }
}
