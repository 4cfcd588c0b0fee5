//! Compiles the embedded pure-Python modules (lib/) ahead of time: each becomes a code object in
//! pyvm's marshal format, included in the binary beside its source, so that importing one never
//! parses Python at run time. Generates `$OUT_DIR/embedded.rs`: the table of (module name,
//! source, code bytes), for every .py under lib/ (a package is a directory's `__init__.py`).

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn main() {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut files = Vec::new();
    walk(&lib, &mut files);
    files.sort();
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    let mut table = String::from("pub const EMBEDDED: &[(&str, &str, &[u8])] = &[\n");
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let rel = path.strip_prefix(&lib).expect("under lib");
        let mut parts: Vec<String> = rel
            .with_extension("")
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if parts.last().is_some_and(|p| p == "__init__") {
            parts.pop();
        }
        let name = parts.join(".");
        let source = std::fs::read_to_string(&path).expect("stdlib source is UTF-8");
        // The file name the import system gives frozen modules (tracebacks show it).
        let filename = format!("<frozen {name}>");
        let code = match pyvm_compiler::compile(&source, &filename, pyvm_compiler::Mode::Exec) {
            Ok(code) => code,
            Err(e) => panic!("{}: line {}: {}", path.display(), e.line, e.message),
        };
        let code_path = out.join(format!("{name}.code"));
        std::fs::write(&code_path, pyvm_compiler::marshal::dump(&code)).expect("write code");
        writeln!(
            table,
            "    ({name:?}, include_str!({:?}), include_bytes!({:?})),",
            path.display().to_string(),
            code_path.display().to_string()
        )
        .expect("write to string");
    }
    table.push_str("];\n");
    std::fs::write(out.join("embedded.rs"), table).expect("write embedded.rs");
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "__pycache__") {
                walk(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}
