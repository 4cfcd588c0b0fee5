//! Pure numeric helpers matching CPython 3.11 semantics.
//!
//! This module has no dependency on the VM's object model: it works on
//! `i64`, `f64`, `&str` and `num_bigint::BigInt` only.  Functions that can
//! fail return `Err(String)` carrying CPython's exact exception message; the
//! caller picks the exception type.  Unless a function's documentation says
//! otherwise, CPython raises `ValueError` for that message.
//!
//! Contents:
//! * `repr(float)`: [`float_repr`].
//! * Hashes compatible with CPython's: [`hash_int_i64`], [`hash_bigint`],
//!   [`hash_float`], [`hash_tuple`], and [`hash_str`] / [`hash_bytes`] (CPython's with
//!   PYTHONHASHSEED=0).
//! * `int(str, base)`, `float(str)`, `repr(str)`: [`parse_int`],
//!   [`parse_float`], [`str_repr`].
//! * `hex()` / `oct()` / `bin()`: [`int_to_base_string`].
//! * Float/int arithmetic helpers: [`float_round`], [`float_round_to_int`],
//!   [`float_floor_div_mod`], [`float_to_bigint`], [`bigint_to_f64`],
//!   [`int_true_divide`], [`int_true_divide_i64`].

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::fmt::Write;

// ---------------------------------------------------------------------------
// repr(float)
// ---------------------------------------------------------------------------

/// Splits Rust's `{:e}` output (`"1.2345e-7"`) into the digit string
/// (`"12345"`) and the decimal exponent of the first digit (`-7`).
pub(crate) fn split_sci(s: &str) -> (String, i32) {
    let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    (digits, exp.parse::<i32>().unwrap_or(0))
}

/// Whether the exact value of `ax` (finite, non-negative) has at most 18
/// significant decimal digits.  Only then can two shortest round-trip
/// candidates (of at most 17 digits) be equally near to it.
fn has_short_exact_decimal(ax: f64) -> bool {
    let (m, e) = decompose_f64(ax);
    if m == 0 {
        return true;
    }
    let tz = m.trailing_zeros();
    let (m, e) = (m >> tz, e + tz as i32);
    if e >= 0 {
        // An odd m times 2**e has at most v5(m) <= 22 trailing decimal
        // zeros, so 18 significant digits need fewer than 41 digits.
        ax < 1e41
    } else {
        // m * 2**e == m * 5**k / 10**k with m * 5**k odd (no trailing zeros).
        let k = e.unsigned_abs();
        k <= 25 && (m as u128) * 5u128.pow(k) < 10u128.pow(18)
    }
}

/// Shortest round-trip digits of a finite non-negative double, choosing
/// like CPython's `dtoa` among equally short candidates: the one nearest to
/// the exact value, ties to an even last digit.  Returns the digits and the
/// decimal exponent of the first digit.
pub(crate) fn shortest_digits(ax: f64) -> (String, i32) {
    let (digits, exp) = split_sci(&format!("{:e}", ax));
    // With 15 or fewer significant digits at most one candidate exists.
    // Otherwise Rust may pick a different (equally short) candidate than
    // dtoa, e.g. at exact ties; the correctly rounded string of the same
    // length is the nearest one, so prefer it if it round-trips.
    if digits.len() >= 16 && has_short_exact_decimal(ax) {
        let nearest = format!("{:.*e}", digits.len() - 1, ax);
        if nearest.parse::<f64>() == Ok(ax) {
            return split_sci(&nearest);
        }
    }
    (digits, exp)
}

/// `repr(x)` for a Python float, exactly as CPython prints it.
///
/// The digits are the shortest string that round-trips to `x` (nearest to
/// `x` among those, ties to even, as CPython's dtoa).  Fixed notation is
/// used when the decimal exponent `e` (as in `d.ddd × 10**e`) satisfies
/// `-4 <= e < 16`, scientific notation otherwise (`1e+16`, `1.5e-07`).
/// Integral values in fixed notation get a trailing `.0`.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let (digits, exp) = shortest_digits(x.abs());
    let mut out = String::with_capacity(digits.len() + 8);
    if x.is_sign_negative() {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-exp - 1) as usize));
            out.push_str(&digits);
        } else {
            let point = exp as usize + 1;
            if point >= digits.len() {
                out.push_str(&digits);
                out.extend(std::iter::repeat_n('0', point - digits.len()));
                out.push_str(".0");
            } else {
                out.push_str(&digits[..point]);
                out.push('.');
                out.push_str(&digits[point..]);
            }
        }
    } else {
        let (first, others) = digits.split_at(digits.len().min(1));
        out.push_str(first);
        if !others.is_empty() {
            out.push('.');
            out.push_str(others);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let _ = write!(out, "{:02}", exp.unsigned_abs());
    }
    out
}

// ---------------------------------------------------------------------------
// Hashing
// ---------------------------------------------------------------------------

/// CPython's numeric hash modulus, the Mersenne prime `2**61 - 1`.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `hash(float('inf'))`; `hash(float('-inf'))` is its negation.
pub const HASH_INF: i64 = 314_159;

/// `a * b mod HASH_MODULUS` for `a, b < 2**64`.
fn mul_mod_p(a: u64, b: u64) -> u64 {
    ((a as u128 * b as u128) % HASH_MODULUS as u128) as u64
}

/// Applies the sign and maps the reserved value -1 to -2.
fn finish_numeric_hash(negative: bool, residue: u64) -> i64 {
    // residue < 2**61, so the conversion is lossless.
    let h = residue as i64;
    let h = if negative { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(v)` for a Python int that fits in an `i64`.
pub fn hash_int_i64(v: i64) -> i64 {
    finish_numeric_hash(v < 0, v.unsigned_abs() % HASH_MODULUS)
}

/// `hash(v)` for an arbitrary Python int; equals [`hash_int_i64`] when `v`
/// fits in an `i64`.
pub fn hash_bigint(v: &BigInt) -> i64 {
    if let Some(small) = v.to_i64() {
        return hash_int_i64(small);
    }
    let mut residue: u128 = 0;
    for digit in v.magnitude().iter_u64_digits().rev() {
        residue = ((residue << 64) | digit as u128) % HASH_MODULUS as u128;
    }
    finish_numeric_hash(v.sign() == Sign::Minus, residue as u64)
}

/// Splits a finite, non-negative double into `(m, e)` with `x == m * 2**e`.
fn decompose_f64(ax: f64) -> (u64, i32) {
    let bits = ax.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    }
}

/// `hash(x)` for a Python float.
///
/// Integral floats hash like the equal int, and in general the hash is the
/// value of the rational `x` modulo `2**61 - 1`, as in CPython.  `inf` and
/// `-inf` hash to `314159` / `-314159`.
///
/// NaN: CPython 3.10+ hashes a NaN by object identity, which a pure function
/// cannot reproduce; this returns 0 for every NaN (the pre-3.10 behaviour).
/// A VM that wants identity semantics must special-case NaN itself.
pub fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (m, e) = decompose_f64(x.abs());
    if m == 0 {
        return 0;
    }
    // 2**61 == 1 (mod P), so 2**e == 2**(e mod 61) for any (signed) e.
    let shift = e.rem_euclid(61) as u32;
    let residue = mul_mod_p(m % HASH_MODULUS, 1u64 << shift);
    finish_numeric_hash(x < 0.0, residue)
}

/// `hash(t)` for a tuple whose items hash to `item_hashes`, using CPython
/// 3.8+'s xxHash-derived tuple hash (64-bit build).
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let mut acc = PRIME_5;
    for &h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    acc = acc.wrapping_add((item_hashes.len() as u64) ^ (PRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        1_546_275_796
    } else {
        acc as i64
    }
}

/// SipHash-1-3 state keyed with CPython's all-zero key: with PYTHONHASHSEED=0
/// CPython zeroes its hash secret, and `tests/regen.py` produces expected
/// outputs that way, so set and dict iteration orders of str and bytes keys
/// only match CPython's when the hash is bit-for-bit the same.
struct Sip13 {
    v0: u64,
    v1: u64,
    v2: u64,
    v3: u64,
    /// Bytes not yet compressed, little-endian, in the low `pending` bytes.
    word: u64,
    pending: u32,
    len: u64,
}

impl Sip13 {
    fn new() -> Sip13 {
        // The SipHash initialisation constants XORed with a zero key.
        Sip13 {
            v0: 0x736f_6d65_7073_6575,
            v1: 0x646f_7261_6e64_6f6d,
            v2: 0x6c79_6765_6e65_7261,
            v3: 0x7465_6462_7974_6573,
            word: 0,
            pending: 0,
            len: 0,
        }
    }

    #[inline]
    fn round(&mut self) {
        self.v0 = self.v0.wrapping_add(self.v1);
        self.v1 = self.v1.rotate_left(13) ^ self.v0;
        self.v0 = self.v0.rotate_left(32);
        self.v2 = self.v2.wrapping_add(self.v3);
        self.v3 = self.v3.rotate_left(16) ^ self.v2;
        self.v0 = self.v0.wrapping_add(self.v3);
        self.v3 = self.v3.rotate_left(21) ^ self.v0;
        self.v2 = self.v2.wrapping_add(self.v1);
        self.v1 = self.v1.rotate_left(17) ^ self.v2;
        self.v2 = self.v2.rotate_left(32);
    }

    #[inline]
    fn compress(&mut self, m: u64) {
        self.v3 ^= m;
        self.round();
        self.v0 ^= m;
    }

    /// Whole 8-byte blocks go straight to `compress`; only used while no
    /// bytes are pending, which holds for the byte-slice path.
    fn write_aligned(&mut self, data: &[u8]) {
        debug_assert_eq!(self.pending, 0);
        let mut chunks = data.chunks_exact(8);
        for chunk in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(chunk);
            self.compress(u64::from_le_bytes(w));
        }
        self.len += (data.len() - chunks.remainder().len()) as u64;
        for &b in chunks.remainder() {
            self.write_u8(b);
        }
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.word |= (b as u64) << (8 * self.pending);
        self.pending += 1;
        self.len += 1;
        if self.pending == 8 {
            let m = self.word;
            self.compress(m);
            self.word = 0;
            self.pending = 0;
        }
    }

    fn finish(mut self) -> u64 {
        let last = self.word | (self.len << 56);
        self.compress(last);
        self.v2 ^= 0xff;
        self.round();
        self.round();
        self.round();
        self.v0 ^ self.v1 ^ self.v2 ^ self.v3
    }
}

/// CPython's `_Py_HashBytes` result for a finished SipHash: the empty input
/// hashes to 0 and -1 (the C error marker) becomes -2.
fn finish_hash(len: usize, h: Sip13) -> i64 {
    if len == 0 {
        return 0;
    }
    match h.finish() as i64 {
        -1 => -2,
        r => r,
    }
}

/// `hash(bytes)` as CPython computes it with PYTHONHASHSEED=0.
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h = Sip13::new();
    h.write_aligned(b);
    finish_hash(b.len(), h)
}

/// `hash(str)` as CPython computes it with PYTHONHASHSEED=0. CPython hashes
/// its internal buffer, whose width per code point is the smallest of 1, 2 or
/// 4 bytes that holds the largest code point, so the same text must be widened
/// the same way here rather than hashed as UTF-8.
pub fn hash_str(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes());
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let width = if max < 0x100 {
        1
    } else if max < 0x1_0000 {
        2
    } else {
        4
    };
    let mut h = Sip13::new();
    for c in s.chars() {
        let bytes = (c as u32).to_le_bytes();
        for &b in &bytes[..width] {
            h.write_u8(b);
        }
    }
    finish_hash(s.len(), h)
}

// ---------------------------------------------------------------------------
// repr(str) and Unicode helpers
// ---------------------------------------------------------------------------

/// Binary search in a sorted flat list of inclusive `[start, end]` pairs.
fn in_ranges(table: &[u32], cp: u32) -> bool {
    let pairs = table.len() / 2;
    let (mut lo, mut hi) = (0usize, pairs);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = table.get(2 * mid).copied().unwrap_or(u32::MAX);
        let end = table.get(2 * mid + 1).copied().unwrap_or(0);
        if cp < start {
            hi = mid;
        } else if cp > end {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    false
}

/// `str.isprintable()` for one character (Unicode 14.0, as CPython 3.11).
pub fn char_is_printable(c: char) -> bool {
    !in_ranges(NON_PRINTABLE_RANGES, c as u32)
}

/// `str.isspace()` for one character (as CPython 3.11).
pub fn char_is_space(c: char) -> bool {
    match c {
        '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c'..='\x1f' | ' ' => true,
        c if c.is_ascii() => false,
        c => UNICODE_SPACES.binary_search(&(c as u32)).is_ok(),
    }
}

/// The value of a Unicode decimal digit (category Nd, i.e. `str.isdecimal()`),
/// or `None`.
pub fn char_decimal_value(c: char) -> Option<u32> {
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

/// `repr(s)` for a Python str, exactly as CPython: single quotes unless the
/// string contains `'` and no `"`; `\\`, `\n`, `\r`, `\t` and the quote are
/// escaped; other non-printable characters become `\xNN`, `\uNNNN` or
/// `\UNNNNNNNN`; printable non-ASCII characters are kept.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c < ' ' || c == '\x7f' => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if c.is_ascii() || char_is_printable(c) => out.push(c),
            c => {
                let cp = c as u32;
                let _ = if cp <= 0xff {
                    write!(out, "\\x{:02x}", cp)
                } else if cp <= 0xffff {
                    write!(out, "\\u{:04x}", cp)
                } else {
                    write!(out, "\\U{:08x}", cp)
                };
            }
        }
    }
    out.push(quote);
    out
}

/// `%.200R`-style truncated repr used in some CPython error messages.
fn truncated_repr(s: &str, max_chars: usize) -> String {
    let r = str_repr(s);
    match r.char_indices().nth(max_chars) {
        Some((idx, _)) => r[..idx].to_string(),
        None => r,
    }
}

/// CPython's `Py_ISSPACE`: the ASCII whitespace accepted around numbers.
fn is_ascii_py_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn trim_py_space(mut b: &[u8]) -> &[u8] {
    while let Some((first, rest)) = b.split_first() {
        if !is_ascii_py_space(*first) {
            break;
        }
        b = rest;
    }
    while let Some((last, rest)) = b.split_last() {
        if !is_ascii_py_space(*last) {
            break;
        }
        b = rest;
    }
    b
}

/// Maps a non-ASCII string to the ASCII form CPython parses numbers from:
/// Unicode whitespace becomes a space, Unicode decimal digits become ASCII
/// digits, and any other non-ASCII character becomes a byte no number
/// grammar accepts.
fn to_ascii_numeric(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else if char_is_space(c) {
                b' '
            } else if let Some(d) = char_decimal_value(c) {
                b'0' + d as u8
            } else {
                0xff
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------
// int(str, base)
// ---------------------------------------------------------------------------

/// Result of [`parse_int`]: `Small` whenever the value fits in an `i64`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntValue {
    Small(i64),
    Big(BigInt),
}

impl IntValue {
    /// Converts to a `BigInt` regardless of size.
    pub fn into_bigint(self) -> BigInt {
        match self {
            IntValue::Small(v) => BigInt::from(v),
            IntValue::Big(v) => v,
        }
    }

    /// Builds the canonical representation of `v` (`Small` if it fits).
    pub fn from_bigint(v: BigInt) -> IntValue {
        match v.to_i64() {
            Some(small) => IntValue::Small(small),
            None => IntValue::Big(v),
        }
    }
}

fn ascii_digit_value(b: u8) -> Option<u32> {
    match b {
        b'0'..=b'9' => Some((b - b'0') as u32),
        b'a'..=b'z' => Some((b - b'a') as u32 + 10),
        b'A'..=b'Z' => Some((b - b'A') as u32 + 10),
        _ => None,
    }
}

/// `int(s, base)` for a str argument, with CPython 3.11's grammar:
/// surrounding whitespace (including Unicode whitespace), an optional sign,
/// digits with single underscores between them, Unicode decimal digits,
/// `0x`/`0o`/`0b` prefixes (optionally followed by one underscore) when they
/// match `base`, and `base == 0` auto-detection where a non-zero number may
/// not start with `0` (so `int('010', 0)` fails but `int('00', 0)` is 0).
///
/// Errors (all `ValueError` in CPython):
/// `int() base must be >= 2 and <= 36, or 0` and
/// `invalid literal for int() with base 10: '...'` (the repr of `s`,
/// truncated to 200 characters like CPython's `%.200R`).
///
/// CPython 3.11's default `sys.set_int_max_str_digits` limit applies to
/// bases that are not powers of two: more than [`INT_MAX_STR_DIGITS`]
/// digits (counted up to the first invalid character, as CPython does) is
/// `Exceeds the limit (4300 digits) for integer string conversion: value has
/// N digits; ...`.
pub fn parse_int(s: &str, base: u32) -> Result<IntValue, String> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err("int() base must be >= 2 and <= 36, or 0".to_string());
    }
    let converted;
    let bytes: &[u8] = if s.is_ascii() {
        s.as_bytes()
    } else {
        converted = to_ascii_numeric(s);
        &converted
    };
    match parse_int_ascii(bytes, base) {
        Ok(v) => Ok(v),
        Err(Some(digits)) => Err(int_max_str_digits_error(digits)),
        Err(None) => Err(format!(
            "invalid literal for int() with base {}: {}",
            base,
            truncated_repr(s, 200)
        )),
    }
}

/// CPython 3.11's default limit on decimal (non-power-of-two base) int <-> str conversions.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The message of str -> int conversions past [`INT_MAX_STR_DIGITS`].
pub fn int_max_str_digits_error(digits: usize) -> String {
    format!(
        "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
    )
}

/// The message of int -> str conversions past [`INT_MAX_STR_DIGITS`].
pub const INT_TO_STR_LIMIT_ERROR: &str = "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";

/// `v` in decimal, or [`INT_TO_STR_LIMIT_ERROR`] past [`INT_MAX_STR_DIGITS`] digits. Far
/// larger values are refused from their bit length, before the quadratic conversion.
pub fn bigint_to_decimal(v: &BigInt) -> Result<String, &'static str> {
    // 4300 digits need at most 4300 * log2(10) < 14286 bits.
    if v.bits() > 14_300 {
        return Err(INT_TO_STR_LIMIT_ERROR);
    }
    let s = v.to_string();
    if s.trim_start_matches('-').len() > INT_MAX_STR_DIGITS {
        return Err(INT_TO_STR_LIMIT_ERROR);
    }
    Ok(s)
}

/// Err(None): not a literal; Err(Some(n)): n digits, past the conversion limit.
fn parse_int_ascii(b: &[u8], base: u32) -> Result<IntValue, Option<usize>> {
    let b = trim_py_space(b);
    let (negative, mut rest) = match b.split_first() {
        Some((b'-', r)) => (true, r),
        Some((b'+', r)) => (false, r),
        _ => (false, b),
    };
    let mut base = base;
    // In base 0 a literal starting with `0` and no prefix may only be zero.
    let mut zeros_only = false;
    if base == 0 {
        base = match rest {
            [b'0', p, ..] if *p == b'x' || *p == b'X' => 16,
            [b'0', p, ..] if *p == b'o' || *p == b'O' => 8,
            [b'0', p, ..] if *p == b'b' || *p == b'B' => 2,
            [b'0', ..] => {
                zeros_only = true;
                10
            }
            _ => 10,
        };
    }
    if let [b'0', p, tail @ ..] = rest {
        let p = p.to_ascii_lowercase();
        if (base == 16 && p == b'x') || (base == 8 && p == b'o') || (base == 2 && p == b'b') {
            rest = match tail {
                [b'_', t @ ..] => t,
                t => t,
            };
        }
    }
    if rest.is_empty() {
        return Err(None);
    }
    // CPython counts the digits up to the first character that is not one, and checks the limit
    // before it looks at what follows.
    let limited = !base.is_power_of_two();
    let over_limit = |n: usize| (limited && n > INT_MAX_STR_DIGITS).then_some(n);
    // Validate and accumulate into a u64 while it fits.
    let mut acc: u64 = 0;
    let mut overflow = false;
    let mut ndigits = 0usize;
    let mut prev_underscore = true; // a leading underscore is invalid
    for &c in rest {
        if c == b'_' {
            if prev_underscore {
                return Err(None);
            }
            prev_underscore = true;
            continue;
        }
        let d = match ascii_digit_value(c) {
            Some(d) if d < base => d,
            _ => return Err(over_limit(ndigits)),
        };
        if zeros_only && d != 0 {
            return Err(None);
        }
        prev_underscore = false;
        ndigits += 1;
        if !overflow {
            match acc
                .checked_mul(base as u64)
                .and_then(|v| v.checked_add(d as u64))
            {
                Some(v) => acc = v,
                None => overflow = true,
            }
        }
    }
    if prev_underscore || ndigits == 0 {
        return Err(None);
    }
    if let Some(n) = over_limit(ndigits) {
        return Err(Some(n));
    }
    if !overflow {
        if !negative && acc <= i64::MAX as u64 {
            return Ok(IntValue::Small(acc as i64));
        }
        if negative && acc <= 1u64 << 63 {
            return Ok(IntValue::Small(0i64.wrapping_sub(acc as i64)));
        }
        let mag = BigInt::from(acc);
        return Ok(IntValue::Big(if negative { -mag } else { mag }));
    }
    let digits: Vec<u8> = rest
        .iter()
        .filter(|&&c| c != b'_')
        .filter_map(|&c| ascii_digit_value(c).map(|d| d as u8))
        .collect();
    let mag = BigUint::from_radix_be(&digits, base).ok_or(None)?;
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(IntValue::from_bigint(BigInt::from_biguint(sign, mag)))
}

/// `hex(v)`, `oct(v)`, `bin(v)` and friends: `v` written in `base` with
/// lowercase digits, a leading `-` for negative values and, when `prefix`
/// is true, `0x` / `0o` / `0b` for bases 16 / 8 / 2 (e.g. `-0x1f`).
/// Bases outside `2..=36` are treated as 10.
pub fn int_to_base_string(v: &BigInt, base: u32, prefix: bool) -> String {
    let base = if (2..=36).contains(&base) { base } else { 10 };
    let digits = v.magnitude().to_str_radix(base);
    let mut out = String::with_capacity(digits.len() + 3);
    if v.is_negative() {
        out.push('-');
    }
    if prefix {
        out.push_str(match base {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        });
    }
    out.push_str(&digits);
    out
}

// ---------------------------------------------------------------------------
// float(str)
// ---------------------------------------------------------------------------

/// `float(s)` for a str argument, with CPython 3.11's grammar: surrounding
/// whitespace (including Unicode whitespace), Unicode decimal digits, an
/// optional sign, `inf` / `infinity` / `nan` in any case, decimal literals
/// with optional fraction and exponent, and single underscores only between
/// two digits.  The result is correctly rounded.
///
/// Error (`ValueError`): `could not convert string to float: '...'` with the
/// full repr of `s`.
pub fn parse_float(s: &str) -> Result<f64, String> {
    let converted;
    let bytes: &[u8] = if s.is_ascii() {
        s.as_bytes()
    } else {
        converted = to_ascii_numeric(s);
        &converted
    };
    parse_float_ascii(bytes)
        .ok_or_else(|| format!("could not convert string to float: {}", str_repr(s)))
}

fn parse_float_ascii(b: &[u8]) -> Option<f64> {
    let cleaned: Vec<u8>;
    let b = if b.contains(&b'_') {
        for (i, &c) in b.iter().enumerate() {
            if c == b'_' {
                let before = i.checked_sub(1).and_then(|j| b.get(j));
                let after = b.get(i + 1);
                if !before.is_some_and(u8::is_ascii_digit) || !after.is_some_and(u8::is_ascii_digit)
                {
                    return None;
                }
            }
        }
        cleaned = b.iter().copied().filter(|&c| c != b'_').collect();
        &cleaned[..]
    } else {
        b
    };
    let t = trim_py_space(b);
    let (negative, body) = match t.split_first() {
        Some((b'-', r)) => (true, r),
        Some((b'+', r)) => (false, r),
        _ => (false, t),
    };
    if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        return Some(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if body.eq_ignore_ascii_case(b"nan") {
        return Some(if negative { -f64::NAN } else { f64::NAN });
    }
    // digits [. digits] [(e|E) [sign] digits], at least one mantissa digit.
    let mut i = 0;
    let int_digits = body.iter().take_while(|c| c.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if body.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = body[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(body.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(body.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = body[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp_digits == 0 {
            return None;
        }
        i += exp_digits;
    }
    if i != body.len() {
        return None;
    }
    let text = std::str::from_utf8(t).ok()?;
    text.parse::<f64>().ok()
}

// ---------------------------------------------------------------------------
// Rounding and division
// ---------------------------------------------------------------------------

/// `round(x, ndigits)` for a float: rounds the exact binary value of `x` to
/// `ndigits` decimal places (negative `ndigits` round to tens, hundreds...),
/// ties to even, and returns the nearest double to that decimal.
///
/// `nan`, `inf` and zeros are returned unchanged; `ndigits > 323` returns
/// `x`; `ndigits < -308` returns `0.0 * x` (a signed zero).
///
/// If the rounded value overflows (e.g. `round(1.7976931348623157e308,
/// -308)`) the result is infinite while `x` was finite: CPython raises
/// `OverflowError: rounded value too large to represent` in that case, so
/// the caller should check `result.is_infinite() && x.is_finite()`.
pub fn float_round(x: f64, ndigits: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if ndigits > 323 {
        return x;
    }
    if ndigits < -308 {
        return 0.0 * x;
    }
    if ndigits >= 0 {
        // `{:.N}` is correctly rounded (ties to even) on the exact binary
        // value, and parsing is correctly rounded too.
        return format!("{:.*}", ndigits as usize, x)
            .parse::<f64>()
            .unwrap_or(x);
    }
    let k = ndigits.unsigned_abs() as u32;
    let (m, e) = decompose_f64(x.abs());
    let pow10 = BigUint::from(10u32).pow(k);
    let (num, den) = if e >= 0 {
        (BigUint::from(m) << e as usize, pow10)
    } else {
        (BigUint::from(m), pow10 << e.unsigned_abs() as usize)
    };
    let (mut q, r) = num.div_rem(&den);
    match (r << 1usize).cmp(&den) {
        Ordering::Greater => q += 1u32,
        Ordering::Equal if q.is_odd() => q += 1u32,
        _ => {}
    }
    let text = format!("{}{}e{}", if x < 0.0 { "-" } else { "" }, q, k);
    text.parse::<f64>().unwrap_or(x)
}

/// `round(x)` (no `ndigits`) for a float: the nearest integer, ties to even.
///
/// Errors: `cannot convert float NaN to integer` (CPython: `ValueError`) and
/// `cannot convert float infinity to integer` (CPython: `OverflowError`).
pub fn float_round_to_int(x: f64) -> Result<BigInt, String> {
    if x.is_nan() {
        return Err("cannot convert float NaN to integer".to_string());
    }
    if x.is_infinite() {
        return Err("cannot convert float infinity to integer".to_string());
    }
    float_to_bigint(x.round_ties_even())
        .ok_or_else(|| "cannot convert float infinity to integer".to_string())
}

/// `divmod(a, b)` for floats, as CPython: returns `(a // b, a % b)` where
/// the remainder has the sign of `b` (a zero remainder is `0.0` with the
/// sign of `b`) and the quotient is `-0.0` when it is zero and `a / b` is
/// negative.  The caller must check `b == 0.0` (ZeroDivisionError: `float
/// divmod()`, `float floor division by zero`, `float modulo`).
pub fn float_floor_div_mod(a: f64, b: f64) -> (f64, f64) {
    let mut rem = a % b;
    // `a - rem` is exactly a multiple of `b`, so this division is exact up
    // to a final rounding.
    let mut div = (a - rem) / b;
    if rem != 0.0 {
        if (b < 0.0) != (rem < 0.0) {
            rem += b;
            div -= 1.0;
        }
    } else {
        rem = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, rem)
}

/// `int(x)` for a float: truncates toward zero.  `None` for nan and
/// infinities (CPython: `ValueError: cannot convert float NaN to integer`,
/// `OverflowError: cannot convert float infinity to integer`).
pub fn float_to_bigint(x: f64) -> Option<BigInt> {
    if !x.is_finite() {
        return None;
    }
    let t = x.trunc();
    if t.abs() < 9.0e18 {
        return Some(BigInt::from(t as i64));
    }
    let (m, e) = decompose_f64(t.abs());
    // |t| >= 9e18 > 2**53, so e > 0 here.
    let mag = BigInt::from(m) << e.max(0) as usize;
    Some(if t < 0.0 { -mag } else { mag })
}

/// `2**k` as a double for `-1022 <= k <= 1023`.
fn pow2(k: i32) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// `x * 2**k`, exact whenever the result is representable.
fn ldexp(mut x: f64, mut k: i64) -> f64 {
    while k > 1000 {
        x *= pow2(1000);
        k -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while k < -1000 {
        x *= pow2(-1000);
        k += 1000;
        if x == 0.0 {
            return x;
        }
    }
    x * pow2(k as i32)
}

const INT_TOO_LARGE: &str = "int too large to convert to float";

/// `float(v)` for an int, correctly rounded (ties to even).
///
/// Error (CPython: `OverflowError`): `int too large to convert to float`.
pub fn bigint_to_f64(v: &BigInt) -> Result<f64, String> {
    if let Some(small) = v.to_i64() {
        // i64 -> f64 conversion rounds to nearest, ties to even.
        return Ok(small as f64);
    }
    let mag = v.magnitude();
    let nbits = mag.bits();
    if nbits > 1024 {
        return Err(INT_TOO_LARGE.to_string());
    }
    // Keep the top 64 bits and fold everything below into a sticky bit so
    // that the single u64 -> f64 rounding is the correct one.
    let shift = nbits.saturating_sub(64);
    let mut top = (mag >> shift).to_u64().unwrap_or(u64::MAX);
    if mag.trailing_zeros().is_some_and(|tz| tz < shift) {
        top |= 1;
    }
    let f = ldexp(top as f64, shift as i64);
    if f.is_infinite() {
        return Err(INT_TOO_LARGE.to_string());
    }
    Ok(if v.is_negative() { -f } else { f })
}

const DIVISION_TOO_LARGE: &str = "integer division result too large for a float";

/// `a / b` for ints, correctly rounded even when the operands are too large
/// for a float (e.g. `10**400 / 10**399 == 10.0`).
///
/// Errors: `division by zero` (CPython: `ZeroDivisionError`) and
/// `integer division result too large for a float` (CPython:
/// `OverflowError`).
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> Result<f64, String> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        return int_true_divide_i64(x, y);
    }
    if b.is_zero() {
        return Err("division by zero".to_string());
    }
    big_true_divide(a, b)
}

/// `a / b` for ints that fit in `i64`; see [`int_true_divide`].
pub fn int_true_divide_i64(a: i64, b: i64) -> Result<f64, String> {
    if b == 0 {
        return Err("division by zero".to_string());
    }
    const EXACT: u64 = 1 << 53;
    if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
        // Both operands are exact doubles, so IEEE division rounds correctly.
        return Ok(a as f64 / b as f64);
    }
    big_true_divide(&BigInt::from(a), &BigInt::from(b))
}

fn big_true_divide(a: &BigInt, b: &BigInt) -> Result<f64, String> {
    let negative = a.is_negative() != b.is_negative();
    let signed = |f: f64| if negative { -f } else { f };
    let (na, nb) = (a.magnitude(), b.magnitude());
    if nb.is_zero() {
        return Err("division by zero".to_string());
    }
    if na.is_zero() {
        return Ok(signed(0.0));
    }
    let diff = na.bits() as i64 - nb.bits() as i64;
    // a / b lies in [2**(diff-1), 2**(diff+1)).
    if diff > 1025 {
        return Err(DIVISION_TOO_LARGE.to_string());
    }
    if diff < -1080 {
        return Ok(signed(0.0));
    }
    // Scale so that the integer quotient has 55 or 56 bits.
    let s = 55 - diff;
    let (q, r) = if s >= 0 {
        (na << s as usize).div_rem(nb)
    } else {
        na.div_rem(&(nb << s.unsigned_abs() as usize))
    };
    let sticky = !r.is_zero();
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    let qbits = 64 - q.leading_zeros() as i64;
    // value = (q + fraction) * 2**-s; its binary exponent:
    let exponent = qbits - 1 - s;
    // Exponent of one unit in the last place of the result (subnormals
    // have a fixed 2**-1074 unit).
    let ulp_exp = (exponent - 52).max(-1074);
    let drop = ulp_exp + s;
    if drop >= 64 {
        return Ok(signed(0.0));
    }
    if drop > 0 {
        let low = q & ((1u64 << drop) - 1);
        let half = 1u64 << (drop - 1);
        q >>= drop;
        if low > half || (low == half && (sticky || q & 1 == 1)) {
            q += 1;
        }
    }
    let f = ldexp(q as f64, ulp_exp);
    if f.is_infinite() {
        return Err(DIVISION_TOO_LARGE.to_string());
    }
    Ok(signed(f))
}

// ---------------------------------------------------------------------------
// Unicode tables (generated from CPython 3.11's unicodedata, Unicode 14.0)
// ---------------------------------------------------------------------------

/// Non-ASCII code points for which `str.isspace()` is true (Unicode 14.0).
const UNICODE_SPACES: &[u32] = &[
    0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
    0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
];
/// First code point (the zero) of each run of ten Unicode decimal digits (category Nd, Unicode 14.0).
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];
/// Inclusive `[start, end]` pairs of code points for which `str.isprintable()` is false (Unicode 14.0).
const NON_PRINTABLE_RANGES: &[u32] = &[
    0x0, 0x1F, 0x7F, 0xA0, 0xAD, 0xAD, 0x378, 0x379, 0x380, 0x383, 0x38B, 0x38B, 0x38D, 0x38D,
    0x3A2, 0x3A2, 0x530, 0x530, 0x557, 0x558, 0x58B, 0x58C, 0x590, 0x590, 0x5C8, 0x5CF, 0x5EB,
    0x5EE, 0x5F5, 0x605, 0x61C, 0x61C, 0x6DD, 0x6DD, 0x70E, 0x70F, 0x74B, 0x74C, 0x7B2, 0x7BF,
    0x7FB, 0x7FC, 0x82E, 0x82F, 0x83F, 0x83F, 0x85C, 0x85D, 0x85F, 0x85F, 0x86B, 0x86F, 0x88F,
    0x897, 0x8E2, 0x8E2, 0x984, 0x984, 0x98D, 0x98E, 0x991, 0x992, 0x9A9, 0x9A9, 0x9B1, 0x9B1,
    0x9B3, 0x9B5, 0x9BA, 0x9BB, 0x9C5, 0x9C6, 0x9C9, 0x9CA, 0x9CF, 0x9D6, 0x9D8, 0x9DB, 0x9DE,
    0x9DE, 0x9E4, 0x9E5, 0x9FF, 0xA00, 0xA04, 0xA04, 0xA0B, 0xA0E, 0xA11, 0xA12, 0xA29, 0xA29,
    0xA31, 0xA31, 0xA34, 0xA34, 0xA37, 0xA37, 0xA3A, 0xA3B, 0xA3D, 0xA3D, 0xA43, 0xA46, 0xA49,
    0xA4A, 0xA4E, 0xA50, 0xA52, 0xA58, 0xA5D, 0xA5D, 0xA5F, 0xA65, 0xA77, 0xA80, 0xA84, 0xA84,
    0xA8E, 0xA8E, 0xA92, 0xA92, 0xAA9, 0xAA9, 0xAB1, 0xAB1, 0xAB4, 0xAB4, 0xABA, 0xABB, 0xAC6,
    0xAC6, 0xACA, 0xACA, 0xACE, 0xACF, 0xAD1, 0xADF, 0xAE4, 0xAE5, 0xAF2, 0xAF8, 0xB00, 0xB00,
    0xB04, 0xB04, 0xB0D, 0xB0E, 0xB11, 0xB12, 0xB29, 0xB29, 0xB31, 0xB31, 0xB34, 0xB34, 0xB3A,
    0xB3B, 0xB45, 0xB46, 0xB49, 0xB4A, 0xB4E, 0xB54, 0xB58, 0xB5B, 0xB5E, 0xB5E, 0xB64, 0xB65,
    0xB78, 0xB81, 0xB84, 0xB84, 0xB8B, 0xB8D, 0xB91, 0xB91, 0xB96, 0xB98, 0xB9B, 0xB9B, 0xB9D,
    0xB9D, 0xBA0, 0xBA2, 0xBA5, 0xBA7, 0xBAB, 0xBAD, 0xBBA, 0xBBD, 0xBC3, 0xBC5, 0xBC9, 0xBC9,
    0xBCE, 0xBCF, 0xBD1, 0xBD6, 0xBD8, 0xBE5, 0xBFB, 0xBFF, 0xC0D, 0xC0D, 0xC11, 0xC11, 0xC29,
    0xC29, 0xC3A, 0xC3B, 0xC45, 0xC45, 0xC49, 0xC49, 0xC4E, 0xC54, 0xC57, 0xC57, 0xC5B, 0xC5C,
    0xC5E, 0xC5F, 0xC64, 0xC65, 0xC70, 0xC76, 0xC8D, 0xC8D, 0xC91, 0xC91, 0xCA9, 0xCA9, 0xCB4,
    0xCB4, 0xCBA, 0xCBB, 0xCC5, 0xCC5, 0xCC9, 0xCC9, 0xCCE, 0xCD4, 0xCD7, 0xCDC, 0xCDF, 0xCDF,
    0xCE4, 0xCE5, 0xCF0, 0xCF0, 0xCF3, 0xCFF, 0xD0D, 0xD0D, 0xD11, 0xD11, 0xD45, 0xD45, 0xD49,
    0xD49, 0xD50, 0xD53, 0xD64, 0xD65, 0xD80, 0xD80, 0xD84, 0xD84, 0xD97, 0xD99, 0xDB2, 0xDB2,
    0xDBC, 0xDBC, 0xDBE, 0xDBF, 0xDC7, 0xDC9, 0xDCB, 0xDCE, 0xDD5, 0xDD5, 0xDD7, 0xDD7, 0xDE0,
    0xDE5, 0xDF0, 0xDF1, 0xDF5, 0xE00, 0xE3B, 0xE3E, 0xE5C, 0xE80, 0xE83, 0xE83, 0xE85, 0xE85,
    0xE8B, 0xE8B, 0xEA4, 0xEA4, 0xEA6, 0xEA6, 0xEBE, 0xEBF, 0xEC5, 0xEC5, 0xEC7, 0xEC7, 0xECE,
    0xECF, 0xEDA, 0xEDB, 0xEE0, 0xEFF, 0xF48, 0xF48, 0xF6D, 0xF70, 0xF98, 0xF98, 0xFBD, 0xFBD,
    0xFCD, 0xFCD, 0xFDB, 0xFFF, 0x10C6, 0x10C6, 0x10C8, 0x10CC, 0x10CE, 0x10CF, 0x1249, 0x1249,
    0x124E, 0x124F, 0x1257, 0x1257, 0x1259, 0x1259, 0x125E, 0x125F, 0x1289, 0x1289, 0x128E, 0x128F,
    0x12B1, 0x12B1, 0x12B6, 0x12B7, 0x12BF, 0x12BF, 0x12C1, 0x12C1, 0x12C6, 0x12C7, 0x12D7, 0x12D7,
    0x1311, 0x1311, 0x1316, 0x1317, 0x135B, 0x135C, 0x137D, 0x137F, 0x139A, 0x139F, 0x13F6, 0x13F7,
    0x13FE, 0x13FF, 0x1680, 0x1680, 0x169D, 0x169F, 0x16F9, 0x16FF, 0x1716, 0x171E, 0x1737, 0x173F,
    0x1754, 0x175F, 0x176D, 0x176D, 0x1771, 0x1771, 0x1774, 0x177F, 0x17DE, 0x17DF, 0x17EA, 0x17EF,
    0x17FA, 0x17FF, 0x180E, 0x180E, 0x181A, 0x181F, 0x1879, 0x187F, 0x18AB, 0x18AF, 0x18F6, 0x18FF,
    0x191F, 0x191F, 0x192C, 0x192F, 0x193C, 0x193F, 0x1941, 0x1943, 0x196E, 0x196F, 0x1975, 0x197F,
    0x19AC, 0x19AF, 0x19CA, 0x19CF, 0x19DB, 0x19DD, 0x1A1C, 0x1A1D, 0x1A5F, 0x1A5F, 0x1A7D, 0x1A7E,
    0x1A8A, 0x1A8F, 0x1A9A, 0x1A9F, 0x1AAE, 0x1AAF, 0x1ACF, 0x1AFF, 0x1B4D, 0x1B4F, 0x1B7F, 0x1B7F,
    0x1BF4, 0x1BFB, 0x1C38, 0x1C3A, 0x1C4A, 0x1C4C, 0x1C89, 0x1C8F, 0x1CBB, 0x1CBC, 0x1CC8, 0x1CCF,
    0x1CFB, 0x1CFF, 0x1F16, 0x1F17, 0x1F1E, 0x1F1F, 0x1F46, 0x1F47, 0x1F4E, 0x1F4F, 0x1F58, 0x1F58,
    0x1F5A, 0x1F5A, 0x1F5C, 0x1F5C, 0x1F5E, 0x1F5E, 0x1F7E, 0x1F7F, 0x1FB5, 0x1FB5, 0x1FC5, 0x1FC5,
    0x1FD4, 0x1FD5, 0x1FDC, 0x1FDC, 0x1FF0, 0x1FF1, 0x1FF5, 0x1FF5, 0x1FFF, 0x200F, 0x2028, 0x202F,
    0x205F, 0x206F, 0x2072, 0x2073, 0x208F, 0x208F, 0x209D, 0x209F, 0x20C1, 0x20CF, 0x20F1, 0x20FF,
    0x218C, 0x218F, 0x2427, 0x243F, 0x244B, 0x245F, 0x2B74, 0x2B75, 0x2B96, 0x2B96, 0x2CF4, 0x2CF8,
    0x2D26, 0x2D26, 0x2D28, 0x2D2C, 0x2D2E, 0x2D2F, 0x2D68, 0x2D6E, 0x2D71, 0x2D7E, 0x2D97, 0x2D9F,
    0x2DA7, 0x2DA7, 0x2DAF, 0x2DAF, 0x2DB7, 0x2DB7, 0x2DBF, 0x2DBF, 0x2DC7, 0x2DC7, 0x2DCF, 0x2DCF,
    0x2DD7, 0x2DD7, 0x2DDF, 0x2DDF, 0x2E5E, 0x2E7F, 0x2E9A, 0x2E9A, 0x2EF4, 0x2EFF, 0x2FD6, 0x2FEF,
    0x2FFC, 0x3000, 0x3040, 0x3040, 0x3097, 0x3098, 0x3100, 0x3104, 0x3130, 0x3130, 0x318F, 0x318F,
    0x31E4, 0x31EF, 0x321F, 0x321F, 0xA48D, 0xA48F, 0xA4C7, 0xA4CF, 0xA62C, 0xA63F, 0xA6F8, 0xA6FF,
    0xA7CB, 0xA7CF, 0xA7D2, 0xA7D2, 0xA7D4, 0xA7D4, 0xA7DA, 0xA7F1, 0xA82D, 0xA82F, 0xA83A, 0xA83F,
    0xA878, 0xA87F, 0xA8C6, 0xA8CD, 0xA8DA, 0xA8DF, 0xA954, 0xA95E, 0xA97D, 0xA97F, 0xA9CE, 0xA9CE,
    0xA9DA, 0xA9DD, 0xA9FF, 0xA9FF, 0xAA37, 0xAA3F, 0xAA4E, 0xAA4F, 0xAA5A, 0xAA5B, 0xAAC3, 0xAADA,
    0xAAF7, 0xAB00, 0xAB07, 0xAB08, 0xAB0F, 0xAB10, 0xAB17, 0xAB1F, 0xAB27, 0xAB27, 0xAB2F, 0xAB2F,
    0xAB6C, 0xAB6F, 0xABEE, 0xABEF, 0xABFA, 0xABFF, 0xD7A4, 0xD7AF, 0xD7C7, 0xD7CA, 0xD7FC, 0xF8FF,
    0xFA6E, 0xFA6F, 0xFADA, 0xFAFF, 0xFB07, 0xFB12, 0xFB18, 0xFB1C, 0xFB37, 0xFB37, 0xFB3D, 0xFB3D,
    0xFB3F, 0xFB3F, 0xFB42, 0xFB42, 0xFB45, 0xFB45, 0xFBC3, 0xFBD2, 0xFD90, 0xFD91, 0xFDC8, 0xFDCE,
    0xFDD0, 0xFDEF, 0xFE1A, 0xFE1F, 0xFE53, 0xFE53, 0xFE67, 0xFE67, 0xFE6C, 0xFE6F, 0xFE75, 0xFE75,
    0xFEFD, 0xFF00, 0xFFBF, 0xFFC1, 0xFFC8, 0xFFC9, 0xFFD0, 0xFFD1, 0xFFD8, 0xFFD9, 0xFFDD, 0xFFDF,
    0xFFE7, 0xFFE7, 0xFFEF, 0xFFFB, 0xFFFE, 0xFFFF, 0x1000C, 0x1000C, 0x10027, 0x10027, 0x1003B,
    0x1003B, 0x1003E, 0x1003E, 0x1004E, 0x1004F, 0x1005E, 0x1007F, 0x100FB, 0x100FF, 0x10103,
    0x10106, 0x10134, 0x10136, 0x1018F, 0x1018F, 0x1019D, 0x1019F, 0x101A1, 0x101CF, 0x101FE,
    0x1027F, 0x1029D, 0x1029F, 0x102D1, 0x102DF, 0x102FC, 0x102FF, 0x10324, 0x1032C, 0x1034B,
    0x1034F, 0x1037B, 0x1037F, 0x1039E, 0x1039E, 0x103C4, 0x103C7, 0x103D6, 0x103FF, 0x1049E,
    0x1049F, 0x104AA, 0x104AF, 0x104D4, 0x104D7, 0x104FC, 0x104FF, 0x10528, 0x1052F, 0x10564,
    0x1056E, 0x1057B, 0x1057B, 0x1058B, 0x1058B, 0x10593, 0x10593, 0x10596, 0x10596, 0x105A2,
    0x105A2, 0x105B2, 0x105B2, 0x105BA, 0x105BA, 0x105BD, 0x105FF, 0x10737, 0x1073F, 0x10756,
    0x1075F, 0x10768, 0x1077F, 0x10786, 0x10786, 0x107B1, 0x107B1, 0x107BB, 0x107FF, 0x10806,
    0x10807, 0x10809, 0x10809, 0x10836, 0x10836, 0x10839, 0x1083B, 0x1083D, 0x1083E, 0x10856,
    0x10856, 0x1089F, 0x108A6, 0x108B0, 0x108DF, 0x108F3, 0x108F3, 0x108F6, 0x108FA, 0x1091C,
    0x1091E, 0x1093A, 0x1093E, 0x10940, 0x1097F, 0x109B8, 0x109BB, 0x109D0, 0x109D1, 0x10A04,
    0x10A04, 0x10A07, 0x10A0B, 0x10A14, 0x10A14, 0x10A18, 0x10A18, 0x10A36, 0x10A37, 0x10A3B,
    0x10A3E, 0x10A49, 0x10A4F, 0x10A59, 0x10A5F, 0x10AA0, 0x10ABF, 0x10AE7, 0x10AEA, 0x10AF7,
    0x10AFF, 0x10B36, 0x10B38, 0x10B56, 0x10B57, 0x10B73, 0x10B77, 0x10B92, 0x10B98, 0x10B9D,
    0x10BA8, 0x10BB0, 0x10BFF, 0x10C49, 0x10C7F, 0x10CB3, 0x10CBF, 0x10CF3, 0x10CF9, 0x10D28,
    0x10D2F, 0x10D3A, 0x10E5F, 0x10E7F, 0x10E7F, 0x10EAA, 0x10EAA, 0x10EAE, 0x10EAF, 0x10EB2,
    0x10EFF, 0x10F28, 0x10F2F, 0x10F5A, 0x10F6F, 0x10F8A, 0x10FAF, 0x10FCC, 0x10FDF, 0x10FF7,
    0x10FFF, 0x1104E, 0x11051, 0x11076, 0x1107E, 0x110BD, 0x110BD, 0x110C3, 0x110CF, 0x110E9,
    0x110EF, 0x110FA, 0x110FF, 0x11135, 0x11135, 0x11148, 0x1114F, 0x11177, 0x1117F, 0x111E0,
    0x111E0, 0x111F5, 0x111FF, 0x11212, 0x11212, 0x1123F, 0x1127F, 0x11287, 0x11287, 0x11289,
    0x11289, 0x1128E, 0x1128E, 0x1129E, 0x1129E, 0x112AA, 0x112AF, 0x112EB, 0x112EF, 0x112FA,
    0x112FF, 0x11304, 0x11304, 0x1130D, 0x1130E, 0x11311, 0x11312, 0x11329, 0x11329, 0x11331,
    0x11331, 0x11334, 0x11334, 0x1133A, 0x1133A, 0x11345, 0x11346, 0x11349, 0x1134A, 0x1134E,
    0x1134F, 0x11351, 0x11356, 0x11358, 0x1135C, 0x11364, 0x11365, 0x1136D, 0x1136F, 0x11375,
    0x113FF, 0x1145C, 0x1145C, 0x11462, 0x1147F, 0x114C8, 0x114CF, 0x114DA, 0x1157F, 0x115B6,
    0x115B7, 0x115DE, 0x115FF, 0x11645, 0x1164F, 0x1165A, 0x1165F, 0x1166D, 0x1167F, 0x116BA,
    0x116BF, 0x116CA, 0x116FF, 0x1171B, 0x1171C, 0x1172C, 0x1172F, 0x11747, 0x117FF, 0x1183C,
    0x1189F, 0x118F3, 0x118FE, 0x11907, 0x11908, 0x1190A, 0x1190B, 0x11914, 0x11914, 0x11917,
    0x11917, 0x11936, 0x11936, 0x11939, 0x1193A, 0x11947, 0x1194F, 0x1195A, 0x1199F, 0x119A8,
    0x119A9, 0x119D8, 0x119D9, 0x119E5, 0x119FF, 0x11A48, 0x11A4F, 0x11AA3, 0x11AAF, 0x11AF9,
    0x11BFF, 0x11C09, 0x11C09, 0x11C37, 0x11C37, 0x11C46, 0x11C4F, 0x11C6D, 0x11C6F, 0x11C90,
    0x11C91, 0x11CA8, 0x11CA8, 0x11CB7, 0x11CFF, 0x11D07, 0x11D07, 0x11D0A, 0x11D0A, 0x11D37,
    0x11D39, 0x11D3B, 0x11D3B, 0x11D3E, 0x11D3E, 0x11D48, 0x11D4F, 0x11D5A, 0x11D5F, 0x11D66,
    0x11D66, 0x11D69, 0x11D69, 0x11D8F, 0x11D8F, 0x11D92, 0x11D92, 0x11D99, 0x11D9F, 0x11DAA,
    0x11EDF, 0x11EF9, 0x11FAF, 0x11FB1, 0x11FBF, 0x11FF2, 0x11FFE, 0x1239A, 0x123FF, 0x1246F,
    0x1246F, 0x12475, 0x1247F, 0x12544, 0x12F8F, 0x12FF3, 0x12FFF, 0x1342F, 0x143FF, 0x14647,
    0x167FF, 0x16A39, 0x16A3F, 0x16A5F, 0x16A5F, 0x16A6A, 0x16A6D, 0x16ABF, 0x16ABF, 0x16ACA,
    0x16ACF, 0x16AEE, 0x16AEF, 0x16AF6, 0x16AFF, 0x16B46, 0x16B4F, 0x16B5A, 0x16B5A, 0x16B62,
    0x16B62, 0x16B78, 0x16B7C, 0x16B90, 0x16E3F, 0x16E9B, 0x16EFF, 0x16F4B, 0x16F4E, 0x16F88,
    0x16F8E, 0x16FA0, 0x16FDF, 0x16FE5, 0x16FEF, 0x16FF2, 0x16FFF, 0x187F8, 0x187FF, 0x18CD6,
    0x18CFF, 0x18D09, 0x1AFEF, 0x1AFF4, 0x1AFF4, 0x1AFFC, 0x1AFFC, 0x1AFFF, 0x1AFFF, 0x1B123,
    0x1B14F, 0x1B153, 0x1B163, 0x1B168, 0x1B16F, 0x1B2FC, 0x1BBFF, 0x1BC6B, 0x1BC6F, 0x1BC7D,
    0x1BC7F, 0x1BC89, 0x1BC8F, 0x1BC9A, 0x1BC9B, 0x1BCA0, 0x1CEFF, 0x1CF2E, 0x1CF2F, 0x1CF47,
    0x1CF4F, 0x1CFC4, 0x1CFFF, 0x1D0F6, 0x1D0FF, 0x1D127, 0x1D128, 0x1D173, 0x1D17A, 0x1D1EB,
    0x1D1FF, 0x1D246, 0x1D2DF, 0x1D2F4, 0x1D2FF, 0x1D357, 0x1D35F, 0x1D379, 0x1D3FF, 0x1D455,
    0x1D455, 0x1D49D, 0x1D49D, 0x1D4A0, 0x1D4A1, 0x1D4A3, 0x1D4A4, 0x1D4A7, 0x1D4A8, 0x1D4AD,
    0x1D4AD, 0x1D4BA, 0x1D4BA, 0x1D4BC, 0x1D4BC, 0x1D4C4, 0x1D4C4, 0x1D506, 0x1D506, 0x1D50B,
    0x1D50C, 0x1D515, 0x1D515, 0x1D51D, 0x1D51D, 0x1D53A, 0x1D53A, 0x1D53F, 0x1D53F, 0x1D545,
    0x1D545, 0x1D547, 0x1D549, 0x1D551, 0x1D551, 0x1D6A6, 0x1D6A7, 0x1D7CC, 0x1D7CD, 0x1DA8C,
    0x1DA9A, 0x1DAA0, 0x1DAA0, 0x1DAB0, 0x1DEFF, 0x1DF1F, 0x1DFFF, 0x1E007, 0x1E007, 0x1E019,
    0x1E01A, 0x1E022, 0x1E022, 0x1E025, 0x1E025, 0x1E02B, 0x1E0FF, 0x1E12D, 0x1E12F, 0x1E13E,
    0x1E13F, 0x1E14A, 0x1E14D, 0x1E150, 0x1E28F, 0x1E2AF, 0x1E2BF, 0x1E2FA, 0x1E2FE, 0x1E300,
    0x1E7DF, 0x1E7E7, 0x1E7E7, 0x1E7EC, 0x1E7EC, 0x1E7EF, 0x1E7EF, 0x1E7FF, 0x1E7FF, 0x1E8C5,
    0x1E8C6, 0x1E8D7, 0x1E8FF, 0x1E94C, 0x1E94F, 0x1E95A, 0x1E95D, 0x1E960, 0x1EC70, 0x1ECB5,
    0x1ED00, 0x1ED3E, 0x1EDFF, 0x1EE04, 0x1EE04, 0x1EE20, 0x1EE20, 0x1EE23, 0x1EE23, 0x1EE25,
    0x1EE26, 0x1EE28, 0x1EE28, 0x1EE33, 0x1EE33, 0x1EE38, 0x1EE38, 0x1EE3A, 0x1EE3A, 0x1EE3C,
    0x1EE41, 0x1EE43, 0x1EE46, 0x1EE48, 0x1EE48, 0x1EE4A, 0x1EE4A, 0x1EE4C, 0x1EE4C, 0x1EE50,
    0x1EE50, 0x1EE53, 0x1EE53, 0x1EE55, 0x1EE56, 0x1EE58, 0x1EE58, 0x1EE5A, 0x1EE5A, 0x1EE5C,
    0x1EE5C, 0x1EE5E, 0x1EE5E, 0x1EE60, 0x1EE60, 0x1EE63, 0x1EE63, 0x1EE65, 0x1EE66, 0x1EE6B,
    0x1EE6B, 0x1EE73, 0x1EE73, 0x1EE78, 0x1EE78, 0x1EE7D, 0x1EE7D, 0x1EE7F, 0x1EE7F, 0x1EE8A,
    0x1EE8A, 0x1EE9C, 0x1EEA0, 0x1EEA4, 0x1EEA4, 0x1EEAA, 0x1EEAA, 0x1EEBC, 0x1EEEF, 0x1EEF2,
    0x1EFFF, 0x1F02C, 0x1F02F, 0x1F094, 0x1F09F, 0x1F0AF, 0x1F0B0, 0x1F0C0, 0x1F0C0, 0x1F0D0,
    0x1F0D0, 0x1F0F6, 0x1F0FF, 0x1F1AE, 0x1F1E5, 0x1F203, 0x1F20F, 0x1F23C, 0x1F23F, 0x1F249,
    0x1F24F, 0x1F252, 0x1F25F, 0x1F266, 0x1F2FF, 0x1F6D8, 0x1F6DC, 0x1F6ED, 0x1F6EF, 0x1F6FD,
    0x1F6FF, 0x1F774, 0x1F77F, 0x1F7D9, 0x1F7DF, 0x1F7EC, 0x1F7EF, 0x1F7F1, 0x1F7FF, 0x1F80C,
    0x1F80F, 0x1F848, 0x1F84F, 0x1F85A, 0x1F85F, 0x1F888, 0x1F88F, 0x1F8AE, 0x1F8AF, 0x1F8B2,
    0x1F8FF, 0x1FA54, 0x1FA5F, 0x1FA6E, 0x1FA6F, 0x1FA75, 0x1FA77, 0x1FA7D, 0x1FA7F, 0x1FA87,
    0x1FA8F, 0x1FAAD, 0x1FAAF, 0x1FABB, 0x1FABF, 0x1FAC6, 0x1FACF, 0x1FADA, 0x1FADF, 0x1FAE8,
    0x1FAEF, 0x1FAF7, 0x1FAFF, 0x1FB93, 0x1FB93, 0x1FBCB, 0x1FBEF, 0x1FBFA, 0x1FFFF, 0x2A6E0,
    0x2A6FF, 0x2B739, 0x2B73F, 0x2B81E, 0x2B81F, 0x2CEA2, 0x2CEAF, 0x2EBE1, 0x2F7FF, 0x2FA1E,
    0x2FFFF, 0x3134B, 0xE00FF, 0xE01F0, 0x10FFFF,
];

#[cfg(test)]
mod tests {
    use super::*;

    fn f(hex_bits: u64) -> f64 {
        f64::from_bits(hex_bits)
    }

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    fn pow(b: u32, e: u32) -> BigInt {
        num_traits::pow(BigInt::from(b), e as usize)
    }

    // Expected strings below were produced by python3 (CPython 3.11).

    #[test]
    fn repr_of_floats() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (-1.5, "-1.5"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1.5e-7, "1.5e-07"),
            (1.2345e20, "1.2345e+20"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (123456789012345680.0, "1.2345678901234568e+17"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (2.5, "2.5"),
            (1e22, "1e+22"),
            (9999999999999998.0, "9999999999999998.0"),
            (std::f64::consts::PI, "3.141592653589793"),
            (-1e-300, "-1e-300"),
            (100.0, "100.0"),
            (1e100, "1e+100"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr({x:?})");
        }
        // The double just below 1e-4.
        assert_eq!(
            float_repr(f(0x3F1A_36E2_EB1C_432C)),
            "9.999999999999999e-05"
        );
    }

    #[test]
    fn numeric_hashes() {
        let ints: &[(i64, i64)] = &[
            (0, 0),
            (1, 1),
            (-1, -2),
            (-2, -2),
            ((1 << 61) - 2, 2305843009213693950),
            ((1 << 61) - 1, 0),
            (1 << 61, 1),
            (-(1 << 61), -2),
            (i64::MAX, 3),
            (i64::MIN, -4),
        ];
        for &(v, h) in ints {
            assert_eq!(hash_int_i64(v), h, "hash({v})");
            assert_eq!(hash_bigint(&BigInt::from(v)), h, "hash({v}) as bigint");
        }
        let bigs: &[(BigInt, i64)] = &[
            (pow(2, 64), 8),
            (pow(2, 64) + 5, 13),
            (-pow(2, 100), -549755813888),
            (pow(3, 200), 424410663027747676),
            (-pow(7, 99), -797355338241490394),
            (pow(10, 30), 465258685558744706),
        ];
        for (v, h) in bigs {
            assert_eq!(hash_bigint(v), *h, "hash({v})");
        }
        let floats: &[(f64, i64)] = &[
            (0.5, 1152921504606846976),
            (-0.5, -1152921504606846976),
            (1.5, 1152921504606846977),
            (1e300, 1224995262755759164),
            (5e-324, 16777216),
            (-1.0, -2),
            (2.0f64.powi(61), 1),
            (1e-300, 482449582752280463),
            (3.25, 576460752303423491),
            (2.71, 1637148536541722626),
            (-2.5e-10, -699647011998930896),
            (2.0f64.powi(100), 549755813888),
            (0.0, 0),
            (-0.0, 0),
            (f64::INFINITY, 314159),
            (f64::NEG_INFINITY, -314159),
            (f64::NAN, 0),
        ];
        for &(x, h) in floats {
            assert_eq!(hash_float(x), h, "hash({x:?})");
        }
        // Integral floats hash like ints.
        assert_eq!(
            hash_float(1e300),
            hash_bigint(&float_to_bigint(1e300).unwrap())
        );
    }

    #[test]
    fn tuple_hash() {
        assert_eq!(hash_tuple(&[]), 5740354900026072187);
        assert_eq!(hash_tuple(&[1, 2]), -3550055125485641917);
        assert_eq!(hash_tuple(&[1]), -6644214454873602895);
        assert_eq!(hash_tuple(&[-2]), 8078679518589016365);
        let inner = hash_tuple(&[1, 2]);
        assert_eq!(hash_tuple(&[inner, 3]), -333907151259015829);
        assert_eq!(hash_tuple(&[1, 2, 3]), 529344067295497451);
        assert_eq!(hash_tuple(&[0, 0]), -8458139203682520985);
        assert_eq!(hash_tuple(&[0]), -8753497827991233192);
    }

    #[test]
    fn bytes_hash() {
        // Values printed by CPython 3.11 run with PYTHONHASHSEED=0.
        assert_eq!(hash_bytes(b""), 0);
        assert_eq!(hash_bytes(b"abc"), -4594863902769663758);
        assert_eq!(hash_bytes(b"a"), 4644417185603328019);
        assert_eq!(hash_bytes(b"abcdefgh"), 4574395652268504554);
        assert_eq!(hash_bytes(b"abcdefghijklmnopq"), 7044894726457044172);
        assert_eq!(hash_bytes(b"\xff\x00"), hash_str("\u{ff}\0"));
    }

    #[test]
    fn str_hash() {
        // Values printed by CPython 3.11 run with PYTHONHASHSEED=0.
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_str("abc"), -4594863902769663758);
        assert_eq!(hash_str("abcdefgh"), 4574395652268504554);
        assert_eq!(hash_str("\u{e9}"), 6047309291227476195);
        assert_eq!(hash_str("\u{20ac}"), -5529981157763016009);
        assert_eq!(hash_str("\u{1f600}"), -3536540696076613844);
        assert_eq!(hash_str("a\u{20ac}\u{1f600}"), -643331045009566827);
    }

    #[test]
    fn repr_of_str() {
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("a'b"), "\"a'b\"");
        assert_eq!(str_repr("a'b\""), "'a\\'b\"'");
        assert_eq!(str_repr("\""), "'\"'");
        assert_eq!(str_repr(""), "''");
        assert_eq!(
            str_repr("\x00\x1f\x7f\u{80}\u{a0}\u{ad}\u{378}\u{200b}\u{2028}\u{feff}\u{1f600}\u{e0001}\u{10ffff}"),
            "'\\x00\\x1f\\x7f\\x80\\xa0\\xad\\u0378\\u200b\\u2028\\ufeff\u{1f600}\\U000e0001\\U0010ffff'"
        );
        assert_eq!(str_repr("\\\t\n\r"), "'\\\\\\t\\n\\r'");
        assert_eq!(str_repr("é١😀"), "'é١😀'");
    }

    #[test]
    fn unicode_helpers() {
        assert!(char_is_space('\u{a0}'));
        assert!(char_is_space('\u{3000}'));
        assert!(char_is_space('\x1c'));
        assert!(!char_is_space('a'));
        assert_eq!(char_decimal_value('7'), Some(7));
        assert_eq!(char_decimal_value('\u{662}'), Some(2));
        assert_eq!(char_decimal_value('\u{ff19}'), Some(9));
        assert_eq!(char_decimal_value('\u{1d7ce}'), Some(0));
        assert_eq!(char_decimal_value('\u{1fbf9}'), Some(9));
        assert_eq!(char_decimal_value('a'), None);
        assert_eq!(char_decimal_value('\u{b2}'), None); // superscript two
        assert!(char_is_printable('a'));
        assert!(!char_is_printable('\u{85}'));
    }

    fn int_ok(s: &str, base: u32) -> BigInt {
        match parse_int(s, base) {
            Ok(v) => v.into_bigint(),
            Err(e) => panic!("int({s:?}, {base}) failed: {e}"),
        }
    }

    #[test]
    fn parse_int_accepts() {
        let cases: &[(&str, u32, i64)] = &[
            (" 12 ", 10, 12),
            ("1_000", 10, 1000),
            ("0x_1f", 16, 31),
            ("0x_1f", 0, 31),
            ("0x1f", 0, 31),
            ("00", 0, 0),
            ("0_0", 0, 0),
            ("0", 0, 0),
            ("-0", 10, 0),
            ("0b1", 2, 1),
            ("0o17", 8, 15),
            ("0b1", 16, 177),
            ("\u{661}\u{662}", 10, 12),
            ("\u{ff11}\u{ff12}", 10, 12),
            ("\u{a0}1\u{a0}", 10, 1),
            ("\u{2000}1", 10, 1),
            ("z", 36, 35),
            ("Z", 36, 35),
            ("1\n", 10, 1),
            ("0B1", 0, 1),
            ("0X1F", 0, 31),
            ("0O7", 0, 7),
            ("\u{661}0", 16, 16),
            ("+0x1", 16, 1),
            ("-0b101", 0, -5),
            ("\u{e50}", 10, 0),
            ("\u{1d7ce}", 10, 0),
            ("10", 2, 2),
            ("\x0b\x0c 7\t", 10, 7),
            ("9223372036854775807", 10, i64::MAX),
            ("-9223372036854775808", 10, i64::MIN),
        ];
        for &(s, base, want) in cases {
            assert_eq!(
                parse_int(s, base),
                Ok(IntValue::Small(want)),
                "int({s:?}, {base})"
            );
        }
        assert_eq!(
            parse_int("9223372036854775808", 10),
            Ok(IntValue::Big(big("9223372036854775808")))
        );
        assert_eq!(
            parse_int("-9223372036854775809", 10),
            Ok(IntValue::Big(big("-9223372036854775809")))
        );
        assert_eq!(
            int_ok("999999999999999999999999999999", 10),
            big("999999999999999999999999999999")
        );
        assert_eq!(int_ok("-1_0000_0000_0000_0000_0000", 16), -pow(16, 20));
        assert_eq!(int_ok(&"1".repeat(200), 2), pow(2, 200) - 1);
    }

    #[test]
    fn parse_int_rejects() {
        let cases: &[(&str, u32, &str)] = &[
            ("abc", 10, "invalid literal for int() with base 10: 'abc'"),
            ("_1", 10, "invalid literal for int() with base 10: '_1'"),
            ("1_", 10, "invalid literal for int() with base 10: '1_'"),
            ("1__0", 10, "invalid literal for int() with base 10: '1__0'"),
            ("0x1f", 10, "invalid literal for int() with base 10: '0x1f'"),
            ("010", 0, "invalid literal for int() with base 0: '010'"),
            ("0_1", 0, "invalid literal for int() with base 0: '0_1'"),
            ("0b", 0, "invalid literal for int() with base 0: '0b'"),
            ("0o17", 16, "invalid literal for int() with base 16: '0o17'"),
            ("+ 1", 10, "invalid literal for int() with base 10: '+ 1'"),
            (
                "\x1c1",
                10,
                "invalid literal for int() with base 10: '\\x1c1'",
            ),
            (
                "1\x1c",
                10,
                "invalid literal for int() with base 10: '1\\x1c'",
            ),
            ("", 10, "invalid literal for int() with base 10: ''"),
            ("  ", 10, "invalid literal for int() with base 10: '  '"),
            ("-", 10, "invalid literal for int() with base 10: '-'"),
            (
                "it's",
                10,
                "invalid literal for int() with base 10: \"it's\"",
            ),
            ("'\"", 10, "invalid literal for int() with base 10: '\\'\"'"),
            (
                "\x00",
                10,
                "invalid literal for int() with base 10: '\\x00'",
            ),
            ("é", 10, "invalid literal for int() with base 10: 'é'"),
            (
                "\u{661}x",
                10,
                "invalid literal for int() with base 10: '\u{661}x'",
            ),
            ("0_b1", 0, "invalid literal for int() with base 0: '0_b1'"),
            ("1e5", 10, "invalid literal for int() with base 10: '1e5'"),
            ("0x", 16, "invalid literal for int() with base 16: '0x'"),
            ("0x ", 16, "invalid literal for int() with base 16: '0x '"),
            ("0x1_", 16, "invalid literal for int() with base 16: '0x1_'"),
            (
                "0x__1",
                16,
                "invalid literal for int() with base 16: '0x__1'",
            ),
            ("2", 2, "invalid literal for int() with base 2: '2'"),
            ("1", 37, "int() base must be >= 2 and <= 36, or 0"),
            ("1", 1, "int() base must be >= 2 and <= 36, or 0"),
        ];
        for &(s, base, msg) in cases {
            assert_eq!(
                parse_int(s, base),
                Err(msg.to_string()),
                "int({s:?}, {base})"
            );
        }
        // The repr in the message is truncated to 200 characters.
        let long = "a".repeat(300);
        let want = format!(
            "invalid literal for int() with base 10: '{}",
            "a".repeat(199)
        );
        assert_eq!(parse_int(&long, 10), Err(want));
    }

    #[test]
    fn parse_float_cases() {
        let ok: &[(&str, f64)] = &[
            ("1_0", 10.0),
            ("1e1_0", 1e10),
            ("1.5_5", 1.55),
            ("inf", f64::INFINITY),
            ("-Infinity", f64::NEG_INFINITY),
            ("5.", 5.0),
            (".5", 0.5),
            ("1.e5", 100000.0),
            (" 1.5 ", 1.5),
            ("\u{a0}1.5\u{2000}", 1.5),
            ("1.5\x0b", 1.5),
            ("\u{661}.\u{665}", 1.5),
            ("1e999999999999999999", f64::INFINITY),
            ("1e-99999999999999999", 0.0),
            ("1_000.000_1", 1000.0001),
            ("1E5", 100000.0),
            ("1e+5", 100000.0),
            ("1e-5", 1e-5),
            ("0001.5", 1.5),
            ("-0", -0.0),
            ("0.1", 0.1),
            ("2.2250738585072011e-308", 2.225073858507201e-308),
        ];
        for &(s, want) in ok {
            let got = parse_float(s).unwrap();
            assert_eq!(got.to_bits(), want.to_bits(), "float({s:?})");
        }
        assert_eq!(
            parse_float(&"1".repeat(400)).unwrap(),
            f64::INFINITY,
            "float('1'*400)"
        );
        for s in ["nan", "+nan", "nAn", "-nan"] {
            assert!(parse_float(s).unwrap().is_nan());
        }
        assert!(parse_float("-nan").unwrap().is_sign_negative());
        let bad = [
            "_1",
            "1_",
            "1__0",
            "1_e5",
            "1._5",
            "in_f",
            "1e",
            ".e5",
            ".",
            "\x1c1.5",
            "0x10",
            "+-1",
            "- 1",
            "infinit",
            "infinityx",
            "nan1",
            "",
            " ",
            "1\x00",
            "e5",
            "1e+-5",
            "inf_",
            "i_nf",
            "1.5j",
            "abc",
        ];
        for s in bad {
            assert_eq!(
                parse_float(s),
                Err(format!(
                    "could not convert string to float: {}",
                    str_repr(s)
                )),
                "float({s:?})"
            );
        }
        assert_eq!(
            parse_float("abc"),
            Err("could not convert string to float: 'abc'".to_string())
        );
    }

    #[test]
    fn base_strings() {
        assert_eq!(int_to_base_string(&BigInt::from(-31), 16, true), "-0x1f");
        assert_eq!(int_to_base_string(&BigInt::from(5), 2, true), "0b101");
        assert_eq!(int_to_base_string(&BigInt::from(15), 8, true), "0o17");
        assert_eq!(int_to_base_string(&BigInt::from(0), 16, true), "0x0");
        assert_eq!(int_to_base_string(&BigInt::from(255), 16, false), "ff");
        assert_eq!(
            int_to_base_string(&-pow(2, 70), 16, true),
            "-0x400000000000000000"
        );
    }

    #[test]
    fn rounding() {
        let cases: &[(f64, i64, f64)] = &[
            (2.675, 2, 2.67),
            (1234.5, -2, 1200.0),
            (1250.0, -2, 1200.0),
            (1350.0, -2, 1400.0),
            (-4.0, -1, -0.0),
            (-0.4, 0, -0.0),
            (0.5, 0, 0.0),
            (1.5, 0, 2.0),
            (5e-324, 400, 5e-324),
            (f64::MAX, -309, 0.0),
            (f64::INFINITY, -400, f64::INFINITY),
            (f64::INFINITY, 2, f64::INFINITY),
            (0.0, -400, 0.0),
            (-0.0, -400, -0.0),
            (-1.0, -400, -0.0),
            (123.456, -400, 0.0),
            (123.456, 324, 123.456),
            (0.1, 323, 0.1),
            (5e-324, 323, 0.0),
            (5e-324, 322, 0.0),
            (2.5e-323, 323, 2e-323),
            (1.5e-323, 323, 1e-323),
            (0.285, 2, 0.28),
            (1e22, -22, 1e22),
            (5e21, -22, 0.0),
            (1.5e22, -22, 2e22),
            (-2.5, 0, -2.0),
            (7.0, -1, 10.0),
            (15.0, -1, 20.0),
            (25.0, -1, 20.0),
            (4.5, -1, 0.0),
            (9.5e307, -308, 1e308),
            (1e308, -308, 1e308),
            (-5e307, -308, -1e308),
        ];
        for &(x, n, want) in cases {
            let got = float_round(x, n);
            assert_eq!(got.to_bits(), want.to_bits(), "round({x:?}, {n}) = {got:?}");
        }
        assert!(float_round(f64::NAN, 0).is_nan());
        assert!(float_round(f64::MAX, -308).is_infinite());

        let ints: &[(f64, i64)] = &[(0.5, 0), (1.5, 2), (2.5, 2), (-0.5, 0), (-2.5, -2)];
        for &(x, want) in ints {
            assert_eq!(
                float_round_to_int(x),
                Ok(BigInt::from(want)),
                "round({x:?})"
            );
        }
        assert_eq!(
            float_round_to_int(4503599627370497.0),
            Ok(BigInt::from(4503599627370497i64))
        );
        assert_eq!(
            float_round_to_int(1e300),
            Ok(float_to_bigint(1e300).unwrap())
        );
        assert_eq!(
            float_round_to_int(f64::NAN),
            Err("cannot convert float NaN to integer".to_string())
        );
        assert_eq!(
            float_round_to_int(f64::NEG_INFINITY),
            Err("cannot convert float infinity to integer".to_string())
        );
    }

    #[test]
    fn float_divmod() {
        let cases: &[(f64, f64, f64, f64)] = &[
            (7.0, 2.0, 3.0, 1.0),
            (-7.0, 2.0, -4.0, 1.0),
            (7.0, -2.0, -4.0, -1.0),
            (-7.0, -2.0, 3.0, -1.0),
            (0.0, -3.0, -0.0, -0.0),
            (-0.0, 3.0, -0.0, 0.0),
            (6.0, -3.0, -2.0, -0.0),
            (-6.0, 3.0, -2.0, 0.0),
            (1.0, f64::INFINITY, 0.0, 1.0),
            (-1.0, f64::INFINITY, -1.0, f64::INFINITY),
            (1.0, f64::NEG_INFINITY, -1.0, f64::NEG_INFINITY),
            (5.5, 0.1, 54.0, 0.0999999999999997),
            (-1e-300, 1e300, -1.0, 1e300),
        ];
        for &(a, b, q, r) in cases {
            let (gq, gr) = float_floor_div_mod(a, b);
            assert_eq!(
                (gq.to_bits(), gr.to_bits()),
                (q.to_bits(), r.to_bits()),
                "divmod({a:?}, {b:?}) = ({gq:?}, {gr:?})"
            );
        }
        let (q, r) = float_floor_div_mod(f64::INFINITY, 2.0);
        assert!(q.is_nan() && r.is_nan());
    }

    #[test]
    fn conversions() {
        assert_eq!(float_to_bigint(-3.9), Some(BigInt::from(-3)));
        assert_eq!(float_to_bigint(f64::NAN), None);
        assert_eq!(float_to_bigint(f64::INFINITY), None);
        assert_eq!(float_to_bigint(2.0f64.powi(70)), Some(pow(2, 70)));
        assert_eq!(
            float_to_bigint(-(2.0f64.powi(63))),
            Some(BigInt::from(i64::MIN))
        );
        assert_eq!(
            float_to_bigint(1e300).unwrap().to_string(),
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"
        );

        let two = BigInt::from(2);
        let cases: &[(BigInt, u64)] = &[
            (pow(2, 53) + 1, 0x4340_0000_0000_0000),
            (pow(2, 54) + 3, 0x4350_0000_0000_0001),
            (pow(2, 1024) - pow(2, 970) - 1, 0x7FEF_FFFF_FFFF_FFFF),
            (-(pow(2, 64) + pow(2, 11)), 0xC3F0_0000_0000_0000),
            (pow(2, 64) + pow(2, 11) + 1, 0x43F0_0000_0000_0001),
            (pow(3, 500), 0x7176_55D2_CE05_63F7),
        ];
        for (v, bits) in cases {
            assert_eq!(bigint_to_f64(v).map(f64::to_bits), Ok(*bits), "float({v})");
        }
        assert_eq!(
            bigint_to_f64(&(pow(2, 1024) - pow(2, 970))),
            Err("int too large to convert to float".to_string())
        );
        assert_eq!(
            bigint_to_f64(&num_traits::pow(two, 5000)),
            Err("int too large to convert to float".to_string())
        );
    }

    #[test]
    fn true_division() {
        let cases: &[(BigInt, BigInt, f64)] = &[
            (pow(10, 400), pow(10, 399), 10.0),
            (BigInt::from(1), BigInt::from(3), 0.3333333333333333),
            (pow(2, 1100), pow(3, 500), 3.7356645449244473e92),
            (-pow(2, 1100), pow(3, 500), -3.7356645449244473e92),
            (BigInt::from(1), pow(10, 400), 0.0),
            (pow(3, 700), pow(2, 1074) * pow(3, 700), 5e-324),
            (pow(3, 700) * 5, pow(2, 1077) * pow(3, 700), 5e-324),
            (pow(2, 53) + 1, BigInt::from(1), 9007199254740992.0),
            (-(pow(2, 53) + 1u32), pow(2, 80), -7.450580596923828e-09),
            (pow(2, 63) + 1, BigInt::from(3), 3.0744573456182584e18),
            (BigInt::from(0), -pow(2, 80), -0.0),
        ];
        for (a, b, want) in cases {
            let got = int_true_divide(a, b).unwrap();
            assert_eq!(got.to_bits(), want.to_bits(), "{a} / {b} = {got:?}");
        }
        let overflow = Err("integer division result too large for a float".to_string());
        assert_eq!(
            int_true_divide(&(pow(2, 1024) - pow(2, 970)), &BigInt::from(1)),
            overflow
        );
        assert_eq!(int_true_divide(&pow(10, 320), &pow(10, 10)), overflow);
        assert_eq!(
            int_true_divide(&BigInt::from(1), &BigInt::from(0)),
            Err("division by zero".to_string())
        );
        assert_eq!(int_true_divide_i64(7, 2), Ok(3.5));
        assert_eq!(
            int_true_divide_i64(0, -5).map(f64::to_bits),
            Ok((-0.0f64).to_bits())
        );
        assert_eq!(int_true_divide_i64(i64::MAX, 1), Ok(9223372036854775807.0));
        assert_eq!(
            int_true_divide_i64(1, 0),
            Err("division by zero".to_string())
        );
    }
}
