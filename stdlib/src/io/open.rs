//! open() (io.open, the builtin) and io.text_encoding.

use super::textio::TextOptions;
use super::{bind, class, opt_str, DEFAULT_BUFFER_SIZE};
use pyvm_vm::{Args, Object, PyResult, Value, Vm};

pub fn io_open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let names = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    let a = bind(vm, &args, 0, "open", &names, 1)?;
    let file = a[0].clone().unwrap_or_default();
    let mode = match &a[1] {
        None => "r".to_string(),
        Some(v) => match v.as_str() {
            Some(s) => s.as_str().to_string(),
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("open() argument 'mode' must be str, not {t}")));
            }
        },
    };
    let buffering = match &a[2] {
        Some(v) => super::int_arg(vm, v)?,
        None => -1,
    };
    let encoding = opt_str(vm, &a[3], "open", "encoding")?;
    let errors = opt_str(vm, &a[4], "open", "errors")?;
    let newline = opt_str(vm, &a[5], "open", "newline")?;
    let closefd = match &a[6] {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let opener = a[7].clone();

    let is_pathish = file.as_str().is_some()
        || matches!(file.builtin_payload(), Some(Object::Bytes(_)))
        || pyvm_vm::objects::int::as_i64(&file).is_some()
        || vm.has_attr_str(&file, "__fspath__")?;
    if !is_pathish {
        let t = vm.type_name(&file);
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {t}"
        )));
    }

    let (mut creating, mut reading, mut writing, mut appending, mut updating) =
        (false, false, false, false, false);
    let (mut text, mut binary) = (false, false);
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxab+t".contains(c) || seen.contains(c) {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
        match c {
            'x' => creating = true,
            'r' => reading = true,
            'w' => writing = true,
            'a' => appending = true,
            '+' => updating = true,
            't' => text = true,
            _ => binary = true,
        }
    }
    let mut rawmode = String::new();
    for (on, c) in [
        (creating, 'x'),
        (reading, 'r'),
        (writing, 'w'),
        (appending, 'a'),
        (updating, '+'),
    ] {
        if on {
            rawmode.push(c);
        }
    }
    if text && binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    if [creating, reading, writing, appending]
        .iter()
        .filter(|x| **x)
        .count()
        > 1
    {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if binary {
        for (given, what) in [
            (encoding.is_some(), "an encoding"),
            (errors.is_some(), "an errors"),
            (newline.is_some(), "a newline"),
        ] {
            if given {
                return Err(vm.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    }
    if let Some(n) = &newline {
        if !matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(vm.value_error(format!("illegal newline value: {n}")));
        }
    }
    if !binary && buffering == 0 {
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }

    let fileio_class = class(vm, "FileIO");
    let raw_data = super::fileio::open_raw(
        vm,
        &file,
        &rawmode,
        closefd,
        opener.filter(|o| !o.is_none()),
    )?;
    let raw = vm.new_native_object(&fileio_class, Box::new(raw_data));
    let result = (|| -> PyResult<Value> {
        if buffering == 0 {
            return Ok(raw.clone());
        }
        let size = if buffering > 1 {
            buffering as usize
        } else {
            DEFAULT_BUFFER_SIZE
        };
        let (cname, kind): (&str, &'static str) = if updating {
            ("BufferedRandom", "BufferedRandom")
        } else if creating || writing || appending {
            ("BufferedWriter", "BufferedWriter")
        } else {
            ("BufferedReader", "BufferedReader")
        };
        let bclass = class(vm, cname);
        let buffer = super::buffered::make(vm, &bclass, kind, raw.clone(), size)?;
        if binary {
            return Ok(buffer);
        }
        let tclass = class(vm, "TextIOWrapper");
        let o = TextOptions {
            encoding,
            errors,
            newline,
            line_buffering: buffering == 1,
            write_through: false,
        };
        let t = super::textio::make(vm, &tclass, buffer, o)?;
        let m = vm.new_str(mode.clone());
        let key = vm.intern("mode");
        vm.set_attr(&t, key, m)?;
        Ok(t)
    })();
    if result.is_err() {
        let _ = super::fileio::close_data(vm, &raw);
    }
    result
}

/// io.text_encoding(encoding, stacklevel=2): the encoding open() will use when given None.
pub fn text_encoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(
        vm,
        &args,
        0,
        "text_encoding",
        &["encoding", "stacklevel"],
        1,
    )?;
    let e = a[0].clone().unwrap_or_default();
    if e.is_none() {
        return Ok(vm.new_str("locale"));
    }
    Ok(e)
}
