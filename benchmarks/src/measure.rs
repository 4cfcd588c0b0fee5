//! One timed run of a child process: wall time, peak memory (ru_maxrss from wait4, which
//! std::process does not expose) and its output.
//!
//! The child is waited for in two steps: `waitid(WNOWAIT)` learns that it ended without
//! reaping it, then `wait4` reaps it and returns its rusage. Between the two the child is a
//! zombie, so the timeout thread can still kill its process group without ever signalling a
//! reused pid.

use std::io::Read;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub struct Outcome {
    /// Seconds from spawn to exit.
    pub wall: f64,
    /// Peak resident set of the child (and of any descendants it waited for), in bytes.
    pub max_rss: u64,
    /// The exit code, or None when a signal ended the child.
    pub code: Option<i32>,
    pub signal: Option<i32>,
    pub timed_out: bool,
    pub stdout: String,
    pub stderr: String,
}

impl Outcome {
    pub fn success(&self) -> bool {
        self.code == Some(0) && !self.timed_out
    }

    /// Why a failed run failed, in one line: the last line of stderr (a Python traceback's
    /// exception line), else the exit status.
    pub fn failure_reason(&self) -> String {
        if self.timed_out {
            return "timeout".to_string();
        }
        if let Some(line) = self.stderr.lines().rev().find(|l| !l.trim().is_empty()) {
            return line.trim().to_string();
        }
        match (self.code, self.signal) {
            (Some(c), _) => format!("exit status {c}"),
            (None, Some(s)) => format!("killed by signal {s}"),
            _ => "ended abnormally".to_string(),
        }
    }
}

fn read_all(mut r: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        String::from_utf8_lossy(&buf).into_owned()
    })
}

/// Runs `cmd` to its end (killing its process group after `timeout`), capturing its output.
pub fn run(cmd: &mut Command, timeout: Duration) -> std::io::Result<Outcome> {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    let pid = child.id() as libc::pid_t;
    let out = read_all(child.stdout.take().expect("piped stdout"));
    let err = read_all(child.stderr.take().expect("piped stderr"));

    let done = Arc::new(Mutex::new(false));
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    let watchdog = {
        let done = Arc::clone(&done);
        std::thread::spawn(move || {
            if rx.recv_timeout(timeout).is_err() {
                let done = done.lock().unwrap_or_else(|e| e.into_inner());
                if !*done {
                    // SAFETY: kill takes plain integers; the child is not reaped before `done`
                    // is set under this lock, so -pid still names its process group.
                    unsafe { libc::kill(-pid, libc::SIGKILL) };
                    return true;
                }
            }
            false
        })
    };

    loop {
        // SAFETY: siginfo_t is plain data that waitid fills in; zeroed is a valid value.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        // SAFETY: `info` is a valid, writable siginfo_t for the duration of the call.
        let r = unsafe {
            libc::waitid(
                libc::P_PID,
                pid as libc::id_t,
                &mut info,
                libc::WEXITED | libc::WNOWAIT,
            )
        };
        if r == 0 {
            break;
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
    let wall = start.elapsed().as_secs_f64();
    *done.lock().unwrap_or_else(|e| e.into_inner()) = true;
    let _ = tx.send(());

    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain data that wait4 fills in; zeroed is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `status` and `usage` are valid, writable locals for the duration of the call; the
    // child is a zombie (waitid above), so this returns at once.
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    if r != pid {
        return Err(std::io::Error::last_os_error());
    }
    let timed_out = watchdog.join().unwrap_or(false);
    // std's Child must not wait again: the pid is reaped. Dropping it only closes handles.
    drop(child);
    let (code, signal) = if libc::WIFEXITED(status) {
        (Some(libc::WEXITSTATUS(status)), None)
    } else if libc::WIFSIGNALED(status) {
        (None, Some(libc::WTERMSIG(status)))
    } else {
        (None, None)
    };
    Ok(Outcome {
        wall,
        // Linux reports ru_maxrss in KiB.
        max_rss: (usage.ru_maxrss.max(0) as u64) * 1024,
        code,
        signal,
        timed_out,
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captures_output_status_and_memory() {
        let o = run(
            Command::new("sh").args(["-c", "echo out; echo err >&2; exit 3"]),
            Duration::from_secs(30),
        )
        .unwrap();
        assert_eq!(o.stdout, "out\n");
        assert_eq!(o.stderr, "err\n");
        assert_eq!(o.code, Some(3));
        assert!(!o.success());
        assert_eq!(o.failure_reason(), "err");
        assert!(o.max_rss > 0);
        assert!(o.wall > 0.0);
    }

    #[test]
    fn peak_memory_follows_the_child() {
        let small = run(Command::new("true").arg(""), Duration::from_secs(30)).unwrap();
        // python3 allocating 200 MB must show a peak well above a bare `true`.
        let big = run(
            Command::new("python3").args([
                "-c",
                "b = bytearray(200_000_000); b[::4096] = b'x' * len(b[::4096])",
            ]),
            Duration::from_secs(60),
        );
        if let Ok(big) = big {
            assert!(big.success(), "{}", big.stderr);
            assert!(big.max_rss > 150_000_000, "{}", big.max_rss);
            assert!(big.max_rss > small.max_rss * 10);
        }
    }

    #[test]
    fn timeout_kills_the_process_group() {
        let o = run(
            Command::new("sh").args(["-c", "sleep 30 & sleep 30"]),
            Duration::from_millis(200),
        )
        .unwrap();
        assert!(o.timed_out);
        assert_eq!(o.failure_reason(), "timeout");
        assert!(o.wall < 10.0, "{}", o.wall);
    }

    #[test]
    fn exit_status_is_the_reason_when_stderr_is_empty() {
        let o = run(
            Command::new("sh").args(["-c", "exit 4"]),
            Duration::from_secs(30),
        )
        .unwrap();
        assert_eq!(o.failure_reason(), "exit status 4");
        let o = run(
            Command::new("sh").args(["-c", "kill -9 $$"]),
            Duration::from_secs(30),
        )
        .unwrap();
        assert_eq!(o.failure_reason(), "killed by signal 9");
    }
}
