//! The dispatch report: reads the disassembly of a pyvm binary and tells how each interpreter
//! core dispatches.
//!
//! The property checked is the one a compiler can silently take away: in the tail-call core,
//! every opcode handler must end in its own indirect jump to the next handler (x86-64 `jmp *`,
//! aarch64 `br xN`), not in a jump to one shared dispatch block and not in a call/return per
//! instruction. In the match core the report counts the indirect jumps of the loop (one shared
//! jump table, or several if the compiler replicated the dispatch).

use pyvm_compiler::bytecode::Opcode;
use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

/// The instruction set of a binary, read from its ELF header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arch {
    X86_64,
    Aarch64,
}

impl Arch {
    pub fn name(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86-64",
            Arch::Aarch64 => "aarch64",
        }
    }

    /// The ELF machine field (bytes 18-19, little-endian) of `header`.
    pub fn from_elf(header: &[u8]) -> Result<Arch, String> {
        if header.len() < 20 || &header[..4] != b"\x7fELF" {
            return Err("not an ELF file".into());
        }
        match u16::from_le_bytes([header[18], header[19]]) {
            0x3e => Ok(Arch::X86_64),
            0xb7 => Ok(Arch::Aarch64),
            m => Err(format!("unsupported ELF machine {m:#x}")),
        }
    }
}

/// What one function's machine code does with control flow.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FnStats {
    pub insns: usize,
    /// `jmp *...` / `br xN`: dispatch through a table or a pointer.
    pub indirect_jumps: usize,
    /// `call` / `bl` / `blr`.
    pub calls: usize,
    /// `ret`.
    pub rets: usize,
    /// Direct jumps to an address outside the function (a jump into shared code).
    pub jumps_out: usize,
    /// The last instruction's mnemonic.
    pub last: String,
}

/// One disassembled instruction: address, mnemonic, operands.
type Insn = (u64, String, String);

/// Per-function statistics of every function in an objdump listing (demangled names, without
/// the legacy `::h<hash>` suffix).
pub fn parse_objdump(listing: &str, arch: Arch) -> HashMap<String, FnStats> {
    let mut out: HashMap<String, FnStats> = HashMap::new();
    // (name, start address, instructions as (address, mnemonic, operands))
    let mut current: Option<(String, Vec<Insn>)> = None;
    let mut flush = |cur: Option<(String, Vec<Insn>)>| {
        if let Some((name, insns)) = cur {
            let stats = function_stats(&insns, arch);
            out.insert(name, stats);
        }
    };
    for line in listing.lines() {
        if let Some(name) = function_header(line) {
            flush(current.take());
            current = Some((name, Vec::new()));
            continue;
        }
        let Some((_, body)) = current.as_mut() else {
            continue;
        };
        if let Some(insn) = instruction(line) {
            body.push(insn);
        }
    }
    flush(current.take());
    out
}

/// `0000000000013d80 <pyvm_vm::interp::core::run>:` -> the name.
fn function_header(line: &str) -> Option<String> {
    let (addr, rest) = line.split_once(' ')?;
    if addr.is_empty() || !addr.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let name = rest.strip_prefix('<')?.strip_suffix(">:")?;
    Some(strip_hash(name).to_string())
}

fn strip_hash(name: &str) -> &str {
    match name.rsplit_once("::h") {
        Some((head, hash)) if hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()) => {
            head
        }
        _ => name,
    }
}

/// `   13d80:\tmov    %esi,%eax` -> (0x13d80, "mov", "%esi,%eax").
fn instruction(line: &str) -> Option<Insn> {
    let (addr, rest) = line.split_once(':')?;
    let addr = u64::from_str_radix(addr.trim(), 16).ok()?;
    let rest = rest.trim();
    if rest.is_empty() || rest.starts_with('.') {
        return None;
    }
    let (mnemonic, operands) = match rest.split_once(char::is_whitespace) {
        Some((m, o)) => (m, o.trim()),
        None => (rest, ""),
    };
    Some((addr, mnemonic.to_string(), operands.to_string()))
}

fn function_stats(insns: &[Insn], arch: Arch) -> FnStats {
    let mut s = FnStats {
        insns: insns.len(),
        ..FnStats::default()
    };
    let (Some(first), Some(last)) = (insns.first(), insns.last()) else {
        return s;
    };
    let range = first.0..=last.0;
    // Padding after the last real instruction (int3 / udf) is not code of the function.
    let real_last = insns
        .iter()
        .rev()
        .find(|(_, m, _)| !matches!(m.as_str(), "int3" | "nop" | "udf" | "xchg"))
        .unwrap_or(last);
    s.last = real_last.1.clone();
    for (_, m, ops) in insns {
        let (m, ops) = match (arch, m.as_str()) {
            // `notrack jmp *%rax`, `bnd jmp ...`: the prefix is printed as the mnemonic.
            (Arch::X86_64, "notrack" | "bnd" | "ds") => match ops.split_once(char::is_whitespace) {
                Some((m2, o2)) => (m2.to_string(), o2.trim().to_string()),
                None => (ops.clone(), String::new()),
            },
            _ => (m.clone(), ops.clone()),
        };
        match arch {
            Arch::X86_64 => match m.as_str() {
                "jmp" | "jmpq" if ops.starts_with('*') => s.indirect_jumps += 1,
                "jmp" | "jmpq" if jumps_outside(&ops, &range) => s.jumps_out += 1,
                "call" | "callq" => s.calls += 1,
                "ret" | "retq" => s.rets += 1,
                _ => {}
            },
            Arch::Aarch64 => match m.as_str() {
                "br" | "braa" | "brab" | "braaz" | "brabz" => s.indirect_jumps += 1,
                "b" if jumps_outside(&ops, &range) => s.jumps_out += 1,
                "bl" | "blr" | "blraa" | "blrab" | "blraaz" | "blrabz" => s.calls += 1,
                "ret" | "retaa" | "retab" => s.rets += 1,
                _ => {}
            },
        }
    }
    s
}

/// Whether a direct jump's target (`13d8f <sym+0xf>`) lies outside `range`.
fn jumps_outside(ops: &str, range: &std::ops::RangeInclusive<u64>) -> bool {
    let target = ops.split_whitespace().next().unwrap_or("");
    match u64::from_str_radix(target.trim_start_matches("0x"), 16) {
        Ok(t) => !range.contains(&t),
        Err(_) => false,
    }
}

/// The report on one binary.
pub struct Report {
    pub arch: Arch,
    /// Each opcode's tail-call handler, if the binary has the tail-call core.
    pub handlers: Vec<(Opcode, Option<FnStats>)>,
    /// The match core's run loop, if the binary has the match core.
    pub match_loop: Option<FnStats>,
}

/// Opcodes that never continue with a next instruction of their own: YIELD_VALUE always ends
/// the run of the generator's frame (a new run resumes it); RAISE_VARARGS and RERAISE always
/// hand their exception to the unwinder, which dispatches to the handler it finds.
pub const ENDS_RUN: &[Opcode] = &[Opcode::YieldValue, Opcode::RaiseVarargs, Opcode::Reraise];

const HANDLER_PREFIX: &str = "pyvm_vm::interp::tail_core::handlers::";
const MATCH_LOOP: &str = "pyvm_vm::interp::core::run";

impl Report {
    pub fn from_listing(listing: &str, arch: Arch) -> Report {
        let fns = parse_objdump(listing, arch);
        let handlers: Vec<(Opcode, Option<FnStats>)> = Opcode::ALL
            .iter()
            .map(|op| (*op, fns.get(&format!("{HANDLER_PREFIX}{op:?}")).cloned()))
            .collect();
        let has_tail = handlers.iter().any(|(_, s)| s.is_some());
        Report {
            arch,
            handlers: if has_tail { handlers } else { Vec::new() },
            match_loop: fns.get(MATCH_LOOP).cloned(),
        }
    }

    pub fn is_tail_call_core(&self) -> bool {
        !self.handlers.is_empty()
    }

    /// Opcodes whose handler is missing or has no indirect jump of its own: their dispatch was
    /// merged into shared code (or the handler was folded away).
    pub fn merged_handlers(&self) -> Vec<Opcode> {
        self.handlers
            .iter()
            .filter(|(op, _)| !ENDS_RUN.contains(op))
            .filter(|(_, s)| s.as_ref().is_none_or(|s| s.indirect_jumps == 0))
            .map(|(op, _)| *op)
            .collect()
    }

    /// The human-readable report.
    pub fn render(&self, verbose: bool) -> String {
        let mut out = String::new();
        let jump = match self.arch {
            Arch::X86_64 => "jmp *",
            Arch::Aarch64 => "br xN",
        };
        if let Some(m) = &self.match_loop {
            out += &format!(
                "match core ({}): the loop `{MATCH_LOOP}` has {} indirect jumps ({jump}), {} \
                 instructions, {} calls\n",
                self.arch.name(),
                m.indirect_jumps,
                m.insns,
                m.calls
            );
        }
        if self.is_tail_call_core() {
            let n = self.handlers.len();
            let own: Vec<&FnStats> = self
                .handlers
                .iter()
                .filter_map(|(_, s)| s.as_ref())
                .collect();
            let jumps: usize = own.iter().map(|s| s.indirect_jumps).sum();
            let with_jump = own.iter().filter(|s| s.indirect_jumps > 0).count();
            let no_call = own.iter().filter(|s| s.calls == 0).count();
            out += &format!(
                "tail-call core ({}): {n} opcode handlers, {with_jump} with their own indirect \
                 jump ({jump}); {jumps} indirect jumps in all; {no_call} handlers make no call \
                 (the others call only on slow paths: errors, allocation, generic protocols); \
                 {ends:?} never dispatch to a next instruction\n",
                self.arch.name(),
                ends = ENDS_RUN,
            );
            let merged = self.merged_handlers();
            if merged.is_empty() {
                out += "dispatch: every handler dispatches through its own indirect jump: OK\n";
            } else {
                out += &format!(
                    "dispatch MERGED: {} handlers have no indirect jump of their own: {:?}\n",
                    merged.len(),
                    merged
                );
            }
            if verbose {
                out += "handler                  insns  ind.jumps  calls  rets  jumps-out  last\n";
                for (op, s) in &self.handlers {
                    match s {
                        Some(s) => {
                            out += &format!(
                                "{:<24} {:>5} {:>10} {:>6} {:>5} {:>10}  {}\n",
                                op.name(),
                                s.insns,
                                s.indirect_jumps,
                                s.calls,
                                s.rets,
                                s.jumps_out,
                                s.last
                            )
                        }
                        None => out += &format!("{:<24} (no handler symbol)\n", op.name()),
                    }
                }
            }
        }
        if self.match_loop.is_none() && !self.is_tail_call_core() {
            out += "no interpreter core found (stripped binary?)\n";
        }
        out
    }
}

/// The objdump that reads `arch` on this host.
fn objdump_for(arch: Arch) -> &'static str {
    match (arch, std::env::consts::ARCH) {
        (Arch::X86_64, "x86_64") | (Arch::Aarch64, "aarch64") => "objdump",
        (Arch::Aarch64, _) => "aarch64-linux-gnu-objdump",
        (Arch::X86_64, _) => "x86_64-linux-gnu-objdump",
    }
}

/// Disassembles `binary` and builds its report.
pub fn report_for(binary: &Path) -> Result<Report, String> {
    let header = std::fs::read(binary).map_err(|e| format!("{}: {e}", binary.display()))?;
    let arch = Arch::from_elf(&header[..header.len().min(64)])?;
    let tool = objdump_for(arch);
    let out = Command::new(tool)
        .args(["-d", "-C", "--no-show-raw-insn"])
        .arg(binary)
        .output()
        .map_err(|e| format!("cannot run {tool}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{tool} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(Report::from_listing(
        &String::from_utf8_lossy(&out.stdout),
        arch,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const X86: &str = "\
0000000000013d80 <pyvm_vm::interp::tail_core::handlers::Nop>:
   13d80:\tmov    %esi,%eax
   13d86:\tcmp    $0x65,%r13
   13d8a:\tjb     13d8f <pyvm_vm::interp::tail_core::handlers::Nop+0xf>
   13d8c:\tcall   20000 <pyvm_vm::vm::Vm::slow>
   13d8e:\tret
   13d8f:\tmov    (%rdi,%r13,4),%esi
   13da5:\tjmp    *(%rcx,%rax,8)
   13da8:\tint3

0000000000013db0 <pyvm_vm::interp::tail_core::handlers::PopTop::h0123456789abcdef>:
   13db0:\tmov    %esi,%eax
   13db4:\tjmp    13e00 <shared_dispatch>

0000000000013e00 <pyvm_vm::interp::core::run>:
   13e00:\tnotrack jmp *%rax
   13e04:\tjmp    *%rdx
";

    const ARM: &str = "\
0000000000401000 <pyvm_vm::interp::tail_core::handlers::Nop>:
  401000:\tldr\tw8, [x1, x2, lsl #2]
  401004:\tbl\t402000 <slow>
  401008:\tbr\tx9

0000000000401010 <pyvm_vm::interp::core::run>:
  401010:\tbr\tx8
  401014:\tb\t401010 <pyvm_vm::interp::core::run>
";

    #[test]
    fn reads_x86_functions() {
        let f = parse_objdump(X86, Arch::X86_64);
        let nop = &f["pyvm_vm::interp::tail_core::handlers::Nop"];
        assert_eq!((nop.indirect_jumps, nop.calls, nop.rets), (1, 1, 1));
        assert_eq!(nop.last, "jmp");
        let pop = &f["pyvm_vm::interp::tail_core::handlers::PopTop"];
        assert_eq!((pop.indirect_jumps, pop.jumps_out), (0, 1));
        assert_eq!(f["pyvm_vm::interp::core::run"].indirect_jumps, 2);
    }

    #[test]
    fn reads_aarch64_functions() {
        let f = parse_objdump(ARM, Arch::Aarch64);
        let nop = &f["pyvm_vm::interp::tail_core::handlers::Nop"];
        assert_eq!((nop.indirect_jumps, nop.calls, nop.rets), (1, 1, 0));
        assert_eq!(nop.last, "br");
        let run = &f["pyvm_vm::interp::core::run"];
        assert_eq!((run.indirect_jumps, run.jumps_out), (1, 0));
    }

    #[test]
    fn merged_dispatch_is_reported() {
        let r = Report::from_listing(X86, Arch::X86_64);
        assert!(r.is_tail_call_core());
        let merged = r.merged_handlers();
        assert!(merged.contains(&Opcode::PopTop));
        assert!(!merged.contains(&Opcode::Nop));
        // Handlers without a symbol count as merged too.
        assert!(merged.contains(&Opcode::LoadFast));
        assert!(r.render(false).contains("dispatch MERGED"));
    }

    #[test]
    fn elf_machine() {
        let mut h = vec![0u8; 64];
        h[..4].copy_from_slice(b"\x7fELF");
        h[18] = 0xb7;
        assert_eq!(Arch::from_elf(&h), Ok(Arch::Aarch64));
        h[18] = 0x3e;
        assert_eq!(Arch::from_elf(&h), Ok(Arch::X86_64));
        assert!(Arch::from_elf(b"#!/bin/sh").is_err());
    }
}
