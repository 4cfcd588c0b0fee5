//! The `pyvm` command line: `pyvm script.py [args...]`, `-c CODE`, `-m MODULE`, `--dis FILE`,
//! `--version`.

use pyvm::{Interpreter, Io, Outcome};

#[global_allocator]
static GLOBAL: pyvm_vm::heap::allocator::Allocator = pyvm_vm::heap::allocator::Allocator;

const USAGE: &str = "usage: pyvm [option] ... [-c cmd | file] [arg] ...
Options:
  -c cmd     program passed in as string (terminates option list)
  -m mod     run library module as a script (terminates option list)
  --dis FILE print the bytecode of FILE in the style of CPython's dis
  --version  print the version (and which interpreter core is built) and exit
  -h, --help print this help message and exit
file         program read from script file
arg ...      arguments passed to program in sys.argv[1:]";

/// Interpreter stack: Python calls do not recurse on it, but native re-entries
/// (generators, key functions, __eq__ in dicts) do, up to the recursion limit.
const STACK_SIZE: usize = 1 << 30;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let code = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || run(args))
        .map(|h| h.join().unwrap_or(70))
        .unwrap_or(70);
    std::process::exit(code);
}

fn run(args: Vec<String>) -> i32 {
    let Some(first) = args.get(1) else {
        eprintln!("{USAGE}");
        return 2;
    };
    match first.as_str() {
        "--version" | "-V" => {
            println!("{}", pyvm::version());
            0
        }
        "-h" | "--help" => {
            println!("{USAGE}");
            0
        }
        "--dis" => {
            let Some(path) = args.get(2) else {
                eprintln!("pyvm: --dis needs a file\n{USAGE}");
                return 2;
            };
            let decoded = match std::fs::read(path) {
                Ok(bytes) => pyvm_compiler::source::decode(&bytes, path),
                Err(e) => {
                    eprintln!("pyvm: can't open file '{path}': {e}");
                    return 2;
                }
            };
            match decoded
                .and_then(|src| pyvm_compiler::compile(&src, path, pyvm_compiler::Mode::Exec))
            {
                Ok(code) => {
                    print!("{}", pyvm_compiler::dis::disassemble(&code));
                    0
                }
                Err(e) => {
                    eprintln!(
                        "  File \"{}\", line {}\n{}: {}",
                        e.filename, e.line, e.kind, e.message
                    );
                    1
                }
            }
        }
        "-c" => {
            let Some(src) = args.get(2) else {
                eprintln!("Argument expected for the -c option\n{USAGE}");
                return 2;
            };
            let mut argv = vec!["-c".to_string()];
            argv.extend(args[3..].iter().cloned());
            let mut interp = Interpreter::new(Io::process(), argv);
            add_paths(&mut interp, String::new());
            let Outcome::Exit(code) = interp.run_main(src, "<string>");
            code
        }
        "-m" => {
            let Some(module) = args.get(2) else {
                eprintln!("Argument expected for the -m option\n{USAGE}");
                return 2;
            };
            let mut argv = vec!["-m".to_string()];
            argv.extend(args[3..].iter().cloned());
            let mut interp = Interpreter::new(Io::process(), argv);
            let cwd = std::env::current_dir()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            add_paths(&mut interp, cwd);
            let Outcome::Exit(code) = interp.run_module(module);
            code
        }
        opt if opt.starts_with('-') && opt.len() > 1 => {
            eprintln!("pyvm: unknown option {opt}\n{USAGE}");
            2
        }
        path => {
            let bytes = match std::fs::read(path) {
                Ok(bytes) => bytes,
                Err(e) => return cant_open(&args[0], path, &e),
            };
            let argv: Vec<String> = args[1..].to_vec();
            let mut interp = Interpreter::new(Io::process(), argv);
            // sys.path[0] is the directory of the script with its symbolic links resolved, as
            // CPython computes it (realpath, then dirname).
            let real = std::fs::canonicalize(path)
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| absolute(path));
            let dir = match real.rsplit_once('/') {
                Some(("", _)) => "/".to_string(),
                Some((d, _)) => d.to_string(),
                None => ".".to_string(),
            };
            add_paths(&mut interp, dir);
            let shown = absolute(path);
            let Outcome::Exit(code) = interp.run_main_bytes(&bytes, &shown, &shown);
            code
        }
    }
}

/// sys.path: `first` (the script's directory, '' for -c, the working directory for -m), then
/// the PYTHONPATH entries made absolute. The embedded standard library is searched after these.
fn add_paths(interp: &mut Interpreter, first: String) {
    interp.add_search_path(first);
    if let Ok(extra) = std::env::var("PYTHONPATH") {
        for entry in extra.split(':').filter(|e| !e.is_empty()) {
            interp.add_search_path(absolute(entry));
        }
    }
}

/// A script's path made absolute as CPython shows it: joined to the working directory, not
/// normalised.
fn absolute(path: &str) -> String {
    if path.starts_with('/') {
        path.to_string()
    } else {
        match std::env::current_dir() {
            Ok(cwd) => format!("{}/{path}", cwd.display().to_string().trim_end_matches('/')),
            Err(_) => path.to_string(),
        }
    }
}

/// CPython's report of a script it cannot read: the program name as invoked, the script made
/// absolute by joining the working directory (not normalised), in repr quotes, and the C
/// strerror text (Rust's io::Error adds " (os error N)", which CPython does not print).
fn cant_open(exe: &str, path: &str, e: &std::io::Error) -> i32 {
    let shown = absolute(path);
    let quoted = pyvm_vm::numeric::str_repr(&shown);
    if std::path::Path::new(path).is_dir() {
        // CPython would run the directory's __main__.py, which pyvm does not support.
        eprintln!("{exe}: can't find '__main__' module in {quoted}");
        return 1;
    }
    let errno = e.raw_os_error().unwrap_or(0);
    let text = e.to_string();
    let suffix = format!(" (os error {errno})");
    let text = text.strip_suffix(&suffix).unwrap_or(&text);
    eprintln!("{exe}: can't open file {quoted}: [Errno {errno}] {text}");
    2
}
