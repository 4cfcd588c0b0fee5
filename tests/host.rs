//! What an embedding host controls: with capabilities denied, file, environment and process
//! access raise PermissionError; captured streams receive everything the standard streams
//! write, whichever layer (print, sys.stdout, its buffer) wrote it.

use pyvm::{Interpreter, Io, Outcome};
use pyvm_vm::host::Host;

fn run(host: Host, src: &str) -> (Outcome, String, String) {
    let (io, out, err) = Io::capture();
    let mut interp = Interpreter::new(io, vec!["<test>".into()]);
    interp.set_host(host);
    let outcome = interp.run_main(src, "<test>");
    (outcome, out.text(), err.text())
}

#[test]
fn denied_host_makes_open_and_os_raise_permission_error() {
    let src = r#"
import io, os
attempts = [
    lambda: open("pyvm-host-test.txt"),
    lambda: open("pyvm-host-test.txt", "w"),
    lambda: io.FileIO("pyvm-host-test.txt"),
    lambda: os.listdir("."),
    lambda: os.stat("."),
    lambda: os.getcwd(),
    lambda: os.getpid(),
    lambda: os.putenv("PYVM_HOST_TEST", "1"),
]
for f in attempts:
    try:
        f()
        print("allowed")
    except PermissionError as e:
        print("denied:", e)
print(len(os.environ))
s = io.StringIO()
print("in memory", file=s)
print(s.getvalue(), end="")
"#;
    let (outcome, out, err) = run(Host::NONE, src);
    assert_eq!(outcome, Outcome::Exit(0), "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 10, "{out}");
    for line in &lines[..5] {
        assert_eq!(
            *line, "denied: file system access is denied by the host embedding pyvm",
            "{out}"
        );
    }
    assert!(lines[5].starts_with("denied: file system access"), "{out}");
    assert!(lines[6].starts_with("denied: process access"), "{out}");
    assert!(lines[7].starts_with("denied: environment access"), "{out}");
    assert_eq!(lines[8], "0");
    assert_eq!(lines[9], "in memory");
    assert!(!std::path::Path::new("pyvm-host-test.txt").exists());
}

#[test]
fn captured_streams_receive_every_layer_in_order() {
    let src = r#"
import sys
print("one")
sys.stdout.write("two\n")
sys.stdout.buffer.write(b"three\n")
print("four", file=sys.stdout)
sys.stderr.write("err\n")
print("e2", file=sys.stderr)
sys.stdout.flush()
"#;
    let (outcome, out, err) = run(Host::NONE, src);
    assert_eq!(outcome, Outcome::Exit(0), "{err}");
    assert_eq!(out, "one\ntwo\nthree\nfour\n");
    assert_eq!(err, "err\ne2\n");
}
