//! Code objects as bytes: the embedded standard library is compiled when pyvm is built and
//! loaded from these bytes on import, so that start-up never parses Python source.
//!
//! The format is private to one build of pyvm (the bytes are made by the compiler linked into
//! the same binary): a magic header, then the code object's fields in declaration order.
//! Loading checks every length and tag and re-runs the compiler's verifier, so that corrupt
//! bytes give an error, never a code object the cores could misuse.

use crate::bytecode::{CodeObject, Constant, ExceptionEntry, Instr, Opcode};
use num_bigint::BigInt;
use std::rc::Rc;

/// Changes whenever the format or the opcode numbering might: the crate version and the
/// number of opcodes.
fn magic() -> Vec<u8> {
    let mut m = b"pyvm-code:".to_vec();
    m.extend_from_slice(env!("CARGO_PKG_VERSION").as_bytes());
    m.push(b':');
    m.extend_from_slice(&(Opcode::COUNT as u32).to_le_bytes());
    m
}

/// The bytes of `code` (and of the code objects among its constants).
pub fn dump(code: &CodeObject) -> Vec<u8> {
    let mut w = Writer(magic());
    w.code(code);
    w.0
}

/// The code object `dump` made these bytes from.
pub fn load(bytes: &[u8]) -> Result<Rc<CodeObject>, String> {
    let m = magic();
    if !bytes.starts_with(&m) {
        return Err("code bytes from another build of pyvm".into());
    }
    let mut r = Reader {
        bytes,
        pos: m.len(),
    };
    let code = r.code(0)?;
    if r.pos != bytes.len() {
        return Err("trailing bytes after the code object".into());
    }
    Ok(code)
}

struct Writer(Vec<u8>);

impl Writer {
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn bytes(&mut self, b: &[u8]) {
        self.u32(b.len() as u32);
        self.0.extend_from_slice(b);
    }
    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
    fn strs(&mut self, v: &[Rc<str>]) {
        self.u32(v.len() as u32);
        for s in v {
            self.str(s);
        }
    }

    fn code(&mut self, c: &CodeObject) {
        // Destructured so that a new field fails to compile here until it is written.
        let CodeObject {
            name,
            qualname,
            filename,
            first_line,
            flags,
            arg_count,
            posonly_count,
            kwonly_count,
            varnames,
            cellvars,
            freevars,
            cell_args,
            names,
            constants,
            instructions,
            lines,
            exception_table,
            max_stack,
            docstring,
        } = c;
        self.str(name);
        self.str(qualname);
        self.str(filename);
        for v in [
            *first_line,
            *flags,
            *arg_count,
            *posonly_count,
            *kwonly_count,
        ] {
            self.u32(v);
        }
        self.strs(varnames);
        self.strs(cellvars);
        self.strs(freevars);
        self.u32(cell_args.len() as u32);
        for (a, b) in cell_args {
            self.u32(*a);
            self.u32(*b);
        }
        self.strs(names);
        self.u32(constants.len() as u32);
        for k in constants {
            self.constant(k);
        }
        self.u32(instructions.len() as u32);
        for i in instructions {
            self.u32(i.0);
        }
        self.u32(lines.len() as u32);
        for l in lines {
            self.u32(*l);
        }
        self.u32(exception_table.len() as u32);
        for e in exception_table {
            let ExceptionEntry {
                start,
                end,
                target,
                depth,
                push_lasti,
            } = e;
            for v in [*start, *end, *target, *depth, *push_lasti as u32] {
                self.u32(v);
            }
        }
        self.u32(*max_stack);
        match docstring {
            Some(d) => {
                self.0.push(1);
                self.str(d);
            }
            None => self.0.push(0),
        }
    }

    fn constant(&mut self, k: &Constant) {
        match k {
            Constant::None => self.0.push(0),
            Constant::Bool(b) => {
                self.0.push(1);
                self.0.push(*b as u8);
            }
            Constant::Int(i) => {
                self.0.push(2);
                self.0.extend_from_slice(&i.to_le_bytes());
            }
            Constant::BigInt(b) => {
                self.0.push(3);
                self.bytes(&b.to_signed_bytes_le());
            }
            Constant::Float(f) => {
                self.0.push(4);
                self.0.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Constant::Complex(re, im) => {
                self.0.push(5);
                self.0.extend_from_slice(&re.to_bits().to_le_bytes());
                self.0.extend_from_slice(&im.to_bits().to_le_bytes());
            }
            Constant::Str(s) => {
                self.0.push(6);
                self.str(s);
            }
            Constant::Bytes(b) => {
                self.0.push(7);
                self.bytes(b);
            }
            Constant::Tuple(items) | Constant::FrozenSet(items) => {
                self.0.push(if matches!(k, Constant::Tuple(_)) {
                    8
                } else {
                    9
                });
                self.u32(items.len() as u32);
                for item in items.iter() {
                    self.constant(item);
                }
            }
            Constant::Ellipsis => self.0.push(10),
            Constant::Code(c) => {
                self.0.push(11);
                self.code(c);
            }
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

/// Deeper nesting than any compiled source has: corrupt bytes cannot recurse without bound.
const MAX_NESTING: usize = 512;

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or("code bytes end early")?;
        let s = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, String> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn u64(&mut self) -> Result<u64, String> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }
    fn len(&mut self) -> Result<usize, String> {
        let n = self.u32()? as usize;
        // Every item takes at least one byte: a longer count is corrupt.
        if n > self.bytes.len() - self.pos {
            return Err("code bytes end early".into());
        }
        Ok(n)
    }
    fn bytes(&mut self) -> Result<&[u8], String> {
        let n = self.len()?;
        self.take(n)
    }
    fn str(&mut self) -> Result<Rc<str>, String> {
        let b = self.bytes()?;
        std::str::from_utf8(b)
            .map(Rc::from)
            .map_err(|_| "a name that is not UTF-8".to_string())
    }
    fn strs(&mut self) -> Result<Vec<Rc<str>>, String> {
        let n = self.len()?;
        (0..n).map(|_| self.str()).collect()
    }
    fn u32s(&mut self) -> Result<Vec<u32>, String> {
        let n = self.len()?;
        (0..n).map(|_| self.u32()).collect()
    }

    fn code(&mut self, depth: usize) -> Result<Rc<CodeObject>, String> {
        if depth > MAX_NESTING {
            return Err("code objects nested too deeply".into());
        }
        let name = self.str()?;
        let qualname = self.str()?;
        let filename = self.str()?;
        let first_line = self.u32()?;
        let flags = self.u32()?;
        let arg_count = self.u32()?;
        let posonly_count = self.u32()?;
        let kwonly_count = self.u32()?;
        let varnames = self.strs()?;
        let cellvars = self.strs()?;
        let freevars = self.strs()?;
        let n = self.len()?;
        let cell_args = (0..n)
            .map(|_| Ok((self.u32()?, self.u32()?)))
            .collect::<Result<_, String>>()?;
        let names = self.strs()?;
        let n = self.len()?;
        let constants = (0..n)
            .map(|_| self.constant(depth))
            .collect::<Result<_, _>>()?;
        let instructions = self
            .u32s()?
            .into_iter()
            .map(|w| match Opcode::from_u8(w as u8) {
                Some(_) => Ok(Instr(w)),
                None => Err(format!("unknown opcode {}", w as u8)),
            })
            .collect::<Result<_, _>>()?;
        let lines = self.u32s()?;
        let n = self.len()?;
        let exception_table = (0..n)
            .map(|_| {
                Ok(ExceptionEntry {
                    start: self.u32()?,
                    end: self.u32()?,
                    target: self.u32()?,
                    depth: self.u32()?,
                    push_lasti: self.u32()? != 0,
                })
            })
            .collect::<Result<_, String>>()?;
        let max_stack = self.u32()?;
        let docstring = match self.u8()? {
            0 => None,
            1 => Some(self.str()?),
            _ => return Err("bad docstring tag".into()),
        };
        let code = CodeObject {
            name,
            qualname,
            filename,
            first_line,
            flags,
            arg_count,
            posonly_count,
            kwonly_count,
            varnames,
            cellvars,
            freevars,
            cell_args,
            names,
            constants,
            instructions,
            lines,
            exception_table,
            max_stack,
            docstring,
        };
        crate::codegen::verify(&code)?;
        Ok(Rc::new(code))
    }

    fn constant(&mut self, depth: usize) -> Result<Constant, String> {
        Ok(match self.u8()? {
            0 => Constant::None,
            1 => Constant::Bool(self.u8()? != 0),
            2 => Constant::Int(self.u64()? as i64),
            3 => Constant::BigInt(BigInt::from_signed_bytes_le(self.bytes()?)),
            4 => Constant::Float(f64::from_bits(self.u64()?)),
            5 => Constant::Complex(f64::from_bits(self.u64()?), f64::from_bits(self.u64()?)),
            6 => Constant::Str(self.str()?),
            7 => Constant::Bytes(Rc::from(self.bytes()?)),
            tag @ (8 | 9) => {
                if depth > MAX_NESTING {
                    return Err("constants nested too deeply".into());
                }
                let n = self.len()?;
                let items: Rc<[Constant]> = (0..n)
                    .map(|_| self.constant(depth + 1))
                    .collect::<Result<_, _>>()?;
                if tag == 8 {
                    Constant::Tuple(items)
                } else {
                    Constant::FrozenSet(items)
                }
            }
            10 => Constant::Ellipsis,
            11 => Constant::Code(self.code(depth + 1)?),
            t => return Err(format!("unknown constant tag {t}")),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "import sys\n\
        def f(a, *b, c=2.5, **d):\n    x = [1, 10**30, -3j, b'\\x00', (None, ...)]\n    \
        try:\n        return {1, 2} | frozenset()\n    except ValueError as e:\n        \
        return lambda: e\n\
        class C:\n    '''doc'''\n    y = 'text'\n";

    #[test]
    fn round_trip_gives_the_same_disassembly() {
        let code = crate::compile(SOURCE, "<m>", crate::Mode::Exec).unwrap();
        let bytes = dump(&code);
        let loaded = load(&bytes).unwrap();
        assert_eq!(
            crate::dis::disassemble(&loaded),
            crate::dis::disassemble(&code)
        );
        assert_eq!(dump(&loaded), bytes);
    }

    #[test]
    fn corrupt_bytes_are_errors() {
        let code = crate::compile(SOURCE, "<m>", crate::Mode::Exec).unwrap();
        let bytes = dump(&code);
        assert!(load(&bytes[..bytes.len() - 1]).is_err());
        assert!(load(b"not code").is_err());
        // Every truncation and every single-byte change either loads or is an error: no panic.
        for cut in (0..bytes.len()).step_by(7) {
            let _ = load(&bytes[..cut]);
            let mut changed = bytes.clone();
            changed[cut] ^= 0x5a;
            let _ = load(&changed);
        }
    }
}
