//! `try ... except*` (PEP 654), compiled as CPython 3.11 does.
//!
//! While the handlers run the stack holds `[prev_exc, orig, raised, rest]`: the caught
//! exception, a list collecting what the handlers raise (and, last, the unhandled rest), and the
//! part of the group no handler has taken yet. CHECK_EG_MATCH splits `rest` by each handler's
//! type; CALL_INTRINSIC_2 PREP_RERAISE_STAR finally merges the list into the exception to
//! re-raise, or None.

use super::{Compiler, Ctx, FBlock, O};
use crate::assemble::Pseudo;
use crate::bytecode::{intrinsic2, Constant};
use crate::symtable::R;
use rustpython_parser::ast;

impl<'a> Compiler<'a> {
    pub(super) fn try_star(&mut self, t: &'a ast::StmtTryStar) -> R<()> {
        if t.finalbody.is_empty() {
            self.try_star_except(t)
        } else {
            self.with_finally(&t.finalbody, |c| c.try_star_except(t))
        }
    }

    fn try_star_except(&mut self, t: &'a ast::StmtTryStar) -> R<()> {
        let except = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        let reraise = self.new_label();
        self.emit_pseudo(Pseudo::SetupFinally, except);
        self.push_fblock(FBlock::TryExcept, t.range)?;
        let r = self.stmts(&t.body);
        self.unit().fblocks.pop();
        r?;
        self.pop_block();
        self.jump(orelse);

        self.bind(except);
        self.emit_pseudo(Pseudo::SetupCleanup, cleanup);
        self.emit(O::PushExcInfo, 0);
        self.push_fblock(FBlock::ExceptStar, t.range)?;
        let r = self.except_star_handlers(&t.handlers, reraise_star);
        self.unit().fblocks.pop();
        r?;

        self.bind(reraise_star);
        self.emit(O::CallIntrinsic2, intrinsic2::PREP_RERAISE_STAR);
        self.emit(O::Copy, 1);
        self.emit_jump(O::PopJumpIfNotNone, reraise);
        // Nothing to re-raise.
        self.emit(O::PopTop, 0);
        self.pop_block();
        self.emit(O::PopExcept, 0);
        self.jump(end);
        self.bind(reraise);
        self.pop_block();
        self.emit(O::Swap, 2);
        self.emit(O::PopExcept, 0);
        self.emit(O::Reraise, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();

        self.bind(orelse);
        self.stmts(&t.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn except_star_handlers(
        &mut self,
        handlers: &'a [ast::ExceptHandler],
        reraise_star: super::Label,
    ) -> R<()> {
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line_of(h.range);
            let next = self.new_label();
            let with_error = self.new_label();
            let no_match = self.new_label();
            let cleanup_end = self.new_label();
            if i == 0 {
                // [exc] -> [orig, [], exc]
                self.emit(O::Copy, 1);
                self.emit(O::BuildList, 0);
                self.emit(O::Swap, 2);
            }
            let Some(ty) = &h.type_ else {
                return Err(self.err("expected one or more exception types", h.range));
            };
            self.expr(ty)?;
            self.set_line_of(h.range);
            self.emit(O::CheckEgMatch, 0);
            self.emit(O::Copy, 1);
            self.emit_jump(O::PopJumpIfNone, no_match);
            let name = h.name.as_ref().map(|n| n.as_str().to_string());
            match &name {
                Some(n) => self.name_op(n, Ctx::Store)?,
                None => self.emit(O::PopTop, 0),
            }
            self.emit_pseudo(Pseudo::SetupCleanup, cleanup_end);
            self.unit()
                .fblocks
                .push(FBlock::HandlerCleanup { name: name.clone() });
            let r = self.stmts(&h.body);
            self.unit().fblocks.pop();
            r?;
            self.pop_block();
            self.clear_handler_name(name.as_deref())?;
            self.jump(next);

            // The handler raised: collect its exception.
            self.bind(cleanup_end);
            self.clear_handler_name(name.as_deref())?;
            self.emit(O::ListAppend, 3);
            self.emit(O::PopTop, 0);
            self.jump(with_error);

            self.bind(next);
            self.emit(O::Nop, 0);
            self.jump(with_error);

            self.bind(no_match);
            self.emit(O::PopTop, 0);

            self.bind(with_error);
            if i == n - 1 {
                // The unhandled rest (or None) joins the list.
                self.emit(O::ListAppend, 1);
                self.jump(reraise_star);
            }
        }
        Ok(())
    }

    /// `name = None; del name` after a handler.
    fn clear_handler_name(&mut self, name: Option<&str>) -> R<()> {
        if let Some(n) = name {
            self.load_const(Constant::None);
            self.name_op(n, Ctx::Store)?;
            self.name_op(n, Ctx::Del)?;
        }
        Ok(())
    }
}
