//! String formatting: `str % args` and `str.format(*args, **kwargs)`. The format-spec
//! mini-language itself lives in `crate::format`.

use crate::format;
use crate::objects::int;
use crate::value::{Object, Value};
use crate::vm::{PyResult, Vm};

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let text = fmt
        .as_str()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    let is_mapping = args.as_dict().is_some()
        || (matches!(args.as_object(), Some(Object::Instance(_)))
            && !matches!(args.builtin_payload(), Some(Object::Tuple(_)))
            && vm.has_attr_str(args, "__getitem__")?);
    let items: Vec<Value> = match args.as_tuple() {
        Some(t) => t.to_vec(),
        None => vec![args.clone()],
    };
    let mut next = 0usize;
    let mut out = String::with_capacity(text.len() + 16);
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    let mut used_mapping = false;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        // %(key)
        let mut mapped: Option<Value> = None;
        if chars[i] == '(' {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key: String = chars[start..i - 1].iter().collect();
            if !is_mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            let k = vm.new_str(key);
            mapped = Some(vm.get_item(args, &k)?);
            used_mapping = true;
        }
        let mut flags = String::new();
        while i < chars.len() && "-+ #0".contains(chars[i]) {
            flags.push(chars[i]);
            i += 1;
        }
        let mut take_arg = |vm: &mut Vm| -> PyResult<Value> {
            if let Some(v) = mapped.take() {
                return Ok(v);
            }
            if next >= items.len() {
                return Err(vm.type_error("not enough arguments for format string"));
            }
            next += 1;
            Ok(items[next - 1].clone())
        };
        let mut width: Option<usize> = None;
        if i < chars.len() && chars[i] == '*' {
            let w = take_arg(vm)?;
            let w = int::as_i64(&w).ok_or_else(|| vm.type_error("* wants int"))?;
            if w < 0 {
                flags.push('-');
            }
            width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let mut n = String::new();
            while i < chars.len() && chars[i].is_ascii_digit() {
                n.push(chars[i]);
                i += 1;
            }
            if !n.is_empty() {
                width = n.parse().ok();
            }
        }
        let mut precision: Option<usize> = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = take_arg(vm)?;
                precision = Some(int::as_i64(&p).unwrap_or(0).max(0) as usize);
                i += 1;
            } else {
                let mut n = String::new();
                while i < chars.len() && chars[i].is_ascii_digit() {
                    n.push(chars[i]);
                    i += 1;
                }
                precision = Some(n.parse().unwrap_or(0));
            }
        }
        while i < chars.len() && "hlL".contains(chars[i]) {
            i += 1;
        }
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let arg = take_arg(vm)?;
        let left = flags.contains('-');
        let zero = flags.contains('0') && !left;
        let sign = if flags.contains('+') {
            "+"
        } else if flags.contains(' ') {
            " "
        } else {
            ""
        };
        let alt = flags.contains('#');
        let body: String = match conv {
            's' => {
                let mut s = vm.str_of(&arg)?;
                if let Some(p) = precision {
                    s = s.chars().take(p).collect();
                }
                s
            }
            'r' | 'a' => {
                let mut s = if conv == 'r' {
                    vm.repr(&arg)?
                } else {
                    vm.ascii(&arg)?
                };
                if let Some(p) = precision {
                    s = s.chars().take(p).collect();
                }
                s
            }
            'c' => {
                if let Some(s) = arg.as_str() {
                    if s.char_len() != 1 {
                        return Err(vm.type_error("%c requires int or char"));
                    }
                    s.as_str().to_string()
                } else if let Some(n) = int::as_i64(&arg) {
                    match u32::try_from(n).ok().and_then(char::from_u32) {
                        Some(c) => c.to_string(),
                        None => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
                    }
                } else {
                    return Err(vm.type_error("%c requires int or char"));
                }
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = percent_int(vm, &arg, conv)?;
                let negative = num_traits::Signed::is_negative(&n);
                let mag = num_traits::Signed::abs(&n);
                let mut digits = match conv {
                    'x' => mag.to_str_radix(16),
                    'X' => mag.to_str_radix(16).to_uppercase(),
                    'o' => mag.to_str_radix(8),
                    _ => crate::numeric::bigint_to_decimal(&mag).map_err(|m| vm.value_error(m))?,
                };
                if let Some(p) = precision {
                    while digits.len() < p {
                        digits.insert(0, '0');
                    }
                }
                let prefix = match (alt, conv) {
                    (true, 'x') => "0x",
                    (true, 'X') => "0X",
                    (true, 'o') => "0o",
                    _ => "",
                };
                let sign_str = if negative { "-" } else { sign };
                pad_number(sign_str, prefix, &digits, width, left, zero)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match &arg {
                    Value::FloatBits(f) => f64::from_bits(*f),
                    _ if int::is_int(&arg) => int::int_to_f64(vm, &arg)?,
                    _ if arg.as_str().is_some() || vm.bytes_like(&arg).is_some() => {
                        let t = vm.type_name(&arg);
                        return Err(vm.type_error(format!("must be real number, not {t}")));
                    }
                    _ => match crate::objects::float_type::float_from_value(vm, &arg) {
                        Ok(f) => f,
                        Err(e) if vm.err_matches(&e, &vm.types.exc.type_error.clone()) => {
                            let t = vm.type_name(&arg);
                            return Err(vm.type_error(format!("must be real number, not {t}")));
                        }
                        Err(e) => return Err(e),
                    },
                };
                let s =
                    format::format_float_percent_style(x, conv, Some(precision.unwrap_or(6)), alt);
                let (neg, digits) = match s.strip_prefix('-') {
                    Some(rest) => (true, rest.to_string()),
                    None => (false, s),
                };
                let sign_str = if neg { "-" } else { sign };
                let zero = zero && x.is_finite();
                pad_number(sign_str, "", &digits, width, left, zero)
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other,
                    other as u32,
                    i - 1
                )))
            }
        };
        let len = body.chars().count();
        match width {
            Some(w) if w > len => {
                let pad: String = " ".repeat(w - len);
                if left {
                    out.push_str(&body);
                    out.push_str(&pad);
                } else if matches!(
                    conv,
                    'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G'
                ) {
                    out.push_str(&body);
                } else {
                    out.push_str(&pad);
                    out.push_str(&body);
                }
            }
            _ => out.push_str(&body),
        }
    }
    if !used_mapping && next < items.len() && !is_mapping {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(vm.new_str(out))
}

fn percent_int(vm: &mut Vm, arg: &Value, conv: char) -> PyResult<num_bigint::BigInt> {
    if let Some(b) = int::as_bigint(arg) {
        return Ok(b.into_owned());
    }
    if let Some(f) = arg.as_f64() {
        if matches!(conv, 'd' | 'i' | 'u') {
            return crate::numeric::float_to_bigint(f.trunc())
                .ok_or_else(|| vm.overflow_error("cannot convert float infinity to integer"));
        }
    }
    if let Some(i) = vm.call_special_opt(arg, "__index__", vec![])? {
        if let Some(b) = int::as_bigint(&i) {
            return Ok(b.into_owned());
        }
    }
    if matches!(conv, 'd' | 'i' | 'u') {
        if let Some(i) = vm.call_special_opt(arg, "__int__", vec![])? {
            if let Some(b) = int::as_bigint(&i) {
                return Ok(b.into_owned());
            }
        }
    }
    let t = vm.type_name(arg);
    Err(vm.type_error(match conv {
        'x' | 'X' | 'o' => format!("%{conv} format: an integer is required, not {t}"),
        _ => format!("%{conv} format: a real number is required, not {t}"),
    }))
}

/// Sign, prefix and digits padded to `width` (zero padding goes between sign and digits).
fn pad_number(
    sign: &str,
    prefix: &str,
    digits: &str,
    width: Option<usize>,
    left: bool,
    zero: bool,
) -> String {
    let len = sign.len() + prefix.len() + digits.chars().count();
    let w = width.unwrap_or(0);
    if w <= len {
        return format!("{sign}{prefix}{digits}");
    }
    let pad = w - len;
    if left {
        format!("{sign}{prefix}{digits}{}", " ".repeat(pad))
    } else if zero {
        format!("{sign}{prefix}{}{digits}", "0".repeat(pad))
    } else {
        format!("{}{sign}{prefix}{digits}", " ".repeat(pad))
    }
}

/// `fmt.format(*args, **kwargs)`.
pub fn str_format(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<String> {
    let mut auto_index = 0usize;
    let mut manual = false;
    format_with(vm, fmt, args, kwargs, &mut auto_index, &mut manual, 2)
}

fn format_with(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    auto_index: &mut usize,
    manual: &mut bool,
    depth: u32,
) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if i + 1 < chars.len() && chars[i + 1] == '{' {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace (nested braces in the spec).
            let mut j = i + 1;
            let mut nest = 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => nest += 1,
                    '}' => {
                        nest -= 1;
                        if nest == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j].iter().collect();
            i = j + 1;
            // field_name[!conv][:spec]
            let (name_part, rest) = split_field(&field);
            let (conv, spec) = match rest.split_once(':') {
                Some((c, s)) if c.starts_with('!') || c.is_empty() => {
                    (c.to_string(), s.to_string())
                }
                _ => {
                    if let Some(s) = rest.strip_prefix(':') {
                        (String::new(), s.to_string())
                    } else {
                        (rest.to_string(), String::new())
                    }
                }
            };
            let value = resolve_field(vm, &name_part, args, kwargs, auto_index, manual)?;
            let value = match conv.as_str() {
                "" => value,
                "!r" => {
                    let s = vm.repr(&value)?;
                    vm.new_str(s)
                }
                "!s" => vm.str(&value)?,
                "!a" => {
                    let s = vm.ascii(&value)?;
                    vm.new_str(s)
                }
                _ => {
                    if conv.len() == 2 {
                        return Err(
                            vm.value_error(format!("Unknown conversion specifier {}", &conv[1..]))
                        );
                    }
                    return Err(vm.value_error("expected ':' after conversion specifier"));
                }
            };
            let spec = if spec.contains('{') {
                if depth == 0 {
                    return Err(vm.value_error("Max string recursion exceeded"));
                }
                format_with(vm, &spec, args, kwargs, auto_index, manual, depth - 1)?
            } else {
                spec
            };
            let formatted = vm.format(&value, &spec)?;
            if let Some(s) = formatted.as_str() {
                out.push_str(s.as_str());
            }
        } else if c == '}' {
            if i + 1 < chars.len() && chars[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

/// Splits `name!r:spec` into the name and the rest (starting at '!' or ':').
fn split_field(field: &str) -> (String, String) {
    let mut bracket = false;
    for (idx, c) in field.char_indices() {
        match c {
            '[' => bracket = true,
            ']' => bracket = false,
            '!' | ':' if !bracket => return (field[..idx].to_string(), field[idx..].to_string()),
            _ => {}
        }
    }
    (field.to_string(), String::new())
}

fn resolve_field(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    auto_index: &mut usize,
    manual: &mut bool,
) -> PyResult<Value> {
    // The first part up to '.' or '['.
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..end];
    let mut value = if first.is_empty() {
        if *manual {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let idx = *auto_index;
        *auto_index += 1;
        match args.get(idx) {
            Some(v) => v.clone(),
            None => {
                return Err(vm.index_error(format!(
                    "Replacement index {idx} out of range for positional args tuple"
                )))
            }
        }
    } else if let Ok(idx) = first.parse::<usize>() {
        if *auto_index > 0 {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *manual = true;
        match args.get(idx) {
            Some(v) => v.clone(),
            None => {
                return Err(vm.index_error(format!(
                    "Replacement index {idx} out of range for positional args tuple"
                )))
            }
        }
    } else {
        match kwargs
            .iter()
            .find(|(k, _)| k.as_str().is_some_and(|s| s.as_str() == first))
        {
            Some((_, v)) => v.clone(),
            None => {
                let k = vm.new_str(first);
                return Err(vm.key_error(k));
            }
        }
    };
    let mut rest = &name[end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let e = r.find(['.', '[']).unwrap_or(r.len());
            let attr = vm.intern(&r[..e]);
            value = vm.get_attr(&value, &attr)?;
            rest = &r[e..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(close) = r.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key_text = &r[..close];
            let key = match key_text.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => vm.new_str(key_text),
            };
            value = vm.get_item(&value, &key)?;
            rest = &r[close + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(value)
}
