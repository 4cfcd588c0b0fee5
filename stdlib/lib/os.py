# The os module over the native posix module (pyvm's own; behaviour follows CPython's docs).

import posix as _posix
from posix import (
    getcwd, chdir, listdir, mkdir, rmdir, remove, unlink, rename, replace, access, chmod,
    readlink, symlink, putenv, unsetenv, getpid, getppid, cpu_count, urandom, strerror,
    get_terminal_size, open, close, read, write, lseek, isatty,
    F_OK, R_OK, W_OK, X_OK, O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND,
    O_CLOEXEC, SEEK_SET, SEEK_CUR, SEEK_END,
)
import posixpath as path

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"
defpath = "/bin:/usr/bin"
error = OSError
supports_bytes_environ = True

import sys as _sys
_sys.modules["os.path"] = path
del _sys


class _PathLikeMeta(type):
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        return isinstance(sub, type) and any("__fspath__" in vars(c) for c in sub.__mro__)


class PathLike(metaclass=_PathLikeMeta):
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __class_getitem__(cls, item):
        return cls


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    t = type(path)
    try:
        f = t.__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not " + t.__name__) from None
    r = f(path)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        t.__name__, type(r).__name__))


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


class stat_result(tuple):
    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 10:
            raise TypeError("os.stat_result() takes an at least 10-sequence (%d-sequence given)" % len(seq))
        self = tuple.__new__(cls, (seq[0], seq[1], seq[2], seq[3], seq[4], seq[5], seq[6],
                                   int(seq[7]), int(seq[8]), int(seq[9])))
        self._extra = seq
        return self

    st_mode = property(lambda s: s._extra[0])
    st_ino = property(lambda s: s._extra[1])
    st_dev = property(lambda s: s._extra[2])
    st_nlink = property(lambda s: s._extra[3])
    st_uid = property(lambda s: s._extra[4])
    st_gid = property(lambda s: s._extra[5])
    st_size = property(lambda s: s._extra[6])
    st_atime = property(lambda s: s._extra[7])
    st_mtime = property(lambda s: s._extra[8])
    st_ctime = property(lambda s: s._extra[9])
    st_atime_ns = property(lambda s: s._extra[10] if len(s._extra) > 10 else None)
    st_mtime_ns = property(lambda s: s._extra[11] if len(s._extra) > 11 else None)
    st_ctime_ns = property(lambda s: s._extra[12] if len(s._extra) > 12 else None)
    st_blksize = property(lambda s: s._extra[13] if len(s._extra) > 13 else None)
    st_blocks = property(lambda s: s._extra[14] if len(s._extra) > 14 else None)
    st_rdev = property(lambda s: s._extra[15] if len(s._extra) > 15 else None)

    def __repr__(self):
        names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                 "st_atime", "st_mtime", "st_ctime")
        return "os.stat_result(" + ", ".join("%s=%r" % (n, v) for n, v in zip(names, self)) + ")"

    def __reduce__(self):
        return (stat_result, (self._extra,))


stat_result.__module__ = "os"


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_posix._stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_posix._stat(path, False))


def fstat(fd):
    return stat_result(_posix._fstat(fd))


class DirEntry:
    __slots__ = ("name", "path", "_kind", "_ino", "_stat", "_lstat")

    def __init__(self, name, path, kind, ino):
        self.name = name
        self.path = path
        self._kind = kind
        self._ino = ino
        self._stat = None
        self._lstat = None

    def inode(self):
        return self._ino

    def is_symlink(self):
        return self._kind == "l"

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == "l" and follow_symlinks:
            try:
                return self.stat().st_mode & 0o170000 == 0o040000
            except OSError:
                return False
        return self._kind == "d"

    def is_file(self, *, follow_symlinks=True):
        if self._kind == "l" and follow_symlinks:
            try:
                return self.stat().st_mode & 0o170000 == 0o100000
            except OSError:
                return False
        return self._kind == "f"

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self._kind == "l":
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(*next(self._it))

    def close(self):
        self._it = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    return _ScandirIterator(_posix._scandir(path))


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        (dirs if is_dir else nondirs).append(entry.name)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


class _Environ:
    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not " + type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not " + type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self[key]

    _MARKER = object()

    def pop(self, key, default=_MARKER):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default is self._MARKER:
            raise KeyError(key)
        return default

    def update(self, other=(), **kw):
        if hasattr(other, "keys"):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        for k in list(self._data):
            del self[k]

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def __or__(self, other):
        d = dict(self._data)
        d.update(other)
        return d

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        return "environ({" + ", ".join("%r: %r" % kv for kv in self._data.items()) + "})"


try:
    environ = _Environ(_posix._environ())
except PermissionError:
    # A host that denies the environment sees an empty one; changing it raises.
    environ = _Environ({})


def getenv(key, default=None):
    return environ.get(key, default)


def get_exec_path(env=None):
    if env is None:
        env = environ
    p = env.get("PATH", defpath)
    return p.split(pathsep)
