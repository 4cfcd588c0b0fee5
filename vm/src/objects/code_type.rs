//! Code objects (`code`): their `co_*` attributes and methods. `co_code` is pyvm's own bytecode
//! (two bytes per instruction, as CPython's code units: opcode, low byte of the argument), not
//! CPython's.

use crate::objects::function::{Args, CodeObj};
use crate::objects::iterators::IterState;
use crate::value::{Object, Payload, Value};
use crate::vm::{PyResult, Vm};
use pyvm_compiler::bytecode::CodeObject;
use std::rc::Rc;

pub fn init(vm: &mut Vm) {
    let t = vm.types.code.clone();
    vm.add_method(&t, "co_lines", code_co_lines);
    vm.add_method(&t, "co_positions", code_co_positions);
    vm.add_method(&t, "replace", code_replace);
}

impl Vm {
    /// The data attributes of code objects.
    pub fn code_attr(&mut self, c: &Rc<CodeObj>, name: &str) -> Option<Value> {
        let code = &c.code;
        let strs = |vm: &Vm, names: &[Rc<str>]| -> Value {
            let v: Vec<Value> = names.iter().map(|n| vm.new_str(&**n)).collect();
            vm.new_tuple(v)
        };
        Some(match name {
            "co_name" => self.new_str(&*code.name),
            "co_qualname" => self.new_str(&*code.qualname),
            "co_filename" => self.new_str(&*code.filename),
            "co_firstlineno" => Value::Int(code.first_line as i64),
            "co_argcount" => Value::Int(code.arg_count as i64),
            "co_posonlyargcount" => Value::Int(code.posonly_count as i64),
            "co_kwonlyargcount" => Value::Int(code.kwonly_count as i64),
            "co_nlocals" => Value::Int(code.varnames.len() as i64),
            "co_stacksize" => Value::Int(code.max_stack as i64),
            "co_flags" => Value::Int(code.flags as i64),
            "co_varnames" => self.new_tuple(c.varnames.to_vec()),
            "co_cellvars" => strs(self, &code.cellvars),
            "co_freevars" => strs(self, &code.freevars),
            "co_names" => self.new_tuple(c.names.to_vec()),
            "co_consts" => self.new_tuple(c.consts.to_vec()),
            "co_code" => {
                let bytes: Vec<u8> = code
                    .instructions
                    .iter()
                    .flat_map(|i| [i.op_byte(), i.arg() as u8])
                    .collect();
                Value::obj(Payload::Bytes(bytes.into()))
            }
            _ => return None,
        })
    }
}

fn receiver(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<CodeObj>> {
    match args.pos.first().and_then(|v| v.as_object()) {
        Some(Object::Code(c)) => Ok(c.clone()),
        _ => {
            let t = args
                .pos
                .first()
                .map_or("nothing".into(), |v| vm.type_name(v));
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'code' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

/// Runs of instructions on one line: (start, end, line) in bytes, as CPython's `co_lines`.
fn line_ranges(code: &CodeObject) -> Vec<(usize, usize, u32)> {
    let mut out: Vec<(usize, usize, u32)> = Vec::new();
    for (i, &line) in code.lines.iter().enumerate() {
        match out.last_mut() {
            Some(last) if last.2 == line && last.1 == i * 2 => last.1 = i * 2 + 2,
            _ => out.push((i * 2, i * 2 + 2, line)),
        }
    }
    out
}

fn code_co_lines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = receiver(vm, &args, "co_lines")?;
    vm.check_args("co_lines", &args, 1, 1)?;
    let items: Vec<Value> = line_ranges(&c.code)
        .into_iter()
        .map(|(s, e, l)| {
            vm.new_tuple(vec![
                Value::Int(s as i64),
                Value::Int(e as i64),
                Value::Int(l as i64),
            ])
        })
        .collect();
    let list = vm.new_list(items);
    Ok(vm.new_iterator(IterState::Seq {
        seq: list,
        index: 0,
    }))
}

/// pyvm keeps lines but no columns: the column fields are None, which CPython also gives
/// when it does not know them.
fn code_co_positions(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = receiver(vm, &args, "co_positions")?;
    vm.check_args("co_positions", &args, 1, 1)?;
    let items: Vec<Value> = c
        .code
        .lines
        .iter()
        .map(|&l| {
            vm.new_tuple(vec![
                Value::Int(l as i64),
                Value::Int(l as i64),
                Value::None,
                Value::None,
            ])
        })
        .collect();
    let list = vm.new_list(items);
    Ok(vm.new_iterator(IterState::Seq {
        seq: list,
        index: 0,
    }))
}

/// `code.replace(**changes)` for the names, file name and first line; other fields raise.
fn code_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = receiver(vm, &args, "replace")?;
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "replace() takes 0 positional arguments but {} were given",
            args.pos.len() - 1
        )));
    }
    let mut code: CodeObject = (*c.code).clone();
    for (k, v) in &args.kw {
        let key = k.as_str().map_or("?", |s| s.as_str()).to_string();
        let text = |vm: &Vm, v: &Value| -> PyResult<Rc<str>> {
            match v.as_str() {
                Some(s) => Ok(s.as_str().into()),
                None => {
                    let t = vm.type_name(v);
                    Err(vm.type_error(format!("replace() argument '{key}' must be str, not {t}")))
                }
            }
        };
        match key.as_str() {
            "co_name" => code.name = text(vm, v)?,
            "co_qualname" => code.qualname = text(vm, v)?,
            "co_filename" => code.filename = text(vm, v)?,
            "co_firstlineno" => match v {
                Value::Int(i) if (0..=i32::MAX as i64).contains(i) => {
                    let old = code.first_line as i64;
                    code.first_line = *i as u32;
                    // Lines move with the first line, as CPython's line table is relative.
                    for l in code.lines.iter_mut() {
                        *l = (*l as i64 - old + *i).max(0) as u32;
                    }
                }
                _ => {
                    let t = vm.type_name(v);
                    return Err(vm.type_error(format!(
                        "replace() argument 'co_firstlineno' must be int, not {t}"
                    )));
                }
            },
            "co_argcount" | "co_posonlyargcount" | "co_kwonlyargcount" | "co_nlocals"
            | "co_stacksize" | "co_flags" | "co_code" | "co_consts" | "co_names"
            | "co_varnames" | "co_freevars" | "co_cellvars" | "co_linetable"
            | "co_exceptiontable" => {
                return Err(vm.not_implemented_error(format!(
                    "code.replace() of {key} is not supported by pyvm yet"
                )))
            }
            _ => {
                return Err(vm.type_error(format!(
                    "replace() got an unexpected keyword argument '{key}'"
                )))
            }
        }
    }
    let loaded = vm.load_code(&Rc::new(code));
    Ok(Value::obj(Payload::Code(loaded)))
}
