//! `match` statements (PEP 634), compiled to the stack discipline of CPython 3.11's compiler so
//! that the bytecode and its errors read the same.
//!
//! A pattern consumes the subject on top of the stack. Captured values are not stored while a
//! pattern runs: each is moved below the values the pattern still works on (`on_top`) and
//! below the earlier captures, and all names are stored once the whole pattern matched. A
//! failing check jumps to a chain of POP_TOPs (`fail_pop[n]` pops n values) that clears the
//! working values and the pending captures.

use super::{Compiler, Ctx, Label, O};
use crate::bytecode::{BinOp, CmpOp, Constant};
use crate::fold;
use crate::symtable::R;
use rustpython_parser::ast::{self, Expr, Pattern, Ranged};

struct PatCtx {
    /// Names captured so far, the first one's value on top of the pending captures.
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    /// Values above the pending captures that a failure must pop.
    on_top: usize,
}

impl PatCtx {
    fn new(allow_irrefutable: bool) -> PatCtx {
        PatCtx {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
        }
    }
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

/// Python's `==` between two literal keys (for duplicate mapping keys): numbers compare by
/// value across int, bool and float.
fn const_eq(a: &Constant, b: &Constant) -> bool {
    fn num(c: &Constant) -> Option<(f64, f64, Option<i128>)> {
        match c {
            Constant::Bool(b) => Some((*b as i64 as f64, 0.0, Some(*b as i128))),
            Constant::Int(i) => Some((*i as f64, 0.0, Some(*i as i128))),
            Constant::Float(f) => Some((*f, 0.0, None)),
            Constant::Complex(r, i) => Some((*r, *i, None)),
            _ => None,
        }
    }
    match (a, b) {
        (Constant::BigInt(x), Constant::BigInt(y)) => x == y,
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
        (Constant::None, Constant::None) => true,
        _ => match (num(a), num(b)) {
            (Some((_, _, Some(x))), Some((_, _, Some(y)))) => x == y,
            (Some((xr, xi, _)), Some((yr, yi, _))) => xr == yr && xi == yi,
            _ => false,
        },
    }
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> R<()> {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let cases = m.cases.len();
        let Some(last) = m.cases.last() else {
            return Err(self.internal("match statement without cases"));
        };
        // A trailing `case _:` needs no copy of the subject nor a test.
        let has_default = is_wildcard(&last.pattern) && cases > 1;
        let tested = cases - has_default as usize;
        for (i, case) in m.cases[..tested].iter().enumerate() {
            self.set_line_of(case.pattern.range());
            let keep_subject = i != tested - 1;
            if keep_subject {
                self.emit(O::Copy, 1);
            }
            let mut pc = PatCtx::new(case.guard.is_some() || i == cases - 1);
            self.pattern(&case.pattern, &mut pc)?;
            for name in std::mem::take(&mut pc.stores) {
                self.name_op(&name, Ctx::Store)?;
            }
            if let Some(g) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(g, false, target)?;
            }
            if keep_subject {
                self.emit(O::PopTop, 0);
            }
            self.stmts(&case.body)?;
            self.jump(end);
            self.set_line_of(case.pattern.range());
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            self.set_line_of(last.pattern.range());
            self.emit(O::Nop, 0);
            if let Some(g) = &last.guard {
                self.jump_if(g, false, end)?;
            }
            self.stmts(&last.body)?;
        }
        self.bind(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatCtx, n: usize) {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    /// Jumps (with `op`, or unconditionally for None) to the cleanup that pops the working
    /// values and the pending captures.
    fn jump_to_fail_pop(&mut self, pc: &mut PatCtx, op: Option<O>) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        let target = pc.fail_pop[pops];
        match op {
            Some(op) => self.emit_jump(op, target),
            None => self.jump(target),
        }
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (i, l) in labels.iter().enumerate().rev() {
            self.bind(*l);
            if i > 0 {
                self.emit(O::PopTop, 0);
            }
        }
    }

    /// Moves the top of the stack down to the `count`-th position.
    fn rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.emit(O::Swap, count as u32);
            count -= 1;
        }
    }

    fn store_pattern_name(
        &mut self,
        name: Option<&ast::Identifier>,
        pc: &mut PatCtx,
        range: ast::text_size::TextRange,
    ) -> R<()> {
        let Some(name) = name else {
            self.emit(O::PopTop, 0);
            return Ok(());
        };
        let name = name.as_str();
        if name == "__debug__" {
            return Err(self.err("cannot assign to __debug__", range));
        }
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.err(
                format!("multiple assignments to name '{name}' in pattern"),
                range,
            ));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatCtx) -> R<()> {
        self.depth += 1;
        if self.depth > super::MAX_NESTING {
            self.depth -= 1;
            return Err(self.err("too many nested patterns", p.range()));
        }
        self.set_line_of(p.range());
        let r = self.pattern_inner(p, pc);
        self.depth -= 1;
        r
    }

    /// A pattern inside another: irrefutable ones are fine there (`[x, _]`).
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatCtx) -> R<()> {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatCtx) -> R<()> {
        match p {
            Pattern::MatchValue(v) => {
                let value = v.value.as_ref();
                if fold::fold(value).is_none() && !matches!(value, Expr::Attribute(_)) {
                    return Err(self.err(
                        "patterns may only match literals and attribute lookups",
                        v.range,
                    ));
                }
                self.expr(value)?;
                self.emit(O::CompareOp, CmpOp::Eq as u32);
                self.jump_to_fail_pop(pc, Some(O::PopJumpIfFalse));
                Ok(())
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(fold::from_ast(&s.value));
                self.emit(O::IsOp, 0);
                self.jump_to_fail_pop(pc, Some(O::PopJumpIfFalse));
                Ok(())
            }
            Pattern::MatchStar(s) => self.store_pattern_name(s.name.as_ref(), pc, s.range),
            Pattern::MatchAs(a) => {
                let Some(inner) = &a.pattern else {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => format!(
                                "name capture '{}' makes remaining patterns unreachable",
                                n.as_str()
                            ),
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.err(msg, a.range));
                    }
                    return self.store_pattern_name(a.name.as_ref(), pc, a.range);
                };
                pc.on_top += 1;
                self.emit(O::Copy, 1);
                self.pattern(inner, pc)?;
                pc.on_top -= 1;
                self.store_pattern_name(a.name.as_ref(), pc, a.range)
            }
            Pattern::MatchSequence(s) => self.pattern_sequence(s, pc),
            Pattern::MatchMapping(m) => self.pattern_mapping(m, pc),
            Pattern::MatchClass(c) => self.pattern_class(c, pc),
            Pattern::MatchOr(o) => self.pattern_or(o, pc),
        }
    }

    fn pattern_sequence(&mut self, s: &'a ast::PatternMatchSequence, pc: &mut PatCtx) -> R<()> {
        let patterns = &s.patterns;
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if matches!(p, Pattern::MatchStar(_)) {
                if star.is_some() {
                    return Err(self.err("multiple starred names in sequence pattern", s.range));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        // The subject stays on top during the type and length checks.
        pc.on_top += 1;
        self.emit(O::MatchSequence, 0);
        self.jump_to_fail_pop(pc, Some(O::PopJumpIfFalse));
        let min_len = match star {
            None => Some((size, CmpOp::Eq)),
            Some(_) if size > 1 => Some((size - 1, CmpOp::Ge)),
            Some(_) => None,
        };
        if let Some((n, op)) = min_len {
            self.emit(O::GetLen, 0);
            self.load_const(Constant::Int(n as i64));
            self.emit(O::CompareOp, op as u32);
            self.jump_to_fail_pop(pc, Some(O::PopJumpIfFalse));
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(O::PopTop, 0);
            return Ok(());
        }
        match star {
            Some(star) if star_wildcard => {
                // `[a, *_, b]`: index the items instead of unpacking the whole sequence.
                pc.on_top += 1;
                for (i, p) in patterns.iter().enumerate() {
                    if i == star || is_wildcard(p) {
                        continue;
                    }
                    self.emit(O::Copy, 1);
                    if i < star {
                        self.load_const(Constant::Int(i as i64));
                    } else {
                        self.emit(O::GetLen, 0);
                        self.load_const(Constant::Int((size - i) as i64));
                        self.emit(O::BinaryOp, BinOp::Subtract as u32);
                    }
                    self.emit(O::BinarySubscr, 0);
                    self.subpattern(p, pc)?;
                }
                pc.on_top -= 1;
                self.emit(O::PopTop, 0);
            }
            _ => {
                match star {
                    Some(star) => {
                        let after = size - star - 1;
                        if star > 0xff || after > 0xffff {
                            return Err(self.err(
                                "too many expressions in star-unpacking sequence pattern",
                                s.range,
                            ));
                        }
                        self.emit(O::UnpackEx, (star | (after << 8)) as u32);
                    }
                    None => self.emit(O::UnpackSequence, size as u32),
                }
                pc.on_top += size;
                for p in patterns {
                    pc.on_top -= 1;
                    self.subpattern(p, pc)?;
                }
            }
        }
        Ok(())
    }

    fn pattern_mapping(&mut self, m: &'a ast::PatternMatchMapping, pc: &mut PatCtx) -> R<()> {
        let size = m.keys.len();
        if m.rest.as_ref().is_some_and(|r| r.as_str() == "_") {
            return Err(self.err("invalid syntax", m.range));
        }
        if size != m.patterns.len() {
            return Err(self.internal("mapping pattern keys and patterns differ in length"));
        }
        pc.on_top += 1;
        self.emit(O::MatchMapping, 0);
        self.jump_to_fail_pop(pc, Some(O::PopJumpIfFalse));
        if size == 0 && m.rest.is_none() {
            pc.on_top -= 1;
            self.emit(O::PopTop, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(O::GetLen, 0);
            self.load_const(Constant::Int(size as i64));
            self.emit(O::CompareOp, CmpOp::Ge as u32);
            self.jump_to_fail_pop(pc, Some(O::PopJumpIfFalse));
        }
        let mut seen: Vec<Constant> = Vec::new();
        for key in &m.keys {
            match fold::fold(key) {
                Some(c) => {
                    if seen.iter().any(|s| const_eq(s, &c)) {
                        let shown = crate::dis::const_repr(&c);
                        return Err(self.err(
                            format!("mapping pattern checks duplicate key ({shown})"),
                            m.range,
                        ));
                    }
                    seen.push(c);
                }
                None if matches!(key, Expr::Attribute(_)) => {}
                None => {
                    return Err(self.err(
                        "mapping pattern keys may only match literals and attribute lookups",
                        m.range,
                    ));
                }
            }
            self.expr(key)?;
        }
        self.set_line_of(m.range);
        self.emit(O::BuildTuple, size as u32);
        self.emit(O::MatchKeys, 0);
        // The subject, the keys and the values (or None) are on the stack.
        pc.on_top += 2;
        self.emit(O::Copy, 1);
        self.jump_to_fail_pop(pc, Some(O::PopJumpIfNone));
        self.emit(O::UnpackSequence, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in &m.patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                // rest = dict(subject); del rest[k] for each key.
                self.emit(O::BuildMap, 0);
                self.emit(O::Swap, 3);
                self.emit(O::DictUpdate, 2);
                self.emit(O::UnpackSequence, size as u32);
                let mut left = size;
                while left > 0 {
                    self.emit(O::Copy, 1 + left as u32);
                    left -= 1;
                    self.emit(O::Swap, 2);
                    self.emit(O::DeleteSubscr, 0);
                }
                self.store_pattern_name(Some(rest), pc, m.range)
            }
            None => {
                self.emit(O::PopTop, 0);
                self.emit(O::PopTop, 0);
                Ok(())
            }
        }
    }

    fn pattern_class(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatCtx) -> R<()> {
        let nargs = c.patterns.len();
        let nattrs = c.kwd_attrs.len();
        if nattrs != c.kwd_patterns.len() {
            return Err(self.internal("class pattern keywords and patterns differ in length"));
        }
        for (i, attr) in c.kwd_attrs.iter().enumerate() {
            let a = attr.as_str();
            if a == "__debug__" {
                return Err(self.err("cannot assign to __debug__", c.kwd_patterns[i].range()));
            }
            if c.kwd_attrs[i + 1..].iter().any(|b| b.as_str() == a) {
                let at = c.kwd_patterns[i + 1..]
                    .iter()
                    .zip(&c.kwd_attrs[i + 1..])
                    .find(|(_, b)| b.as_str() == a)
                    .map_or(c.range, |(p, _)| p.range());
                return Err(self.err(format!("attribute name repeated in class pattern: {a}"), at));
            }
        }
        self.expr(&c.cls)?;
        self.set_line_of(c.range);
        let names: Vec<Constant> = c
            .kwd_attrs
            .iter()
            .map(|a| Constant::Str(a.as_str().into()))
            .collect();
        self.load_const(Constant::Tuple(names.into()));
        self.emit(O::MatchClass, nargs as u32);
        // The attributes (or None) replace the subject.
        pc.on_top += 1;
        self.emit(O::Copy, 1);
        self.jump_to_fail_pop(pc, Some(O::PopJumpIfNone));
        self.emit(O::UnpackSequence, (nargs + nattrs) as u32);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for p in c.patterns.iter().chain(&c.kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit(O::PopTop, 0);
                continue;
            }
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn pattern_or(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatCtx) -> R<()> {
        let end = self.new_label();
        let size = o.patterns.len();
        // The names the first alternative binds, in the order they sit on the stack; the
        // others must bind the same set and are reordered to this order.
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            let mut apc = PatCtx::new(i == size - 1 && pc.allow_irrefutable);
            self.set_line_of(alt.range());
            self.emit(O::Copy, 1);
            self.pattern(alt, &mut apc)?;
            match &control {
                None => control = Some(apc.stores.clone()),
                Some(ctl) => {
                    let same_set =
                        ctl.len() == apc.stores.len() && ctl.iter().all(|n| apc.stores.contains(n));
                    if !same_set {
                        return Err(self.err("alternative patterns bind different names", o.range));
                    }
                    self.reorder_captures(&mut apc.stores, ctl);
                }
            }
            self.jump(end);
            self.emit_and_reset_fail_pop(&mut apc);
        }
        // No alternative matched: pop the subject and fail.
        self.set_line_of(o.range);
        self.emit(O::PopTop, 0);
        self.jump_to_fail_pop(pc, None);

        self.bind(end);
        let control = control.unwrap_or_default();
        // Above the new captures: the subject copy, the working values and earlier captures.
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.err(
                    format!("multiple assignments to name '{name}' in pattern"),
                    o.range,
                ));
            }
            pc.stores.push(name);
        }
        self.emit(O::PopTop, 0);
        Ok(())
    }

    /// Permutes the captured values on top of the stack (`stores[0]` on top) into the order
    /// of `control`, with swaps through the top.
    fn reorder_captures(&mut self, stores: &mut [String], control: &[String]) {
        let n = stores.len();
        for depth in (2..=n).rev() {
            let want = &control[depth - 1];
            let Some(at) = stores.iter().position(|s| s == want) else {
                continue;
            };
            let at = at + 1;
            if at == depth {
                continue;
            }
            if at != 1 {
                self.emit(O::Swap, at as u32);
                stores.swap(0, at - 1);
            }
            self.emit(O::Swap, depth as u32);
            stores.swap(0, depth - 1);
        }
    }
}
