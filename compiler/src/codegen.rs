//! Code generation: AST + symbol table -> instruction stream per code object, following
//! CPython 3.11/3.12's compile.c patterns (frame blocks for unwinding, pseudo SETUP/POP_BLOCK
//! instructions for the exception table), then assembly (see `assemble`).

use crate::assemble::{assemble, IInstr, Kind, Pseudo};
use crate::bytecode::{code_flags, make_function, BinOp, CmpOp, CodeObject, Constant, Opcode};
use crate::fold;
use crate::symtable::{
    self, mangle, node_key, ScopeId, ScopeKind, SymScope, SymTable, TAG_CLASS, TAG_COMP,
    TAG_FUNCTION, TAG_LAMBDA,
};
use crate::{CompileError, SourceMap};
use ahash::AHashMap;
use rustpython_parser::ast::{self, Expr, ExprContext, Ranged, Stmt};
use std::rc::Rc;

use crate::symtable::R;
use Opcode as O;

mod patma;
mod try_star;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Label(u32);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

#[derive(Clone)]
enum FBlock<'a> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    ForLoop {
        start: Label,
        exit: Label,
    },
    TryExcept,
    FinallyTry {
        body: &'a [Stmt],
    },
    FinallyEnd,
    With {
        is_async: bool,
    },
    HandlerCleanup {
        name: Option<String>,
    },
    PopValue,
    /// The handlers of an `except*` statement: break, continue and return cannot leave them.
    ExceptStar,
}

impl FBlock<'_> {
    fn is_loop(&self) -> bool {
        matches!(self, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. })
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

/// The parts of a `def` or `async def` statement that compile alike.
struct FnDef<'a> {
    decorators: &'a [Expr],
    has_type_params: bool,
    args: &'a ast::Arguments,
    returns: Option<&'a Expr>,
    body: &'a [Stmt],
    name: &'a str,
    range: ast::text_size::TextRange,
}

struct Unit<'a> {
    scope: ScopeId,
    kind: ScopeKind,
    name: String,
    qualname: String,
    first_line: u32,
    instrs: Vec<IInstr>,
    labels: Vec<Option<usize>>,
    consts: Vec<Constant>,
    names: Vec<Rc<str>>,
    name_map: AHashMap<Rc<str>, u32>,
    varnames: Vec<Rc<str>>,
    cellvars: Vec<Rc<str>>,
    freevars: Vec<Rc<str>>,
    fblocks: Vec<FBlock<'a>>,
    line: u32,
    private: Option<String>,
    arg_count: u32,
    posonly_count: u32,
    kwonly_count: u32,
    flags: u32,
    docstring: Option<Rc<str>>,
}

struct Compiler<'a> {
    src: &'a SourceMap<'a>,
    table: &'a SymTable,
    units: Vec<Unit<'a>>,
    depth: usize,
    /// `from __future__ import annotations`: annotations are stored as strings.
    future_annotations: bool,
    /// Compiling for `compile(..., 'single')`: top-level expression statements display their
    /// value (PRINT_EXPR) instead of discarding it.
    interactive: bool,
    /// Where the module's leading future statements start: a future statement anywhere else
    /// is a SyntaxError.
    future_ok: Vec<ast::text_size::TextSize>,
}

/// The start of each `from __future__ import` among the module's first statements (after the
/// docstring), the only place CPython accepts them.
fn future_prefix(body: &[Stmt]) -> Vec<ast::text_size::TextSize> {
    let mut out = Vec::new();
    for (i, s) in body.iter().enumerate() {
        match s {
            Stmt::ImportFrom(f) if is_future_import(f) => out.push(f.range.start()),
            Stmt::Expr(_) if i == 0 && docstring_of(body).is_some() => {}
            _ => break,
        }
    }
    out
}

fn is_future_import(f: &ast::StmtImportFrom) -> bool {
    f.module.as_ref().map(|m| m.as_str()) == Some("__future__")
        && f.level.as_ref().map_or(0, |l| l.to_u32()) == 0
}

/// The features `from __future__ import` accepts (all but `annotations` are always on).
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "generator_stop",
    "annotations",
];

/// Whether the module starts (after its docstring) with `from __future__ import annotations`.
fn has_future_annotations(body: &[Stmt]) -> bool {
    for s in body {
        match s {
            Stmt::ImportFrom(i) if i.module.as_ref().map(|m| m.as_str()) == Some("__future__") => {
                if i.names.iter().any(|a| a.name.as_str() == "annotations") {
                    return true;
                }
            }
            Stmt::Expr(e) if matches!(e.value.as_ref(), Expr::Constant(_)) => {}
            _ => return false,
        }
    }
    false
}

pub fn compile_module(src: &SourceMap, table: &SymTable, body: &[Stmt]) -> R<Rc<CodeObject>> {
    let mut c = Compiler {
        src,
        table,
        units: Vec::new(),
        depth: 0,
        future_annotations: has_future_annotations(body),
        interactive: false,
        future_ok: future_prefix(body),
    };
    c.push_unit(0, "<module>".into(), "<module>".into(), 1, None);
    let mut body = body;
    if let Some(doc) = docstring_of(body) {
        c.set_line_of(body[0].range());
        c.load_const(Constant::Str(doc.as_str().into()));
        c.name_op("__doc__", Ctx::Store)?;
        c.unit().docstring = Some(doc.as_str().into());
        body = &body[1..];
    }
    if find_ann(body) {
        c.emit(O::SetupAnnotations, 0);
    }
    c.stmts(body)?;
    c.emit_return_none();
    c.finish_unit()
}

pub fn compile_expression(src: &SourceMap, table: &SymTable, body: &Expr) -> R<Rc<CodeObject>> {
    let mut c = Compiler {
        src,
        table,
        units: Vec::new(),
        depth: 0,
        future_annotations: false,
        interactive: false,
        future_ok: Vec::new(),
    };
    c.push_unit(0, "<module>".into(), "<module>".into(), 1, None);
    c.set_line_of(body.range());
    c.expr(body)?;
    c.emit(O::ReturnValue, 0);
    c.finish_unit()
}

/// `compile(..., 'single')`: like a module without a docstring, displaying the values of its
/// top-level expression statements.
pub fn compile_interactive(src: &SourceMap, table: &SymTable, body: &[Stmt]) -> R<Rc<CodeObject>> {
    let mut c = Compiler {
        src,
        table,
        units: Vec::new(),
        depth: 0,
        future_annotations: has_future_annotations(body),
        interactive: true,
        future_ok: future_prefix(body),
    };
    c.push_unit(0, "<module>".into(), "<module>".into(), 1, None);
    if find_ann(body) {
        c.emit(O::SetupAnnotations, 0);
    }
    c.stmts(body)?;
    c.emit_return_none();
    c.finish_unit()
}

fn docstring_of(body: &[Stmt]) -> Option<&String> {
    if let Some(Stmt::Expr(e)) = body.first() {
        if let Expr::Constant(c) = e.value.as_ref() {
            if let ast::Constant::Str(s) = &c.value {
                return Some(s);
            }
        }
    }
    None
}

/// Whether a block has annotated simple names (so needs `__annotations__`), not looking into
/// nested functions and classes.
fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(a) => a.simple && matches!(a.target.as_ref(), Expr::Name(_)),
        Stmt::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        Stmt::While(w) => find_ann(&w.body) || find_ann(&w.orelse),
        Stmt::If(i) => find_ann(&i.body) || find_ann(&i.orelse),
        Stmt::With(w) => find_ann(&w.body),
        Stmt::Match(m) => m.cases.iter().any(|c| find_ann(&c.body)),
        Stmt::TryStar(t) => {
            find_ann(&t.body)
                || find_ann(&t.orelse)
                || find_ann(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    find_ann(&h.body)
                })
        }
        Stmt::Try(t) => {
            find_ann(&t.body)
                || find_ann(&t.orelse)
                || find_ann(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    find_ann(&h.body)
                })
        }
        _ => false,
    })
}

fn cmp_op(op: ast::CmpOp) -> (Opcode, u32) {
    match op {
        ast::CmpOp::Eq => (O::CompareOp, CmpOp::Eq as u32),
        ast::CmpOp::NotEq => (O::CompareOp, CmpOp::Ne as u32),
        ast::CmpOp::Lt => (O::CompareOp, CmpOp::Lt as u32),
        ast::CmpOp::LtE => (O::CompareOp, CmpOp::Le as u32),
        ast::CmpOp::Gt => (O::CompareOp, CmpOp::Gt as u32),
        ast::CmpOp::GtE => (O::CompareOp, CmpOp::Ge as u32),
        ast::CmpOp::Is => (O::IsOp, 0),
        ast::CmpOp::IsNot => (O::IsOp, 1),
        ast::CmpOp::In => (O::ContainsOp, 0),
        ast::CmpOp::NotIn => (O::ContainsOp, 1),
    }
}

/// What CPython calls an expression in "cannot assign to ..." messages.
fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Lambda(_) => "lambda",
        Expr::IfExp(_) => "conditional expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Compare(_) => "comparison",
        Expr::Call(_) => "function call",
        Expr::FormattedValue(_) | Expr::JoinedStr(_) => "f-string expression",
        Expr::Constant(c) => match &c.value {
            ast::Constant::None => "None",
            ast::Constant::Bool(true) => "True",
            ast::Constant::Bool(false) => "False",
            ast::Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Slice(_) => "slice",
    }
}

fn is_const_expr(e: &Expr) -> bool {
    matches!(e, Expr::Constant(_))
}

fn has_starred(elts: &[Expr]) -> bool {
    elts.iter().any(|e| matches!(e, Expr::Starred(_)))
}

const MAX_NESTING: usize = 300;

impl<'a> Compiler<'a> {
    // ----------------------------------------------------------------- units and emission

    fn unit(&mut self) -> &mut Unit<'a> {
        // There is always at least the module unit while compiling.
        let n = self.units.len();
        &mut self.units[n.saturating_sub(1)]
    }

    fn push_fblock(&mut self, fb: FBlock<'a>, r: ast::text_size::TextRange) -> R<()> {
        if self.unit_ref().fblocks.len() >= 20 {
            return Err(self.err("too many statically nested blocks", r));
        }
        self.unit().fblocks.push(fb);
        Ok(())
    }

    fn unit_ref(&self) -> &Unit<'a> {
        let n = self.units.len();
        &self.units[n.saturating_sub(1)]
    }

    fn push_unit(
        &mut self,
        scope: ScopeId,
        name: String,
        qualname: String,
        first_line: u32,
        private: Option<String>,
    ) {
        let s = &self.table.scopes[scope];
        let rc = |v: &Vec<String>| v.iter().map(|x| Rc::from(x.as_str())).collect::<Vec<_>>();
        let mut flags = 0;
        if s.kind.is_function_like() {
            flags |= code_flags::OPTIMIZED | code_flags::NEWLOCALS;
            if s.nested {
                flags |= code_flags::NESTED;
            }
        }
        // CPython's compute_code_flags: the scope's coroutine-ness decides among the three.
        match (s.is_coroutine, s.is_generator) {
            (true, true) => flags |= code_flags::ASYNC_GENERATOR,
            (true, false) if s.kind.is_function_like() => flags |= code_flags::COROUTINE,
            (false, true) => flags |= code_flags::GENERATOR,
            _ => {}
        }
        let unit = Unit {
            scope,
            kind: s.kind,
            name,
            qualname,
            first_line,
            instrs: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_map: AHashMap::new(),
            varnames: rc(&s.params),
            cellvars: rc(&s.cellvars),
            freevars: rc(&s.freevars),
            fblocks: Vec::new(),
            line: first_line,
            private,
            arg_count: 0,
            posonly_count: 0,
            kwonly_count: 0,
            flags,
            docstring: None,
        };
        self.units.push(unit);
    }

    fn internal(&self, msg: impl std::fmt::Display) -> Box<CompileError> {
        let line = self.units.last().map(|u| u.line).unwrap_or(1);
        let mut e = self
            .src
            .syntax_error(format!("internal compiler error: {msg}"), 0);
        e.line = line;
        e.column = 1;
        e.text = self.src.line_text(line);
        Box::new(e)
    }

    fn finish_unit(&mut self) -> R<Rc<CodeObject>> {
        let Some(u) = self.units.pop() else {
            return Err(self.internal("no code unit"));
        };
        let asm = assemble(&u.instrs, &u.labels).map_err(|m| {
            let mut e = self
                .src
                .syntax_error(format!("internal compiler error: {m}"), 0);
            e.line = u.first_line;
            e.text = self.src.line_text(u.first_line);
            Box::new(e)
        })?;
        let nargs = u.arg_count
            + u.kwonly_count
            + (u.flags & code_flags::VARARGS != 0) as u32
            + (u.flags & code_flags::VARKEYWORDS != 0) as u32;
        let mut cell_args = Vec::new();
        for (ci, cell) in u.cellvars.iter().enumerate() {
            if let Some(ai) = u.varnames.iter().position(|v| v == cell) {
                if (ai as u32) < nargs {
                    cell_args.push((ci as u32, ai as u32));
                }
            }
        }
        let code = CodeObject {
            name: u.name.as_str().into(),
            qualname: u.qualname.as_str().into(),
            filename: self.src.filename.into(),
            first_line: u.first_line,
            flags: u.flags,
            arg_count: u.arg_count,
            posonly_count: u.posonly_count,
            kwonly_count: u.kwonly_count,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell_args,
            names: u.names,
            constants: u.consts,
            instructions: asm.instructions,
            lines: asm.lines,
            exception_table: asm.exception_table,
            max_stack: asm.max_stack,
            docstring: u.docstring,
        };
        if let Err(m) = verify(&code) {
            return Err(self.internal(m));
        }
        Ok(Rc::new(code))
    }

    fn emit(&mut self, op: Opcode, arg: u32) {
        let u = self.unit();
        let line = u.line;
        u.instrs.push(IInstr {
            kind: Kind::Op(op),
            arg,
            line,
        });
    }

    fn emit_jump(&mut self, op: Opcode, target: Label) {
        self.emit(op, target.0);
    }

    fn emit_pseudo(&mut self, p: Pseudo, target: Label) {
        let u = self.unit();
        let line = u.line;
        u.instrs.push(IInstr {
            kind: Kind::Pseudo(p),
            arg: target.0,
            line,
        });
    }

    fn jump(&mut self, target: Label) {
        self.emit_pseudo(Pseudo::Jump, target);
    }

    fn pop_block(&mut self) {
        self.emit_pseudo(Pseudo::PopBlock, Label(0));
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label((u.labels.len() - 1) as u32)
    }

    fn bind(&mut self, l: Label) {
        let u = self.unit();
        let pos = u.instrs.len();
        if let Some(slot) = u.labels.get_mut(l.0 as usize) {
            *slot = Some(pos);
        }
    }

    fn set_line_of(&mut self, r: ast::text_size::TextRange) {
        let line = self.src.line_of(u32::from(r.start()) as usize);
        self.unit().line = line;
    }

    fn line_of(&self, r: ast::text_size::TextRange) -> u32 {
        self.src.line_of(u32::from(r.start()) as usize)
    }

    /// A future statement: only at the start of the module, naming known features.
    fn check_future(&self, i: &ast::StmtImportFrom) -> R<()> {
        if self.units.len() != 1 || !self.future_ok.contains(&i.range.start()) {
            return Err(self.err(
                "from __future__ imports must occur at the beginning of the file",
                i.range,
            ));
        }
        for a in &i.names {
            let name = a.name.as_str();
            if name == "braces" {
                return Err(self.err("not a chance", i.range));
            }
            if name == "barry_as_FLUFL" {
                return Err(self.err(
                    "future feature barry_as_FLUFL is not supported by pyvm",
                    i.range,
                ));
            }
            if !FUTURE_FEATURES.contains(&name) {
                return Err(self.err(format!("future feature {name} is not defined"), i.range));
            }
        }
        Ok(())
    }

    fn err(&self, msg: impl Into<String>, r: ast::text_size::TextRange) -> Box<CompileError> {
        Box::new(self.src.syntax_error(msg, u32::from(r.start()) as usize))
    }

    fn add_const(&mut self, c: Constant) -> u32 {
        let u = self.unit();
        if let Some(i) = u.consts.iter().position(|x| x.same_as(&c)) {
            return i as u32;
        }
        u.consts.push(c);
        (u.consts.len() - 1) as u32
    }

    fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(O::LoadConst, i);
    }

    fn add_name(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.name_map.get(name) {
            return *i;
        }
        let rc: Rc<str> = name.into();
        u.names.push(rc.clone());
        let i = (u.names.len() - 1) as u32;
        u.name_map.insert(rc, i);
        i
    }

    fn varname_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.varnames.iter().position(|v| &**v == name) {
            return i as u32;
        }
        u.varnames.push(name.into());
        (u.varnames.len() - 1) as u32
    }

    fn deref_index(&self, name: &str) -> Option<u32> {
        let u = self.unit_ref();
        if let Some(i) = u.cellvars.iter().position(|v| &**v == name) {
            return Some(i as u32);
        }
        u.freevars
            .iter()
            .position(|v| &**v == name)
            .map(|i| (i + u.cellvars.len()) as u32)
    }

    fn emit_return_none(&mut self) {
        let i = self.add_const(Constant::None);
        self.emit(O::ReturnConst, i);
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.unit_ref().private.as_deref(), name)
    }

    fn scope_of(&self, mangled: &str) -> Option<SymScope> {
        self.table.scopes[self.unit_ref().scope].lookup(mangled)
    }

    // ----------------------------------------------------------------- names

    fn name_op(&mut self, name: &str, ctx: Ctx) -> R<()> {
        let m = self.mangled(name);
        let kind = self.unit_ref().kind;
        let fnlike = kind.is_function_like();
        let scope = self.scope_of(&m);
        enum How {
            Fast,
            Deref,
            ClassDeref,
            Global,
            Name,
        }
        let how = match scope {
            Some(SymScope::Free) => {
                if kind == ScopeKind::Class && ctx == Ctx::Load {
                    How::ClassDeref
                } else {
                    How::Deref
                }
            }
            Some(SymScope::Cell) => How::Deref,
            Some(SymScope::Local) => {
                if fnlike {
                    How::Fast
                } else {
                    How::Name
                }
            }
            Some(SymScope::GlobalExplicit) => How::Global,
            Some(SymScope::GlobalImplicit) | None => {
                if fnlike {
                    if self.unit_ref().varnames.iter().any(|v| **v == *m) {
                        How::Fast
                    } else {
                        How::Global
                    }
                } else {
                    How::Name
                }
            }
        };
        match how {
            How::Fast => {
                let i = self.varname_index(&m);
                let op = match ctx {
                    Ctx::Load => O::LoadFast,
                    Ctx::Store => O::StoreFast,
                    Ctx::Del => O::DeleteFast,
                };
                self.emit(op, i);
            }
            How::Deref | How::ClassDeref => {
                let Some(i) = self.deref_index(&m) else {
                    return Err(self.internal(format!("no cell for '{m}'")));
                };
                let op = match (ctx, how) {
                    (Ctx::Load, How::ClassDeref) => O::LoadClassDeref,
                    (Ctx::Load, _) => O::LoadDeref,
                    (Ctx::Store, _) => O::StoreDeref,
                    (Ctx::Del, _) => O::DeleteDeref,
                };
                self.emit(op, i);
            }
            How::Global => {
                let i = self.add_name(&m);
                match ctx {
                    Ctx::Load => self.emit(O::LoadGlobal, i << 1),
                    Ctx::Store => self.emit(O::StoreGlobal, i),
                    Ctx::Del => self.emit(O::DeleteGlobal, i),
                }
            }
            How::Name => {
                let i = self.add_name(&m);
                let op = match ctx {
                    Ctx::Load => O::LoadName,
                    Ctx::Store => O::StoreName,
                    Ctx::Del => O::DeleteName,
                };
                self.emit(op, i);
            }
        }
        Ok(())
    }

    /// Loads a name that is about to be called: `[f, NULL]`.
    fn load_callable_name(&mut self, name: &str) -> R<()> {
        let m = self.mangled(name);
        let fnlike = self.unit_ref().kind.is_function_like();
        let global = match self.scope_of(&m) {
            Some(SymScope::GlobalExplicit) => true,
            Some(SymScope::GlobalImplicit) | None => {
                fnlike && !self.unit_ref().varnames.iter().any(|v| **v == *m)
            }
            _ => false,
        };
        if global {
            let i = self.add_name(&m);
            self.emit(O::LoadGlobal, (i << 1) | 1);
        } else {
            self.name_op(name, Ctx::Load)?;
            self.emit(O::PushNull, 0);
        }
        Ok(())
    }

    // ----------------------------------------------------------------- statements

    fn stmts(&mut self, body: &'a [Stmt]) -> R<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> R<()> {
        self.set_line_of(s.range());
        match s {
            Stmt::FunctionDef(f) => self.function_def(FnDef {
                decorators: &f.decorator_list,
                has_type_params: !f.type_params.is_empty(),
                args: &f.args,
                returns: f.returns.as_deref(),
                body: &f.body,
                name: f.name.as_str(),
                range: f.range,
            }),
            Stmt::AsyncFunctionDef(f) => self.function_def(FnDef {
                decorators: &f.decorator_list,
                has_type_params: !f.type_params.is_empty(),
                args: &f.args,
                returns: f.returns.as_deref(),
                body: &f.body,
                name: f.name.as_str(),
                range: f.range,
            }),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => self.return_stmt(r),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.check_assign_target(t, true)?;
                }
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(O::Copy, 1);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::For(f) => self.for_stmt(f),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => {
                let end = self.new_label();
                let next = if i.orelse.is_empty() {
                    end
                } else {
                    self.new_label()
                };
                self.jump_if(&i.test, false, next)?;
                self.stmts(&i.body)?;
                if !i.orelse.is_empty() {
                    self.jump(end);
                    self.bind(next);
                    self.stmts(&i.orelse)?;
                }
                self.bind(end);
                Ok(())
            }
            Stmt::With(w) => self.with_stmt(&w.items, 0, &w.body, false),
            Stmt::AsyncWith(w) => {
                if !self.in_async_function() {
                    return Err(self.err("'async with' outside async function", w.range));
                }
                self.with_stmt(&w.items, 0, &w.body, true)
            }
            Stmt::AsyncFor(f) => self.async_for_stmt(f),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_line_of(s.range());
                self.emit(O::RaiseVarargs, n);
                Ok(())
            }
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(t)
                } else {
                    self.try_finally(t)
                }
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.set_line_of(s.range());
                self.emit(O::LoadAssertionError, 0);
                if let Some(m) = &a.msg {
                    self.emit(O::PushNull, 0);
                    self.expr(m)?;
                    self.set_line_of(s.range());
                    self.emit(O::Call, 1);
                }
                self.emit(O::RaiseVarargs, 1);
                self.bind(end);
                Ok(())
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let zero = self.add_const(Constant::Int(0));
                    self.emit(O::LoadConst, zero);
                    self.load_const(Constant::None);
                    let full = a.name.as_str();
                    let ni = self.add_name(full);
                    self.emit(O::ImportName, ni);
                    match &a.asname {
                        Some(asname) => {
                            let mut parts = full.split('.');
                            parts.next();
                            for p in parts {
                                let pi = self.add_name(p);
                                self.emit(O::ImportFrom, pi);
                                self.emit(O::Swap, 2);
                                self.emit(O::PopTop, 0);
                            }
                            self.name_op(asname.as_str(), Ctx::Store)?;
                        }
                        None => {
                            let top = full.split('.').next().unwrap_or(full);
                            self.name_op(top, Ctx::Store)?;
                        }
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                if is_future_import(i) {
                    self.check_future(i)?;
                }
                let level = i.level.as_ref().map(|l| l.to_u32()).unwrap_or(0);
                self.load_const(Constant::Int(level as i64));
                let names: Vec<Constant> = i
                    .names
                    .iter()
                    .map(|a| Constant::Str(a.name.as_str().into()))
                    .collect();
                self.load_const(Constant::Tuple(names.into()));
                let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
                let mi = self.add_name(module);
                self.emit(O::ImportName, mi);
                if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
                    self.emit(O::ImportStar, 0);
                    return Ok(());
                }
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        return Err(self.err("invalid syntax", a.range));
                    }
                    let ni = self.add_name(a.name.as_str());
                    self.emit(O::ImportFrom, ni);
                    let store = a.asname.as_ref().unwrap_or(&a.name);
                    self.name_op(store.as_str(), Ctx::Store)?;
                }
                self.emit(O::PopTop, 0);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) if self.interactive && self.units.len() == 1 => {
                self.expr(&e.value)?;
                self.emit(O::PrintExpr, 0);
                Ok(())
            }
            Stmt::Expr(e) => {
                if is_const_expr(&e.value) {
                    return Ok(());
                }
                self.expr(&e.value)?;
                self.emit(O::PopTop, 0);
                Ok(())
            }
            Stmt::Break(b) => self.break_stmt(b.range),
            Stmt::Continue(c) => self.continue_stmt(c.range),
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::TryStar(t) => self.try_star(t),
            Stmt::TypeAlias(x) => {
                Err(self.err(symtable::unsupported("'type' statements are"), x.range))
            }
        }
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> R<()> {
        if !self.unit_ref().kind.is_function_like() {
            return Err(self.err("'return' outside function", r.range));
        }
        let s = &self.table.scopes[self.unit_ref().scope];
        if r.value.is_some() && s.is_coroutine && s.is_generator {
            return Err(self.err("'return' with value in async generator", r.range));
        }
        self.check_leaves_except_star(false, r.range)?;
        let line = self.unit_ref().line;
        let folded = match &r.value {
            None => Some(Constant::None),
            Some(v) => fold::fold(v),
        };
        match folded {
            Some(c) => {
                self.unwind_fblock_stack(false, false)?;
                self.unit().line = line;
                let i = self.add_const(c);
                self.emit(O::ReturnConst, i);
            }
            None => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
                self.unwind_fblock_stack(true, false)?;
                self.unit().line = line;
                self.emit(O::ReturnValue, 0);
            }
        }
        Ok(())
    }

    fn break_stmt(&mut self, range: ast::text_size::TextRange) -> R<()> {
        self.check_leaves_except_star(true, range)?;
        if !self.unit_ref().fblocks.iter().any(|f| f.is_loop()) {
            return Err(self.err("'break' outside loop", range));
        }
        let line = self.unit_ref().line;
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.err("'break' outside loop", range));
        };
        self.unit().line = line;
        self.unwind_fblock(&lp, false)?;
        if let FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. } = lp {
            self.jump(exit);
        }
        Ok(())
    }

    fn continue_stmt(&mut self, range: ast::text_size::TextRange) -> R<()> {
        self.check_leaves_except_star(true, range)?;
        if !self.unit_ref().fblocks.iter().any(|f| f.is_loop()) {
            return Err(self.err("'continue' not properly in loop", range));
        }
        let line = self.unit_ref().line;
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.err("'continue' not properly in loop", range));
        };
        self.unit().line = line;
        if let FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. } = lp {
            self.jump(start);
        }
        Ok(())
    }

    /// CPython's error for a jump out of an `except*` handler (found while unwinding up to the
    /// innermost loop, or all blocks for `return`).
    fn check_leaves_except_star(&self, to_loop: bool, range: ast::text_size::TextRange) -> R<()> {
        for fb in self.unit_ref().fblocks.iter().rev() {
            if to_loop && fb.is_loop() {
                break;
            }
            if matches!(fb, FBlock::ExceptStar) {
                return Err(self.err(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    range,
                ));
            }
        }
        Ok(())
    }

    /// Emits the unwinding of the frame blocks (innermost first) up to the innermost loop if
    /// `stop_at_loop`, which is returned.
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        stop_at_loop: bool,
    ) -> R<Option<FBlock<'a>>> {
        let Some(top) = self.unit_ref().fblocks.last().cloned() else {
            return Ok(None);
        };
        if stop_at_loop && top.is_loop() {
            return Ok(Some(top));
        }
        self.unit().fblocks.pop();
        let r = self
            .unwind_fblock(&top, preserve_tos)
            .and_then(|_| self.unwind_fblock_stack(preserve_tos, stop_at_loop));
        self.unit().fblocks.push(top);
        r
    }

    fn unwind_fblock(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> R<()> {
        match fb {
            FBlock::WhileLoop { .. } | FBlock::ExceptStar => {}
            FBlock::ForLoop { .. } | FBlock::PopValue => {
                if preserve_tos {
                    self.emit(O::Swap, 2);
                }
                self.emit(O::PopTop, 0);
            }
            FBlock::TryExcept => self.pop_block(),
            FBlock::FinallyTry { body } => {
                self.pop_block();
                if preserve_tos {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                let r = self.stmts(body);
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
                r?;
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(O::Swap, 2);
                }
                self.emit(O::PopTop, 0);
                if preserve_tos {
                    self.emit(O::Swap, 2);
                }
                self.pop_block();
                self.emit(O::PopExcept, 0);
            }
            FBlock::With { is_async } => {
                self.pop_block();
                if preserve_tos {
                    self.emit(O::Swap, 2);
                }
                self.call_exit_with_nones();
                if *is_async {
                    self.emit(O::GetAwaitable, 2);
                    self.await_loop();
                }
                self.emit(O::PopTop, 0);
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.pop_block();
                }
                if preserve_tos {
                    self.emit(O::Swap, 2);
                }
                self.pop_block();
                self.emit(O::PopExcept, 0);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.name_op(n, Ctx::Store)?;
                    self.name_op(n, Ctx::Del)?;
                }
            }
        }
        Ok(())
    }

    /// `[exit]` -> `[result]`: calls exit(None, None, None).
    fn call_exit_with_nones(&mut self) {
        self.emit(O::PushNull, 0);
        let none = self.add_const(Constant::None);
        for _ in 0..3 {
            self.emit(O::LoadConst, none);
        }
        self.emit(O::Call, 3);
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> R<()> {
        self.check_assign_target(&f.target, false)?;
        let start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.iter_expr(&f.iter)?;
        self.emit(O::GetIter, 0);
        self.bind(start);
        self.set_line_of(f.range);
        self.emit_jump(O::ForIter, cleanup);
        self.store_target(&f.target)?;
        self.push_fblock(FBlock::ForLoop { start, exit }, f.range)?;
        let r = self.stmts(&f.body);
        self.unit().fblocks.pop();
        r?;
        self.set_line_of(f.range);
        self.jump(start);
        self.bind(cleanup);
        self.stmts(&f.orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn async_for_stmt(&mut self, f: &'a ast::StmtAsyncFor) -> R<()> {
        if !self.in_async_function() {
            return Err(self.err("'async for' outside async function", f.range));
        }
        self.check_assign_target(&f.target, false)?;
        let start = self.new_label();
        let except = self.new_label();
        let exit = self.new_label();
        self.expr(&f.iter)?;
        self.set_line_of(f.range);
        self.emit(O::GetAiter, 0);
        self.bind(start);
        self.push_fblock(FBlock::ForLoop { start, exit }, f.range)?;
        self.set_line_of(f.range);
        self.emit_pseudo(Pseudo::SetupFinally, except);
        self.emit(O::GetAnext, 0);
        self.await_loop();
        self.pop_block();
        let r = self
            .store_target(&f.target)
            .and_then(|_| self.stmts(&f.body));
        self.unit().fblocks.pop();
        r?;
        self.set_line_of(f.range);
        self.jump(start);
        self.bind(except);
        self.set_line_of(f.iter.range());
        self.emit(O::EndAsyncFor, 0);
        self.stmts(&f.orelse)?;
        self.bind(exit);
        Ok(())
    }

    /// Whether the current unit is the body of an `async def`.
    fn in_async_function(&self) -> bool {
        let u = self.unit_ref();
        u.kind == ScopeKind::Function && self.table.scopes[u.scope].is_async
    }

    /// `[awaitable] -> [result]`: sends None, then passes every yield of the awaitable up to
    /// this frame's consumer until it returns (`await` and `yield from` after their first step).
    fn await_loop(&mut self) {
        self.load_const(Constant::None);
        let start = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.emit_jump(O::Send, exit);
        self.emit(O::YieldValue, 0);
        self.jump(start);
        self.bind(exit);
    }

    /// YIELD_VALUE of a `yield` (argument 1 in an async generator: the value goes to the
    /// `async for` consumer, not through an `await` to the event loop; CPython's ASYNC_GEN_WRAP).
    fn emit_yield(&mut self) {
        let s = &self.table.scopes[self.unit_ref().scope];
        let own = (s.is_coroutine && s.is_generator) as u32;
        self.emit(O::YieldValue, own);
    }

    /// The iterable of a `for`: a constant list display becomes a tuple constant.
    fn iter_expr(&mut self, e: &'a Expr) -> R<()> {
        if let Expr::List(l) = e {
            if !l.elts.is_empty() && !has_starred(&l.elts) {
                let items: Option<Vec<Constant>> = l.elts.iter().map(fold::fold).collect();
                if let Some(items) = items {
                    self.load_const(Constant::Tuple(items.into()));
                    return Ok(());
                }
            }
        }
        self.expr(e)
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> R<()> {
        let start = self.new_label();
        let exit = self.new_label();
        let orelse = if w.orelse.is_empty() {
            exit
        } else {
            self.new_label()
        };
        self.bind(start);
        self.jump_if(&w.test, false, orelse)?;
        self.push_fblock(FBlock::WhileLoop { start, exit }, w.range)?;
        let r = self.stmts(&w.body);
        self.unit().fblocks.pop();
        r?;
        self.set_line_of(w.range);
        self.jump(start);
        if !w.orelse.is_empty() {
            self.bind(orelse);
            self.stmts(&w.orelse)?;
        }
        self.bind(exit);
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> R<()> {
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.emit_pseudo(Pseudo::SetupFinally, except);
        self.push_fblock(FBlock::TryExcept, t.range)?;
        let r = self.stmts(&t.body);
        self.unit().fblocks.pop();
        r?;
        self.pop_block();
        self.stmts(&t.orelse)?;
        self.jump(end);

        self.bind(except);
        self.emit_pseudo(Pseudo::SetupCleanup, cleanup);
        self.emit(O::PushExcInfo, 0);
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line_of(h.range);
            if h.type_.is_none() && i + 1 < n {
                return Err(self.err("default 'except:' must be last", h.range));
            }
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.set_line_of(h.range);
                self.emit(O::CheckExcMatch, 0);
                self.emit_jump(O::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(name) => {
                    let name = name.as_str();
                    self.name_op(name, Ctx::Store)?;
                    let cleanup_end = self.new_label();
                    self.emit_pseudo(Pseudo::SetupCleanup, cleanup_end);
                    self.unit().fblocks.push(FBlock::HandlerCleanup {
                        name: Some(name.to_string()),
                    });
                    let r = self.stmts(&h.body);
                    self.unit().fblocks.pop();
                    r?;
                    self.pop_block();
                    self.pop_block();
                    self.emit(O::PopExcept, 0);
                    self.load_const(Constant::None);
                    self.name_op(name, Ctx::Store)?;
                    self.name_op(name, Ctx::Del)?;
                    self.jump(end);
                    self.bind(cleanup_end);
                    self.load_const(Constant::None);
                    self.name_op(name, Ctx::Store)?;
                    self.name_op(name, Ctx::Del)?;
                    self.emit(O::Reraise, 1);
                }
                None => {
                    self.emit(O::PopTop, 0);
                    self.unit()
                        .fblocks
                        .push(FBlock::HandlerCleanup { name: None });
                    let r = self.stmts(&h.body);
                    self.unit().fblocks.pop();
                    r?;
                    self.pop_block();
                    self.emit(O::PopExcept, 0);
                    self.jump(end);
                }
            }
            self.bind(next);
        }
        self.emit(O::Reraise, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    fn pop_except_and_reraise(&mut self) {
        self.emit(O::Copy, 3);
        self.emit(O::PopExcept, 0);
        self.emit(O::Reraise, 1);
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> R<()> {
        self.with_finally(&t.finalbody, |c| {
            if t.handlers.is_empty() {
                c.stmts(&t.body)
            } else {
                c.try_except(t)
            }
        })
    }

    /// `try: <inner> finally: <finalbody>`.
    fn with_finally(
        &mut self,
        finalbody: &'a [Stmt],
        inner: impl FnOnce(&mut Self) -> R<()>,
    ) -> R<()> {
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.emit_pseudo(Pseudo::SetupFinally, end);
        self.unit()
            .fblocks
            .push(FBlock::FinallyTry { body: finalbody });
        let r = inner(self);
        self.unit().fblocks.pop();
        r?;
        self.pop_block();
        self.stmts(finalbody)?;
        self.jump(exit);

        self.bind(end);
        self.emit_pseudo(Pseudo::SetupCleanup, cleanup);
        self.emit(O::PushExcInfo, 0);
        self.unit().fblocks.push(FBlock::FinallyEnd);
        let r = self.stmts(finalbody);
        self.unit().fblocks.pop();
        r?;
        self.emit(O::Reraise, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    fn with_stmt(
        &mut self,
        items: &'a [ast::WithItem],
        idx: usize,
        body: &'a [Stmt],
        is_async: bool,
    ) -> R<()> {
        let Some(item) = items.get(idx) else {
            return self.stmts(body);
        };
        let line = self.unit_ref().line;
        let fin = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.expr(&item.context_expr)?;
        self.unit().line = line;
        if is_async {
            self.emit(O::BeforeAsyncWith, 0);
            self.emit(O::GetAwaitable, 1);
            self.await_loop();
        } else {
            self.emit(O::BeforeWith, 0);
        }
        self.emit_pseudo(Pseudo::SetupWith, fin);
        self.push_fblock(FBlock::With { is_async }, item.context_expr.range())?;
        let r = (|| {
            match &item.optional_vars {
                Some(v) => {
                    self.check_assign_target(v, false)?;
                    self.store_target(v)?;
                }
                None => self.emit(O::PopTop, 0),
            }
            self.with_stmt(items, idx + 1, body, is_async)
        })();
        self.unit().fblocks.pop();
        r?;
        self.unit().line = line;
        self.pop_block();
        self.call_exit_with_nones();
        if is_async {
            self.emit(O::GetAwaitable, 2);
            self.await_loop();
        }
        self.emit(O::PopTop, 0);
        self.jump(exit);

        self.bind(fin);
        self.emit_pseudo(Pseudo::SetupCleanup, cleanup);
        self.emit(O::PushExcInfo, 0);
        self.emit(O::WithExceptStart, 0);
        if is_async {
            self.emit(O::GetAwaitable, 2);
            self.await_loop();
        }
        self.emit_jump(O::PopJumpIfTrue, suppress);
        self.emit(O::Reraise, 2);
        self.bind(suppress);
        self.emit(O::PopTop, 0);
        self.pop_block();
        self.emit(O::PopExcept, 0);
        self.emit(O::PopTop, 0);
        self.emit(O::PopTop, 0);
        self.jump(exit);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    // ----------------------------------------------------------------- assignment

    fn check_assign_target(&self, t: &Expr, top: bool) -> R<()> {
        match t {
            Expr::Name(n) => {
                if n.id.as_str() == "__debug__" {
                    return Err(self.err("cannot assign to __debug__", n.range));
                }
                Ok(())
            }
            Expr::Attribute(a) => {
                if a.attr.as_str() == "__debug__" {
                    return Err(self.err("cannot assign to __debug__", a.range));
                }
                Ok(())
            }
            Expr::Subscript(_) => Ok(()),
            Expr::Starred(s) => {
                if top {
                    return Err(self.err(
                        "starred assignment target must be in a list or tuple",
                        s.range,
                    ));
                }
                self.check_assign_target(&s.value, false)
            }
            Expr::Tuple(tp) => {
                self.check_starred_count(&tp.elts, tp.range)?;
                tp.elts
                    .iter()
                    .try_for_each(|e| self.check_assign_target(e, false))
            }
            Expr::List(l) => {
                self.check_starred_count(&l.elts, l.range)?;
                l.elts
                    .iter()
                    .try_for_each(|e| self.check_assign_target(e, false))
            }
            other => {
                let what = expr_name(other);
                let msg = if top && !matches!(what, "None" | "True" | "False" | "ellipsis") {
                    format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
                } else {
                    format!("cannot assign to {what}")
                };
                Err(self.err(msg, other.range()))
            }
        }
    }

    fn check_starred_count(&self, elts: &[Expr], range: ast::text_size::TextRange) -> R<()> {
        if elts
            .iter()
            .filter(|e| matches!(e, Expr::Starred(_)))
            .count()
            > 1
        {
            return Err(self.err("multiple starred expressions in assignment", range));
        }
        Ok(())
    }

    fn store_target(&mut self, t: &'a Expr) -> R<()> {
        match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), Ctx::Store),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_line_of(a.range);
                let i = self.add_name(&self.mangled(a.attr.as_str()));
                self.emit(O::StoreAttr, i);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                if let Expr::Slice(sl) = s.slice.as_ref() {
                    if sl.step.is_none() {
                        self.slice_bounds(sl)?;
                        self.set_line_of(s.range);
                        self.emit(O::StoreSlice, 0);
                        return Ok(());
                    }
                }
                self.expr(&s.slice)?;
                self.set_line_of(s.range);
                self.emit(O::StoreSubscr, 0);
                Ok(())
            }
            Expr::Tuple(_) | Expr::List(_) => {
                let elts = match t {
                    Expr::Tuple(x) => &x.elts,
                    Expr::List(x) => &x.elts,
                    _ => return Err(self.internal("unreachable target")),
                };
                self.unpack(elts, t.range())?;
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        _ => self.store_target(e)?,
                    }
                }
                Ok(())
            }
            Expr::Starred(s) => Err(self.err(
                "starred assignment target must be in a list or tuple",
                s.range,
            )),
            other => Err(self.err(
                format!("cannot assign to {}", expr_name(other)),
                other.range(),
            )),
        }
    }

    fn unpack(&mut self, elts: &[Expr], range: ast::text_size::TextRange) -> R<()> {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        match star {
            None => self.emit(O::UnpackSequence, elts.len() as u32),
            Some(i) => {
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 16) {
                    return Err(
                        self.err("too many expressions in star-unpacking assignment", range)
                    );
                }
                if elts[i + 1..].iter().any(|e| matches!(e, Expr::Starred(_))) {
                    return Err(self.err("multiple starred expressions in assignment", range));
                }
                self.emit(O::UnpackEx, (i as u32) | ((after as u32) << 8));
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> R<()> {
        match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), Ctx::Del),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_line_of(a.range);
                let i = self.add_name(&self.mangled(a.attr.as_str()));
                self.emit(O::DeleteAttr, i);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_line_of(s.range);
                self.emit(O::DeleteSubscr, 0);
                Ok(())
            }
            Expr::Tuple(tp) => tp.elts.iter().try_for_each(|e| self.delete_target(e)),
            Expr::List(l) => l.elts.iter().try_for_each(|e| self.delete_target(e)),
            other => Err(self.err(format!("cannot delete {}", expr_name(other)), other.range())),
        }
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> R<()> {
        let op = fold::binop_of(a.op) as u32 + BinOp::INPLACE;
        match a.target.as_ref() {
            Expr::Name(n) => {
                if n.id.as_str() == "__debug__" {
                    return Err(self.err("cannot assign to __debug__", n.range));
                }
                self.name_op(n.id.as_str(), Ctx::Load)?;
                self.expr(&a.value)?;
                self.set_line_of(a.range);
                self.emit(O::BinaryOp, op);
                self.name_op(n.id.as_str(), Ctx::Store)
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(O::Copy, 1);
                let i = self.add_name(&self.mangled(at.attr.as_str()));
                self.set_line_of(at.range);
                self.emit(O::LoadAttr, i << 1);
                self.expr(&a.value)?;
                self.set_line_of(a.range);
                self.emit(O::BinaryOp, op);
                self.emit(O::Swap, 2);
                self.emit(O::StoreAttr, i);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                if let Expr::Slice(sl) = s.slice.as_ref() {
                    if sl.step.is_none() {
                        self.slice_bounds(sl)?;
                        self.emit(O::Copy, 3);
                        self.emit(O::Copy, 3);
                        self.emit(O::Copy, 3);
                        self.set_line_of(s.range);
                        self.emit(O::BinarySlice, 0);
                        self.expr(&a.value)?;
                        self.set_line_of(a.range);
                        self.emit(O::BinaryOp, op);
                        self.emit(O::Swap, 4);
                        self.emit(O::Swap, 3);
                        self.emit(O::Swap, 2);
                        self.emit(O::StoreSlice, 0);
                        return Ok(());
                    }
                }
                self.expr(&s.slice)?;
                self.emit(O::Copy, 2);
                self.emit(O::Copy, 2);
                self.set_line_of(s.range);
                self.emit(O::BinarySubscr, 0);
                self.expr(&a.value)?;
                self.set_line_of(a.range);
                self.emit(O::BinaryOp, op);
                self.emit(O::Swap, 3);
                self.emit(O::Swap, 2);
                self.emit(O::StoreSubscr, 0);
                Ok(())
            }
            other => {
                let what = match other {
                    Expr::Tuple(_) => "tuple",
                    Expr::List(_) => "list",
                    Expr::Starred(_) => "starred",
                    e => expr_name(e),
                };
                Err(self.err(
                    format!("'{what}' is an illegal expression for augmented assignment"),
                    other.range(),
                ))
            }
        }
    }

    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> R<()> {
        if !matches!(
            a.target.as_ref(),
            Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_)
        ) {
            let what = match a.target.as_ref() {
                Expr::Tuple(_) => "tuple",
                Expr::List(_) => "list",
                e => expr_name(e),
            };
            return Err(self.err(
                format!("only single target (not {what}) can be annotated"),
                a.target.range(),
            ));
        }
        if let Some(v) = &a.value {
            self.check_assign_target(&a.target, false)?;
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let fnlike = self.unit_ref().kind.is_function_like();
        if let Expr::Name(n) = a.target.as_ref() {
            if a.simple && !fnlike {
                self.set_line_of(a.range);
                if self.future_annotations {
                    let r = a.annotation.range();
                    let text = self
                        .src
                        .source
                        .get(u32::from(r.start()) as usize..u32::from(r.end()) as usize)
                        .unwrap_or("");
                    self.load_const(Constant::Str(text.into()));
                } else {
                    self.expr(&a.annotation)?;
                }
                self.name_op("__annotations__", Ctx::Load)?;
                let m = self.mangled(n.id.as_str());
                self.load_const(Constant::Str(m.as_str().into()));
                self.emit(O::StoreSubscr, 0);
            }
        }
        Ok(())
    }

    // ----------------------------------------------------------------- functions and classes

    fn qualname_for(&self, name: &str) -> String {
        let u = self.unit_ref();
        match u.kind {
            ScopeKind::Module => name.to_string(),
            _ => {
                let m = mangle(u.private.as_deref(), name);
                if self.scope_of(&m) == Some(SymScope::GlobalExplicit) {
                    return name.to_string();
                }
                if u.kind.is_function_like() {
                    format!("{}.<locals>.{}", u.qualname, name)
                } else {
                    format!("{}.{}", u.qualname, name)
                }
            }
        }
    }

    fn child_scope(&self, key: symtable::NodeKey, r: ast::text_size::TextRange) -> R<ScopeId> {
        self.table
            .scope_for(key)
            .ok_or_else(|| self.err("internal compiler error: missing scope", r))
    }

    /// Emits defaults, kw-defaults for `args`; returns the MAKE_FUNCTION flags so far.
    fn function_defaults(&mut self, args: &'a ast::Arguments) -> R<u32> {
        let mut flags = 0;
        let defaults: Vec<&Expr> = args
            .posonlyargs
            .iter()
            .chain(args.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            let folded: Option<Vec<Constant>> = defaults.iter().map(|d| fold::fold(d)).collect();
            match folded {
                Some(items) => self.load_const(Constant::Tuple(items.into())),
                None => {
                    for d in &defaults {
                        self.expr(d)?;
                    }
                    self.emit(O::BuildTuple, defaults.len() as u32);
                }
            }
            flags |= make_function::DEFAULTS;
        }
        let kwdefaults: Vec<(&str, &Expr)> = args
            .kwonlyargs
            .iter()
            .filter_map(|a| a.default.as_deref().map(|d| (a.def.arg.as_str(), d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (n, d) in &kwdefaults {
                let m = self.mangled(n);
                self.load_const(Constant::Str(m.as_str().into()));
                self.expr(d)?;
            }
            self.emit(O::BuildMap, kwdefaults.len() as u32);
            flags |= make_function::KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Emits the annotations tuple `(name, value, ...)` of a def, if it has any, evaluated now
    /// (or as their source text under `from __future__ import annotations`); returns the
    /// MAKE_FUNCTION flag for it.
    fn function_annotations(
        &mut self,
        args: &'a ast::Arguments,
        returns: Option<&'a Expr>,
    ) -> R<u32> {
        let params = args
            .posonlyargs
            .iter()
            .chain(args.args.iter())
            .map(|a| &a.def)
            .chain(args.vararg.as_deref())
            .chain(args.kwonlyargs.iter().map(|a| &a.def))
            .chain(args.kwarg.as_deref());
        let mut items: Vec<(String, &'a Expr)> = Vec::new();
        for p in params {
            if let Some(ann) = p.annotation.as_deref() {
                items.push((self.mangled(p.arg.as_str()).to_string(), ann));
            }
        }
        if let Some(r) = returns {
            items.push(("return".to_string(), r));
        }
        if items.is_empty() {
            return Ok(0);
        }
        let n = items.len();
        for (name, ann) in items {
            self.load_const(Constant::Str(name.as_str().into()));
            if self.future_annotations {
                let r = ann.range();
                let text = self
                    .src
                    .source
                    .get(u32::from(r.start()) as usize..u32::from(r.end()) as usize)
                    .unwrap_or("");
                self.load_const(Constant::Str(text.into()));
            } else {
                self.expr(ann)?;
            }
        }
        self.emit(O::BuildTuple, 2 * n as u32);
        Ok(make_function::ANNOTATIONS)
    }

    /// Emits the closure tuple (if the code has free variables), the code constant and
    /// MAKE_FUNCTION.
    fn make_function(&mut self, code: Rc<CodeObject>, mut flags: u32) -> R<()> {
        if !code.freevars.is_empty() {
            for fv in code.freevars.iter() {
                let Some(i) = self.deref_index(fv) else {
                    return Err(self.internal(format!("no closure cell for '{fv}'")));
                };
                self.emit(O::LoadClosure, i);
            }
            self.emit(O::BuildTuple, code.freevars.len() as u32);
            flags |= make_function::CLOSURE;
        }
        self.load_const(Constant::Code(code));
        self.emit(O::MakeFunction, flags);
        Ok(())
    }

    fn set_arg_info(&mut self, args: &ast::Arguments) {
        let u = self.unit();
        u.posonly_count = args.posonlyargs.len() as u32;
        u.arg_count = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonly_count = args.kwonlyargs.len() as u32;
        if args.vararg.is_some() {
            u.flags |= code_flags::VARARGS;
        }
        if args.kwarg.is_some() {
            u.flags |= code_flags::VARKEYWORDS;
        }
    }

    fn decorators(&mut self, decs: &'a [Expr]) -> R<()> {
        for d in decs {
            self.expr(d)?;
            self.emit(O::PushNull, 0);
        }
        Ok(())
    }

    fn function_def(&mut self, f: FnDef<'a>) -> R<()> {
        if f.has_type_params {
            return Err(self.err(symtable::unsupported("type parameters are"), f.range));
        }
        self.decorators(f.decorators)?;
        let line = self.line_of(f.range);
        self.unit().line = line;
        let mut flags = self.function_defaults(f.args)?;
        flags |= self.function_annotations(f.args, f.returns)?;
        let scope = self.child_scope(node_key(TAG_FUNCTION, f.range), f.range)?;
        let name = f.name;
        let qualname = self.qualname_for(name);
        let private = self.unit_ref().private.clone();
        self.push_unit(scope, name.to_string(), qualname, line, private);
        self.set_arg_info(f.args);
        let mut body: &'a [Stmt] = f.body;
        if let Some(doc) = docstring_of(body) {
            self.unit().docstring = Some(doc.as_str().into());
            body = &body[1..];
        }
        let r = self.stmts(body);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        self.emit_return_none();
        let code = self.finish_unit()?;
        self.unit().line = line;
        self.make_function(code, flags)?;
        for _ in f.decorators {
            self.emit(O::Call, 1);
        }
        self.name_op(name, Ctx::Store)
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> R<()> {
        if !c.type_params.is_empty() {
            return Err(self.err(symtable::unsupported("type parameters are"), c.range));
        }
        self.decorators(&c.decorator_list)?;
        let line = self.line_of(c.range);
        self.unit().line = line;
        self.emit(O::LoadBuildClass, 0);
        self.emit(O::PushNull, 0);
        let scope = self.child_scope(node_key(TAG_CLASS, c.range), c.range)?;
        let name = c.name.as_str();
        let qualname = self.qualname_for(name);
        self.push_unit(
            scope,
            name.to_string(),
            qualname.clone(),
            line,
            Some(name.to_string()),
        );
        let r = (|| {
            self.name_op("__name__", Ctx::Load)?;
            self.name_op("__module__", Ctx::Store)?;
            self.load_const(Constant::Str(qualname.as_str().into()));
            self.name_op("__qualname__", Ctx::Store)?;
            let mut body: &'a [Stmt] = &c.body;
            if let Some(doc) = docstring_of(body) {
                self.set_line_of(body[0].range());
                self.load_const(Constant::Str(doc.as_str().into()));
                self.name_op("__doc__", Ctx::Store)?;
                self.unit().docstring = Some(doc.as_str().into());
                body = &body[1..];
            }
            if find_ann(body) {
                self.emit(O::SetupAnnotations, 0);
            }
            self.stmts(body)?;
            self.unit().line = line;
            if self.table.scopes[scope].needs_class_cell {
                let Some(i) = self.deref_index("__class__") else {
                    return Err(self.internal("missing __class__ cell"));
                };
                self.emit(O::LoadClosure, i);
                self.emit(O::Copy, 1);
                self.name_op("__classcell__", Ctx::Store)?;
                self.emit(O::ReturnValue, 0);
            } else {
                self.emit_return_none();
            }
            Ok(())
        })();
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        let code = self.finish_unit()?;
        self.unit().line = line;
        self.make_function(code, 0)?;
        self.load_const(Constant::Str(name.into()));
        self.call_helper(2, &c.bases, &c.keywords, c.range)?;
        for _ in &c.decorator_list {
            self.emit(O::Call, 1);
        }
        self.name_op(name, Ctx::Store)
    }

    fn lambda(&mut self, l: &'a ast::ExprLambda) -> R<()> {
        let line = self.line_of(l.range);
        let flags = self.function_defaults(&l.args)?;
        let scope = self.child_scope(node_key(TAG_LAMBDA, l.range), l.range)?;
        let qualname = self.qualname_for("<lambda>");
        let private = self.unit_ref().private.clone();
        self.push_unit(scope, "<lambda>".into(), qualname, line, private);
        self.set_arg_info(&l.args);
        let r = self.expr(&l.body);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        if self.table.scopes[scope].is_generator {
            self.emit(O::PopTop, 0);
            self.emit_return_none();
        } else {
            self.emit(O::ReturnValue, 0);
        }
        let code = self.finish_unit()?;
        self.unit().line = line;
        self.make_function(code, flags)
    }

    fn comprehension(
        &mut self,
        node: &'a Expr,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R<()> {
        let (name, range) = match kind {
            CompKind::List => ("<listcomp>", node.range()),
            CompKind::Set => ("<setcomp>", node.range()),
            CompKind::Dict => ("<dictcomp>", node.range()),
            CompKind::Gen => ("<genexpr>", node.range()),
        };
        let Some(first) = generators.first() else {
            return Err(self.err("invalid syntax", range));
        };
        let line = self.line_of(range);
        let scope = self.child_scope(node_key(TAG_COMP, range), range)?;
        let is_async = self.table.scopes[scope].is_coroutine;
        if is_async && kind != CompKind::Gen {
            let u = self.unit_ref();
            if u.kind != ScopeKind::Comprehension && !self.in_async_function() {
                return Err(self.err(
                    "asynchronous comprehension outside of an asynchronous function",
                    range,
                ));
            }
        }
        let qualname = self.qualname_for(name);
        let private = self.unit_ref().private.clone();
        self.push_unit(scope, name.into(), qualname, line, private);
        self.unit().arg_count = 1;
        let r = (|| {
            match kind {
                CompKind::List => self.emit(O::BuildList, 0),
                CompKind::Set => self.emit(O::BuildSet, 0),
                CompKind::Dict => self.emit(O::BuildMap, 0),
                CompKind::Gen => {}
            }
            self.comp_generator(generators, 0, 0, elt, value, kind)?;
            self.unit().line = line;
            if kind == CompKind::Gen {
                self.emit_return_none();
            } else {
                self.emit(O::ReturnValue, 0);
            }
            Ok(())
        })();
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        let code = self.finish_unit()?;
        self.unit().line = line;
        self.make_function(code, 0)?;
        self.emit(O::PushNull, 0);
        self.expr(&first.iter)?;
        self.unit().line = line;
        self.emit(
            if first.is_async {
                O::GetAiter
            } else {
                O::GetIter
            },
            0,
        );
        self.emit(O::Call, 1);
        if is_async && kind != CompKind::Gen {
            self.emit(O::GetAwaitable, 0);
            self.await_loop();
        }
        Ok(())
    }

    fn comp_generator(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: CompKind,
    ) -> R<()> {
        let g = &generators[index];
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if index == 0 {
            let i = self.varname_index(".0");
            self.emit(O::LoadFast, i);
        } else if g.is_async {
            self.expr(&g.iter)?;
            self.emit(O::GetAiter, 0);
        } else {
            self.iter_expr(&g.iter)?;
            self.emit(O::GetIter, 0);
        }
        let depth = depth + 1;
        self.bind(start);
        if g.is_async {
            // The loop's end is StopAsyncIteration out of the awaited __anext__().
            self.emit_pseudo(Pseudo::SetupFinally, anchor);
            self.emit(O::GetAnext, 0);
            self.await_loop();
            self.pop_block();
        } else {
            self.emit_jump(O::ForIter, anchor);
        }
        self.check_assign_target(&g.target, false)?;
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, if_cleanup)?;
        }
        if index + 1 < generators.len() {
            self.comp_generator(generators, index + 1, depth, elt, value, kind)?;
        } else {
            match kind {
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.emit_yield();
                    self.emit(O::PopTop, 0);
                }
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(O::ListAppend, depth + 1);
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(O::SetAdd, depth + 1);
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(O::MapAdd, depth + 1);
                }
            }
        }
        self.bind(if_cleanup);
        self.jump(start);
        self.bind(anchor);
        if g.is_async {
            self.emit(O::EndAsyncFor, 0);
        }
        Ok(())
    }

    // ----------------------------------------------------------------- calls

    fn call(&mut self, c: &'a ast::ExprCall) -> R<()> {
        if c.args.len() + c.keywords.len() > 1 {
            for a in &c.args {
                if let Expr::GeneratorExp(g) = a {
                    let at = u32::from(g.range.start()) as usize;
                    if self.src.source.as_bytes().get(at) != Some(&b'(') {
                        return Err(self.err("Generator expression must be parenthesized", g.range));
                    }
                }
            }
        }
        let simple = !has_starred(&c.args) && c.keywords.iter().all(|k| k.arg.is_some());
        match c.func.as_ref() {
            Expr::Attribute(a) if simple && a.ctx == ExprContext::Load => {
                self.expr(&a.value)?;
                self.set_line_of(a.range);
                let i = self.add_name(&self.mangled(a.attr.as_str()));
                self.emit(O::LoadAttr, (i << 1) | 1);
                self.call_helper(0, &c.args, &c.keywords, c.range)
            }
            Expr::Name(n) if n.ctx == ExprContext::Load => {
                self.load_callable_name(n.id.as_str())?;
                self.call_helper(0, &c.args, &c.keywords, c.range)
            }
            f => {
                self.expr(f)?;
                self.emit(O::PushNull, 0);
                self.call_helper(0, &c.args, &c.keywords, c.range)
            }
        }
    }

    /// With `[f, self|null, pre args...]` on the stack, pushes the other arguments and calls.
    fn call_helper(
        &mut self,
        pre: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        range: ast::text_size::TextRange,
    ) -> R<()> {
        let star = has_starred(args);
        let dstar = keywords.iter().any(|k| k.arg.is_none());
        if !star && !dstar {
            for a in args {
                self.expr(a)?;
            }
            let n = pre + args.len() as u32;
            if keywords.is_empty() {
                self.set_line_of(range);
                self.emit(O::Call, n);
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.expr(&k.value)?;
                    if let Some(a) = &k.arg {
                        names.push(Constant::Str(a.as_str().into()));
                    }
                }
                self.load_const(Constant::Tuple(names.into()));
                self.set_line_of(range);
                self.emit(O::CallKw, n + keywords.len() as u32);
            }
            return Ok(());
        }
        // Positional arguments as one tuple.
        if !star {
            for a in args {
                self.expr(a)?;
            }
            self.emit(O::BuildTuple, pre + args.len() as u32);
        } else {
            let lead = args
                .iter()
                .take_while(|a| !matches!(a, Expr::Starred(_)))
                .count();
            for a in &args[..lead] {
                self.expr(a)?;
            }
            self.emit(O::BuildList, pre + lead as u32);
            for a in &args[lead..] {
                match a {
                    Expr::Starred(s) => {
                        self.expr(&s.value)?;
                        self.emit(O::ListExtend, 1);
                    }
                    _ => {
                        self.expr(a)?;
                        self.emit(O::ListAppend, 1);
                    }
                }
            }
            self.emit(O::ListToTuple, 0);
        }
        // Keyword arguments as one dict.
        let has_kw = !keywords.is_empty();
        if has_kw {
            let mut have_dict = false;
            let mut i = 0;
            while i < keywords.len() {
                if keywords[i].arg.is_none() {
                    if !have_dict {
                        self.emit(O::BuildMap, 0);
                        have_dict = true;
                    }
                    self.expr(&keywords[i].value)?;
                    self.emit(O::DictMerge, 1);
                    i += 1;
                } else {
                    let mut n = 0;
                    while i < keywords.len() {
                        let Some(a) = &keywords[i].arg else { break };
                        self.load_const(Constant::Str(a.as_str().into()));
                        self.expr(&keywords[i].value)?;
                        n += 1;
                        i += 1;
                    }
                    self.emit(O::BuildMap, n);
                    if have_dict {
                        self.emit(O::DictMerge, 1);
                    }
                    have_dict = true;
                }
            }
        }
        self.set_line_of(range);
        self.emit(O::CallFunctionEx, has_kw as u32);
        Ok(())
    }

    // ----------------------------------------------------------------- expressions

    fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> R<()> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.jump_if(&u.operand, !cond, target);
            }
            Expr::BoolOp(b) => {
                let is_or = b.op == ast::BoolOp::Or;
                let next2 = if is_or != cond {
                    self.new_label()
                } else {
                    target
                };
                let n = b.values.len();
                for v in &b.values[..n.saturating_sub(1)] {
                    self.jump_if(v, is_or, next2)?;
                }
                if let Some(last) = b.values.last() {
                    self.jump_if(last, cond, target)?;
                }
                if next2 != target {
                    self.bind(next2);
                }
                return Ok(());
            }
            Expr::IfExp(i) => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(&i.test, false, next2)?;
                self.jump_if(&i.body, cond, target)?;
                self.jump(end);
                self.bind(next2);
                self.jump_if(&i.orelse, cond, target)?;
                self.bind(end);
                return Ok(());
            }
            Expr::Compare(c) if c.ops.len() > 1 => {
                let cleanup = self.new_label();
                let end = self.new_label();
                self.expr(&c.left)?;
                let n = c.ops.len();
                for i in 0..n - 1 {
                    self.expr(&c.comparators[i])?;
                    self.emit(O::Swap, 2);
                    self.emit(O::Copy, 2);
                    self.set_line_of(c.range);
                    let (op, arg) = cmp_op(c.ops[i]);
                    self.emit(op, arg);
                    self.emit_jump(O::PopJumpIfFalse, cleanup);
                }
                self.expr(&c.comparators[n - 1])?;
                self.set_line_of(c.range);
                let (op, arg) = cmp_op(c.ops[n - 1]);
                self.emit(op, arg);
                self.emit_jump(
                    if cond {
                        O::PopJumpIfTrue
                    } else {
                        O::PopJumpIfFalse
                    },
                    target,
                );
                self.jump(end);
                self.bind(cleanup);
                self.emit(O::PopTop, 0);
                if !cond {
                    self.jump(target);
                }
                self.bind(end);
                return Ok(());
            }
            _ => {}
        }
        if let Some(c) = fold::fold(e) {
            if let Some(t) = fold::truthiness(&c) {
                if t == cond {
                    self.jump(target);
                }
                return Ok(());
            }
        }
        if let Expr::Compare(c) = e {
            if c.ops.len() == 1 && matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot) {
                if let Expr::Constant(k) = &c.comparators[0] {
                    if k.value == ast::Constant::None {
                        self.expr(&c.left)?;
                        self.set_line_of(c.range);
                        let is = c.ops[0] == ast::CmpOp::Is;
                        let op = if is == cond {
                            O::PopJumpIfNone
                        } else {
                            O::PopJumpIfNotNone
                        };
                        self.emit_jump(op, target);
                        return Ok(());
                    }
                }
            }
        }
        self.expr(e)?;
        self.emit_jump(
            if cond {
                O::PopJumpIfTrue
            } else {
                O::PopJumpIfFalse
            },
            target,
        );
        Ok(())
    }

    fn expr(&mut self, e: &'a Expr) -> R<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            self.depth -= 1;
            return Err(self.err("too many nested expressions", e.range()));
        }
        let saved = self.unit_ref().line;
        self.set_line_of(e.range());
        let r = self.expr_inner(e);
        self.unit().line = saved;
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R<()> {
        match e {
            Expr::Constant(c) => {
                self.load_const(fold::from_ast(&c.value));
            }
            Expr::Name(n) => match n.ctx {
                ExprContext::Load => self.name_op(n.id.as_str(), Ctx::Load)?,
                ExprContext::Store => self.name_op(n.id.as_str(), Ctx::Store)?,
                ExprContext::Del => self.name_op(n.id.as_str(), Ctx::Del)?,
            },
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_line_of(a.range);
                let i = self.add_name(&self.mangled(a.attr.as_str()));
                self.emit(O::LoadAttr, i << 1);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                if let Expr::Slice(sl) = s.slice.as_ref() {
                    if sl.step.is_none() {
                        self.slice_bounds(sl)?;
                        self.set_line_of(s.range);
                        self.emit(O::BinarySlice, 0);
                        return Ok(());
                    }
                }
                if let Expr::Starred(_) = s.slice.as_ref() {
                    // `a[*b]` is `a[(*b,)]`.
                    self.sequence(std::slice::from_ref(s.slice.as_ref()), SeqKind::Tuple)?;
                } else {
                    self.expr(&s.slice)?;
                }
                self.set_line_of(s.range);
                self.emit(O::BinarySubscr, 0);
            }
            Expr::Slice(sl) => {
                self.slice_bounds(sl)?;
                match &sl.step {
                    Some(st) => {
                        self.expr(st)?;
                        self.emit(O::BuildSlice, 3);
                    }
                    None => self.emit(O::BuildSlice, 2),
                }
            }
            Expr::BinOp(b) => {
                if let Some(c) = fold::fold(e) {
                    self.load_const(c);
                    return Ok(());
                }
                // Walk a left-nested chain (`a + b + c + ...`) without recursion; a foldable
                // prefix of it becomes one constant.
                let mut spine = vec![b];
                let mut left = b.left.as_ref();
                while let Expr::BinOp(inner) = left {
                    if fold::fold(left).is_some() {
                        break;
                    }
                    spine.push(inner);
                    left = inner.left.as_ref();
                }
                self.expr(left)?;
                for node in spine.into_iter().rev() {
                    self.expr(&node.right)?;
                    self.set_line_of(node.range);
                    self.emit(O::BinaryOp, fold::binop_of(node.op) as u32);
                }
            }
            Expr::UnaryOp(u) => {
                if let Some(c) = fold::fold(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(&u.operand)?;
                self.set_line_of(u.range);
                let op = match u.op {
                    ast::UnaryOp::Invert => O::UnaryInvert,
                    ast::UnaryOp::Not => O::UnaryNot,
                    ast::UnaryOp::UAdd => O::UnaryPositive,
                    ast::UnaryOp::USub => O::UnaryNegative,
                };
                self.emit(op, 0);
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = if b.op == ast::BoolOp::And {
                    O::JumpIfFalseOrPop
                } else {
                    O::JumpIfTrueOrPop
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.emit_jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                let n = c.ops.len();
                if n == 1 {
                    self.expr(&c.comparators[0])?;
                    self.set_line_of(c.range);
                    let (op, arg) = cmp_op(c.ops[0]);
                    self.emit(op, arg);
                    return Ok(());
                }
                let cleanup = self.new_label();
                let end = self.new_label();
                for i in 0..n - 1 {
                    self.expr(&c.comparators[i])?;
                    self.emit(O::Swap, 2);
                    self.emit(O::Copy, 2);
                    self.set_line_of(c.range);
                    let (op, arg) = cmp_op(c.ops[i]);
                    self.emit(op, arg);
                    self.emit_jump(O::JumpIfFalseOrPop, cleanup);
                }
                self.expr(&c.comparators[n - 1])?;
                self.set_line_of(c.range);
                let (op, arg) = cmp_op(c.ops[n - 1]);
                self.emit(op, arg);
                self.jump(end);
                self.bind(cleanup);
                self.emit(O::Swap, 2);
                self.emit(O::PopTop, 0);
                self.bind(end);
            }
            Expr::IfExp(i) => {
                let end = self.new_label();
                let orelse = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.jump(end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Call(c) => self.call(c)?,
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(O::Copy, 1);
                match n.target.as_ref() {
                    Expr::Name(t) => self.name_op(t.id.as_str(), Ctx::Store)?,
                    other => {
                        return Err(self.err(
                            format!(
                                "cannot use assignment expressions with {}",
                                expr_name(other)
                            ),
                            other.range(),
                        ))
                    }
                }
            }
            Expr::Tuple(t) => match t.ctx {
                ExprContext::Load => {
                    if let Some(c) = fold::fold(e) {
                        self.load_const(c);
                    } else {
                        self.sequence(&t.elts, SeqKind::Tuple)?;
                    }
                }
                ExprContext::Store => self.store_target(e)?,
                ExprContext::Del => self.delete_target(e)?,
            },
            Expr::List(l) => match l.ctx {
                ExprContext::Load => self.sequence(&l.elts, SeqKind::List)?,
                ExprContext::Store => self.store_target(e)?,
                ExprContext::Del => self.delete_target(e)?,
            },
            Expr::Set(s) => self.sequence(&s.elts, SeqKind::Set)?,
            Expr::Dict(d) => self.dict(d)?,
            Expr::ListComp(c) => {
                self.comprehension(e, CompKind::List, &c.generators, &c.elt, None)?
            }
            Expr::SetComp(c) => {
                self.comprehension(e, CompKind::Set, &c.generators, &c.elt, None)?
            }
            Expr::DictComp(c) => {
                self.comprehension(e, CompKind::Dict, &c.generators, &c.key, Some(&c.value))?
            }
            Expr::GeneratorExp(c) => {
                self.comprehension(e, CompKind::Gen, &c.generators, &c.elt, None)?
            }
            Expr::Yield(y) => {
                if !self.unit_ref().kind.is_function_like() {
                    return Err(self.err("'yield' outside function", y.range));
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.set_line_of(y.range);
                self.emit_yield();
            }
            Expr::YieldFrom(y) => {
                if !self.unit_ref().kind.is_function_like() {
                    return Err(self.err("'yield' outside function", y.range));
                }
                if self.in_async_function() {
                    return Err(self.err("'yield from' inside async function", y.range));
                }
                self.expr(&y.value)?;
                self.set_line_of(y.range);
                self.emit(O::GetYieldFromIter, 0);
                self.await_loop();
            }
            Expr::Await(a) => {
                let u = self.unit_ref();
                if !u.kind.is_function_like() {
                    return Err(self.err("'await' outside function", a.range));
                }
                if u.kind != ScopeKind::Comprehension && !self.in_async_function() {
                    return Err(self.err("'await' outside async function", a.range));
                }
                self.expr(&a.value)?;
                self.set_line_of(a.range);
                self.emit(O::GetAwaitable, 0);
                self.await_loop();
            }
            Expr::JoinedStr(j) => self.joined_str(&j.values)?,
            Expr::FormattedValue(f) => self.formatted_value(f)?,
            Expr::Starred(s) => {
                return Err(self.err("can't use starred expression here", s.range));
            }
        }
        Ok(())
    }

    fn slice_bounds(&mut self, sl: &'a ast::ExprSlice) -> R<()> {
        match &sl.lower {
            Some(x) => self.expr(x)?,
            None => self.load_const(Constant::None),
        }
        match &sl.upper {
            Some(x) => self.expr(x)?,
            None => self.load_const(Constant::None),
        }
        Ok(())
    }

    fn sequence(&mut self, elts: &'a [Expr], kind: SeqKind) -> R<()> {
        let (build, add, extend) = match kind {
            SeqKind::Tuple => (O::BuildTuple, O::ListAppend, O::ListExtend),
            SeqKind::List => (O::BuildList, O::ListAppend, O::ListExtend),
            SeqKind::Set => (O::BuildSet, O::SetAdd, O::SetUpdate),
        };
        let star = has_starred(elts);
        if !star && kind == SeqKind::Set && elts.len() > 2 {
            // CPython builds a display of constants from a frozenset constant, which decides
            // the order in which the items are added.
            let folded: Option<Vec<Constant>> = elts.iter().map(fold::fold).collect();
            if let Some(items) = folded {
                self.emit(O::BuildSet, 0);
                self.load_const(Constant::FrozenSet(items.into()));
                self.emit(O::SetUpdate, 1);
                return Ok(());
            }
        }
        if !star && elts.len() <= 30 {
            for x in elts {
                self.expr(x)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(());
        }
        if !star && kind != SeqKind::Set {
            // A long display of constants: extend an empty list from a tuple constant.
            let folded: Option<Vec<Constant>> = elts.iter().map(fold::fold).collect();
            if let Some(items) = folded {
                self.emit(O::BuildList, 0);
                self.load_const(Constant::Tuple(items.into()));
                self.emit(O::ListExtend, 1);
                if kind == SeqKind::Tuple {
                    self.emit(O::ListToTuple, 0);
                }
                return Ok(());
            }
        }
        let list_build = if kind == SeqKind::Set {
            O::BuildSet
        } else {
            O::BuildList
        };
        self.emit(list_build, 0);
        for x in elts {
            match x {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.expr(x)?;
                    self.emit(add, 1);
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(O::ListToTuple, 0);
        }
        let _ = build;
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict) -> R<()> {
        let n = d.values.len();
        let mut have_dict = false;
        let mut i = 0;
        while i < n {
            match d.keys.get(i).and_then(|k| k.as_ref()) {
                None => {
                    if !have_dict {
                        self.emit(O::BuildMap, 0);
                        have_dict = true;
                    }
                    self.expr(&d.values[i])?;
                    self.emit(O::DictUpdate, 1);
                    i += 1;
                }
                Some(_) => {
                    let mut count = 0;
                    while i < n && count < 16 {
                        let Some(Some(k)) = d.keys.get(i) else { break };
                        self.expr(k)?;
                        self.expr(&d.values[i])?;
                        count += 1;
                        i += 1;
                    }
                    self.emit(O::BuildMap, count);
                    if have_dict {
                        self.emit(O::DictUpdate, 1);
                    }
                    have_dict = true;
                }
            }
        }
        if !have_dict {
            self.emit(O::BuildMap, 0);
        }
        Ok(())
    }

    fn flatten_fstring<'b>(values: &'b [Expr], out: &mut Vec<&'b Expr>) {
        for v in values {
            match v {
                Expr::JoinedStr(j) => Self::flatten_fstring(&j.values, out),
                _ => out.push(v),
            }
        }
    }

    fn joined_str(&mut self, values: &'a [Expr]) -> R<()> {
        let mut parts = Vec::new();
        Self::flatten_fstring(values, &mut parts);
        // Merge adjacent constant strings.
        let mut count = 0u32;
        let mut pending: Option<String> = None;
        for p in parts {
            match p {
                Expr::Constant(c) => {
                    if let ast::Constant::Str(s) = &c.value {
                        pending.get_or_insert_with(String::new).push_str(s);
                    } else {
                        self.expr(p)?;
                        count += 1;
                    }
                }
                _ => {
                    if let Some(s) = pending.take() {
                        if !s.is_empty() {
                            self.load_const(Constant::Str(s.as_str().into()));
                            count += 1;
                        }
                    }
                    match p {
                        Expr::FormattedValue(f) => self.formatted_value(f)?,
                        other => {
                            self.expr(other)?;
                        }
                    }
                    count += 1;
                }
            }
        }
        if let Some(s) = pending.take() {
            if !s.is_empty() || count == 0 {
                self.load_const(Constant::Str(s.as_str().into()));
                count += 1;
            }
        }
        if count == 0 {
            self.load_const(Constant::Str("".into()));
        } else if count > 1 {
            self.emit(O::BuildString, count);
        }
        Ok(())
    }

    fn formatted_value(&mut self, f: &'a ast::ExprFormattedValue) -> R<()> {
        self.expr(&f.value)?;
        let mut flags = match f.conversion {
            ast::ConversionFlag::None => 0,
            ast::ConversionFlag::Str => 1,
            ast::ConversionFlag::Repr => 2,
            ast::ConversionFlag::Ascii => 3,
        };
        if let Some(spec) = &f.format_spec {
            match spec.as_ref() {
                Expr::JoinedStr(j) => self.joined_str(&j.values)?,
                other => self.expr(other)?,
            }
            flags |= 4;
        }
        self.set_line_of(f.range);
        self.emit(O::FormatValue, flags);
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    Tuple,
    List,
    Set,
}

/// Checks every index an instruction carries against the tables it refers to, so that the VM
/// may index without checks.
pub(crate) fn verify(code: &CodeObject) -> Result<(), String> {
    use crate::bytecode::is_jump;
    let n = code.instructions.len();
    if code.lines.len() != n {
        return Err("line table length".into());
    }
    let derefs = code.cellvars.len() + code.freevars.len();
    let nargs = code.arg_count as usize
        + code.kwonly_count as usize
        + (code.flags & code_flags::VARARGS != 0) as usize
        + (code.flags & code_flags::VARKEYWORDS != 0) as usize;
    if nargs > code.varnames.len() || code.posonly_count > code.arg_count {
        return Err("argument counts".into());
    }
    for (i, ins) in code.instructions.iter().enumerate() {
        let a = ins.arg() as usize;
        let ok = match ins.opcode() {
            O::LoadConst | O::ReturnConst => a < code.constants.len(),
            O::LoadFast | O::StoreFast | O::DeleteFast => a < code.varnames.len(),
            O::LoadDeref | O::StoreDeref | O::DeleteDeref | O::LoadClosure | O::LoadClassDeref => {
                a < derefs
            }
            O::LoadGlobal | O::LoadAttr => (a >> 1) < code.names.len(),
            O::StoreGlobal
            | O::DeleteGlobal
            | O::LoadName
            | O::StoreName
            | O::DeleteName
            | O::StoreAttr
            | O::DeleteAttr
            | O::ImportName
            | O::ImportFrom => a < code.names.len(),
            O::BinaryOp => BinOp::decode(ins.arg()).is_some(),
            O::CompareOp => CmpOp::from_arg(ins.arg()).is_some(),
            op if is_jump(op) => a < n,
            _ => true,
        };
        if !ok {
            return Err(format!(
                "bad argument {} of {} at {i}",
                a,
                ins.opcode().name()
            ));
        }
    }
    // The cores fetch instructions without bounds checks: control must never fall off the end.
    let falls_through = code.instructions.last().is_none_or(|last| {
        !matches!(
            last.opcode(),
            O::ReturnValue
                | O::ReturnConst
                | O::Jump
                | O::JumpBackward
                | O::RaiseVarargs
                | O::Reraise
        )
    });
    if falls_through {
        return Err("code does not end in a return, jump or raise".into());
    }
    for e in &code.exception_table {
        if e.start >= e.end || e.end as usize > n || e.target as usize >= n {
            return Err("bad exception table entry".into());
        }
    }
    for (c, a) in &code.cell_args {
        if *c as usize >= code.cellvars.len() || *a as usize >= nargs {
            return Err("bad cell argument".into());
        }
    }
    Ok(())
}
