//! Source decoding as CPython does it: UTF-8 by default, a UTF-8 byte order mark, PEP 263
//! coding declarations on the first or second line, and SyntaxErrors with CPython's messages for
//! undecodable bytes, unknown encodings and NUL bytes.

use crate::CompileError;

fn error(filename: &str, message: String, line: u32, text: Option<String>) -> CompileError {
    CompileError {
        kind: "SyntaxError",
        message,
        filename: filename.to_string(),
        line,
        column: if text.is_some() { 1 } else { 0 },
        text,
    }
}

/// The encoding named by a PEP 263 declaration in `line` (`coding[:=]\s*([-\w.]+)` in a comment).
fn declared_encoding(line: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(line).ok()?;
    let trimmed = text.trim_start_matches([' ', '\t', '\x0c']);
    if !trimmed.starts_with('#') {
        return None;
    }
    let at = trimmed.find("coding")?;
    let rest = &trimmed[at + "coding".len()..];
    let rest = rest.strip_prefix([':', '='])?;
    let rest = rest.trim_start_matches([' ', '\t']);
    let name: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    (!name.is_empty()).then_some(name)
}

/// Whether a line holds nothing but whitespace and maybe a comment (a declaration on line 2
/// counts only after such a line).
fn blank_or_comment(line: &[u8]) -> bool {
    let mut it = line
        .iter()
        .skip_while(|b| matches!(b, b' ' | b'\t' | b'\x0c'));
    matches!(it.next(), None | Some(b'#' | b'\r' | b'\n'))
}

/// CPython's normalisation of an encoding name for its messages (tokenizer.c get_normal_name).
fn normal_name(name: &str) -> String {
    let lower = name.to_ascii_lowercase().replace('_', "-");
    if lower == "utf-8" || lower.starts_with("utf-8-") {
        "utf-8".into()
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"]
        .iter()
        .any(|n| lower == *n || lower.starts_with(&format!("{n}-")))
    {
        "iso-8859-1".into()
    } else {
        name.to_string()
    }
}

/// The line (1-based) holding byte offset `at`, and that line's text up to `at`.
fn line_of(bytes: &[u8], at: usize) -> (u32, String) {
    let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
    let start = bytes[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    (
        line,
        String::from_utf8_lossy(&bytes[start..at]).into_owned(),
    )
}

/// Decodes a source file's bytes into text.
pub fn decode(bytes: &[u8], filename: &str) -> Result<String, CompileError> {
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        let (line, text) = line_of(bytes, at);
        return Err(error(
            filename,
            "source code cannot contain null bytes".into(),
            line,
            Some(text),
        ));
    }
    let (bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let mut lines = body.split_inclusive(|&b| b == b'\n');
    let first = lines.next().unwrap_or(b"");
    let declared = declared_encoding(first).or_else(|| {
        if blank_or_comment(first) {
            lines.next().and_then(declared_encoding)
        } else {
            None
        }
    });
    let encoding = declared.as_deref().map(normal_name);
    match encoding.as_deref() {
        None | Some("utf-8") => decode_utf8(body, filename, declared.is_some()),
        Some(name) if bom => Err(error(
            filename,
            format!("encoding problem: {name} with BOM"),
            0,
            None,
        )),
        Some("iso-8859-1") => Ok(body.iter().map(|&b| b as char).collect()),
        Some(name) => decode_other(body, filename, name),
    }
}

fn decode_utf8(body: &[u8], filename: &str, declared: bool) -> Result<String, CompileError> {
    match std::str::from_utf8(body) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let (line, _) = line_of(body, at);
            let message = if declared {
                format!(
                    "(unicode error) 'utf-8' codec can't decode byte {:#04x} in position {}: invalid start byte",
                    body[at], at
                )
            } else {
                format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    body[at]
                )
            };
            Err(error(filename, message, line, None))
        }
    }
}

fn decode_other(body: &[u8], filename: &str, name: &str) -> Result<String, CompileError> {
    let lower = name.to_ascii_lowercase().replace('_', "-");
    if matches!(lower.as_str(), "ascii" | "us-ascii" | "646") {
        return match body.iter().position(|b| !b.is_ascii()) {
            None => Ok(String::from_utf8_lossy(body).into_owned()),
            Some(at) => Err(error(
                filename,
                format!(
                    "(unicode error) 'ascii' codec can't decode byte {:#04x} in position {at}: ordinal not in range(128)",
                    body[at]
                ),
                line_of(body, at).0,
                None,
            )),
        };
    }
    // Python's names for the codecs the WHATWG set has under another label.
    let label = match lower.as_str() {
        "cp1252" => "windows-1252",
        "cp1251" => "windows-1251",
        "cp1250" => "windows-1250",
        "latin-9" | "latin9" => "iso-8859-15",
        other => other,
    };
    // The WHATWG labels "latin1"/"iso-8859-1" mean windows-1252, not Python's latin-1; those
    // names were handled before this point, so a match here is the codec Python means.
    let Some(encoding) = encoding_rs::Encoding::for_label(label.as_bytes()) else {
        return Err(error(
            filename,
            format!("encoding problem: {name}"),
            0,
            None,
        ));
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    if had_errors {
        return Err(error(
            filename,
            format!("(unicode error) '{name}' codec can't decode the source"),
            0,
            None,
        ));
    }
    Ok(text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn utf8_bom_and_declarations() {
        assert_eq!(decode(b"x = 1\n", "f").unwrap(), "x = 1\n");
        assert_eq!(decode(b"\xef\xbb\xbfx = 1\n", "f").unwrap(), "x = 1\n");
        let latin = b"# -*- coding: latin-1 -*-\ns = '\xe9'\n";
        assert!(decode(latin, "f").unwrap().contains('\u{e9}'));
        let second = b"#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\ns='\xa4'\n";
        assert!(decode(second, "f").unwrap().contains('\u{20ac}'));
    }

    #[test]
    fn cpython_errors() {
        let e = decode(b"x = 1\ns = '\xff'\n", "/t/f.py").unwrap_err();
        assert!(e
            .message
            .starts_with("Non-UTF-8 code starting with '\\xff' in file /t/f.py on line 2"));
        let e = decode(b"x = 1\x00\n", "f").unwrap_err();
        assert_eq!(e.message, "source code cannot contain null bytes");
        assert_eq!(e.line, 1);
        assert_eq!(
            decode(b"# coding: foo\n", "f").unwrap_err().message,
            "encoding problem: foo"
        );
        let e = decode(b"\xef\xbb\xbf# coding: latin-1\n", "f").unwrap_err();
        assert_eq!(e.message, "encoding problem: iso-8859-1 with BOM");
        // A declaration on line 2 counts only after a comment or blank line.
        assert!(decode(b"x = 1\n# coding: latin-1\ns='\xe9'\n", "f").is_err());
    }
}
