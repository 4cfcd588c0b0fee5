//! The text codecs pyvm builds in (str.encode, bytes.decode, str(b, enc), bytes(s, enc) and the
//! io module's TextIOWrapper): UTF-8 (and -sig), UTF-16 and UTF-32 (with a BOM or of one byte
//! order), ASCII, Latin-1, cp1252 and ISO-8859-15, with CPython's names, aliases, error
//! handlers, and UnicodeDecodeError/UnicodeEncodeError carrying `encoding`, `object`, `start`,
//! `end` and `reason`.
//!
//! pyvm's str cannot hold lone surrogates, so a decoding error that CPython's
//! `surrogateescape` or `surrogatepass` would turn into surrogates raises NotImplementedError.

use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// Byte order of a UTF-16 or UTF-32 codec.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Order {
    /// "utf-16"/"utf-32": decoding follows a leading BOM (little-endian without one), encoding
    /// writes a BOM then little-endian units (the byte order of the machines pyvm runs on).
    Bom,
    Le,
    Be,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Cp1252,
    Latin9,
    Utf16(Order),
    Utf32(Order),
}

/// CPython's normalisation of an encoding name before the alias lookup: lower case, and every
/// run of characters other than letters, digits and '.' becomes one '_' (none at the ends).
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// The codec an encoding name stands for, by CPython's aliases.
pub fn lookup(name: &str) -> Option<Codec> {
    Some(match normalize(name).as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "utf_8_sig" => Codec::Utf8Sig,
        "ascii" | "646" | "us_ascii" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
        | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991"
        | "iso_ir_6" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "iso8859" | "8859"
        | "cp819" | "ibm819" | "csisolatin1" | "iso_8859_1_1987" | "iso_ir_100" => Codec::Latin1,
        "cp1252" | "windows_1252" | "1252" => Codec::Cp1252,
        "iso8859_15" | "iso_8859_15" | "latin9" | "l9" => Codec::Latin9,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(Order::Bom),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Order::Le),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Order::Be),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(Order::Bom),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Order::Le),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Order::Be),
        _ => return None,
    })
}

/// `lookup`, with CPython's LookupError for an unknown name.
pub fn lookup_or_error(vm: &Vm, name: &str) -> PyResult<Codec> {
    lookup(name).ok_or_else(|| {
        vm.new_exception(
            &vm.types.exc.lookup_error,
            format!("unknown encoding: {name}"),
        )
    })
}

impl Codec {
    /// The codec's name in CPython's error messages and exception attributes.
    pub fn error_name(self) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Cp1252 | Codec::Latin9 => "charmap",
            Codec::Utf16(Order::Be) => "utf-16-be",
            Codec::Utf16(_) => "utf-16-le",
            Codec::Utf32(Order::Be) => "utf-32-be",
            Codec::Utf32(_) => "utf-32-le",
        }
    }

    /// Bytes per code unit: 2 and 4 for UTF-16 and UTF-32, 1 for the byte codecs.
    pub fn unit(self) -> usize {
        match self {
            Codec::Utf16(_) => 2,
            Codec::Utf32(_) => 4,
            _ => 1,
        }
    }

    /// The byte order mark a stream in this codec starts with when written (empty if none).
    pub fn bom(self) -> &'static [u8] {
        match self {
            Codec::Utf8Sig => b"\xef\xbb\xbf",
            Codec::Utf16(Order::Bom) => b"\xff\xfe",
            Codec::Utf32(Order::Bom) => b"\xff\xfe\x00\x00",
            _ => b"",
        }
    }

    /// The codec that follows a stream's leading bytes: for "utf-16"/"utf-32", the byte order
    /// a BOM names (and the BOM's length), little-endian without one; the codec itself (and
    /// the UTF-8 BOM's length, if present) otherwise.
    pub fn after_bom(self, data: &[u8]) -> (Codec, usize) {
        match self {
            Codec::Utf8Sig if data.starts_with(b"\xef\xbb\xbf") => (Codec::Utf8, 3),
            Codec::Utf8Sig => (Codec::Utf8, 0),
            Codec::Utf16(Order::Bom) => match data {
                [0xff, 0xfe, ..] => (Codec::Utf16(Order::Le), 2),
                [0xfe, 0xff, ..] => (Codec::Utf16(Order::Be), 2),
                _ => (Codec::Utf16(Order::Le), 0),
            },
            Codec::Utf32(Order::Bom) => match data {
                [0xff, 0xfe, 0, 0, ..] => (Codec::Utf32(Order::Le), 4),
                [0, 0, 0xfe, 0xff, ..] => (Codec::Utf32(Order::Be), 4),
                _ => (Codec::Utf32(Order::Le), 0),
            },
            c => (c, 0),
        }
    }

    fn big_endian(self) -> bool {
        matches!(self, Codec::Utf16(Order::Be) | Codec::Utf32(Order::Be))
    }

    /// The code unit at `data[i..]` (a byte for the byte codecs), if whole.
    pub fn unit_at(self, data: &[u8], i: usize) -> Option<u32> {
        let n = self.unit();
        let b = data.get(i..i + n)?;
        let mut v = 0u32;
        if self.big_endian() {
            b.iter().for_each(|&x| v = (v << 8) | x as u32);
        } else {
            b.iter().rev().for_each(|&x| v = (v << 8) | x as u32);
        }
        Some(v)
    }

    /// The encoding of the ASCII character `c` (for line endings in a byte stream).
    pub fn ascii_bytes(self, c: u8) -> Vec<u8> {
        let n = self.unit();
        let mut out = vec![0u8; n];
        if self.big_endian() {
            out[n - 1] = c;
        } else {
            out[0] = c;
        }
        out
    }
}

/// cp1252's bytes 0x80-0x9F (0: undefined); the rest is Latin-1.
const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
    0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/// ISO-8859-15's differences from Latin-1.
const LATIN9_DIFF: [(u8, char); 8] = [
    (0xa4, '\u{20ac}'),
    (0xa6, '\u{0160}'),
    (0xa8, '\u{0161}'),
    (0xb4, '\u{017d}'),
    (0xb8, '\u{017e}'),
    (0xbc, '\u{0152}'),
    (0xbd, '\u{0153}'),
    (0xbe, '\u{0178}'),
];

/// The character a one-byte codec gives byte `b`, if defined.
fn byte_to_char(codec: Codec, b: u8) -> Option<char> {
    match codec {
        Codec::Ascii => (b < 0x80).then_some(b as char),
        Codec::Cp1252 if (0x80..0xa0).contains(&b) => {
            char::from_u32(CP1252_HIGH[(b - 0x80) as usize] as u32).filter(|&c| c != '\0')
        }
        Codec::Latin9 => Some(
            LATIN9_DIFF
                .iter()
                .find(|(k, _)| *k == b)
                .map_or(b as char, |(_, c)| *c),
        ),
        _ => Some(b as char),
    }
}

/// The byte a one-byte codec encodes `c` as, if it can.
fn char_to_byte(codec: Codec, c: char) -> Option<u8> {
    let n = c as u32;
    match codec {
        Codec::Ascii => (n < 0x80).then_some(n as u8),
        Codec::Latin1 => (n < 0x100).then_some(n as u8),
        Codec::Cp1252 => {
            if n < 0x80 || (0xa0..0x100).contains(&n) {
                return Some(n as u8);
            }
            let i = CP1252_HIGH.iter().position(|&u| u != 0 && u as u32 == n)?;
            Some(0x80 + i as u8)
        }
        Codec::Latin9 => {
            if let Some((b, _)) = LATIN9_DIFF.iter().find(|(_, d)| *d == c) {
                return Some(*b);
            }
            let replaced = LATIN9_DIFF.iter().any(|(b, _)| *b as u32 == n);
            (n < 0x100 && !replaced).then_some(n as u8)
        }
        _ => None,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    Surrogates,
    Unknown,
}

fn handler(name: &str) -> Handler {
    match name {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" => Handler::NameReplace,
        "surrogateescape" | "surrogatepass" => Handler::Surrogates,
        _ => Handler::Unknown,
    }
}

fn unknown_handler(vm: &Vm, name: &str) -> PyErr {
    vm.new_exception(
        &vm.types.exc.lookup_error,
        format!("unknown error handler name '{name}'"),
    )
}

/// A UnicodeDecodeError or UnicodeEncodeError with its five attributes (and `args`).
fn unicode_error(
    vm: &Vm,
    decode: bool,
    encoding: &str,
    object: Value,
    range: std::ops::Range<usize>,
    reason: &str,
) -> PyErr {
    let class = if decode {
        &vm.types.exc.unicode_decode_error
    } else {
        &vm.types.exc.unicode_encode_error
    };
    let fields = [
        vm.new_str(encoding),
        object,
        Value::Int(range.start as i64),
        Value::Int(range.end as i64),
        vm.new_str(reason),
    ];
    let err = vm.new_exception_args(class, fields.to_vec());
    for (name, v) in ["encoding", "object", "start", "end", "reason"]
        .into_iter()
        .zip(fields)
    {
        err.exc().set_field(name, v);
    }
    err
}

/// Applies the error handler to the bytes `data[range]` that `codec` could not decode.
struct Decoder<'a> {
    vm: &'a Vm,
    codec: Codec,
    data: &'a [u8],
    errors: &'a str,
    handler: Handler,
    out: String,
}

impl Decoder<'_> {
    fn fail(&mut self, start: usize, end: usize, reason: &str) -> PyResult<()> {
        match self.handler {
            Handler::Strict => Err(unicode_error(
                self.vm,
                true,
                self.codec.error_name(),
                Value::Obj(crate::value::ObjRef::new_bytes(self.data)),
                start..end,
                reason,
            )),
            Handler::Ignore => Ok(()),
            Handler::Replace => {
                self.out.push('\u{fffd}');
                Ok(())
            }
            Handler::BackslashReplace => {
                for b in &self.data[start..end] {
                    self.out.push_str(&format!("\\x{b:02x}"));
                }
                Ok(())
            }
            Handler::XmlCharRefReplace | Handler::NameReplace => Err(self
                .vm
                .type_error("don't know how to handle UnicodeDecodeError in error callback")),
            Handler::Surrogates => Err(self.vm.not_implemented_error(format!(
                "the '{}' error handler needs lone surrogates in str, which pyvm does not have",
                self.errors
            ))),
            Handler::Unknown => Err(unknown_handler(self.vm, self.errors)),
        }
    }
}

/// Decodes `data` whole (bytes.decode, str(b, encoding)).
pub fn decode(vm: &Vm, codec: Codec, data: &[u8], errors: &str) -> PyResult<String> {
    decode_chunk(vm, codec, data, errors, true).map(|(s, _)| s)
}

/// Decodes a stream's chunk: unless `last`, an incomplete character at the end is left for the
/// next chunk (the count of bytes used is returned). A "utf-16"/"utf-32"/"utf-8-sig" codec
/// here reads a leading BOM; streams resolve it once with `Codec::after_bom` instead.
pub fn decode_chunk(
    vm: &Vm,
    codec: Codec,
    data: &[u8],
    errors: &str,
    last: bool,
) -> PyResult<(String, usize)> {
    let (codec, skip) = codec.after_bom(data);
    let mut d = Decoder {
        vm,
        codec,
        data,
        errors,
        handler: handler(errors),
        out: String::with_capacity(data.len()),
    };
    let used = match codec {
        Codec::Utf8 | Codec::Utf8Sig => decode_utf8(&mut d, skip, last)?,
        Codec::Utf16(_) => decode_utf16(&mut d, skip, last)?,
        Codec::Utf32(_) => decode_utf32(&mut d, skip, last)?,
        Codec::Latin1 => {
            d.out.extend(data.iter().map(|&b| b as char));
            data.len()
        }
        Codec::Ascii | Codec::Cp1252 | Codec::Latin9 => {
            let reason = if codec == Codec::Ascii {
                "ordinal not in range(128)"
            } else {
                "character maps to <undefined>"
            };
            for (i, &b) in data.iter().enumerate() {
                match byte_to_char(codec, b) {
                    Some(c) => d.out.push(c),
                    None => d.fail(i, i + 1, reason)?,
                }
            }
            data.len()
        }
    };
    Ok((d.out, used))
}

fn decode_utf8(d: &mut Decoder, start: usize, last: bool) -> PyResult<usize> {
    let data = d.data;
    let mut i = start;
    while i < data.len() {
        match std::str::from_utf8(&data[i..]) {
            Ok(s) => {
                d.out.push_str(s);
                return Ok(data.len());
            }
            Err(e) => {
                let good = e.valid_up_to();
                if let Ok(s) = std::str::from_utf8(&data[i..i + good]) {
                    d.out.push_str(s);
                }
                let at = i + good;
                let (end, reason) = match e.error_len() {
                    Some(1) if !(0xc2..=0xf4).contains(&data[at]) => (at + 1, "invalid start byte"),
                    Some(n) => (at + n, "invalid continuation byte"),
                    None if !last => return Ok(at),
                    None => (data.len(), "unexpected end of data"),
                };
                d.fail(at, end, reason)?;
                i = end;
            }
        }
    }
    Ok(data.len())
}

fn decode_utf16(d: &mut Decoder, start: usize, last: bool) -> PyResult<usize> {
    let (data, codec) = (d.data, d.codec);
    let mut i = start;
    while i < data.len() {
        let Some(u) = codec.unit_at(data, i) else {
            if !last {
                return Ok(i);
            }
            d.fail(i, data.len(), "truncated data")?;
            return Ok(data.len());
        };
        match u {
            0xd800..=0xdbff => match codec.unit_at(data, i + 2) {
                Some(lo @ 0xdc00..=0xdfff) => {
                    let c = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                    d.out.extend(char::from_u32(c));
                    i += 4;
                }
                Some(_) => {
                    d.fail(i, i + 2, "illegal UTF-16 surrogate")?;
                    i += 2;
                }
                None if !last => return Ok(i),
                None => {
                    d.fail(i, data.len(), "unexpected end of data")?;
                    return Ok(data.len());
                }
            },
            0xdc00..=0xdfff => {
                d.fail(i, i + 2, "illegal encoding")?;
                i += 2;
            }
            _ => {
                d.out.extend(char::from_u32(u));
                i += 2;
            }
        }
    }
    Ok(data.len())
}

fn decode_utf32(d: &mut Decoder, start: usize, last: bool) -> PyResult<usize> {
    let (data, codec) = (d.data, d.codec);
    let mut i = start;
    while i < data.len() {
        let Some(u) = codec.unit_at(data, i) else {
            if !last {
                return Ok(i);
            }
            d.fail(i, data.len(), "truncated data")?;
            return Ok(data.len());
        };
        match char::from_u32(u) {
            Some(c) => d.out.push(c),
            None if (0xd800..0xe000).contains(&u) => d.fail(
                i,
                i + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
            )?,
            None => d.fail(i, i + 4, "code point not in range(0x110000)")?,
        }
        i += 4;
    }
    Ok(data.len())
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a code point.
fn escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// Encodes `text` whole (str.encode, bytes(s, encoding)); "utf-16", "utf-32" and "utf-8-sig"
/// start with their BOM.
pub fn encode(vm: &Vm, codec: Codec, text: &str, errors: &str) -> PyResult<Vec<u8>> {
    let mut out = codec.bom().to_vec();
    encode_into(vm, codec, text, errors, &mut out)?;
    Ok(out)
}

/// Encodes `text` without a BOM (a stream writes its BOM once, first).
pub fn encode_into(
    vm: &Vm,
    codec: Codec,
    text: &str,
    errors: &str,
    out: &mut Vec<u8>,
) -> PyResult<()> {
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => out.extend_from_slice(text.as_bytes()),
        Codec::Utf16(order) => {
            out.reserve(text.len() * 2);
            for u in text.encode_utf16() {
                out.extend_from_slice(&if order == Order::Be {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
        }
        Codec::Utf32(order) => {
            out.reserve(text.len() * 4);
            for c in text.chars() {
                let n = c as u32;
                out.extend_from_slice(&if order == Order::Be {
                    n.to_be_bytes()
                } else {
                    n.to_le_bytes()
                });
            }
        }
        Codec::Ascii | Codec::Latin1 | Codec::Cp1252 | Codec::Latin9 => {
            encode_bytewise(vm, codec, text, errors, out)?
        }
    }
    Ok(())
}

fn encode_bytewise(
    vm: &Vm,
    codec: Codec,
    text: &str,
    errors: &str,
    out: &mut Vec<u8>,
) -> PyResult<()> {
    if text.is_ascii() {
        out.extend_from_slice(text.as_bytes());
        return Ok(());
    }
    let chars: Vec<char> = text.chars().collect();
    let h = handler(errors);
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = char_to_byte(codec, chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        // The run of characters the codec cannot encode goes to the handler at once.
        let end = chars[i..]
            .iter()
            .position(|&c| char_to_byte(codec, c).is_some())
            .map_or(chars.len(), |n| i + n);
        let bad = &chars[i..end];
        match h {
            Handler::Strict | Handler::Surrogates => {
                let reason = match codec {
                    Codec::Ascii => "ordinal not in range(128)",
                    Codec::Latin1 => "ordinal not in range(256)",
                    _ => "character maps to <undefined>",
                };
                return Err(unicode_error(
                    vm,
                    false,
                    codec.error_name(),
                    vm.new_str(text),
                    i..end,
                    reason,
                ));
            }
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', bad.len())),
            Handler::BackslashReplace => bad
                .iter()
                .for_each(|&c| out.extend_from_slice(escape(c).as_bytes())),
            Handler::XmlCharRefReplace => bad
                .iter()
                .for_each(|&c| out.extend_from_slice(format!("&#{};", c as u32).as_bytes())),
            Handler::NameReplace => {
                for &c in bad {
                    let s = match unicode_names2::name(c) {
                        Some(name) => format!("\\N{{{name}}}"),
                        None => escape(c),
                    };
                    out.extend_from_slice(s.as_bytes());
                }
            }
            Handler::Unknown => return Err(unknown_handler(vm, errors)),
        }
        i = end;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_cpython_aliases() {
        assert_eq!(lookup("UTF-16LE"), Some(Codec::Utf16(Order::Le)));
        assert_eq!(lookup("utf-16 le"), Some(Codec::Utf16(Order::Le)));
        assert_eq!(lookup(" windows-1252 "), Some(Codec::Cp1252));
        assert_eq!(lookup("utf--8"), Some(Codec::Utf8));
        assert_eq!(lookup("utf8-sig"), None);
        assert_eq!(lookup("latin9"), Some(Codec::Latin9));
    }

    #[test]
    fn one_byte_tables_round_trip() {
        for codec in [Codec::Cp1252, Codec::Latin9, Codec::Latin1] {
            for b in 0..=255u8 {
                if let Some(c) = byte_to_char(codec, b) {
                    assert_eq!(char_to_byte(codec, c), Some(b), "{codec:?} {b:#x}");
                }
            }
        }
        assert_eq!(byte_to_char(Codec::Cp1252, 0x80), Some('\u{20ac}'));
        assert_eq!(byte_to_char(Codec::Cp1252, 0x81), None);
        assert_eq!(char_to_byte(Codec::Latin9, '\u{a4}'), None);
    }

    #[test]
    fn units_and_boms() {
        let c = Codec::Utf16(Order::Be);
        assert_eq!(c.unit_at(b"\x00a\x00", 0), Some(0x61));
        assert_eq!(c.unit_at(b"\x00a\x00", 2), None);
        assert_eq!(Codec::Utf32(Order::Le).ascii_bytes(b'\n'), b"\n\0\0\0");
        assert_eq!(
            Codec::Utf16(Order::Bom).after_bom(b"\xfe\xff\x00a"),
            (Codec::Utf16(Order::Be), 2)
        );
        assert_eq!(
            Codec::Utf32(Order::Bom).after_bom(b"a\0\0\0"),
            (Codec::Utf32(Order::Le), 0)
        );
    }
}
