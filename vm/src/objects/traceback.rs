//! Traceback objects (`traceback`): one per frame an exception passed through, outermost first,
//! `tb_next` going inwards.
//!
//! Unwinding does not build them: it records (frame object, instruction) pairs on the exception
//! (`ExceptionObj::traceback`), and `__traceback__` turns the pending pairs into objects on top of
//! the chain built so far (or the one a program assigned), as CPython's PyTraceBack_Here would
//! have at each step.

use crate::objects::function::Args;
use crate::value::{Object, Payload, PyCell, Value};
use crate::vm::{PyResult, Vm};

pub struct TracebackObj {
    /// The next (inner) traceback, or None.
    pub next: PyCell<Value>,
    /// The frame object.
    pub frame: Value,
    /// The instruction, as a byte offset as CPython counts it.
    pub lasti: i64,
    pub lineno: i64,
}

impl TracebackObj {
    pub fn visit(&self, v: &mut dyn FnMut(&Value)) {
        self.next.with(&mut *v);
        v(&self.frame);
    }
}

impl Vm {
    /// `exc.__traceback__`: the pending entries become traceback objects on top of the chain.
    pub fn traceback_of(&mut self, exc: &Value) -> Value {
        let Some(e) = exc.as_exception() else {
            return Value::None;
        };
        let pending = e.traceback.replace(Vec::new());
        let mut head = e.tb_object.get();
        if pending.is_empty() {
            return if head.is_null() { Value::None } else { head };
        }
        if head.is_null() {
            head = Value::None;
        }
        for entry in pending {
            let frame = Value::Obj(entry.frame);
            let lineno = match self.frame_code(&frame) {
                Some(c) => c.code.line_of(entry.lasti as usize) as i64,
                None => 0,
            };
            head = Value::obj(Payload::Traceback(TracebackObj {
                next: PyCell::new(head),
                frame,
                lasti: entry.lasti as i64 * 2,
                lineno,
            }));
        }
        drop(e.tb_object.replace(head.clone()));
        head
    }

    /// Replaces an exception's traceback (`__traceback__ = tb`, `with_traceback(tb)`).
    pub fn set_traceback(&mut self, exc: &Value, tb: Value) -> PyResult<()> {
        let Some(e) = exc.as_exception() else {
            return Ok(());
        };
        if !tb.is_none() && !matches!(tb.as_object(), Some(Object::Traceback(_))) {
            return Err(self.type_error("__traceback__ must be a traceback or None"));
        }
        drop(e.traceback.replace(Vec::new()));
        drop(e.tb_object.replace(tb));
        Ok(())
    }

    /// (file name, line, function name) of each traceback entry, outermost first.
    pub fn traceback_lines(&mut self, exc: &Value) -> Vec<(String, i64, String)> {
        let mut out = Vec::new();
        let mut tb = self.traceback_of(exc);
        let mut seen = 0usize;
        while let Some(Object::Traceback(t)) = tb.as_object() {
            if let Some(code) = self.frame_code(&t.frame) {
                out.push((
                    code.code.filename.to_string(),
                    t.lineno,
                    code.code.name.to_string(),
                ));
            }
            let next = t.next.get();
            tb = next;
            seen += 1;
            if seen > 1_000_000 {
                break;
            }
        }
        out
    }

    /// The data attributes of traceback objects.
    pub fn traceback_attr(&self, t: &TracebackObj, name: &str) -> Option<Value> {
        Some(match name {
            "tb_next" => t.next.get(),
            "tb_frame" => t.frame.clone(),
            "tb_lasti" => Value::Int(t.lasti),
            "tb_lineno" => Value::Int(t.lineno),
            _ => return None,
        })
    }

    /// Assignment to a traceback's attributes: only `tb_next`, to a traceback or None that
    /// does not lead back to this one.
    pub fn traceback_set_attr(
        &mut self,
        me: &Value,
        t: &TracebackObj,
        name: &str,
        value: Option<Value>,
    ) -> PyResult<bool> {
        match name {
            "tb_next" => {
                let Some(value) = value else {
                    return Err(self.type_error("can't delete tb_next attribute"));
                };
                if !value.is_none() && !matches!(value.as_object(), Some(Object::Traceback(_))) {
                    let t = self.type_name(&value);
                    return Err(self.type_error(format!("expected traceback object, got '{t}'")));
                }
                let mut cur = value.clone();
                while let Some(Object::Traceback(n)) = cur.as_object() {
                    if cur.is(me) {
                        return Err(self.value_error("traceback loop detected"));
                    }
                    let next = n.next.get();
                    cur = next;
                }
                drop(t.next.replace(value));
                Ok(true)
            }
            "tb_frame" | "tb_lasti" => Err(self.attribute_error("readonly attribute")),
            "tb_lineno" => Err(self
                .attribute_error("attribute 'tb_lineno' of 'traceback' objects is not writable")),
            _ => Ok(false),
        }
    }
}

fn check_tb_next(vm: &Vm, v: &Value) -> PyResult<()> {
    if v.is_none() || matches!(v.as_object(), Some(Object::Traceback(_))) {
        return Ok(());
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("expected traceback object or None, got '{t}'")))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.traceback.clone();
    vm.add_staticmethod(&t, "__new__", traceback_new);
}

/// `TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)`.
fn traceback_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let names = ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"];
    let mut vals: [Option<Value>; 4] = Default::default();
    for (i, v) in args.pos.iter().skip(1).enumerate() {
        if i >= 4 {
            return Err(vm.type_error(format!(
                "traceback() takes at most 4 arguments ({} given)",
                args.pos.len() - 1 + args.kw.len()
            )));
        }
        vals[i] = Some(v.clone());
    }
    for (k, v) in &args.kw {
        let k = k.as_str().map_or("?", |s| s.as_str()).to_string();
        match names.iter().position(|n| *n == k) {
            Some(i) if vals[i].is_none() => vals[i] = Some(v.clone()),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "argument for traceback() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            None => {
                return Err(vm.type_error(format!(
                    "traceback() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    for (i, v) in vals.iter().enumerate() {
        if v.is_none() {
            return Err(vm.type_error(format!(
                "traceback() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    let [next, frame, lasti, lineno] = vals.map(|v| v.unwrap_or_default());
    check_tb_next(vm, &next)?;
    if !matches!(frame.as_object(), Some(Object::Frame(_))) {
        let t = vm.type_name(&frame);
        return Err(vm.type_error(format!(
            "TracebackType() argument 'tb_frame' must be frame, not {t}"
        )));
    }
    let as_int = |vm: &Vm, v: &Value| -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::BoolWord(b) => Ok(*b as i64),
            _ => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        }
    };
    let lasti = as_int(vm, &lasti)?;
    let lineno = as_int(vm, &lineno)?;
    Ok(Value::obj(Payload::Traceback(TracebackObj {
        next: PyCell::new(next),
        frame,
        lasti,
        lineno,
    })))
}
