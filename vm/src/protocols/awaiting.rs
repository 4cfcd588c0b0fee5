//! The asynchronous protocols behind `await`, `async for` and `async with`: GET_AWAITABLE,
//! GET_AITER, GET_ANEXT and BEFORE_ASYNC_WITH, with CPython 3.11's checks and messages.
//!
//! CPython finds these through a type's `tp_as_async` slots; here every type that has one
//! (coroutine, async_generator, the awaitables of coroutine.rs, and Python classes) has the
//! dunder method in its class dictionary, so one class lookup serves all of them.

use crate::objects::generator::GenKind;
use crate::objects::iterators::IterState;
use crate::value::{Object, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// The method `name` of `o`'s type, standing for an async slot (`__await__`, `__aiter__`,
    /// `__anext__`), if the type has one.
    pub fn lookup_async_slot(&self, o: &Value, name: &'static str) -> Option<Value> {
        let class = self.type_of(o);
        self.class_lookup_str(&class, name)
    }

    /// Calls a slot method found by `lookup_async_slot` on `o`.
    pub fn call_slot(&mut self, f: &Value, o: &Value) -> PyResult<Value> {
        self.call_method_value(f, o, vec![])
    }

    /// Whether `v` is an iterator (CPython's `PyIter_Check`: its type has `__next__`).
    fn is_iterator(&self, v: &Value) -> bool {
        match v.as_object() {
            Some(Object::Iterator(_)) => true,
            Some(Object::Generator(g)) => g.kind == GenKind::Generator,
            _ => self.lookup_async_slot(v, "__next__").is_some(),
        }
    }

    /// GET_AWAITABLE (CPython's `_PyCoro_GetAwaitableIter` and its callers' checks): the
    /// iterator that `await o` steps. `site` is 1 after `__aenter__`, 2 after `__aexit__`.
    pub fn get_awaitable(&mut self, o: &Value, site: u32) -> PyResult<Value> {
        if let Some(Object::Generator(g)) = o.as_object() {
            if g.kind == GenKind::Coroutine {
                if self.gen_yield_from(g).is_some() {
                    return Err(self.runtime_error("coroutine is being awaited already"));
                }
                return Ok(o.clone());
            }
            if self.is_coroutine_like(o) {
                return Ok(o.clone());
            }
        }
        if let Some(Object::Iterator(cell)) = o.as_object() {
            let own = cell.with(
                |s| matches!(s, IterState::Awaitable(a) if a.type_name() != "coroutine_wrapper"),
            );
            if own {
                return Ok(o.clone());
            }
        }
        let Some(f) = self.lookup_async_slot(o, "__await__") else {
            let t = self.type_name(o);
            let msg = match site {
                1 => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {t}"
                ),
                2 => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {t}"
                ),
                _ => format!("object {t} can't be used in 'await' expression"),
            };
            return Err(self.type_error(msg));
        };
        let res = self.call_slot(&f, o)?;
        if self.is_coroutine_like(&res) {
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        if !self.is_iterator(&res) {
            let t = self.type_name(&res);
            return Err(self.type_error(format!("__await__() returned non-iterator of type '{t}'")));
        }
        Ok(res)
    }

    /// GET_AITER: `o.__aiter__()`, which must have `__anext__`.
    pub fn get_aiter(&mut self, o: &Value) -> PyResult<Value> {
        let Some(f) = self.lookup_async_slot(o, "__aiter__") else {
            let t = self.type_name(o);
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {t}"
            )));
        };
        let it = self.call_slot(&f, o)?;
        if self.lookup_async_slot(&it, "__anext__").is_none() {
            let t = self.type_name(&it);
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {t}"
            )));
        }
        Ok(it)
    }

    /// GET_ANEXT: the awaitable of `aiter.__anext__()`.
    pub fn get_anext(&mut self, aiter: &Value) -> PyResult<Value> {
        if let Some(Object::Generator(g)) = aiter.as_object() {
            if g.kind == GenKind::AsyncGenerator {
                return Ok(self.new_asend(aiter.clone(), Value::None));
            }
        }
        let Some(f) = self.lookup_async_slot(aiter, "__anext__") else {
            let t = self.type_name(aiter);
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {t}"
            )));
        };
        let next = self.call_slot(&f, aiter)?;
        match self.get_awaitable(&next, 0) {
            Ok(a) => Ok(a),
            Err(cause) => {
                let t = self.type_name(&next);
                let err = self.type_error(format!(
                    "'async for' received an invalid object from __anext__: {t}"
                ));
                err.exc().cause.replace(cause.value());
                err.exc().context.replace(cause.value());
                err.exc().suppress_context.set(true);
                Err(err)
            }
        }
    }

    /// BEFORE_ASYNC_WITH: `(bound __aexit__, mgr.__aenter__())`.
    pub fn enter_async_context(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let class = self.type_of(mgr);
        let Some(enter) = self.class_lookup_str(&class, "__aenter__") else {
            let t = self.type_name(mgr);
            return Err(self.type_error(format!(
                "'{t}' object does not support the asynchronous context manager protocol"
            )));
        };
        let Some(exit) = self.class_lookup_str(&class, "__aexit__") else {
            let t = self.type_name(mgr);
            return Err(self.type_error(format!(
                "'{t}' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
            )));
        };
        let exit_bound = self.bind_attr(exit, mgr, &class)?;
        let entered = self.call_method_value(&enter, mgr, vec![])?;
        Ok((exit_bound, entered))
    }
}
