//! Coroutines (`async def` without `yield`) and the small awaitable objects of the async
//! protocols: `coroutine.__await__()`'s coroutine_wrapper, async generators' asend/athrow
//! awaitables (driven in `async_generator.rs`) and `anext(aiter, default)`'s anext_awaitable.
//!
//! A coroutine is a `GeneratorObj` of kind `Coroutine`: it shares the generators' frame, resume
//! path and `send`/`throw`/`close`. The awaitables are builtin iterators (`IterState::Awaitable`)
//! whose state is an `AwaitState`; every step copies what it needs out of the state, runs Python
//! code without holding a borrow, and writes the new state back.

use crate::interp::Exit;
use crate::objects::function::Args;
use crate::objects::generator::{GenKind, GenStatus};
use crate::objects::iterators::IterState;
use crate::value::{Object, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// Where an asend/athrow awaitable is in its life (CPython's AWAITABLE_STATE_*).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AwaitStep {
    Init,
    Iter,
    Closed,
}

#[derive(Clone)]
pub enum AwaitState {
    /// `coroutine.__await__()`: an iterator over the coroutine's suspensions.
    CoroWrapper { coro: Value },
    /// `agen.asend(v)` and `agen.__anext__()` (`sendval` None).
    ASend {
        gen: Value,
        sendval: Value,
        step: AwaitStep,
    },
    /// `agen.athrow(...)` (`args` a tuple) and `agen.aclose()` (`args` Null).
    AThrow {
        gen: Value,
        args: Value,
        step: AwaitStep,
    },
    /// `anext(aiter, default)`: the awaitable of `aiter.__anext__()`, with StopAsyncIteration
    /// turned into the default value.
    ANext { wrapped: Value, default: Value },
}

impl AwaitState {
    pub fn type_name(&self) -> &'static str {
        match self {
            AwaitState::CoroWrapper { .. } => "coroutine_wrapper",
            AwaitState::ASend { .. } => "async_generator_asend",
            AwaitState::AThrow { .. } => "async_generator_athrow",
            AwaitState::ANext { .. } => "anext_awaitable",
        }
    }

    pub fn traverse(&self, v: &mut dyn FnMut(&Value)) {
        match self {
            AwaitState::CoroWrapper { coro } => v(coro),
            AwaitState::ASend { gen, sendval, .. } => {
                v(gen);
                v(sendval);
            }
            AwaitState::AThrow { gen, args, .. } => {
                v(gen);
                v(args);
            }
            AwaitState::ANext { wrapped, default } => {
                v(wrapped);
                v(default);
            }
        }
    }
}

/// The type names registered for the awaitables (classes found by name, as other iterators').
pub const AWAITABLE_TYPES: [&str; 4] = [
    "coroutine_wrapper",
    "async_generator_asend",
    "async_generator_athrow",
    "anext_awaitable",
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.coroutine.clone();
    vm.add_method(&t, "send", crate::objects::misc_types::generator_send);
    vm.add_method(&t, "throw", crate::objects::misc_types::generator_throw);
    vm.add_method(&t, "close", crate::objects::misc_types::generator_close);
    vm.add_method(&t, "__await__", coroutine_await);
    for name in AWAITABLE_TYPES {
        let class = crate::vm::make_class(
            name,
            std::slice::from_ref(&vm.types.object),
            crate::objects::class::Layout::Opaque,
            false,
        );
        vm.add_method(&class, "send", awaitable_send_method);
        vm.add_method(&class, "throw", awaitable_throw_method);
        vm.add_method(&class, "close", awaitable_close_method);
        vm.add_method(&class, "__next__", awaitable_next_method);
        vm.add_method(&class, "__iter__", awaitable_self);
        if name != "coroutine_wrapper" {
            vm.add_method(&class, "__await__", awaitable_self);
        }
        vm.iterator_classes.push((name, class));
    }
}

fn coroutine_await(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__await__", &args, 1, 1)?;
    let coro = args.pos[0].clone();
    Ok(vm.new_iterator(IterState::Awaitable(AwaitState::CoroWrapper { coro })))
}

fn awaitable_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__iter__", &args, 1, 1)?;
    Ok(args.pos[0].clone())
}

fn awaitable_send_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("send", &args, 2, 2)?;
    let r = vm.await_send(&args.pos[0], args.pos[1].clone())?;
    exit_to_result(vm, r)
}

fn awaitable_next_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__next__", &args, 1, 1)?;
    let r = vm.await_send(&args.pos[0], Value::None)?;
    exit_to_result(vm, r)
}

fn awaitable_throw_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("throw() takes no keyword arguments"));
    }
    let r = vm.await_throw(&args.pos[0], &args.pos[1..])?;
    exit_to_result(vm, r)
}

fn awaitable_close_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("close", &args, 1, 1)?;
    vm.await_close(&args.pos[0])
}

/// A step's value as the `send()`/`throw()` methods give it: a yielded value, or the
/// StopIteration carrying the result.
pub fn exit_to_result(vm: &mut Vm, r: Exit) -> PyResult<Value> {
    match r {
        Exit::Yield(y) => Ok(y),
        Exit::Return(v) => Err(vm.stop_iteration(v)),
    }
}

/// The exception `gen.throw(typ[, val[, tb]])` raises (CPython's `_gen_throw` argument rules).
pub fn throw_args_to_err(vm: &mut Vm, what: &str, args: &[Value]) -> PyResult<PyErr> {
    if args.is_empty() || args.len() > 3 {
        return Err(vm.type_error(format!(
            "{what} expected at least 1 argument, got {}",
            args.len()
        )));
    }
    let mut exc = args[0].clone();
    let is_exc_class = matches!(exc.as_obj(), Some(c) if matches!(c.view(), Object::Class(_))
        && crate::vm::is_subclass(c, &vm.types.exc.base_exception));
    if !is_exc_class && exc.as_exception().is_none() {
        let t = vm.type_name(&exc);
        return Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {t}"
        )));
    }
    if let (Some(Object::Class(_)), Some(v)) = (exc.as_object(), args.get(1)) {
        if !v.is_none() {
            exc = if v.as_exception().is_some() && crate::builtins::is_instance(vm, v, &exc)? {
                v.clone()
            } else if let Some(t) = v.as_tuple() {
                let items = t.to_vec();
                vm.call(&exc, Args::new(items))?
            } else {
                vm.call(&exc, Args::new([v.clone()]))?
            };
        }
    } else if args.get(1).is_some_and(|v| !v.is_none()) && exc.as_exception().is_some() {
        return Err(vm.type_error("instance exception may not have a separate value"));
    }
    vm.exception_from_value(exc)
}

impl Vm {
    /// The state of an awaitable object, if `v` is one.
    pub fn await_state(&self, v: &Value) -> Option<AwaitState> {
        match v.as_object() {
            Some(Object::Iterator(cell)) => cell.with(|s| match s {
                IterState::Awaitable(a) => Some(a.clone()),
                _ => None,
            }),
            _ => None,
        }
    }

    /// Replaces the state of an awaitable object.
    pub fn set_await_state(&self, v: &Value, state: AwaitState) {
        if let Some(Object::Iterator(cell)) = v.as_object() {
            drop(cell.replace(IterState::Awaitable(state)));
        }
    }

    /// `send(v)` on an awaitable object: a suspension (`Yield`) or its result (`Return`).
    pub fn await_send(&mut self, obj: &Value, v: Value) -> PyResult<Exit> {
        match self.await_state(obj) {
            Some(AwaitState::CoroWrapper { coro }) => self.resume_generator(&coro, v, None),
            Some(AwaitState::ASend { .. }) => self.asend_send(obj, v),
            Some(AwaitState::AThrow { .. }) => self.athrow_send(obj, v),
            Some(AwaitState::ANext { wrapped, default }) => {
                let inner = self.anext_inner(&wrapped)?;
                let r = if v.is_none() {
                    self.iter_next(&inner).map(|o| match o {
                        Some(y) => Exit::Yield(y),
                        None => Exit::Return(self.take_stop_value()),
                    })
                } else {
                    self.call_method(&inner, "send", vec![v])
                        .map(Exit::Yield)
                        .or_else(|e| self.stop_to_return(e))
                };
                self.anext_default(r, default)
            }
            None => Err(self.type_error("not an awaitable")),
        }
    }

    /// `throw(...)` on an awaitable object.
    pub fn await_throw(&mut self, obj: &Value, args: &[Value]) -> PyResult<Exit> {
        match self.await_state(obj) {
            Some(AwaitState::CoroWrapper { coro }) => {
                let err = throw_args_to_err(self, "throw", args)?;
                self.resume_generator(&coro, Value::None, Some(err))
            }
            Some(AwaitState::ASend { .. }) => self.asend_throw(obj, args),
            Some(AwaitState::AThrow { .. }) => self.athrow_throw(obj, args),
            Some(AwaitState::ANext { wrapped, default }) => {
                let inner = self.anext_inner(&wrapped)?;
                let r = self
                    .call_method(&inner, "throw", args.to_vec())
                    .map(Exit::Yield)
                    .or_else(|e| self.stop_to_return(e));
                self.anext_default(r, default)
            }
            None => Err(self.type_error("not an awaitable")),
        }
    }

    /// `close()` on an awaitable object.
    pub fn await_close(&mut self, obj: &Value) -> PyResult<Value> {
        match self.await_state(obj) {
            Some(AwaitState::CoroWrapper { coro }) => {
                crate::objects::misc_types::generator_close(self, Args::new([coro]))
            }
            Some(AwaitState::ASend { gen, sendval, .. }) => {
                let step = AwaitStep::Closed;
                self.set_await_state(obj, AwaitState::ASend { gen, sendval, step });
                Ok(Value::None)
            }
            Some(AwaitState::AThrow { gen, args, .. }) => {
                let step = AwaitStep::Closed;
                self.set_await_state(obj, AwaitState::AThrow { gen, args, step });
                Ok(Value::None)
            }
            Some(AwaitState::ANext { wrapped, .. }) => {
                let inner = self.anext_inner(&wrapped)?;
                self.call_method(&inner, "close", vec![])
            }
            None => Err(self.type_error("not an awaitable")),
        }
    }

    /// A StopIteration becomes the `Return` of a step; any other error stays.
    pub fn stop_to_return(&mut self, e: PyErr) -> PyResult<Exit> {
        if self.err_matches(&e, &self.types.exc.stop_iteration.clone()) {
            Ok(Exit::Return(self.stop_iteration_value(&e)))
        } else {
            Err(e)
        }
    }

    /// The iterator an anext_awaitable steps (CPython's `anextawaitable_getiter`): the
    /// awaitable's own iterator, or a coroutine's `__await__()`.
    fn anext_inner(&mut self, wrapped: &Value) -> PyResult<Value> {
        let it = self.get_awaitable(wrapped, 0)?;
        if let Some(Object::Generator(g)) = it.as_object() {
            if g.kind == GenKind::Coroutine {
                return Ok(
                    self.new_iterator(IterState::Awaitable(AwaitState::CoroWrapper {
                        coro: it.clone(),
                    })),
                );
            }
        }
        Ok(it)
    }

    fn anext_default(&mut self, r: PyResult<Exit>, default: Value) -> PyResult<Exit> {
        match r {
            Err(e) if self.err_matches(&e, &self.types.exc.stop_async_iteration.clone()) => {
                Ok(Exit::Return(default))
            }
            other => other,
        }
    }

    /// `next()` of an awaitable object (FOR_ITER, SEND with None, `next()`): like `send(None)`,
    /// with the result left in `last_stop_value` as iterators leave theirs.
    pub fn awaitable_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match self.await_send(it, Value::None)? {
            Exit::Yield(y) => Ok(Some(y)),
            Exit::Return(v) => {
                self.last_stop_value = v;
                Ok(None)
            }
        }
    }

    /// Whether `v` is a coroutine for `await` and `yield from`: a coroutine object, or a
    /// generator whose function was flagged by `types.coroutine`.
    pub fn is_coroutine_like(&self, v: &Value) -> bool {
        match v.as_object() {
            Some(Object::Generator(g)) => {
                g.kind == GenKind::Coroutine
                    || (g.kind == GenKind::Generator
                        && g.code.code.flags
                            & pyvm_compiler::bytecode::code_flags::ITERABLE_COROUTINE
                            != 0)
            }
            _ => false,
        }
    }

    /// A coroutine's special attributes (`cr_*`); None when `name` is not one of them.
    pub fn coroutine_attr(&mut self, v: &Value, name: &str) -> PyResult<Option<Value>> {
        let Some(Object::Generator(g)) = v.as_object() else {
            return Ok(None);
        };
        let status = g.status.get();
        let prefix = match g.kind {
            GenKind::Generator => "gi_",
            GenKind::Coroutine => "cr_",
            GenKind::AsyncGenerator => "ag_",
        };
        let Some(field) = name.strip_prefix(prefix) else {
            return Ok(None);
        };
        let r = match (g.kind, field) {
            (_, "code") => self.code_value(&g.code),
            (_, "frame") => self.generator_frame(v),
            (GenKind::AsyncGenerator, "running") => Value::Bool(g.running_async.get()),
            (_, "running") => Value::Bool(status == GenStatus::Running),
            (GenKind::AsyncGenerator, "suspended") => return Ok(None),
            (_, "suspended") => Value::Bool(status == GenStatus::Suspended),
            (GenKind::Generator, "yieldfrom")
            | (GenKind::Coroutine | GenKind::AsyncGenerator, "await") => {
                self.gen_yield_from(g).unwrap_or(Value::None)
            }
            (GenKind::Coroutine, "origin") => Value::None,
            _ => return Ok(None),
        };
        Ok(Some(r))
    }
}
