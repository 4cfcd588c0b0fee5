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
            // Only the flag `types.coroutine` sets: the others describe how the bytecode was
            // compiled, which replacing the number would not change.
            "co_flags" => {
                let iterable = pyvm_compiler::bytecode::code_flags::ITERABLE_COROUTINE;
                let Value::Int(f) = v else {
                    let t = vm.type_name(v);
                    return Err(vm.type_error(format!(
                        "replace() argument 'co_flags' must be int, not {t}"
                    )));
                };
                match u32::try_from(*f) {
                    Ok(f) if (f ^ code.flags) & !iterable == 0 => code.flags = f,
                    _ => {
                        return Err(vm.not_implemented_error(
                            "code.replace() of co_flags other than CO_ITERABLE_COROUTINE is not \
                             supported by pyvm yet",
                        ))
                    }
                }
            }
            "co_argcount" | "co_posonlyargcount" | "co_kwonlyargcount" | "co_nlocals"
            | "co_stacksize" | "co_code" | "co_consts" | "co_names" | "co_varnames"
            | "co_freevars" | "co_cellvars" | "co_linetable" | "co_exceptiontable" => {
                return Err(vm.not_implemented_error(format!(
                    "code.replace() of {key} is not supported by pyvm yet"
                )))
            }
            _ => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for replace()"
                )))
            }
        }
    }
    let loaded = vm.load_code(&Rc::new(code));
    Ok(vm.code_value(&loaded))
}

/// Flags `compile()` accepts: the `__future__` feature bits (accepted, all are mandatory or
/// without effect in 3.11) and the PyCF_* bits.
const PYCF_ONLY_AST: i64 = 0x400;
const ACCEPTED_FLAGS: i64 = 0x3fe_0000 | 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000;

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
pub fn builtin_compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let names = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ];
    if args.pos.len() > 6 {
        return Err(vm.type_error(format!(
            "compile() takes at most 6 arguments ({} given)",
            args.pos.len()
        )));
    }
    let mut vals: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in args.pos.iter().enumerate() {
        vals[i] = Some(v.clone());
    }
    for (k, v) in &args.kw {
        let key = k.as_str().map_or("?", |s| s.as_str()).to_string();
        match names.iter().position(|n| *n == key) {
            Some(i) if vals[i].is_none() => vals[i] = Some(v.clone()),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "argument for compile() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for compile()"
                )))
            }
        }
    }
    for (i, name) in names.iter().enumerate().take(3) {
        if vals[i].is_none() {
            return Err(vm.type_error(format!(
                "compile() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    let int_arg = |vm: &Vm, v: &Option<Value>, default: i64| -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(Value::Int(i)) => Ok(*i),
            Some(Value::BoolWord(b)) => Ok(*b as i64),
            Some(other) => {
                let t = vm.type_name(other);
                Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        }
    };
    let source = vals[0].clone().unwrap_or_default();
    let filename = vals[1].clone().unwrap_or_default();
    let mode = vals[2].clone().unwrap_or_default();
    let flags = int_arg(vm, &vals[3], 0)?;
    if let Some(d) = &vals[4] {
        vm.is_true(d)?;
    }
    let optimize = int_arg(vm, &vals[5], -1)?;
    int_arg(vm, &vals[6], -1)?;
    let filename = match (filename.as_str(), vm.bytes_like(&filename)) {
        (Some(s), _) => s.as_str().to_string(),
        (None, Some(b)) if matches!(filename.as_object(), Some(Object::Bytes(_))) => {
            String::from_utf8_lossy(&b).into_owned()
        }
        _ => {
            let t = vm.type_name(&filename);
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {t}"
            )));
        }
    };
    let Some(mode) = mode.as_str().map(|s| s.as_str().to_string()) else {
        let t = vm.type_name(&mode);
        return Err(vm.type_error(format!("compile() argument 'mode' must be str, not {t}")));
    };
    if flags & !ACCEPTED_FLAGS != 0 {
        return Err(vm.value_error("compile(): unrecognised flags"));
    }
    if !(-1..=2).contains(&optimize) {
        return Err(vm.value_error("compile(): invalid optimize value"));
    }
    let mode = match mode.as_str() {
        "exec" => pyvm_compiler::Mode::Exec,
        "eval" => pyvm_compiler::Mode::Eval,
        "single" => pyvm_compiler::Mode::Single,
        "func_type" if flags & PYCF_ONLY_AST != 0 => pyvm_compiler::Mode::Exec,
        _ => {
            let msg = if flags & PYCF_ONLY_AST != 0 {
                "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
            } else {
                "compile() mode must be 'exec', 'eval' or 'single'"
            };
            return Err(vm.value_error(msg));
        }
    };
    let text = if let Some(s) = source.as_str() {
        let s = s.as_str();
        if s.contains('\0') {
            return Err(null_bytes(vm));
        }
        s.to_string()
    } else if let Some(b) = vm.bytes_like(&source) {
        if b.contains(&0) {
            return Err(null_bytes(vm));
        }
        pyvm_compiler::source::decode(&b, &filename).map_err(|e| vm.syntax_error(&e))?
    } else {
        let t = vm.type_name(&source);
        let _ = t;
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    if flags & PYCF_ONLY_AST != 0 {
        return Err(vm.not_implemented_error(
            "compile() with ast.PyCF_ONLY_AST is not supported by pyvm (there is no ast module)",
        ));
    }
    if optimize > 0 {
        return Err(
            vm.not_implemented_error("compile() with optimize > 0 is not supported by pyvm yet")
        );
    }
    let code = vm.compile_string(&text, &filename, mode)?;
    let loaded = vm.load_code(&code);
    Ok(vm.code_value(&loaded))
}

/// CPython's SyntaxError for NUL in a source string (no location).
fn null_bytes(vm: &mut Vm) -> crate::vm::PyErr {
    let class = Value::Obj(vm.types.exc.syntax_error.clone());
    let msg = vm.new_str("source code string cannot contain null bytes");
    match vm.call(&class, Args::new([msg])) {
        Ok(e) => match vm.exception_from_value(e) {
            Ok(e) | Err(e) => e,
        },
        Err(e) => e,
    }
}

impl Vm {
    /// PRINT_EXPR: `sys.displayhook(value)`, or the default hook while `sys` is not imported.
    pub fn display_hook(&mut self, v: Value) -> PyResult<()> {
        let key = self.intern("sys");
        let sys = crate::protocols::names::dict_get_str(&self.modules, &key);
        if let Some(sys) = sys {
            let name = self.intern("displayhook");
            let Some(hook) = self.get_attr_opt(&sys, &name)? else {
                return Err(self.runtime_error("lost sys.displayhook"));
            };
            self.call(&hook, Args::new([v]))?;
            return Ok(());
        }
        self.default_display_hook(v)
    }

    /// `sys.__displayhook__`: prints repr(value) unless it is None, and keeps it in `builtins._`.
    pub fn default_display_hook(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let key = self.intern("_");
        let builtins = self.builtins.clone();
        self.dict_set(&builtins, key.clone(), Value::None)?;
        let text = format!("{}\n", self.repr(&v)?);
        match self.sys_stream(1)? {
            Some(f) if f.is_none() => return Err(self.runtime_error("lost sys.stdout")),
            Some(f) => self.write_stream(&f, &text)?,
            None => {
                let _ = std::io::Write::write_all(&mut self.io.stdout, text.as_bytes());
            }
        }
        self.dict_set(&builtins, key, v)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::io::Io;
    use crate::value::Value;
    use crate::vm::Vm;

    fn run(src: &str) -> (String, Option<String>) {
        let (io, out, _err) = Io::capture();
        let mut vm = Vm::new(io);
        let code = vm
            .compile(src, "<test>", pyvm_compiler::Mode::Exec)
            .expect("compiles");
        let globals = vm.new_dict();
        let r = vm.run_code(&code, globals, Value::Null);
        let err = r.err().map(|e| vm.exception_summary(&e.value()));
        vm.io.flush();
        (out.text(), err)
    }

    #[test]
    fn only_ast_is_refused_clearly() {
        let (_, err) = run("compile('x', 'f', 'exec', 0x400)\n");
        assert_eq!(
            err.as_deref(),
            Some("NotImplementedError: compile() with ast.PyCF_ONLY_AST is not supported by pyvm (there is no ast module)")
        );
    }

    #[test]
    fn single_mode_displays_without_sys() {
        let (out, err) = run("exec(compile('6 * 7', 's', 'single'))\nexec(compile('None', 's', 'single'))\nprint(_)\n");
        assert_eq!(err, None);
        assert_eq!(out, "42\n42\n");
    }
}
