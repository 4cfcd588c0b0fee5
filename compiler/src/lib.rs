//! pyvm-compiler: Python source -> CodeObject.
//!
//! parse (rustpython-parser) -> symtable -> codegen (with constant folding, line table and
//! exception table) -> assembly and verification. `dis` renders a code object like CPython's
//! `dis`.

mod assemble;
pub mod bytecode;
mod codegen;
pub mod dis;
mod fold;
pub mod marshal;
mod parse_error;
pub mod source;
mod symtable;

#[cfg(test)]
mod tests;

use bytecode::CodeObject;
use rustpython_parser::ast;
use std::fmt;
use std::rc::Rc;

/// What `compile` expects: a module (statements), a single expression (for `eval`), or one
/// interactive statement whose expression values are displayed (`compile(..., 'single')`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

/// A compile-time error, shaped like CPython's `SyntaxError`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// "SyntaxError" | "IndentationError" | "TabError"
    pub kind: &'static str,
    pub message: String,
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    /// The source line (with its newline, as CPython gives it), if known.
    pub text: Option<String>,
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} ({}, line {})",
            self.kind, self.message, self.filename, self.line
        )
    }
}

impl std::error::Error for CompileError {}

/// Compiles `source` into a code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Rc<CodeObject>, CompileError> {
    let src = SourceMap::new(source, filename);
    let module = parse(&src, mode)?;
    generate(&src, module)
}

/// Compiles source given as a string (`exec`, `eval`, `compile()`), with the SyntaxError text
/// CPython gives then: the tokenizer ends an 'exec' source's last line with a newline, and
/// errors found after parsing take their text from the file named, which is not read here
/// (None, as CPython has when no such file exists).
pub fn compile_string(
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<Rc<CodeObject>, CompileError> {
    let src = SourceMap::new(source, filename);
    let module = parse(&src, mode).map_err(|mut e| {
        if mode == Mode::Exec {
            if let Some(t) = e.text.as_mut().filter(|t| !t.ends_with('\n')) {
                t.push('\n');
            }
        }
        e
    })?;
    generate(&src, module).map_err(|mut e| {
        e.text = None;
        e
    })
}

/// The parser's (and tokenizer's) part of compiling.
fn parse(src: &SourceMap, mode: Mode) -> Result<ast::Mod, CompileError> {
    let (source, filename) = (src.source, src.filename);
    let parse_mode = match mode {
        Mode::Exec => rustpython_parser::Mode::Module,
        Mode::Eval => rustpython_parser::Mode::Expression,
        Mode::Single => rustpython_parser::Mode::Interactive,
    };
    let too_deep = too_many_brackets(src, parse_mode);
    let long_int = long_int_literal(src, parse_mode);
    let module = match rustpython_parser::parse(source, parse_mode, filename) {
        Ok(m) => m,
        Err(e) => {
            let e = parse_error::convert(src, e);
            // CPython's tokenizer stops at the nesting limit before the parser sees the rest.
            if let Some(deep) = too_deep.filter(|d| d.line <= e.line) {
                return Err(deep);
            }
            // CPython converts a literal while parsing, so whichever error comes first wins.
            return Err(match long_int {
                Some(int_err) if int_err.line < e.line => int_err,
                _ => e,
            });
        }
    };
    if let Some(e) = too_deep {
        return Err(e);
    }
    if let Some(e) = long_int {
        return Err(e);
    }
    if let ast::Mod::Interactive(m) = &module {
        // One statement, or simple statements on one line (`a = 1; a`).
        use rustpython_parser::ast::Ranged;
        for pair in m.body.windows(2) {
            let end = usize::from(pair[0].range().end());
            let next = usize::from(pair[1].range().start());
            let gap = source.get(end..next).unwrap_or("");
            if !gap.contains(';') || gap.contains('\n') {
                return Err(src.syntax_error(
                    "multiple statements found while compiling a single statement",
                    end,
                ));
            }
        }
    }
    Ok(module)
}

/// Symbol table and code generation from a parsed module.
fn generate(src: &SourceMap, module: ast::Mod) -> Result<Rc<CodeObject>, CompileError> {
    match module {
        ast::Mod::Module(m) => symtable::build_module(src, &m.body)
            .and_then(|table| codegen::compile_module(src, &table, &m.body))
            .map_err(|e| *e),
        ast::Mod::Expression(e) => symtable::build_expression(src, &e.body)
            .and_then(|table| codegen::compile_expression(src, &table, &e.body))
            .map_err(|e| *e),
        ast::Mod::Interactive(m) => symtable::build_module(src, &m.body)
            .and_then(|table| codegen::compile_interactive(src, &table, &m.body))
            .map_err(|e| *e),
        _ => Err(src.error("SyntaxError", "invalid syntax", 0)),
    }
}

/// CPython's tokenizer refuses brackets nested deeper than this (its MAXLEVEL).
const MAX_BRACKET_DEPTH: usize = 200;

/// The SyntaxError CPython raises for the first bracket nested deeper than
/// [`MAX_BRACKET_DEPTH`]. A byte scan (which over-counts brackets in strings and comments)
/// decides whether the source can nest that deep at all, so ordinary compiles never lex twice.
fn too_many_brackets(src: &SourceMap, mode: rustpython_parser::Mode) -> Option<CompileError> {
    use rustpython_parser::Tok;
    let mut depth = 0usize;
    let may_be_deep = src.source.bytes().any(|b| {
        match b {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        depth > MAX_BRACKET_DEPTH
    });
    if !may_be_deep {
        return None;
    }
    let mut depth = 0usize;
    for tok in rustpython_parser::lexer::lex(src.source, mode) {
        match tok {
            Ok((Tok::Lpar | Tok::Lsqb | Tok::Lbrace, range)) => {
                depth += 1;
                if depth > MAX_BRACKET_DEPTH {
                    let at = usize::from(range.start());
                    return Some(src.syntax_error("too many nested parentheses", at));
                }
            }
            Ok((Tok::Rpar | Tok::Rsqb | Tok::Rbrace, _)) => depth = depth.saturating_sub(1),
            Ok(_) => {}
            // A lexical error is reported by the parser itself.
            Err(_) => return None,
        }
    }
    None
}

/// CPython 3.11 refuses decimal int literals of more than this many digits at compile time
/// (the default `sys.set_int_max_str_digits` limit; pyvm has no way to raise it).
const INT_MAX_STR_DIGITS: usize = 4300;

/// The SyntaxError CPython 3.11 raises for the first decimal int literal longer than
/// [`INT_MAX_STR_DIGITS`] digits. The parser has already turned literals into big ints, so the
/// digits are counted in the source; the lexer only runs when a long enough run of digits
/// exists, which keeps ordinary compiles free of a second pass.
fn long_int_literal(src: &SourceMap, mode: rustpython_parser::Mode) -> Option<CompileError> {
    let mut run = 0usize;
    let has_long_run = src.source.bytes().any(|b| {
        match b {
            b'0'..=b'9' => run += 1,
            b'_' => {}
            _ => run = 0,
        }
        run > INT_MAX_STR_DIGITS
    });
    if !has_long_run {
        return None;
    }
    for tok in rustpython_parser::lexer::lex(src.source, mode) {
        let range = match tok {
            Ok((rustpython_parser::Tok::Int { .. }, range)) => range,
            Ok(_) => continue,
            // A lexical error is reported by the parser itself.
            Err(_) => return None,
        };
        let start = usize::from(range.start());
        let text = src.source.get(start..usize::from(range.end()))?;
        // Literals starting with 0 are all zeros or prefixed (0x, 0o, 0b): CPython converts
        // those without the decimal limit.
        if text.starts_with('0') {
            continue;
        }
        let digits = text.bytes().filter(u8::is_ascii_digit).count();
        if digits > INT_MAX_STR_DIGITS {
            let line = src.line_of(start);
            return Some(CompileError {
                kind: "SyntaxError",
                message: format!(
                    "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
                ),
                filename: src.filename.to_string(),
                line,
                // CPython reports no column (offset 0) for this error.
                column: 0,
                text: src.line_text(line),
            });
        }
    }
    None
}

/// Source text with a line-start table, to turn byte offsets into lines and columns.
pub(crate) struct SourceMap<'a> {
    pub source: &'a str,
    pub filename: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> SourceMap<'a> {
    pub fn new(source: &'a str, filename: &'a str) -> Self {
        let mut line_starts = vec![0];
        let bytes = source.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        SourceMap {
            source,
            filename,
            line_starts,
        }
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> u32 {
        let idx = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        (idx + 1) as u32
    }

    /// Byte offset of the start of a 1-based line.
    pub fn line_start(&self, line: u32) -> usize {
        let idx = (line as usize).saturating_sub(1);
        self.line_starts
            .get(idx)
            .copied()
            .unwrap_or(self.source.len())
    }

    /// 1-based line and 1-based character column of a byte offset.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let line = self.line_of(offset);
        let start = self.line_starts[(line - 1) as usize];
        let end = offset.min(self.source.len()).max(start);
        let col = self
            .source
            .get(start..end)
            .map(|s| s.chars().count())
            .unwrap_or(end - start);
        (line, col as u32 + 1)
    }

    /// The text of a 1-based line, with its line terminator if any.
    pub fn line_text(&self, line: u32) -> Option<String> {
        let idx = (line as usize).checked_sub(1)?;
        let start = *self.line_starts.get(idx)?;
        let end = self
            .line_starts
            .get(idx + 1)
            .copied()
            .unwrap_or(self.source.len());
        let text = self.source.get(start..end)?;
        if text.is_empty() && start >= self.source.len() {
            return None;
        }
        Some(text.to_string())
    }

    /// A `CompileError` at a byte offset.
    pub fn error(
        &self,
        kind: &'static str,
        message: impl Into<String>,
        offset: usize,
    ) -> CompileError {
        let (line, column) = self.line_col(offset);
        CompileError {
            kind,
            message: message.into(),
            filename: self.filename.to_string(),
            line,
            column,
            text: self.line_text(line),
        }
    }

    /// A `SyntaxError` at a byte offset.
    pub fn syntax_error(&self, message: impl Into<String>, offset: usize) -> CompileError {
        self.error("SyntaxError", message, offset)
    }
}
