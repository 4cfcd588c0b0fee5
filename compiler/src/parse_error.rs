//! rustpython-parser errors -> CPython-like `SyntaxError`s.

use crate::{CompileError, SourceMap};
use rustpython_parser::lexer::LexicalErrorType;
use rustpython_parser::{ParseError, ParseErrorType, Tok};

pub fn convert(src: &SourceMap, e: ParseError) -> CompileError {
    let offset = u32::from(e.offset) as usize;
    match &e.error {
        ParseErrorType::Eof => eof_error(src, offset),
        ParseErrorType::Lexical(LexicalErrorType::Eof) => eof_error(src, offset),
        ParseErrorType::UnrecognizedToken(Tok::Indent, _) => {
            let mut e = src.error("IndentationError", "unexpected indent", offset);
            e.column = indent_width(src, e.line).max(1);
            e
        }
        ParseErrorType::UnrecognizedToken(_, Some(exp)) if exp == "Indent" => {
            expected_indent(src, offset)
        }
        ParseErrorType::UnrecognizedToken(tok, _) => {
            // CPython blames an unclosed bracket only when its error pass reads on to the end of
            // the source, which it does after a token that could start another expression
            // ("perhaps you forgot a comma"); after `:` or `*` it reports plain invalid syntax.
            if let Some(err) = unclosed_bracket(src, offset + 1) {
                // CPython's full-source check blames a bracket opened on an earlier line than the
                // error; on the same line, only its error pass reading on to the end of the source
                // (after a token that could start another expression) blames it.
                let never_closed = err.message.ends_with("was never closed");
                if !never_closed || err.line < src.line_of(offset) || starts_expression(tok) {
                    return err;
                }
            }
            let line = src.line_of(offset);
            if let Some(e) = except_star_error(src, tok, offset) {
                return e;
            }
            if let Some(text) = src.line_text(line) {
                let t = text.trim_start();
                let word: String = t.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
                let compound = matches!(
                    word.as_str(),
                    "if" | "elif"
                        | "else"
                        | "for"
                        | "while"
                        | "def"
                        | "class"
                        | "with"
                        | "try"
                        | "except"
                        | "finally"
                );
                if compound && matches!(tok, Tok::Newline) {
                    return src.syntax_error("expected ':'", offset);
                }
                if t.starts_with("print ") && !matches!(tok, Tok::Lpar) {
                    let mut e = src.syntax_error(
                        "Missing parentheses in call to 'print'. Did you mean print(...)?",
                        offset,
                    );
                    e.column = (text.len() - t.len()) as u32 + 1;
                    return e;
                }
            }
            src.syntax_error("invalid syntax", offset)
        }
        ParseErrorType::ExtraToken(_) | ParseErrorType::InvalidToken => {
            src.syntax_error("invalid syntax", offset)
        }
        ParseErrorType::Lexical(lex) => match lex {
            LexicalErrorType::IndentationError => {
                if offset >= src.source.trim_end().len() {
                    if let Some(e) = missing_block_at_eof(src) {
                        return e;
                    }
                }
                let mut e = src.error(
                    "IndentationError",
                    "unindent does not match any outer indentation level",
                    offset,
                );
                if let Some(t) = &e.text {
                    e.column = t.trim_end().chars().count() as u32 + 1;
                }
                e
            }
            LexicalErrorType::TabError | LexicalErrorType::TabsAfterSpaces => {
                let mut e = src.error(
                    "TabError",
                    "inconsistent use of tabs and spaces in indentation",
                    offset,
                );
                e.column = 1;
                e
            }
            LexicalErrorType::OtherError(m) if m.contains("indentation after tabs") => {
                let mut e = src.error(
                    "TabError",
                    "inconsistent use of tabs and spaces in indentation",
                    offset,
                );
                e.column = 1;
                e
            }
            LexicalErrorType::DefaultArgumentError => {
                src.syntax_error("non-default argument follows default argument", offset)
            }
            LexicalErrorType::DuplicateArgumentError(name) => src.syntax_error(
                format!("duplicate argument '{name}' in function definition"),
                offset,
            ),
            LexicalErrorType::PositionalArgumentError => {
                src.syntax_error("positional argument follows keyword argument", offset)
            }
            LexicalErrorType::UnpackedArgumentError => src.syntax_error(
                "iterable argument unpacking follows keyword argument unpacking",
                offset,
            ),
            LexicalErrorType::DuplicateKeywordArgumentError(name) => {
                src.syntax_error(format!("keyword argument repeated: {name}"), offset)
            }
            LexicalErrorType::StringError => string_error(src, offset),
            LexicalErrorType::UnicodeError => src.syntax_error(
                "(unicode error) 'unicodeescape' codec can't decode bytes",
                offset,
            ),
            LexicalErrorType::NestingError => unclosed_bracket(src, offset)
                .unwrap_or_else(|| src.syntax_error("invalid syntax", offset)),
            LexicalErrorType::UnrecognizedToken { tok } => src.syntax_error(
                format!("invalid character '{tok}' (U+{:04X})", *tok as u32),
                offset,
            ),
            LexicalErrorType::FStringError(fe) => {
                src.syntax_error(format!("f-string: {fe}"), offset)
            }
            LexicalErrorType::LineContinuationError => src.syntax_error(
                "unexpected character after line continuation character",
                offset,
            ),
            LexicalErrorType::OtherError(m) => {
                if m.starts_with("EOL while scanning") {
                    return string_error(src, offset.saturating_sub(1));
                }
                let msg = match m.as_str() {
                    "Invalid decimal literal" => "invalid decimal literal".to_string(),
                    "Invalid Syntax" | "Invalid Token" => "invalid syntax".to_string(),
                    other => other.to_string(),
                };
                src.syntax_error(msg, offset)
            }
            _ => src.syntax_error("invalid syntax", offset),
        },
    }
}

fn string_error(src: &SourceMap, offset: usize) -> CompileError {
    let line = src.line_of(offset);
    let offset = open_quote_on_line(src, offset).unwrap_or(offset);
    let rest = src.source.get(offset..).unwrap_or("");
    let triple = rest.starts_with("\"\"\"")
        || rest.starts_with("'''")
        || rest
            .trim_start_matches(|c: char| c.is_ascii_alphabetic())
            .starts_with("\"\"\"")
        || rest
            .trim_start_matches(|c: char| c.is_ascii_alphabetic())
            .starts_with("'''");
    if triple {
        let last = src.line_of(src.source.len());
        src.syntax_error(
            format!("unterminated triple-quoted string literal (detected at line {last})"),
            offset,
        )
    } else {
        src.syntax_error(
            format!("unterminated string literal (detected at line {line})"),
            offset,
        )
    }
}

fn eof_error(src: &SourceMap, offset: usize) -> CompileError {
    if let Some(start) = unterminated_triple_quote(src) {
        let last = src.line_of(src.source.len());
        return src.syntax_error(
            format!("unterminated triple-quoted string literal (detected at line {last})"),
            start,
        );
    }
    if let Some(e) = unclosed_bracket(src, src.source.len()) {
        return e;
    }
    if let Some(e) = missing_block_at_eof(src) {
        return e;
    }
    let _ = offset;
    // An unterminated triple-quoted string also ends at EOF.
    let off = src.source.len();
    let mut e = src.syntax_error("unexpected EOF while parsing", off);
    if src.source.ends_with('\n') && e.line > 1 && e.text.is_none() {
        e.line -= 1;
        e.text = src.line_text(e.line);
        e.column = e
            .text
            .as_ref()
            .map(|t| t.trim_end().chars().count() as u32 + 1)
            .unwrap_or(1);
    }
    e
}

/// The header keyword of the compound statement whose body is missing.
fn expected_indent(src: &SourceMap, offset: usize) -> CompileError {
    let line = src.line_of(offset);
    let mut prev = line.saturating_sub(1);
    let mut what = None;
    while prev >= 1 {
        if let Some(t) = src.line_text(prev) {
            let t = t.trim();
            if !t.is_empty() && !t.starts_with('#') {
                let word: String = t
                    .chars()
                    .take_while(|c| c.is_ascii_alphabetic() || *c == '_')
                    .collect();
                what = Some(match word.as_str() {
                    "def" => "function definition".to_string(),
                    "class" => "class definition".to_string(),
                    "if" | "elif" | "else" | "for" | "while" | "with" | "try" | "except"
                    | "finally" => format!("'{word}' statement"),
                    _ => String::new(),
                });
                break;
            }
        }
        prev -= 1;
    }
    let msg = match what {
        Some(w) if !w.is_empty() => format!("expected an indented block after {w} on line {prev}"),
        _ => "expected an indented block".to_string(),
    };
    src.error("IndentationError", msg, offset)
}

/// Whether `tok` can begin an expression or a comprehension clause (`yield` needs its own
/// brackets, so it does not count).
fn starts_expression(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Name { .. }
            | Tok::Int { .. }
            | Tok::Float { .. }
            | Tok::Complex { .. }
            | Tok::String { .. }
            | Tok::Lpar
            | Tok::Lsqb
            | Tok::Lbrace
            | Tok::Minus
            | Tok::Plus
            | Tok::Tilde
            | Tok::Not
            | Tok::Lambda
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Await
            | Tok::Ellipsis
            | Tok::For
    )
}

/// Finds a closing bracket before `limit` that matches no opening one, or else the innermost
/// bracket still open at the end of the source (ignoring strings and comments).
fn unclosed_bracket(src: &SourceMap, limit: usize) -> Option<CompileError> {
    let bytes = src.source.as_bytes();
    let limit = limit.min(bytes.len());
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut i = 0;
    // Past `limit` the scan only tracks which brackets stay open until the end of the source.
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let triple = i + 2 < bytes.len() && bytes[i + 1] == c && bytes[i + 2] == c;
                let q = c;
                if triple {
                    i += 3;
                    while i < bytes.len() {
                        if bytes[i] == b'\\' {
                            i += 2;
                            continue;
                        }
                        if i + 2 < bytes.len()
                            && bytes[i] == q
                            && bytes[i + 1] == q
                            && bytes[i + 2] == q
                        {
                            i += 3;
                            break;
                        }
                        i += 1;
                    }
                } else {
                    i += 1;
                    while i < bytes.len() && bytes[i] != q && bytes[i] != b'\n' {
                        if bytes[i] == b'\\' {
                            i += 1;
                        }
                        i += 1;
                    }
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => stack.push((c, i)),
            b')' | b']' | b'}' if i >= limit => {
                stack.pop();
            }
            b')' | b']' | b'}' => match stack.pop() {
                None => return Some(src.syntax_error(format!("unmatched '{}'", c as char), i)),
                Some((open, at)) => {
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        let (l1, l2) = (src.line_of(at), src.line_of(i));
                        let mut msg = format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        );
                        if l1 != l2 {
                            msg.push_str(&format!(" on line {l1}"));
                        }
                        return Some(src.syntax_error(msg, i));
                    }
                }
            },
            _ => {}
        }
        i += 1;
    }
    // CPython names the innermost bracket still open at the end of the source.
    stack
        .last()
        .map(|(c, at)| src.syntax_error(format!("'{}' was never closed", *c as char), *at))
}

/// Width of the indentation of a 1-based line.
fn indent_width(src: &SourceMap, line: u32) -> u32 {
    src.line_text(line)
        .map(|t| t.chars().take_while(|c| *c == ' ' || *c == '\t').count() as u32)
        .unwrap_or(0)
}

/// Source ending with a compound statement header and no body.
fn missing_block_at_eof(src: &SourceMap) -> Option<CompileError> {
    let trimmed = src.source.trim_end();
    if !trimmed.ends_with(':') {
        return None;
    }
    let mut e = expected_indent(src, trimmed.len() + 1);
    let line = src.line_of(trimmed.len());
    e.line = line;
    e.text = src.line_text(line);
    e.column = e
        .text
        .as_ref()
        .map(|t| t.trim_end().chars().count() as u32 + 1)
        .unwrap_or(1);
    if let Some(rest) = e
        .message
        .strip_suffix(&format!(" on line {}", line.saturating_sub(1)))
    {
        e.message = format!("{rest} on line {line}");
    }
    Some(e)
}

/// The start of the string literal still open at the end of the line holding `offset`.
fn open_quote_on_line(src: &SourceMap, offset: usize) -> Option<usize> {
    let line = src.line_of(offset);
    let text = src.line_text(line)?;
    let start = src.line_start(line);
    let b = text.as_bytes();
    let mut i = 0;
    let mut open = None;
    while i < b.len() {
        match b[i] {
            b'#' if open.is_none() => break,
            q @ (b'\'' | b'"') => {
                let s = i;
                i += 1;
                let mut closed = false;
                while i < b.len() && b[i] != b'\n' {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if b[i] == q {
                        closed = true;
                        break;
                    }
                    i += 1;
                }
                if !closed {
                    open = Some(s);
                    break;
                }
            }
            _ => {}
        }
        i += 1;
    }
    open.map(|s| start + s)
}

/// The start of a triple-quoted string that is never closed.
fn unterminated_triple_quote(src: &SourceMap) -> Option<usize> {
    let b = src.source.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            q @ (b'\'' | b'"') => {
                if i + 2 < b.len() && b[i + 1] == q && b[i + 2] == q {
                    let s = i;
                    i += 3;
                    loop {
                        if i + 2 >= b.len() {
                            return Some(s);
                        }
                        if b[i] == b'\\' {
                            i += 2;
                            continue;
                        }
                        if b[i] == q && b[i + 1] == q && b[i + 2] == q {
                            i += 3;
                            break;
                        }
                        i += 1;
                    }
                    continue;
                }
                i += 1;
                while i < b.len() && b[i] != q && b[i] != b'\n' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// CPython's messages for `except*:` without a type and for `except` and `except*` handlers of
/// one `try` mixed.
fn except_star_error(src: &SourceMap, tok: &Tok, offset: usize) -> Option<CompileError> {
    let line = src.line_of(offset);
    let text = src.line_text(line)?;
    let t = text.trim_start();
    let star = |t: &str| {
        t.strip_prefix("except")
            .map(|r| r.trim_start().starts_with('*'))
    };
    let this_star = star(t)?;
    if this_star && matches!(tok, Tok::Colon) {
        let after = t["except".len()..].trim_start()[1..].trim_start();
        if after.starts_with(':') {
            return Some(src.syntax_error("expected one or more exception types", offset));
        }
    }
    // The parser fails on the token after the second kind's `except` (or `*`).
    let col = offset.saturating_sub(src.line_start(line));
    let head = text.len() - t.len() + "except".len();
    let rest = &t["except".len()..];
    let head = head + (rest.len() - rest.trim_start().len());
    if col > head + 1 && !matches!(tok, Tok::Except) {
        return None;
    }
    // The nearest earlier line at this indentation: a handler of the same `try`?
    let indent = text.len() - t.len();
    for l in (1..line).rev() {
        let Some(prev) = src.line_text(l) else {
            continue;
        };
        let p = prev.trim_start();
        if p.is_empty() || p.starts_with('#') || prev.len() - p.len() > indent {
            continue;
        }
        if prev.len() - p.len() < indent {
            return None;
        }
        return match star(p) {
            Some(prev_star) if prev_star != this_star => Some(src.syntax_error(
                "cannot have both 'except' and 'except*' on the same 'try'",
                offset,
            )),
            Some(_) => continue,
            None => None,
        };
    }
    None
}
