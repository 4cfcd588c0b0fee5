//! The `pyvm` command line: `pyvm script.py [args...]`, `-c CODE`, `--dis FILE`, `--version`.

use pyvm::{Interpreter, Io, Outcome};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage: pyvm [option] ... [-c cmd | file] [arg] ...
Options:
  -c cmd     program passed in as string (terminates option list)
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
            let src = match std::fs::read_to_string(path) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("pyvm: can't open file '{path}': {e}");
                    return 2;
                }
            };
            match pyvm_compiler::compile(&src, path, pyvm_compiler::Mode::Exec) {
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
            interp.add_search_path(".");
            let Outcome::Exit(code) = interp.run_main(src, "<string>");
            code
        }
        opt if opt.starts_with('-') && opt.len() > 1 => {
            eprintln!("pyvm: unknown option {opt}\n{USAGE}");
            2
        }
        path => {
            let src = match std::fs::read(path) {
                Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
                Err(e) => {
                    let exe = &args[0];
                    eprintln!(
                        "{exe}: can't open file '{path}': [Errno {}] {}",
                        e.raw_os_error().unwrap_or(0),
                        e
                    );
                    return 2;
                }
            };
            let argv: Vec<String> = args[1..].to_vec();
            let mut interp = Interpreter::new(Io::process(), argv);
            let dir = std::path::Path::new(path)
                .parent()
                .map(|p| p.display().to_string())
                .filter(|p| !p.is_empty())
                .unwrap_or_else(|| ".".into());
            interp.add_search_path(dir);
            let Outcome::Exit(code) = interp.run_main(&src, path);
            code
        }
    }
}
