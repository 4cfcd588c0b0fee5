//! Symbol tables: which scope every name of every block lives in.
//!
//! Two passes, as CPython's symtable.c: a walk of the AST records, per block, how each name is
//! used (bound, used, declared global/nonlocal, parameter); then an analysis from the module down
//! resolves each name to local, cell, free, explicit global or implicit global.

use crate::{CompileError, SourceMap};
use ahash::{AHashMap, AHashSet};
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};

pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// Where a name lives, once resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

pub const DEF_LOCAL: u32 = 1;
pub const DEF_PARAM: u32 = 2;
pub const DEF_GLOBAL: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_FREE_CLASS: u32 = 32;
pub const DEF_COMP_ITER: u32 = 64;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM;

/// The key that ties an AST node to its scope: (kind tag, start, end) of its range.
pub type NodeKey = (u8, u32, u32);

pub fn node_key(tag: u8, range: ast::text_size::TextRange) -> NodeKey {
    (tag, u32::from(range.start()), u32::from(range.end()))
}

pub const TAG_FUNCTION: u8 = 0;
pub const TAG_CLASS: u8 = 1;
pub const TAG_LAMBDA: u8 = 2;
pub const TAG_COMP: u8 = 3;

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<ScopeId>,
    /// Names in order of first appearance, with their usage flags.
    pub order: Vec<String>,
    pub flags: AHashMap<String, u32>,
    pub params: Vec<String>,
    pub is_generator: bool,
    /// An `async def` body.
    pub is_async: bool,
    /// CPython's `ste_coroutine`: an `async def`, or a comprehension that awaits or has an
    /// `async for` (directly, or through a non-generator comprehension inside it).
    pub is_coroutine: bool,
    /// Class scopes: some method needs the implicit `__class__` cell.
    pub needs_class_cell: bool,
    /// Nested inside a function-like scope.
    pub nested: bool,
    /// Private-name mangling prefix in effect (the enclosing class name).
    pub private: Option<String>,
    pub resolved: AHashMap<String, SymScope>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// Where each nonlocal declaration is, for error messages.
    decl_pos: AHashMap<String, usize>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<ScopeId>, private: Option<String>) -> Self {
        Scope {
            kind,
            name: name.to_string(),
            parent,
            order: Vec::new(),
            flags: AHashMap::new(),
            params: Vec::new(),
            is_generator: false,
            is_async: false,
            is_coroutine: false,
            needs_class_cell: false,
            nested: false,
            private,
            resolved: AHashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            decl_pos: AHashMap::new(),
        }
    }

    pub fn lookup(&self, name: &str) -> Option<SymScope> {
        self.resolved.get(name).copied()
    }

    pub fn flags_of(&self, name: &str) -> u32 {
        self.flags.get(name).copied().unwrap_or(0)
    }
}

pub struct SymTable {
    pub scopes: Vec<Scope>,
    pub by_node: AHashMap<NodeKey, ScopeId>,
    children: Vec<Vec<ScopeId>>,
}

impl SymTable {
    pub fn scope_for(&self, key: NodeKey) -> Option<ScopeId> {
        self.by_node.get(&key).copied()
    }
}

/// Private name mangling: `__x` inside class `C` becomes `_C__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

struct Builder<'s> {
    src: &'s SourceMap<'s>,
    table: SymTable,
    current: ScopeId,
    depth: usize,
}

/// Nesting limits that keep every recursive pass well inside the Rust stack.
const MAX_EXPR_DEPTH: usize = 200;
const MAX_STMT_DEPTH: usize = 100;

/// Errors are boxed so that `Result`s stay one word: the recursive passes keep small frames.
pub type R<T> = Result<T, Box<CompileError>>;

pub fn build_module(src: &SourceMap, body: &[Stmt]) -> R<SymTable> {
    let mut b = Builder::new(src);
    for s in body {
        b.visit_stmt(s)?;
    }
    b.finish()
}

pub fn build_expression(src: &SourceMap, body: &Expr) -> R<SymTable> {
    let mut b = Builder::new(src);
    b.visit_expr(body)?;
    b.finish()
}

fn off(r: ast::text_size::TextRange) -> usize {
    u32::from(r.start()) as usize
}

pub fn unsupported(what: &str) -> String {
    format!("{what} not supported by pyvm yet")
}

impl<'s> Builder<'s> {
    fn new(src: &'s SourceMap<'s>) -> Self {
        let table = SymTable {
            scopes: vec![Scope::new(ScopeKind::Module, "top", None, None)],
            by_node: AHashMap::new(),
            children: vec![Vec::new()],
        };
        Builder {
            src,
            table,
            current: 0,
            depth: 0,
        }
    }

    fn finish(mut self) -> R<SymTable> {
        let bound = AHashSet::new();
        let global = AHashSet::new();
        analyze(&mut self.table, self.src, 0, &bound, &global)?;
        Ok(self.table)
    }

    fn err(&self, msg: impl Into<String>, offset: usize) -> Box<CompileError> {
        Box::new(self.src.syntax_error(msg, offset))
    }

    fn scope(&self) -> &Scope {
        &self.table.scopes[self.current]
    }

    fn scope_mut(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.current]
    }

    fn mangle(&self, name: &str) -> String {
        mangle(self.scope().private.as_deref(), name)
    }

    fn add_flag_in(&mut self, scope: ScopeId, name: &str, flag: u32) {
        let s = &mut self.table.scopes[scope];
        match s.flags.get_mut(name) {
            Some(f) => *f |= flag,
            None => {
                s.flags.insert(name.to_string(), flag);
                s.order.push(name.to_string());
            }
        }
    }

    fn add_def(&mut self, name: &str, flag: u32) {
        let name = self.mangle(name);
        self.add_flag_in(self.current, &name, flag);
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, key: NodeKey) -> ScopeId {
        let parent = self.current;
        let private = if kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            self.scope().private.clone()
        };
        let mut scope = Scope::new(kind, name, Some(parent), private);
        let pk = self.table.scopes[parent].kind;
        scope.nested = pk.is_function_like() || self.table.scopes[parent].nested;
        let id = self.table.scopes.len();
        self.table.scopes.push(scope);
        self.table.children.push(Vec::new());
        self.table.children[parent].push(id);
        self.table.by_node.insert(key, id);
        self.current = id;
        id
    }

    fn leave(&mut self) {
        if let Some(p) = self.table.scopes[self.current].parent {
            self.current = p;
        }
    }

    fn visit_body(&mut self, body: &[Stmt]) -> R<()> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_arguments_defaults(&mut self, args: &ast::Arguments) -> R<()> {
        for a in args.posonlyargs.iter().chain(args.args.iter()) {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
        for a in &args.kwonlyargs {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    /// A def's annotations are evaluated in the scope around it.
    fn visit_annotations(&mut self, args: &ast::Arguments, returns: Option<&Expr>) -> R<()> {
        let params = args
            .posonlyargs
            .iter()
            .chain(args.args.iter())
            .map(|a| &a.def)
            .chain(args.vararg.as_deref())
            .chain(args.kwonlyargs.iter().map(|a| &a.def))
            .chain(args.kwarg.as_deref());
        for p in params {
            if let Some(a) = p.annotation.as_deref() {
                self.visit_expr(a)?;
            }
        }
        if let Some(r) = returns {
            self.visit_expr(r)?;
        }
        Ok(())
    }

    fn add_params(&mut self, args: &ast::Arguments) -> R<()> {
        let mut names: Vec<(&str, usize)> = Vec::new();
        for a in args.posonlyargs.iter().chain(args.args.iter()) {
            names.push((a.def.arg.as_str(), off(a.def.range)));
        }
        for a in &args.kwonlyargs {
            names.push((a.def.arg.as_str(), off(a.def.range)));
        }
        if let Some(v) = &args.vararg {
            names.push((v.arg.as_str(), off(v.range)));
        }
        if let Some(k) = &args.kwarg {
            names.push((k.arg.as_str(), off(k.range)));
        }
        for (n, o) in names {
            let m = self.mangle(n);
            if self.scope().flags_of(&m) & DEF_PARAM != 0 {
                return Err(self.err(
                    format!("duplicate argument '{n}' in function definition"),
                    o,
                ));
            }
            self.add_flag_in(self.current, &m, DEF_PARAM);
            self.scope_mut().params.push(m);
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> R<()> {
        self.depth += 1;
        if self.depth > MAX_STMT_DEPTH {
            return Err(Box::new(self.src.error(
                "IndentationError",
                "too many levels of indentation",
                off(s.range()),
            )));
        }
        let r = self.visit_stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> R<()> {
        match s {
            Stmt::FunctionDef(f) => {
                self.visit_function(
                    &f.decorator_list,
                    &f.type_params,
                    &f.args,
                    f.returns.as_deref(),
                    &f.body,
                    f.name.as_str(),
                    f.range,
                    false,
                )?;
            }
            Stmt::AsyncFunctionDef(f) => {
                self.visit_function(
                    &f.decorator_list,
                    &f.type_params,
                    &f.args,
                    f.returns.as_deref(),
                    &f.body,
                    f.name.as_str(),
                    f.range,
                    true,
                )?;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(d)?;
                }
                if !c.type_params.is_empty() {
                    return Err(self.err(unsupported("type parameters are"), off(c.range)));
                }
                for b in &c.bases {
                    self.visit_expr(b)?;
                }
                for k in &c.keywords {
                    self.visit_expr(&k.value)?;
                }
                self.add_def(c.name.as_str(), DEF_LOCAL);
                self.enter(
                    ScopeKind::Class,
                    c.name.as_str(),
                    node_key(TAG_CLASS, c.range),
                );
                self.visit_body(&c.body)?;
                self.leave();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.visit_expr(&a.value)?;
                for t in &a.targets {
                    self.visit_expr(t)?;
                }
            }
            Stmt::TypeAlias(t) => {
                return Err(self.err(unsupported("'type' statements are"), off(t.range)));
            }
            Stmt::AugAssign(a) => {
                if let Expr::Name(n) = a.target.as_ref() {
                    self.add_def(n.id.as_str(), DEF_LOCAL | USE);
                } else {
                    self.visit_expr(&a.target)?;
                }
                self.visit_expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = a.target.as_ref() {
                    let m = self.mangle(n.id.as_str());
                    let f = self.scope().flags_of(&m);
                    if f & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && a.simple {
                        let which = if f & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(self.err(
                            format!("annotated name '{}' can't be {which}", n.id.as_str()),
                            off(a.range),
                        ));
                    }
                    self.add_def(n.id.as_str(), DEF_LOCAL);
                } else {
                    self.visit_expr(&a.target)?;
                }
                if !self.scope().kind.is_function_like() {
                    self.visit_expr(&a.annotation)?;
                }
                if let Some(v) = &a.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::For(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::AsyncFor(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                self.visit_body(&i.orelse)?;
            }
            Stmt::With(w) => self.visit_with(&w.items, &w.body)?,
            Stmt::AsyncWith(w) => self.visit_with(&w.items, &w.body)?,
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in &m.cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.visit_expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n.as_str(), DEF_LOCAL);
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.orelse)?;
                self.visit_body(&t.finalbody)?;
            }
            Stmt::TryStar(t) => {
                self.visit_body(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n.as_str(), DEF_LOCAL);
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.orelse)?;
                self.visit_body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let name = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.as_str().split('.').next().unwrap_or(""),
                    };
                    self.add_def(name, DEF_LOCAL);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.scope().kind != ScopeKind::Module {
                            return Err(
                                self.err("import * only allowed at module level", off(a.range))
                            );
                        }
                        continue;
                    }
                    let name = a.asname.as_ref().unwrap_or(&a.name);
                    self.add_def(name.as_str(), DEF_LOCAL);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let m = self.mangle(n.as_str());
                    let f = self.scope().flags_of(&m);
                    let n = n.as_str();
                    let o = off(g.range);
                    if f & DEF_PARAM != 0 {
                        return Err(self.err(format!("name '{n}' is parameter and global"), o));
                    }
                    if f & DEF_NONLOCAL != 0 {
                        return Err(self.err(format!("name '{n}' is nonlocal and global"), o));
                    }
                    if f & DEF_LOCAL != 0 {
                        return Err(self.err(
                            format!("name '{n}' is assigned to before global declaration"),
                            o,
                        ));
                    }
                    if f & USE != 0 {
                        return Err(
                            self.err(format!("name '{n}' is used prior to global declaration"), o)
                        );
                    }
                    self.add_flag_in(self.current, &m, DEF_GLOBAL);
                }
            }
            Stmt::Nonlocal(g) => {
                let o = off(g.range);
                if self.scope().kind == ScopeKind::Module {
                    return Err(self.err("nonlocal declaration not allowed at module level", o));
                }
                for n in &g.names {
                    let m = self.mangle(n.as_str());
                    let f = self.scope().flags_of(&m);
                    let n = n.as_str();
                    if f & DEF_PARAM != 0 {
                        return Err(self.err(format!("name '{n}' is parameter and nonlocal"), o));
                    }
                    if f & DEF_GLOBAL != 0 {
                        return Err(self.err(format!("name '{n}' is nonlocal and global"), o));
                    }
                    if f & DEF_LOCAL != 0 {
                        return Err(self.err(
                            format!("name '{n}' is assigned to before nonlocal declaration"),
                            o,
                        ));
                    }
                    if f & USE != 0 {
                        return Err(self.err(
                            format!("name '{n}' is used prior to nonlocal declaration"),
                            o,
                        ));
                    }
                    self.scope_mut().decl_pos.insert(m.clone(), o);
                    self.add_flag_in(self.current, &m, DEF_NONLOCAL);
                }
            }
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
        }
        Ok(())
    }

    /// A `case` pattern: captures bind names, values and class names are uses.
    fn visit_pattern(&mut self, p: &ast::Pattern) -> R<()> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.visit_expr(&v.value)?,
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                for p in &s.patterns {
                    self.visit_pattern(p)?;
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add_def(n.as_str(), DEF_LOCAL);
                }
            }
            P::MatchMapping(m) => {
                self.visit_exprs(&m.keys)?;
                for p in &m.patterns {
                    self.visit_pattern(p)?;
                }
                if let Some(n) = &m.rest {
                    self.add_def(n.as_str(), DEF_LOCAL);
                }
            }
            P::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                for p in c.patterns.iter().chain(&c.kwd_patterns) {
                    self.visit_pattern(p)?;
                }
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.visit_pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.add_def(n.as_str(), DEF_LOCAL);
                }
            }
            P::MatchOr(o) => {
                for p in &o.patterns {
                    self.visit_pattern(p)?;
                }
            }
        }
        Ok(())
    }

    fn visit_exprs(&mut self, es: &[Expr]) -> R<()> {
        for e in es {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> R<()> {
        self.depth += 1;
        if self.depth > MAX_EXPR_DEPTH {
            return Err(self.err("too many nested expressions", off(e.range())));
        }
        let r = self.visit_expr_inner(e);
        self.depth -= 1;
        r
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> R<()> {
        match e {
            Expr::BoolOp(b) => self.visit_exprs(&b.values)?,
            Expr::NamedExpr(n) => {
                self.visit_expr(&n.value)?;
                self.visit_named_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                // Long left-nested chains (`a + b + c + ...`) are walked without recursion.
                let mut rights = vec![b.right.as_ref()];
                let mut left = b.left.as_ref();
                while let Expr::BinOp(inner) = left {
                    rights.push(inner.right.as_ref());
                    left = inner.left.as_ref();
                }
                self.visit_expr(left)?;
                for r in rights.into_iter().rev() {
                    self.visit_expr(r)?;
                }
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand)?,
            Expr::Lambda(l) => {
                self.visit_arguments_defaults(&l.args)?;
                self.enter(ScopeKind::Lambda, "<lambda>", node_key(TAG_LAMBDA, l.range));
                self.add_params(&l.args)?;
                self.visit_expr(&l.body)?;
                self.leave();
            }
            Expr::IfExp(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.visit_expr(k)?;
                }
                self.visit_exprs(&d.values)?;
            }
            Expr::Set(s) => self.visit_exprs(&s.elts)?,
            Expr::ListComp(c) => {
                self.visit_comprehension(e, "<listcomp>", &c.generators, &c.elt, None)?
            }
            Expr::SetComp(c) => {
                self.visit_comprehension(e, "<setcomp>", &c.generators, &c.elt, None)?
            }
            Expr::DictComp(c) => {
                self.visit_comprehension(e, "<dictcomp>", &c.generators, &c.key, Some(&c.value))?
            }
            Expr::GeneratorExp(c) => {
                self.visit_comprehension(e, "<genexpr>", &c.generators, &c.elt, None)?
            }
            Expr::Await(a) => {
                self.visit_expr(&a.value)?;
                self.scope_mut().is_coroutine = true;
            }
            Expr::Yield(y) => {
                self.check_yield(off(y.range))?;
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.check_yield(off(y.range))?;
                self.visit_expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                self.visit_exprs(&c.comparators)?;
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                self.visit_exprs(&c.args)?;
                for k in &c.keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            Expr::FormattedValue(f) => {
                self.visit_expr(&f.value)?;
                if let Some(s) = &f.format_spec {
                    self.visit_expr(s)?;
                }
            }
            Expr::JoinedStr(j) => self.visit_exprs(&j.values)?,
            Expr::Constant(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value)?,
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
            }
            Expr::Starred(s) => self.visit_expr(&s.value)?,
            Expr::Name(n) => {
                let name = n.id.as_str();
                match n.ctx {
                    ast::ExprContext::Load => {
                        self.add_def(name, USE);
                        if self.scope().kind.is_function_like() && name == "super" {
                            self.add_flag_in(self.current, "__class__", USE);
                        }
                    }
                    _ => self.add_def(name, DEF_LOCAL),
                }
            }
            Expr::List(l) => self.visit_exprs(&l.elts)?,
            Expr::Tuple(t) => self.visit_exprs(&t.elts)?,
            Expr::Slice(s) => {
                if let Some(x) = &s.lower {
                    self.visit_expr(x)?;
                }
                if let Some(x) = &s.upper {
                    self.visit_expr(x)?;
                }
                if let Some(x) = &s.step {
                    self.visit_expr(x)?;
                }
            }
        }
        Ok(())
    }

    fn check_yield(&mut self, offset: usize) -> R<()> {
        let s = self.scope();
        match s.kind {
            ScopeKind::Module | ScopeKind::Class => {
                Err(self.err("'yield' outside function", offset))
            }
            ScopeKind::Comprehension => {
                let what = match s.name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                Err(self.err(format!("'yield' inside {what}"), offset))
            }
            _ => {
                self.scope_mut().is_generator = true;
                Ok(())
            }
        }
    }

    fn visit_named_target(&mut self, target: &Expr) -> R<()> {
        let Expr::Name(n) = target else {
            return self.visit_expr(target);
        };
        let name = n.id.as_str();
        if self.scope().kind != ScopeKind::Comprehension {
            self.add_def(name, DEF_LOCAL);
            return Ok(());
        }
        // An assignment expression in a comprehension binds in the enclosing function (or
        // module) scope.
        let o = off(n.range);
        let mut comps = Vec::new();
        let mut cur = self.current;
        loop {
            let s = &self.table.scopes[cur];
            match s.kind {
                ScopeKind::Comprehension => {
                    if s.flags_of(name) & DEF_COMP_ITER != 0 {
                        return Err(self.err(
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{name}'"
                            ),
                            o,
                        ));
                    }
                    comps.push(cur);
                    match s.parent {
                        Some(p) => cur = p,
                        None => break,
                    }
                }
                ScopeKind::Class => {
                    return Err(self.err(
                        "assignment expression within a comprehension cannot be used in a class body",
                        o,
                    ));
                }
                ScopeKind::Module => {
                    for c in comps {
                        self.add_flag_in(c, name, DEF_GLOBAL | USE);
                    }
                    self.add_flag_in(cur, name, DEF_LOCAL);
                    return Ok(());
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let flag = if s.flags_of(name) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    for c in comps {
                        self.add_flag_in(c, name, flag | USE);
                    }
                    self.add_flag_in(cur, name, DEF_LOCAL);
                    return Ok(());
                }
            }
        }
        Ok(())
    }

    fn visit_comp_target(&mut self, e: &Expr) -> R<()> {
        match e {
            Expr::Name(n) => {
                self.add_def(n.id.as_str(), DEF_LOCAL | DEF_COMP_ITER);
                Ok(())
            }
            Expr::Tuple(t) => {
                for x in &t.elts {
                    self.visit_comp_target(x)?;
                }
                Ok(())
            }
            Expr::List(t) => {
                for x in &t.elts {
                    self.visit_comp_target(x)?;
                }
                Ok(())
            }
            Expr::Starred(s) => self.visit_comp_target(&s.value),
            _ => self.visit_expr(e),
        }
    }

    fn visit_comprehension(
        &mut self,
        node: &Expr,
        name: &str,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R<()> {
        let Some(first) = generators.first() else {
            return Err(self.err("invalid syntax", off(node.range())));
        };
        self.visit_expr(&first.iter)?;
        self.enter(
            ScopeKind::Comprehension,
            name,
            node_key(TAG_COMP, node.range()),
        );
        let is_genexpr = name == "<genexpr>";
        if is_genexpr {
            self.scope_mut().is_generator = true;
        }
        if generators.iter().any(|g| g.is_async) {
            self.scope_mut().is_coroutine = true;
        }
        self.add_flag_in(self.current, ".0", DEF_PARAM);
        self.scope_mut().params.push(".0".to_string());
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter)?;
            }
            self.visit_comp_target(&g.target)?;
            self.visit_exprs(&g.ifs)?;
        }
        self.visit_expr(elt)?;
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        // An asynchronous list/set/dict comprehension is awaited where it is built, which makes
        // the enclosing scope asynchronous too (CPython 3.11); an async generator expression
        // is not awaited.
        let awaited = self.scope().is_coroutine && !is_genexpr;
        self.leave();
        if awaited {
            self.scope_mut().is_coroutine = true;
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn visit_function(
        &mut self,
        decorators: &[Expr],
        type_params: &[ast::TypeParam],
        args: &ast::Arguments,
        returns: Option<&Expr>,
        body: &[Stmt],
        name: &str,
        range: ast::text_size::TextRange,
        is_async: bool,
    ) -> R<()> {
        for d in decorators {
            self.visit_expr(d)?;
        }
        if !type_params.is_empty() {
            return Err(self.err(unsupported("type parameters are"), off(range)));
        }
        self.visit_arguments_defaults(args)?;
        self.visit_annotations(args, returns)?;
        self.add_def(name, DEF_LOCAL);
        self.enter(ScopeKind::Function, name, node_key(TAG_FUNCTION, range));
        if is_async {
            self.scope_mut().is_async = true;
            self.scope_mut().is_coroutine = true;
        }
        self.add_params(args)?;
        self.visit_body(body)?;
        self.leave();
        Ok(())
    }

    fn visit_with(&mut self, items: &[ast::WithItem], body: &[Stmt]) -> R<()> {
        for item in items {
            self.visit_expr(&item.context_expr)?;
            if let Some(v) = &item.optional_vars {
                self.visit_expr(v)?;
            }
        }
        self.visit_body(body)
    }
}

/// Resolves the names of `id` and its children; returns the names free in `id`.
fn analyze(
    table: &mut SymTable,
    src: &SourceMap,
    id: ScopeId,
    bound: &AHashSet<String>,
    global: &AHashSet<String>,
) -> R<AHashSet<String>> {
    let mut bound = bound.clone();
    let mut global = global.clone();
    let kind = table.scopes[id].kind;
    let mut local: AHashSet<String> = AHashSet::new();
    let mut free: AHashSet<String> = AHashSet::new();
    let mut resolved: AHashMap<String, SymScope> = AHashMap::new();
    let order = table.scopes[id].order.clone();
    for name in &order {
        let flags = table.scopes[id].flags_of(name);
        let scope = if flags & DEF_GLOBAL != 0 {
            global.insert(name.clone());
            bound.remove(name);
            SymScope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            if !bound.contains(name) {
                let pos = table.scopes[id].decl_pos.get(name).copied().unwrap_or(0);
                return Err(Box::new(src.syntax_error(
                    format!("no binding for nonlocal '{name}' found"),
                    pos,
                )));
            }
            free.insert(name.clone());
            SymScope::Free
        } else if flags & DEF_BOUND != 0 {
            local.insert(name.clone());
            global.remove(name);
            SymScope::Local
        } else if bound.contains(name) {
            free.insert(name.clone());
            SymScope::Free
        } else {
            SymScope::GlobalImplicit
        };
        resolved.insert(name.clone(), scope);
    }
    let mut newbound = AHashSet::new();
    if kind.is_function_like() {
        newbound.extend(local.iter().cloned());
    }
    newbound.extend(bound.iter().cloned());
    if kind == ScopeKind::Class {
        newbound.insert("__class__".to_string());
    }
    let children = table.children[id].clone();
    let mut newfree: AHashSet<String> = AHashSet::new();
    for c in children {
        let child_free = analyze(table, src, c, &newbound, &global)?;
        newfree.extend(child_free);
    }
    if kind.is_function_like() {
        for (name, sc) in resolved.iter_mut() {
            if *sc == SymScope::Local && newfree.contains(name) {
                *sc = SymScope::Cell;
                newfree.remove(name);
            }
        }
    }
    let mut needs_class_cell = false;
    if kind == ScopeKind::Class && newfree.remove("__class__") {
        needs_class_cell = true;
    }
    let mut freevars: Vec<String> = Vec::new();
    let mut new_names: Vec<String> = Vec::new();
    for name in newfree.iter() {
        if let Some(sc) = resolved.get(name).copied() {
            let flags = table.scopes[id].flags_of(name);
            if kind == ScopeKind::Class
                && (flags & (DEF_BOUND | DEF_GLOBAL) != 0)
                && sc != SymScope::Free
            {
                table.scopes[id]
                    .flags
                    .entry(name.clone())
                    .and_modify(|f| *f |= DEF_FREE_CLASS);
                freevars.push(name.clone());
            }
            continue;
        }
        if !bound.contains(name) {
            continue;
        }
        new_names.push(name.clone());
    }
    for name in new_names {
        resolved.insert(name.clone(), SymScope::Free);
        free.insert(name);
    }
    // Names propagated from children that this (class) scope binds itself still pass up.
    free.extend(newfree);
    for (name, sc) in resolved.iter() {
        if *sc == SymScope::Free {
            freevars.push(name.clone());
        }
    }
    freevars.sort();
    freevars.dedup();
    let mut cellvars: Vec<String> = resolved
        .iter()
        .filter(|(_, sc)| **sc == SymScope::Cell)
        .map(|(n, _)| n.clone())
        .collect();
    if needs_class_cell {
        cellvars.push("__class__".to_string());
    }
    cellvars.sort();
    let s = &mut table.scopes[id];
    s.resolved = resolved;
    s.cellvars = cellvars;
    s.freevars = freevars;
    s.needs_class_cell = needs_class_cell;
    // A free name that this block resolves as global is not free above.
    free.retain(|n| bound.contains(n));
    Ok(free)
}
