import os, os.path, errno, stat, io, sys
print(os.path is sys.modules['posixpath'], os.name, os.sep, repr(os.linesep))
d = "os_basics_tmp"
if os.path.exists(d):
    for r, ds, fs in os.walk(d, topdown=False):
        for f in fs: os.remove(os.path.join(r, f))
        for x in ds: os.rmdir(os.path.join(r, x))
    os.rmdir(d)
os.makedirs(os.path.join(d, "a", "b"))
os.makedirs(os.path.join(d, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(d, "a"))
except FileExistsError as e:
    print("exists:", e)
with open(os.path.join(d, "f.txt"), "w") as f:
    f.write("hello")
print(sorted(os.listdir(d)))
with os.scandir(d) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e.name, e.path, e.is_file(), e.is_dir(), e.is_symlink(), e)
st = os.stat(os.path.join(d, "f.txt"))
print(st.st_size, st[6], stat.S_ISREG(st.st_mode), len(st), type(st.st_mtime).__name__)
for r, ds, fs in os.walk(d):
    print(r, sorted(ds), sorted(fs))
try: os.remove("nope")
except FileNotFoundError as e: print(e, e.errno, e.strerror, e.filename)
try: os.rmdir(d)
except OSError as e: print(type(e).__name__, e)
try: os.mkdir(d)
except OSError as e: print(type(e).__name__, e)
try: os.listdir(os.path.join(d, "f.txt"))
except OSError as e: print(type(e).__name__, e)
try: os.rename("nope", "nope2")
except OSError as e: print(type(e).__name__, e, e.filename2)
e = OSError(2, "x")
print(type(e).__name__, e, OSError(13, 'denied', 'f'), OSError("a"), OSError(1,2,3,4,5))
print(errno.ENOENT, errno.errorcode[2], errno.EAGAIN == errno.EWOULDBLOCK)
os.environ["PYVM_T"] = "v1"
print(os.getenv("PYVM_T"), os.environ.get("PYVM_T"), "PYVM_T" in os.environ)
del os.environ["PYVM_T"]
print(os.getenv("PYVM_T", "gone"))
print(os.path.join("a", "b", "/c"), os.path.split("/a/b/"), os.path.splitext("x.tar.gz"), os.path.splitext(".bashrc"))
print(os.path.normpath("a//b/../c/."), os.path.basename("/x/y"), os.path.dirname("/x/y"), os.path.isabs("/x"))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.commonprefix(["abc", "abd"]))
print(os.path.expandvars("$HOME_NOPE/x"), os.path.isdir(d), os.path.isfile(d), os.path.getsize(os.path.join(d, "f.txt")))
print(os.fspath("x"), isinstance("x", os.PathLike), os.strerror(2), os.access(d, os.F_OK), os.access("nope", os.R_OK))
print(len(os.urandom(5)), type(os.getpid()).__name__, os.cpu_count() > 0)
os.rename(os.path.join(d, "f.txt"), os.path.join(d, "g.txt"))
os.replace(os.path.join(d, "g.txt"), os.path.join(d, "a", "g.txt"))
os.remove(os.path.join(d, "a", "g.txt"))
os.removedirs(os.path.join(d, "a", "b"))
print(os.path.exists(d))
class P:
    def __fspath__(self): return "pp"
print(os.fspath(P()), isinstance(P(), os.PathLike))
try: os.fspath(3)
except TypeError as e: print(e)
try: os.get_terminal_size()
except OSError as e: print(e)
