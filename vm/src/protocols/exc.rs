//! Raising and matching exceptions, context managers, and CPython-shaped tracebacks.

use crate::objects::function::Args;
use crate::value::{Object, Payload, Value};
use crate::vm::{class_name, is_subclass, PyErr, PyResult, Vm};

impl Vm {
    /// Turns a raised value (an exception instance or class) into a PyErr.
    pub fn exception_from_value(&mut self, v: Value) -> PyResult<PyErr> {
        match v.as_object() {
            Some(Object::Exception(_)) => Ok(PyErr(
                v.as_obj()
                    .cloned()
                    .unwrap_or_else(|| self.types.object.clone()),
            )),
            Some(Object::Class(_)) => {
                let class = v
                    .as_obj()
                    .cloned()
                    .unwrap_or_else(|| self.types.object.clone());
                if !is_subclass(&class, &self.types.exc.base_exception) {
                    return Err(self.type_error("exceptions must derive from BaseException"));
                }
                let inst = self.call(&v, Args::default())?;
                match inst.as_object() {
                    Some(Object::Exception(_)) => Ok(PyErr(
                        inst.as_obj()
                            .cloned()
                            .unwrap_or_else(|| self.types.object.clone()),
                    )),
                    _ => {
                        let r = self.repr(&v)?;
                        let t = self.type_name(&inst);
                        Err(self.type_error(format!(
                            "calling {r} should have returned an instance of BaseException, not {t}"
                        )))
                    }
                }
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// RAISE_VARARGS.
    pub fn do_raise(&mut self, exc: Option<Value>, cause: Option<Value>) -> PyErr {
        let Some(exc) = exc else {
            let handled = self.handled_exception.clone();
            if handled.is_none() || handled.is_null() {
                return self.runtime_error("No active exception to reraise");
            }
            return match self.exception_from_value(handled) {
                Ok(e) => e,
                Err(e) => e,
            };
        };
        let err = match self.exception_from_value(exc) {
            Ok(e) => e,
            Err(e) => return e,
        };
        if let Some(cause) = cause {
            let cause_v = if cause.is_none() {
                Value::None
            } else {
                match self.exception_from_value(cause) {
                    Ok(c) => c.value(),
                    Err(_) => {
                        return self.type_error("exception causes must derive from BaseException")
                    }
                }
            };
            err.exc().cause.replace(cause_v);
            err.exc().suppress_context.set(true);
        }
        err
    }

    /// `except class:` matching (class may be a tuple of classes).
    pub fn exception_matches(&mut self, exc: &Value, class: &Value) -> PyResult<bool> {
        let exc_class = self.type_of(exc);
        match class.as_object() {
            Some(Object::Class(_)) => {
                let c = class
                    .as_obj()
                    .cloned()
                    .unwrap_or_else(|| self.types.object.clone());
                if !is_subclass(&c, &self.types.exc.base_exception) {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(is_subclass(&exc_class, &c))
            }
            Some(Object::Tuple(items)) => {
                for item in items.iter() {
                    if self.exception_matches(exc, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// BEFORE_WITH: (bound __exit__, result of __enter__).
    pub fn enter_context(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let class = self.type_of(mgr);
        let enter = self.class_lookup_str(&class, "__enter__");
        let exit = self.class_lookup_str(&class, "__exit__");
        let (Some(enter), Some(exit)) = (enter.clone(), exit.clone()) else {
            let t = self.type_name(mgr);
            let detail = if enter.is_some() {
                " (missed __exit__ method)"
            } else {
                ""
            };
            return Err(self.type_error(format!(
                "'{t}' object does not support the context manager protocol{detail}"
            )));
        };
        let exit_bound = Value::obj(Payload::BoundMethod(
            crate::objects::function::BoundMethodObj::new(exit, mgr.clone()),
        ));
        let entered = self.call_method_value(&enter, mgr, vec![])?;
        Ok((exit_bound, entered))
    }

    /// SyntaxError's str (`msg (file, line N)`), or with `display` the block CPython prints
    /// for an uncaught one (file and line, the source line, then `SyntaxError: msg`).
    pub fn syntax_error_str(&mut self, exc: &Value, display: bool) -> PyResult<Option<String>> {
        let get = |vm: &mut Vm, name: &str| -> PyResult<Value> {
            let k = vm.intern(name);
            Ok(vm.get_attr_opt(exc, &k)?.unwrap_or(Value::None))
        };
        let msg = get(self, "msg")?;
        if msg.is_none() {
            return Ok(None);
        }
        let msg = self.str_of(&msg)?;
        let filename = get(self, "filename")?;
        let lineno = get(self, "lineno")?;
        let text = get(self, "text")?;
        let class = self.type_of(exc);
        let name = class_name(&class);
        if display {
            let mut out = String::new();
            if !filename.is_none() {
                let f = self.str_of(&filename)?;
                let l = self.str_of(&lineno)?;
                out.push_str(&format!("  File \"{f}\", line {l}\n"));
                if let Some(t) = text.as_str() {
                    let line = t.as_str().trim_end_matches('\n');
                    let trimmed = line.trim_start();
                    if !trimmed.is_empty() {
                        out.push_str(&format!("    {trimmed}\n"));
                    }
                }
            }
            out.push_str(&format!("{name}: {msg}\n"));
            return Ok(Some(out));
        }
        if filename.is_none() {
            return Ok(Some(msg));
        }
        let f = self.str_of(&filename)?;
        let f = f.rsplit('/').next().unwrap_or(&f).to_string();
        let l = self.str_of(&lineno)?;
        Ok(Some(format!("{msg} ({f}, line {l})")))
    }

    /// `TypeError: message` (or just the class name when the message is empty).
    pub fn exception_summary(&mut self, exc: &Value) -> String {
        let class = self.type_of(exc);
        let mut name = class_name(&class);
        if let Object::Class(c) = class.view() {
            let module = c.module.get();
            if let Some(m) = module.as_str() {
                if m.as_str() != "builtins" && m.as_str() != "__main__" {
                    name = format!("{}.{}", m.as_str(), name);
                }
            }
        }
        let msg = match self.str_of(exc) {
            Ok(m) => m,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }

    /// The source text of a line, when the file can be read (for tracebacks).
    pub(crate) fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        if let Some(src) = self.sources.get(filename) {
            return src
                .lines()
                .nth(line.checked_sub(1)? as usize)
                .map(|s| s.to_string())
                .filter(|s| !s.trim().is_empty());
        }
        None
    }
}
