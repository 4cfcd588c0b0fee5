//! The text CPython 3.11 prints for an uncaught exception (pythonrun.c's print_exception_*):
//! chained causes and contexts, notes, and exception groups drawn as nested boxes.

use crate::value::Value;
use crate::vm::{is_subclass, PyErr, Vm};

/// CPython's limits on how much of a group is drawn.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

struct PrintCtx {
    /// Addresses of the exceptions printed or being printed (chains can loop).
    seen: Vec<usize>,
    group_depth: usize,
    need_close: bool,
    out: String,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// The margin in front of each line inside a group's box.
    fn margin(&self) -> String {
        if self.group_depth > 0 {
            format!("{}| ", self.indent())
        } else {
            String::new()
        }
    }

    /// Writes `text` with the margin in front of every line.
    fn emit(&mut self, text: &str) {
        let margin = self.margin();
        for line in text.split_inclusive('\n') {
            self.out.push_str(&margin);
            self.out.push_str(line);
        }
    }
}

impl Vm {
    /// The text CPython prints for an uncaught exception.
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let mut ctx = PrintCtx {
            seen: Vec::new(),
            group_depth: 0,
            need_close: false,
            out: String::new(),
        };
        self.print_recursive(&mut ctx, &err.value(), 0);
        ctx.out
    }

    fn print_recursive(&mut self, ctx: &mut PrintCtx, exc: &Value, level: usize) {
        // CPython gives up on deeper chains with a RecursionError of its own; stop quietly.
        if level > 200 {
            return;
        }
        self.print_cause_and_context(ctx, exc, level);
        if crate::objects::exception_group::is_group(self, exc) {
            self.print_group(ctx, exc, level);
        } else {
            self.print_one(ctx, exc);
        }
    }

    fn print_cause_and_context(&mut self, ctx: &mut PrintCtx, exc: &Value, level: usize) {
        ctx.seen.push(exc.address());
        let Some(e) = exc.as_exception() else {
            return;
        };
        let cause = e.cause.get();
        if !cause.is_none() {
            if !ctx.seen.contains(&cause.address()) {
                self.print_chained(
                    ctx,
                    &cause,
                    "The above exception was the direct cause of the following exception:\n",
                    level,
                );
            }
            return;
        }
        if e.suppress_context.get() {
            return;
        }
        let context = e.context.get();
        if !context.is_none() && !ctx.seen.contains(&context.address()) {
            self.print_chained(
                ctx,
                &context,
                "During handling of the above exception, another exception occurred:\n",
                level,
            );
        }
    }

    fn print_chained(&mut self, ctx: &mut PrintCtx, exc: &Value, message: &str, level: usize) {
        let need_close = ctx.need_close;
        self.print_recursive(ctx, exc, level + 1);
        ctx.need_close = need_close;
        ctx.emit("\n");
        ctx.emit(message);
        ctx.emit("\n");
    }

    /// One exception: its traceback, its `Type: message` line and its notes.
    fn print_one(&mut self, ctx: &mut PrintCtx, exc: &Value) {
        if exc.as_exception().is_some() {
            let tb = self.traceback_lines(exc);
            if !tb.is_empty() {
                let group = crate::objects::exception_group::is_group(self, exc);
                let header = if group {
                    "Exception Group Traceback (most recent call last):\n"
                } else {
                    "Traceback (most recent call last):\n"
                };
                if group && ctx.group_depth == 1 {
                    ctx.out.push_str(&format!("{}+ {header}", ctx.indent()));
                } else {
                    ctx.emit(header);
                }
                let mut text = String::new();
                for (filename, line, name) in tb {
                    text.push_str(&format!("  File \"{filename}\", line {line}, in {name}\n"));
                    if let Some(src) = u32::try_from(line)
                        .ok()
                        .and_then(|l| self.source_line(&filename, l))
                    {
                        text.push_str(&format!("    {}\n", src.trim()));
                    }
                }
                ctx.emit(&text);
            }
        }
        let class = self.type_of(exc);
        let mut summary = None;
        if is_subclass(&class, &self.types.exc.syntax_error.clone()) {
            if let Ok(Some(detail)) = self.syntax_error_str(exc, true) {
                summary = Some(detail);
            }
        }
        let summary = summary.unwrap_or_else(|| format!("{}\n", self.exception_summary(exc)));
        ctx.emit(&summary);
        self.print_notes(ctx, exc);
    }

    fn print_notes(&mut self, ctx: &mut PrintCtx, exc: &Value) {
        if exc.as_exception().is_none() {
            return;
        }
        let key = self.intern("__notes__");
        let Ok(Some(notes)) = self.get_attr_opt(exc, &key) else {
            return;
        };
        let items = match crate::objects::exception_group::is_sequence(self, &notes) {
            true => self.collect(&notes).unwrap_or_default(),
            false => {
                let r = self
                    .repr(&notes)
                    .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
                ctx.emit(&format!("{r}\n"));
                return;
            }
        };
        for note in items {
            match self.str_of(&note) {
                Ok(s) => {
                    let margin = ctx.margin();
                    for line in s.split_inclusive('\n') {
                        ctx.out.push_str(&margin);
                        ctx.out.push_str(line);
                    }
                }
                Err(_) => ctx.out.push_str("<note str() failed>"),
            }
            ctx.out.push('\n');
        }
    }

    fn print_group(&mut self, ctx: &mut PrintCtx, exc: &Value, level: usize) {
        if ctx.group_depth > MAX_GROUP_DEPTH {
            ctx.emit(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
            return;
        }
        let toplevel = ctx.group_depth == 0;
        if toplevel {
            ctx.group_depth += 1;
        }
        self.print_one(ctx, exc);
        let excs = crate::objects::exception_group::members(exc);
        let n = excs.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for i in 0..n {
            let last = i == n - 1;
            if last {
                // The closing line may be drawn by a nested group instead.
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let lead = if i == 0 { "+-" } else { "  " };
            let indent = ctx.indent();
            ctx.out.push_str(&format!(
                "{indent}{lead}+---------------- {title} ----------------\n"
            ));
            ctx.group_depth += 1;
            if truncated {
                let remaining = excs.len() - MAX_GROUP_WIDTH;
                let s = if remaining > 1 { "s" } else { "" };
                ctx.emit(&format!("and {remaining} more exception{s}\n"));
            } else {
                self.print_recursive(ctx, &excs[i], level + 1);
            }
            if last && ctx.need_close {
                let indent = ctx.indent();
                ctx.out
                    .push_str(&format!("{indent}+------------------------------------\n"));
                ctx.need_close = false;
            }
            ctx.group_depth -= 1;
        }
        if ctx.group_depth == 1 && toplevel {
            ctx.group_depth = 0;
        }
    }
}
