//! The format-specification mini-language of `format()`, `str.format()` and
//! f-strings, matching CPython 3.11.
//!
//! Grammar: `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
//!
//! This module is pure: it depends only on std and num-bigint/num-traits and
//! knows nothing about the VM's objects.  Errors are `Err(String)` with
//! CPython's exact message.  CPython raises `ValueError` for all of them
//! except where a function's documentation says otherwise (`OverflowError`
//! for `%c arg not in range(0x110000)`, `Python int too large to convert to C
//! long` and `int too large to convert to float`; `MemoryError` for
//! [`MEMORY_ERROR`]).
//!
//! Public entry points: [`parse_format_spec`], [`parse_format_spec_for`],
//! [`format_str`], [`format_int`], [`format_float`] (and `*_with_type`
//! variants that take the Python type name used in error messages),
//! [`format_float_percent_style`] for `%`-formatting and
//! [`float_str_general`].

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use std::fmt::Write;

/// Returned when the result would be too large to allocate (CPython raises
/// `MemoryError` with an empty message in that case, e.g. for
/// `format('a', '9223372036854775807')`).
pub const MEMORY_ERROR: &str = "MemoryError: format result too large";

/// A parsed format specification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character (default `' '`; `'0'` when the `0` flag was given
    /// without an explicit fill).
    pub fill: char,
    /// `'<'`, `'>'`, `'^'` or `'='`; `None` means the type's default
    /// (`'<'` for str; `'>'` for numbers, or `'='` when `zero_pad` is set).
    pub align: Option<char>,
    /// `'+'`, `'-'` or `' '`.
    pub sign: Option<char>,
    /// The `z` option (PEP 682, new in 3.11): coerce negative zero to `0`.
    pub coerce_neg_zero: bool,
    /// The `#` option.
    pub alternate: bool,
    /// The `0` flag was consumed (only possible without an explicit fill).
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `','` or `'_'`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type, `None` when omitted.
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            coerce_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

/// Renders a presentation-type character the way CPython's messages do:
/// `'d'` for printable ASCII, `'\x1'` / `'\xe9'` otherwise.
fn quoted_code(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        format!("'{}'", c)
    } else {
        format!("'\\x{:x}'", cp)
    }
}

fn unknown_code(c: char, type_name: &str) -> String {
    format!(
        "Unknown format code {} for object of type '{}'",
        quoted_code(c),
        type_name
    )
}

/// First code point (the zero) of each run of ten Unicode decimal digits
/// (category Nd, Unicode 14.0): CPython accepts any of them in widths and
/// precisions.
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let cp = c as u32;
    let idx = DECIMAL_ZEROS.partition_point(|&zero| zero <= cp);
    let zero = *DECIMAL_ZEROS.get(idx.checked_sub(1)?)?;
    let value = cp - zero;
    if value < 10 {
        Some(value)
    } else {
        None
    }
}

/// Reads a run of decimal digits starting at `*pos`; `Ok(None)` if there is
/// none.  Values above `i64::MAX` (CPython's `PY_SSIZE_T_MAX`) are an error.
fn read_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let mut acc: i64 = 0;
    let mut any = false;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        let d = d as i64;
        if acc > (i64::MAX - d) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        acc = acc * 10 + d;
        any = true;
        *pos += 1;
    }
    if !any {
        return Ok(None);
    }
    usize::try_from(acc)
        .map(Some)
        .map_err(|_| "Too many decimal digits in format string".to_string())
}

/// Parses a format spec without type information.  Equivalent to
/// `parse_format_spec_for(spec, "object", None)`: the "Invalid format
/// specifier" message names the type `object` and the grouping check treats
/// an omitted type as allowed.  Prefer [`parse_format_spec_for`] when the
/// formatted object's type is known.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_format_spec_for(spec, "object", None)
}

/// Parses a format spec exactly as CPython 3.11 does for an object of type
/// `type_name` whose default presentation type is `default_type` (`'s'` for
/// str, `'d'` for int, `None` for float).  The default type only matters for
/// the grouping check (`format('ab', ',')` fails with `Cannot specify ','
/// with 's'.`); the returned `ty` is `None` when the spec has no type.
///
/// Errors: `Invalid format specifier '<spec>' for object of type
/// '<type_name>'`, `Format specifier missing precision`, `Too many decimal
/// digits in format string`, `Cannot specify both ',' and '_'.`, `Cannot
/// specify ',' with 'x'.`.
pub fn parse_format_spec_for(
    spec: &str,
    type_name: &str,
    default_type: Option<char>,
) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let n = chars.len();
    let mut f = FormatSpec::default();
    let mut pos = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    let mut fill_specified = false;
    if n >= 2 && is_align(chars[1]) {
        f.fill = chars[0];
        f.align = Some(chars[1]);
        fill_specified = true;
        pos = 2;
    } else if n >= 1 && is_align(chars[0]) {
        f.align = Some(chars[0]);
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        f.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        f.coerce_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && chars.get(pos) == Some(&'0') {
        f.fill = '0';
        f.zero_pad = true;
        pos += 1;
    }
    f.width = read_integer(&chars, &mut pos)?;
    if chars.get(pos) == Some(&',') {
        f.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if f.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".to_string());
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && f.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".to_string());
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        f.precision = read_integer(&chars, &mut pos)?;
        if f.precision.is_none() {
            return Err("Format specifier missing precision".to_string());
        }
    }
    match n - pos {
        0 => {}
        1 => f.ty = Some(chars[pos]),
        _ => {
            return Err(format!(
                "Invalid format specifier '{}' for object of type '{}'",
                spec, type_name
            ))
        }
    }
    if let Some(g) = f.grouping {
        match f.ty.or(default_type) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if g == '_' => {}
            Some(t) => return Err(format!("Cannot specify '{}' with {}.", g, quoted_code(t))),
        }
    }
    Ok(f)
}

// ---------------------------------------------------------------------------
// Padding and number layout
// ---------------------------------------------------------------------------

fn reserve(out: &mut String, width: usize, fill: char, body_bytes: usize) -> Result<(), String> {
    let needed = width
        .saturating_mul(fill.len_utf8())
        .saturating_add(body_bytes);
    out.try_reserve(needed)
        .map_err(|_| MEMORY_ERROR.to_string())
}

fn push_fill(out: &mut String, fill: char, count: usize) {
    out.extend(std::iter::repeat_n(fill, count));
}

/// Pads `body` (of `body_len` code points) to `width` with `fill`.
fn pad(
    body: &str,
    body_len: usize,
    fill: char,
    align: char,
    width: usize,
) -> Result<String, String> {
    let mut out = String::new();
    reserve(&mut out, width, fill, body.len())?;
    let padding = width.saturating_sub(body_len);
    let (left, right) = match align {
        '>' => (padding, 0),
        '^' => (padding / 2, padding - padding / 2),
        _ => (0, padding),
    };
    push_fill(&mut out, fill, left);
    out.push_str(body);
    push_fill(&mut out, fill, right);
    Ok(out)
}

/// Inserts `sep` between groups of `interval` ASCII digits counted from the
/// right.  When `min_width > 0` (zero padding with `=` alignment) the digits
/// are first extended with leading zeros, which are grouped too, until the
/// result is at least `min_width` characters and does not start with a
/// separator.
fn group_digits(
    out: &mut String,
    digits: &str,
    sep: Option<char>,
    interval: usize,
    min_width: usize,
) {
    let sep = match sep {
        Some(sep) if !digits.is_empty() => sep,
        _ => {
            push_fill(out, '0', min_width.saturating_sub(digits.len()));
            out.push_str(digits);
            return;
        }
    };
    // Collect groups from the right as (leading zeros, digit slice).
    let mut groups: Vec<(usize, &str)> = Vec::new();
    let mut remaining = digits.len();
    let mut needed = min_width;
    loop {
        let len = interval.min(remaining.max(needed).max(1));
        let take = remaining.min(len);
        groups.push((len - take, &digits[remaining - take..remaining]));
        remaining -= take;
        needed = needed.saturating_sub(len);
        if remaining == 0 && needed == 0 {
            break;
        }
        // The separator itself counts towards the minimum width.
        needed = needed.saturating_sub(1);
    }
    for (i, (zeros, part)) in groups.iter().rev().enumerate() {
        if i > 0 {
            out.push(sep);
        }
        push_fill(out, '0', *zeros);
        out.push_str(part);
    }
}

/// Lays out `[sign][prefix][digits][rest]` according to the spec: sign
/// option, grouping of `digits`, fill/alignment/width (default alignment
/// right, or `=` when the `0` flag was given).
fn render_number(
    f: &FormatSpec,
    negative: bool,
    prefix: &str,
    digits: &str,
    rest: &str,
    interval: usize,
) -> Result<String, String> {
    let sign = if negative {
        "-"
    } else {
        match f.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let align = f.align.unwrap_or(if f.zero_pad { '=' } else { '>' });
    let width = f.width.unwrap_or(0);
    let fixed_len = sign.len() + prefix.len() + rest.chars().count();
    // With a '0' fill and '=' alignment CPython pads inside the digit
    // string so that the padding zeros are grouped as well.
    let min_digits = if f.fill == '0' && align == '=' && !digits.is_empty() {
        width.saturating_sub(fixed_len)
    } else {
        0
    };
    let body_bytes = fixed_len + rest.len() + digits.len().saturating_mul(2);
    let mut grouped = String::new();
    reserve(
        &mut grouped,
        min_digits.saturating_add(min_digits / 3),
        '0',
        digits.len() * 2,
    )?;
    group_digits(&mut grouped, digits, f.grouping, interval, min_digits);
    let total = fixed_len + grouped.len();
    let padding = width.saturating_sub(total);
    let mut out = String::new();
    reserve(&mut out, padding, f.fill, body_bytes + grouped.len())?;
    let (left, middle, right) = match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    push_fill(&mut out, f.fill, left);
    out.push_str(sign);
    out.push_str(prefix);
    push_fill(&mut out, f.fill, middle);
    out.push_str(&grouped);
    out.push_str(rest);
    push_fill(&mut out, f.fill, right);
    Ok(out)
}

// ---------------------------------------------------------------------------
// str
// ---------------------------------------------------------------------------

/// `format(s, spec)` for a str (types `s` or none; width and precision count
/// code points; default alignment left).
pub fn format_str(s: &str, spec: &str) -> Result<String, String> {
    format_str_with_type(s, spec, "str")
}

/// [`format_str`] for a str subclass named `type_name` (used in messages).
pub fn format_str_with_type(s: &str, spec: &str, type_name: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let f = parse_format_spec_for(spec, type_name, Some('s'))?;
    match f.ty {
        None | Some('s') => {}
        Some(c) => return Err(unknown_code(c, type_name)),
    }
    match f.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".to_string()),
        Some(_) => return Err("Sign not allowed in string format specifier".to_string()),
        None => {}
    }
    if f.coerce_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if f.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    if f.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    let body = match f.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((idx, _)) => &s[..idx],
            None => s,
        },
        None => s,
    };
    let width = f.width.unwrap_or(0);
    if width == 0 {
        return Ok(body.to_string());
    }
    pad(
        body,
        body.chars().count(),
        f.fill,
        f.align.unwrap_or('<'),
        width,
    )
}

// ---------------------------------------------------------------------------
// int
// ---------------------------------------------------------------------------

/// `format(v, spec)` for an int: types `b c d o x X n` (integer
/// presentation; `n` behaves like `d` as in the C locale) and `e E f F g G
/// %` (the int is first converted to float, correctly rounded); no type
/// means `d`.  Supports `#` prefixes, `,`/`_` grouping (`_` every 4 digits
/// for `b o x X`), `=` alignment and zero padding (padding zeros are grouped
/// too, as in CPython).
///
/// Errors beyond the parser's: `Unknown format code 's' for object of type
/// 'int'`, `Precision not allowed in integer format specifier`, `Negative
/// zero coercion (z) not allowed in integer format specifier`, `Sign not
/// allowed with integer format specifier 'c'`, `Alternate form (#) not
/// allowed with integer format specifier 'c'`, and the OverflowErrors `%c
/// arg not in range(0x110000)`, `Python int too large to convert to C long`
/// and `int too large to convert to float`.  A `c` of a surrogate code point
/// (U+D800..U+DFFF), which a Rust string cannot hold, is also reported as
/// `%c arg not in range(0x110000)`.
///
/// Decimal types refuse ints of more than 4300 digits, like CPython 3.11's default
/// `sys.set_int_max_str_digits` limit.
pub fn format_int(v: &BigInt, spec: &str) -> Result<String, String> {
    format_int_with_type(v, spec, "int")
}

/// [`format_int`] for an int subclass named `type_name` (e.g. `"bool"`),
/// used in error messages.  (For an empty spec CPython calls `str(v)`, which
/// for bool is `True`/`False`: the caller handles that case.)
pub fn format_int_with_type(v: &BigInt, spec: &str, type_name: &str) -> Result<String, String> {
    if spec.is_empty() {
        return crate::numeric::bigint_to_decimal(v).map_err(str::to_string);
    }
    let f = parse_format_spec_for(spec, type_name, Some('d'))?;
    let ty = f.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_int_parsed(v, &f, ty),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = bigint_to_f64(v)?;
            format_float_parsed(x, &f, Some(ty))
        }
        c => Err(unknown_code(c, type_name)),
    }
}

fn format_int_parsed(v: &BigInt, f: &FormatSpec, ty: char) -> Result<String, String> {
    if f.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if f.coerce_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    if ty == 'c' {
        if f.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if f.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        let cp = v
            .to_i64()
            .ok_or_else(|| "Python int too large to convert to C long".to_string())?;
        let ch = u32::try_from(cp)
            .ok()
            .and_then(char::from_u32)
            .ok_or_else(|| "%c arg not in range(0x110000)".to_string())?;
        let mut buf = [0u8; 4];
        return render_number(f, false, "", "", ch.encode_utf8(&mut buf), 3);
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if radix == 10 {
        let mut d = crate::numeric::bigint_to_decimal(v).map_err(str::to_string)?;
        if v.is_negative() {
            d.remove(0);
        }
        d
    } else {
        v.magnitude().to_str_radix(radix)
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if f.alternate { prefix } else { "" };
    let interval = if radix == 10 { 3 } else { 4 };
    render_number(f, v.is_negative(), prefix, &digits, "", interval)
}

// ---------------------------------------------------------------------------
// float
// ---------------------------------------------------------------------------

/// `format(x, spec)` for a float: types `e E f F g G n %` and none.  With no
/// type and no precision the result is `repr(x)` (padded as requested); with
/// no type and a precision it is like `g` but switches to exponent notation
/// one digit earlier and keeps at least one digit after the point
/// (`format(3.0, '.3') == '3.0'`, `format(1234.0, '.4') == '1.234e+03'`).
/// `n` behaves like `g` (C locale).  Digits are correctly rounded, ties to
/// even on the exact binary value.  Supports `inf`/`nan` (upper case for
/// `E F G`), negative zero and the `z` option, grouping of the integer part,
/// `#`, `=` alignment and zero padding.
///
/// Errors beyond the parser's: `Unknown format code 'd' for object of type
/// 'float'`, `precision too big` (precision above 2**31 - 1).
pub fn format_float(x: f64, spec: &str) -> Result<String, String> {
    format_float_with_type(x, spec, "float")
}

/// [`format_float`] for a float subclass named `type_name`.
pub fn format_float_with_type(x: f64, spec: &str, type_name: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(with_sign(x, float_body(x.abs(), 'r', 0, false, true)));
    }
    let f = parse_format_spec_for(spec, type_name, None)?;
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_parsed(x, &f, f.ty)
        }
        Some(c) => Err(unknown_code(c, type_name)),
    }
}

fn with_sign(x: f64, body: String) -> String {
    if x.is_sign_negative() && !x.is_nan() {
        let mut out = String::with_capacity(body.len() + 1);
        out.push('-');
        out.push_str(&body);
        out
    } else {
        body
    }
}

fn format_float_parsed(x: f64, f: &FormatSpec, ty: Option<char>) -> Result<String, String> {
    if f.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    let mut x = x;
    let mut percent = false;
    let (kind, precision, add_dot_0) = match ty {
        None => match f.precision {
            Some(p) => ('g', p, true),
            None => ('r', 0, true),
        },
        Some('n') => ('g', f.precision.unwrap_or(6), false),
        Some('%') => {
            x *= 100.0;
            percent = true;
            ('f', f.precision.unwrap_or(6), false)
        }
        Some(c) => (c, f.precision.unwrap_or(6), false),
    };
    let mut body = float_body(x.abs(), kind, precision, f.alternate, add_dot_0);
    if percent {
        body.push('%');
    }
    let mut negative = x.is_sign_negative() && !x.is_nan();
    if negative && f.coerce_neg_zero && is_zero_body(&body) {
        negative = false;
    }
    let split = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(split);
    render_number(f, negative, "", digits, rest, 3)
}

/// `format(complex(re, im), spec)` as CPython 3.11's format_complex_internal: each part is
/// formatted like a float (repr digits without `.0` when there is no type, `g` when only a
/// precision is given), the imaginary part always signed unless the real part is omitted
/// (no type and a real part of +0.0), parentheses only without a type; then the whole is
/// padded. No `=` alignment, no zero padding, no `%`.
pub fn format_complex_with_type(
    re: f64,
    im: f64,
    spec: &str,
    type_name: &str,
) -> Result<String, String> {
    let f = parse_format_spec_for(spec, type_name, None)?;
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(c) => return Err(unknown_code(c, type_name)),
    }
    if f.fill == '0' {
        return Err("Zero padding is not allowed in complex format specifier".to_string());
    }
    if f.align == Some('=') {
        return Err("'=' alignment flag is not allowed in complex format specifier".to_string());
    }
    if f.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    let (mut skip_re, mut parens) = (false, false);
    let kind = match f.ty {
        None => {
            if re == 0.0 && re.is_sign_positive() {
                skip_re = true;
            } else {
                parens = true;
            }
            if f.precision.is_some() {
                'g'
            } else {
                'r'
            }
        }
        Some('n') => 'g',
        Some(c) => c,
    };
    let precision = f.precision.unwrap_or(if f.ty.is_none() { 0 } else { 6 });
    let part = |x: f64, sign: Option<char>| -> String {
        let body = float_body(x.abs(), kind, precision, f.alternate, false);
        let mut negative = x.is_sign_negative() && !x.is_nan();
        if negative && f.coerce_neg_zero && is_zero_body(&body) {
            negative = false;
        }
        let split = body.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, rest) = body.split_at(split);
        let mut out = String::new();
        out.push_str(match (negative, sign) {
            (true, _) => "-",
            (false, Some('+')) => "+",
            (false, Some(' ')) => " ",
            _ => "",
        });
        group_digits(&mut out, digits, f.grouping, 3, 0);
        out.push_str(rest);
        out
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(re, f.sign));
    }
    body.push_str(&part(im, if skip_re { f.sign } else { Some('+') }));
    body.push('j');
    if parens {
        body.push(')');
    }
    let len = body.chars().count();
    pad(
        &body,
        len,
        f.fill,
        f.align.unwrap_or('>'),
        f.width.unwrap_or(0),
    )
}

/// True if a formatted magnitude (`"0.000"`, `"0e+00"`, `"0.0%"`) is zero.
fn is_zero_body(body: &str) -> bool {
    let mantissa = body.split(['e', 'E']).next().unwrap_or(body);
    mantissa.bytes().all(|b| matches!(b, b'0' | b'.' | b'%'))
}

/// `%`-formatting of a float (`'%.3f' % x`, `'%#e' % x`, ...): types `e E f
/// F g G` (any other character is treated as `g`), precision defaulting to
/// 6, `alternate` for the `#` flag.  Returns the number with a leading `-`
/// when negative (including `-0.0`; never for nan) and no padding; the
/// caller applies the `+`, space, `0`, `-` flags and the width.  `inf` and
/// `nan` come out as `inf`/`nan` (`INF`/`NAN` for upper-case types).  The
/// caller must reject precisions above 2**31 - 1 (`precision too big`).
pub fn format_float_percent_style(
    x: f64,
    ty: char,
    precision: Option<usize>,
    alternate: bool,
) -> String {
    let kind = match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => ty,
        _ => 'g',
    };
    with_sign(
        x,
        float_body(x.abs(), kind, precision.unwrap_or(6), alternate, false),
    )
}

/// `'%.{precision}g' % x`: general format with `precision` significant
/// digits (0 is treated as 1), trailing zeros removed.
pub fn float_str_general(x: f64, precision: usize) -> String {
    format_float_percent_style(x, 'g', Some(precision), false)
}

/// Number of fractional (or significant) decimal digits beyond which every
/// double's decimal expansion is exact: at most 1074 fractional digits and
/// at most 767 significant digits.
const EXACT_DIGITS: usize = 1100;

fn push_zeros(s: &mut String, count: usize) {
    s.extend(std::iter::repeat_n('0', count));
}

/// Formats a non-negative (or nan) double without sign, like CPython's
/// `PyOS_double_to_string`.  `kind` is one of `e E f F g G r` (`r` = repr
/// digits); `add_dot_0` is CPython's "add .0 if integer" flag used by
/// `repr` and by the type-less format spec.
fn float_body(ax: f64, kind: char, precision: usize, alt: bool, add_dot_0: bool) -> String {
    // CPython rejects larger precisions ("precision too big").
    let precision = precision.min(i32::MAX as usize);
    let upper = kind.is_ascii_uppercase();
    if ax.is_nan() {
        return if upper { "NAN" } else { "nan" }.to_string();
    }
    if ax.is_infinite() {
        return if upper { "INF" } else { "inf" }.to_string();
    }
    let exp_char = if upper { 'E' } else { 'e' };
    match kind {
        'f' | 'F' => {
            // Rust's fixed-precision output is the exact binary value
            // correctly rounded, ties to even (checked against CPython).
            // Rust caps format precisions at u16::MAX; beyond EXACT_DIGITS
            // places every double's expansion is exact, so pad with zeros.
            let mut s = format!("{:.*}", precision.min(EXACT_DIGITS), ax);
            push_zeros(&mut s, precision.saturating_sub(EXACT_DIGITS));
            if alt && precision == 0 {
                s.push('.');
            }
            s
        }
        'e' | 'E' => {
            let (digits, exp) = split_sci(&format!("{:.*e}", precision.min(EXACT_DIGITS), ax));
            layout_digits(&digits, exp + 1, true, precision + 1, alt, false, exp_char)
        }
        'g' | 'G' => {
            let p = precision.max(1);
            let (mut digits, exp) = split_sci(&format!("{:.*e}", (p - 1).min(EXACT_DIGITS), ax));
            while digits.len() > 1 && digits.ends_with('0') {
                digits.pop();
            }
            let decpt = exp + 1;
            let limit = if add_dot_0 { p as i64 - 1 } else { p as i64 };
            let use_exp = decpt <= -4 || decpt > limit;
            let min_end = if alt { p } else { 0 };
            layout_digits(&digits, decpt, use_exp, min_end, alt, add_dot_0, exp_char)
        }
        _ => {
            let (digits, exp) = shortest_digits(ax);
            let decpt = exp + 1;
            let use_exp = decpt <= -4 || decpt > 16;
            layout_digits(&digits, decpt, use_exp, 0, alt, add_dot_0, exp_char)
        }
    }
}

/// Places the decimal point in the digit string `digits` whose value is
/// `0.<digits> * 10**decpt`.
///
/// With `use_exp` the point goes after the first digit and an exponent of
/// at least two digits is appended.  The output shows at least `min_end`
/// digit positions counted from the first digit of `digits` (zero-padded on
/// the right), always at least the whole integer part, and at least one
/// digit after the point when `add_dot_0` is set and no exponent is used.
/// The point is omitted when nothing follows it, unless `alt`.
fn layout_digits(
    digits: &str,
    decpt: i64,
    use_exp: bool,
    min_end: usize,
    alt: bool,
    add_dot_0: bool,
    exp_char: char,
) -> String {
    let (point, exp) = if use_exp { (1, decpt - 1) } else { (decpt, 0) };
    let len = digits.len() as i64;
    let mut end = len.max(min_end as i64);
    end = if !use_exp && add_dot_0 {
        end.max(point + 1)
    } else {
        end.max(point)
    };
    let digit_at = |i: i64| -> char {
        if (0..len).contains(&i) {
            digits.as_bytes()[i as usize] as char
        } else {
            '0'
        }
    };
    let mut out = String::with_capacity((end - point.min(0) + 8) as usize);
    if point <= 0 {
        out.push('0');
    } else {
        (0..point).for_each(|i| out.push(digit_at(i)));
    }
    if end > point || alt {
        out.push('.');
        (point..end).for_each(|i| out.push(digit_at(i)));
    }
    if use_exp {
        out.push(exp_char);
        out.push(if exp < 0 { '-' } else { '+' });
        let _ = write!(out, "{:02}", exp.unsigned_abs());
    }
    out
}

/// Shortest round-trip digits and the decimal exponent of the first digit (see `numeric`).
fn shortest_digits(ax: f64) -> (String, i64) {
    let (digits, exp) = crate::numeric::shortest_digits(ax);
    (digits, exp as i64)
}

use crate::numeric::bigint_to_f64;

/// Splits Rust's `{:e}` output into digits and the exponent of the first digit (see `numeric`).
fn split_sci(s: &str) -> (String, i64) {
    let (digits, exp) = crate::numeric::split_sci(s);
    (digits, exp as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    // All expected values below were produced by python3 (CPython 3.11.7)
    // with format(value, spec) / '%...' % value.
    #[test]
    fn against_cpython() {
        let float_cases: &[(f64, &str, Result<&str, &str>)] = &[
            (1.0, "", Ok("1.0")),
            (1e+16, "", Ok("1e+16")),
            (-0.0, "", Ok("-0.0")),
            (f64::NAN, "", Ok("nan")),
            (f64::NEG_INFINITY, "", Ok("-inf")),
            (1e-05, "", Ok("1e-05")),
            (0.1, "10", Ok("       0.1")),
            (3.14259, ".3", Ok("3.14")),
            (3.0, ".3", Ok("3.0")),
            (1234.0, ".4", Ok("1.234e+03")),
            (123.0, ".4", Ok("123.0")),
            (123456.0, ".3", Ok("1.23e+05")),
            (1.0, ".0", Ok("1e+00")),
            (1.0, "#.0", Ok("1.e+00")),
            (1.0, "#.0e", Ok("1.e+00")),
            (1.0, "#.0f", Ok("1.")),
            (1.0, "#", Ok("1.0")),
            (1e+16, "#", Ok("1.e+16")),
            (0.0, "#g", Ok("0.00000")),
            (0.0, "#", Ok("0.0")),
            (0.0, "#.3", Ok("0.00")),
            (1e+16, "#.3", Ok("1.00e+16")),
            (123.0, "#.3", Ok("1.23e+02")),
            (123.0, "#g", Ok("123.000")),
            (1e+100, "#.0f", Ok("10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.")),
            (2.675, ".2f", Ok("2.67")),
            (0.125, ".2f", Ok("0.12")),
            (0.375, ".2f", Ok("0.38")),
            (2.5, ".0f", Ok("2")),
            (1.5, ".0f", Ok("2")),
            (0.5, ".0f", Ok("0")),
            (1e+300, "f", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000")),
            (5e-324, ".3e", Ok("4.941e-324")),
            (5e-324, "e", Ok("4.940656e-324")),
            (1234567.891, ",.2f", Ok("1,234,567.89")),
            (1234567.891, "_e", Ok("1.234568e+06")),
            (1234567.0, "n", Ok("1.23457e+06")),
            (1234567.0, ",g", Ok("1.23457e+06")),
            (1234567.0, ",.10", Ok("1,234,567.0")),
            (1234567.0, ",.10g", Ok("1,234,567")),
            (150000.0, ",", Ok("150,000.0")),
            (1e+20, ",", Ok("1e+20")),
            (1e+20, ",.0f", Ok("100,000,000,000,000,000,000")),
            (0.125, ".1%", Ok("12.5%")),
            (1.0, ".0%", Ok("100%")),
            (-1e-09, "z.1%", Ok("0.0%")),
            (-0.0, "z", Ok("0.0")),
            (-0.0001, "z.2f", Ok("0.00")),
            (-0.0, "zg", Ok("0")),
            (-0.0, "z.2e", Ok("0.00e+00")),
            (f64::NEG_INFINITY, "z", Ok("-inf")),
            (f64::NAN, "z010.2%", Ok("000000nan%")),
            (f64::INFINITY, "%", Ok("inf%")),
            (f64::INFINITY, "E", Ok("INF")),
            (f64::INFINITY, "#e", Ok("inf")),
            (f64::NAN, "+F", Ok("+NAN")),
            (-f64::NAN, "", Ok("nan")),
            (f64::INFINITY, "010", Ok("0000000inf")),
            (f64::INFINITY, "010,", Ok("0000000inf")),
            (f64::NEG_INFINITY, "=+10", Ok("-      inf")),
            (1.0, "=10", Ok("       1.0")),
            (-1.0, "010", Ok("-0000001.0")),
            (1.0, "x<010", Ok("1.0xxxxxxx")),
            (1.0, "^10", Ok("   1.0    ")),
            (-1.0, "^10", Ok("   -1.0   ")),
            (1.0, "\u{0}<5", Ok("1.0\u{0}\u{0}")),
            (1.0, "%>10.2%", Ok("%%%100.00%")),
            (1234.5, "010,.1f", Ok("0,001,234.5")),
            (1234.5, "011_.1f", Ok("0_001_234.5")),
            (1234.5, "012,.1e", Ok("00,001.2e+03")),
            (12.0, "010,.0f", Ok("00,000,012")),
            (12.0, "010,.0e", Ok("00,001e+01")),
            (12345.0, "012,.3g", Ok("0,001.23e+04")),
            (1234.0, "#012,.3g", Ok("0,001.23e+03")),
            (-1234.5, "+012,.2f", Ok("-0,001,234.50")),
            (1234.5, " ^15,.3f", Ok("   1,234.500   ")),
            (1e+22, "g", Ok("1e+22")),
            (1e+22, "", Ok("1e+22")),
            (1e-07, "g", Ok("1e-07")),
            (0.0001, "g", Ok("0.0001")),
            (0.0001, "", Ok("0.0001")),
            (123456789.0, "g", Ok("1.23457e+08")),
            (1000000000000000.0, "", Ok("1000000000000000.0")),
            (1.2345678901234568e+16, "", Ok("1.2345678901234568e+16")),
            (1.5, "١٠.٢f", Ok("      1.50")),
            (0.1, ".30f", Ok("0.100000000000000005551115123126")),
            (0.1, ".25e", Ok("1.0000000000000000555111512e-01")),
            (0.1, ".25g", Ok("0.1000000000000000055511151")),
            (1e-300, ".5g", Ok("1e-300")),
            (9.9999995, ".7g", Ok("9.999999")),
            (9.9999995, ".7", Ok("9.999999")),
            (99.5, ".0f", Ok("100")),
            (0.05, ".1f", Ok("0.1")),
            (1.5e-07, "G", Ok("1.5E-07")),
            (1.5e+300, "E", Ok("1.500000E+300")),
            (1.0, "d", Err("Unknown format code 'd' for object of type 'float'")),
            (1.0, "s", Err("Unknown format code 's' for object of type 'float'")),
            (1.0, "z.1x", Err("Unknown format code 'x' for object of type 'float'")),
            (1.0, "#x", Err("Unknown format code 'x' for object of type 'float'")),
            (1.0, ".", Err("Format specifier missing precision")),
            (1.0, ",n", Err("Cannot specify ',' with 'n'.")),
            (1.0, "_c", Err("Cannot specify '_' with 'c'.")),
            (1.0, ",_", Err("Cannot specify both ',' and '_'.")),
            (1.0, "xx", Err("Invalid format specifier 'xx' for object of type 'float'")),
            (1.0, "99999999999999999999", Err("Too many decimal digits in format string")),
            (1.0, ".3000000000f", Err("precision too big")),
            (1.0, "\u{1}", Err("Unknown format code '\\x1' for object of type 'float'")),
            (1.0, "é", Err("Unknown format code '\\xe9' for object of type 'float'")),
        ];
        let int_cases: &[(&str, &str, Result<&str, &str>)] = &[
            ("0", "#x", Ok("0x0")),
            ("0", "#o", Ok("0o0")),
            ("0", "#b", Ok("0b0")),
            ("255", "#x", Ok("0xff")),
            ("-255", "#X", Ok("-0XFF")),
            ("255", "#_b", Ok("0b1111_1111")),
            ("255", "_x", Ok("ff")),
            ("12345678", "_x", Ok("bc_614e")),
            ("1234567", "_d", Ok("1_234_567")),
            ("1234567", "_", Ok("1_234_567")),
            ("1234567", ",", Ok("1,234,567")),
            ("123", "#012_x", Ok("0x0_0000_007b")),
            ("123", "#012x", Ok("0x000000007b")),
            ("123", "^#12x", Ok("    0x7b    ")),
            ("123", " ", Ok(" 123")),
            ("-123", " =8", Ok("-    123")),
            ("1234", "08,", Ok("0,001,234")),
            ("1234", "09,", Ok("0,001,234")),
            ("1234", "010,", Ok("00,001,234")),
            ("1234", "0=10,", Ok("00,001,234")),
            ("1234", "*=10,", Ok("*****1,234")),
            ("-1234", "010,", Ok("-0,001,234")),
            ("1", "<05", Ok("10000")),
            ("1234", "08", Ok("00001234")),
            ("1234", "+08", Ok("+0001234")),
            ("-5", "03", Ok("-05")),
            ("-5", "<03", Ok("-50")),
            ("-5", "^04", Ok("0-50")),
            ("1", "{<5", Ok("1{{{{")),
            ("1", "\u{1}>5", Ok("\u{1}\u{1}\u{1}\u{1}1")),
            ("1", "<<5", Ok("1<<<<")),
            ("1", "0>5", Ok("00001")),
            ("65", "c", Ok("A")),
            ("65", "5c", Ok("    A")),
            ("65", "05c", Ok("0000A")),
            ("65", "#=10c", Ok("#########A")),
            ("128512", "c", Ok("😀")),
            ("-1", "n", Ok("-1")),
            ("1234567", "n", Ok("1234567")),
            ("5", ".2f", Ok("5.00")),
            ("5", "%", Ok("500.000000%")),
            ("1000000000000000000000000000000", "e", Ok("1.000000e+30")),
            ("1000000000000000000000000000000", ".3%", Ok("100000000000000005366162204393472.000%")),
            ("1000000000000000000000000000000", ",d", Ok("1,000,000,000,000,000,000,000,000,000,000")),
            ("-1000000000000000000000000000000", "_x", Ok("-c_9f2c_9cd0_4674_edea_4000_0000")),
            ("18446744073709551616", "o", Ok("2000000000000000000000")),
            ("18446744073709551616", "#_o", Ok("0o20_0000_0000_0000_0000_0000")),
            ("-1180591620717411303424", "#b", Ok("-0b10000000000000000000000000000000000000000000000000000000000000000000000")),
            ("7", "zf", Ok("7.000000")),
            ("1234", ".2", Err("Precision not allowed in integer format specifier")),
            ("65", "+c", Err("Sign not allowed with integer format specifier 'c'")),
            ("65", " c", Err("Sign not allowed with integer format specifier 'c'")),
            ("65", "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
            ("-1", "c", Err("%c arg not in range(0x110000)")),
            ("1114112", "c", Err("%c arg not in range(0x110000)")),
            ("1180591620717411303424", "c", Err("Python int too large to convert to C long")),
            ("65", ",c", Err("Cannot specify ',' with 'c'.")),
            ("1", "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
            ("1", "zd", Err("Negative zero coercion (z) not allowed in integer format specifier")),
            ("1", "s", Err("Unknown format code 's' for object of type 'int'")),
            ("1", "\u{1}", Err("Unknown format code '\\x1' for object of type 'int'")),
            ("1", ",n", Err("Cannot specify ',' with 'n'.")),
            ("1", ",x", Err("Cannot specify ',' with 'x'.")),
            ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "e", Err("int too large to convert to float")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "f", Err("int too large to convert to float")),
            ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "e", Err("int too large to convert to float")),
            ("65", "+zc", Err("Negative zero coercion (z) not allowed in integer format specifier")),
            ("65", "z.1c", Err("Precision not allowed in integer format specifier")),
            ("65", "x.1", Err("Invalid format specifier 'x.1' for object of type 'int'")),
            ("1", "z\u{1}", Err("Unknown format code '\\x1' for object of type 'int'")),
            ("1", ".1s", Err("Unknown format code 's' for object of type 'int'")),
            ("123", "#0=12x", Err("Invalid format specifier '#0=12x' for object of type 'int'")),
            ("1", "99999999999999999999", Err("Too many decimal digits in format string")),
            ("1", "9223372036854775808", Err("Too many decimal digits in format string")),
        ];
        let str_cases: &[(&str, &str, Result<&str, &str>)] = &[
            ("ab", "05", Ok("ab000")),
            ("ab", "<05", Ok("ab000")),
            ("ab", "^6", Ok("  ab  ")),
            ("ab", ".5", Ok("ab")),
            ("abc", ".1", Ok("a")),
            ("héllo", "*^9.3", Ok("***hél***")),
            ("日本語", ">5", Ok("  日本語")),
            ("ab", "١٠", Ok("ab        ")),
            ("ab", "x^7s", Ok("xxabxxx")),
            ("", "", Ok("")),
            (
                "ab",
                "=5",
                Err("'=' alignment not allowed in string format specifier"),
            ),
            (
                "ab",
                "+",
                Err("Sign not allowed in string format specifier"),
            ),
            (
                "ab",
                " ",
                Err("Space not allowed in string format specifier"),
            ),
            (
                "ab",
                "-",
                Err("Sign not allowed in string format specifier"),
            ),
            (
                "ab",
                "#",
                Err("Alternate form (#) not allowed in string format specifier"),
            ),
            (
                "ab",
                "z",
                Err("Negative zero coercion (z) not allowed in string format specifier"),
            ),
            ("ab", ",", Err("Cannot specify ',' with 's'.")),
            ("ab", "_", Err("Cannot specify '_' with 's'.")),
            (
                "ab",
                "d",
                Err("Unknown format code 'd' for object of type 'str'"),
            ),
            ("ab", ".", Err("Format specifier missing precision")),
            (
                "ab",
                "xx",
                Err("Invalid format specifier 'xx' for object of type 'str'"),
            ),
            (
                "ab",
                "\u{1}",
                Err("Unknown format code '\\x1' for object of type 'str'"),
            ),
            (
                "ab",
                "é",
                Err("Unknown format code '\\xe9' for object of type 'str'"),
            ),
            ("ab", ",_", Err("Cannot specify both ',' and '_'.")),
            ("ab", "_,", Err("Cannot specify both ',' and '_'.")),
            ("ab", ",,", Err("Cannot specify ',' with ','.")),
            ("ab", "__", Err("Cannot specify '_' with '_'.")),
            (
                "ab",
                "99999999999999999999",
                Err("Too many decimal digits in format string"),
            ),
            (
                "ab",
                ".99999999999999999999",
                Err("Too many decimal digits in format string"),
            ),
            (
                "ab",
                ",d",
                Err("Unknown format code 'd' for object of type 'str'"),
            ),
            (
                "ab",
                "+d",
                Err("Unknown format code 'd' for object of type 'str'"),
            ),
            (
                "ab",
                "z5s",
                Err("Negative zero coercion (z) not allowed in string format specifier"),
            ),
            ("ab", "=,5", Err("Cannot specify ',' with '5'.")),
            (
                "ab",
                "+#",
                Err("Sign not allowed in string format specifier"),
            ),
            (
                "ab",
                "=#5",
                Err("Alternate form (#) not allowed in string format specifier"),
            ),
            (
                "ab",
                "=z5",
                Err("Negative zero coercion (z) not allowed in string format specifier"),
            ),
            (
                "ab",
                "0=5",
                Err("'=' alignment not allowed in string format specifier"),
            ),
            ("ab", ",x", Err("Cannot specify ',' with 'x'.")),
            (
                "ab",
                "+.1",
                Err("Sign not allowed in string format specifier"),
            ),
            ("ab", ".3000000000", Ok("ab")),
        ];
        let percent_cases: &[(f64, char, Option<usize>, bool, &str)] = &[
            (1.0, 'g', None, false, "1"),
            (1.0, 'g', None, true, "1.00000"),
            (123.0, 'g', Some(0), false, "1e+02"),
            (1e-05, 'g', None, false, "1e-05"),
            (2.5, 'f', Some(0), true, "2."),
            (-0.0, 'e', None, false, "-0.000000e+00"),
            (1.0, 'e', Some(0), false, "1e+00"),
            (1.0, 'e', Some(0), true, "1.e+00"),
            (-f64::NAN, 'f', None, false, "nan"),
            (f64::INFINITY, 'F', None, false, "INF"),
            (f64::NEG_INFINITY, 'e', Some(3), false, "-inf"),
            (3.14259, 'f', Some(3), false, "3.143"),
            (1e+100, 'G', Some(4), false, "1E+100"),
            (0.5, 'f', Some(0), false, "0"),
            (1234567.0, 'g', None, false, "1.23457e+06"),
        ];
        let expect = |got: Result<String, String>, want: &Result<&str, &str>| match want {
            Ok(s) => got == Ok(s.to_string()),
            Err(e) => got == Err(e.to_string()),
        };
        for (x, spec, want) in float_cases {
            let got = format_float(*x, spec);
            assert!(
                expect(got.clone(), want),
                "format({x:?}, {spec:?}) = {got:?}, want {want:?}"
            );
        }
        for (v, spec, want) in int_cases {
            let got = format_int(&v.parse::<BigInt>().unwrap(), spec);
            assert!(
                expect(got.clone(), want),
                "format({v}, {spec:?}) = {got:?}, want {want:?}"
            );
        }
        for (s, spec, want) in str_cases {
            let got = format_str(s, spec);
            assert!(
                expect(got.clone(), want),
                "format({s:?}, {spec:?}) = {got:?}, want {want:?}"
            );
        }
        for (x, ty, prec, alt, want) in percent_cases {
            let got = format_float_percent_style(*x, *ty, *prec, *alt);
            assert_eq!(got, *want, "%-format {x:?} {ty} {prec:?} {alt}");
        }
    }

    #[test]
    fn parse_spec_fields() {
        let f = parse_format_spec("*^+z#012,.3f").unwrap();
        assert_eq!(
            f,
            FormatSpec {
                fill: '*',
                align: Some('^'),
                sign: Some('+'),
                coerce_neg_zero: true,
                alternate: true,
                zero_pad: false,
                width: Some(12),
                grouping: Some(','),
                precision: Some(3),
                ty: Some('f'),
            }
        );
        let f = parse_format_spec("010").unwrap();
        assert_eq!(
            (f.fill, f.zero_pad, f.align, f.width),
            ('0', true, None, Some(10))
        );
        let f = parse_format_spec("<05").unwrap();
        assert_eq!(
            (f.fill, f.zero_pad, f.align, f.width),
            ('0', true, Some('<'), Some(5))
        );
        assert_eq!(parse_format_spec("").unwrap(), FormatSpec::default());
        assert_eq!(
            parse_format_spec_for("xx", "str", Some('s')),
            Err("Invalid format specifier 'xx' for object of type 'str'".to_string())
        );
        assert_eq!(
            parse_format_spec_for(",", "str", Some('s')),
            Err("Cannot specify ',' with 's'.".to_string())
        );
        assert!(parse_format_spec(",").is_ok());
    }

    #[test]
    fn type_names_in_messages() {
        assert_eq!(
            format_int_with_type(&BigInt::from(1), "s", "bool"),
            Err("Unknown format code 's' for object of type 'bool'".to_string())
        );
        assert_eq!(
            format_str_with_type("a", "xx", "MyStr"),
            Err("Invalid format specifier 'xx' for object of type 'MyStr'".to_string())
        );
        assert_eq!(
            format_float_with_type(1.0, "d", "F"),
            Err("Unknown format code 'd' for object of type 'F'".to_string())
        );
    }

    #[test]
    fn general_and_huge() {
        assert_eq!(float_str_general(0.1, 17), "0.10000000000000001");
        assert_eq!(float_str_general(1e-5, 0), "1e-05");
        assert_eq!(float_str_general(123456.0, 6), "123456");
        assert_eq!(format_float(1.0, ".1000f").unwrap().len(), 1002);
        assert_eq!(
            format_str("a", "9223372036854775807"),
            Err(MEMORY_ERROR.to_string())
        );
        assert_eq!(
            format_int(&BigInt::from(1), "9223372036854775807,"),
            Err(MEMORY_ERROR.to_string())
        );
        // Precisions beyond Rust's u16::MAX format-precision cap.
        let exact = "0.1000000000000000055511151231257827021181583404541015625";
        assert_eq!(format_float(0.1, ".70000g").unwrap(), exact);
        let big_cases: &[(f64, &str, usize, &str, &str)] = &[
            (
                0.1,
                ".70000f",
                70002,
                "0.100000000000000005",
                "000000000000",
            ),
            (
                0.1,
                ".70000e",
                70006,
                "1.000000000000000055",
                "00000000e-01",
            ),
            (
                0.1,
                "#.70000g",
                70002,
                "0.100000000000000005",
                "000000000000",
            ),
            (1e300, ".70000", 303, "10000000000000000525", "9400540160.0"),
            (
                5e-324,
                ".2000e",
                2007,
                "4.940656458412465441",
                "0000000e-324",
            ),
            (
                1.0 / 3.0,
                "#.1200",
                1202,
                "0.333333333333333314",
                "000000000000",
            ),
        ];
        for &(x, spec, len, head, tail) in big_cases {
            let s = format_float(x, spec).unwrap();
            assert_eq!(s.len(), len, "{spec}");
            assert!(s.starts_with(head) && s.ends_with(tail), "{spec}");
        }
        let f = format_float(0.1, ".70000f").unwrap();
        assert_eq!(f.trim_end_matches('0'), exact);
        // Exact decimal expansion of the smallest subnormal.
        let s = format_float(5e-324, ".1074f").unwrap();
        assert!(s.starts_with("0.000"));
        assert!(s.ends_with("4940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359923797965646954457177309266567103559397963987747960107818781263007131903114045278458171678489821036887186360569987307230500063874091535649843873124733972731696151400317153853980741262385655911710266585566867681870395603106249319452715914924553293054565444011274801297099995419319894090804165633245247571478690147267801593552386115501348035264934720193790268107107491703332226844753335720832431936092382893458368060106011506169809753078342277318329247904982524730776375927247874656084778203734469699533647017972677717585125660551199131504891101451037862738167250955837389733598993664809941164205702637090279242767544565229087538682506419718265533447265625"));
    }
}
