# OSError(errno, strerror[, filename[, winerror[, filename2]]]) picks the subclass its errno
# names and exposes errno/strerror/filename; str() follows CPython's format.
cases = [
    OSError(2, "No such file or directory"),
    OSError(2, "No such file or directory", "data.csv"),
    OSError(13, "Permission denied", "/root", None, "/tmp/x"),
    OSError(17, "File exists"),
    OSError(32, "Broken pipe"),
    OSError(111, "Connection refused"),
    OSError(110, "timed out"),
    OSError(11, "again"),
    OSError(999, "unknown errno"),
    OSError("just a message"),
    OSError(1, 2, 3, 4, 5, 6),
    OSError(5, "io", None),
    OSError(None, None),
    FileNotFoundError(13, "subclass keeps its class"),
    TimeoutError(),
]
for e in cases:
    print(type(e).__name__, e.args, repr(str(e)), e.errno, e.strerror, e.filename, e.filename2)


class ConfigMissing(FileNotFoundError):
    def __init__(self, path):
        super().__init__(2, "config not found", path)
        self.path = path


class Quiet(OSError):
    def __init__(self, code, text):
        self.code = code


try:
    raise ConfigMissing("app.toml")
except OSError as err:
    print(type(err).__name__, err, err.errno, err.filename, err.__dict__, err.args)
q = Quiet(2, "x")
print(type(q).__name__, q.args, repr(str(q)), q.errno, q.code)
e = OSError(2, "No such file")
e.errno = 99
e.filename = "late.txt"
print(e, e.args, isinstance(e, FileNotFoundError))
try:
    open_result = OSError(2, "gone", "f.txt")
    raise open_result
except FileNotFoundError as err:
    print("caught as FileNotFoundError:", err)
print([n for n in dir(OSError(1, "x")) if not n.startswith("_")])
