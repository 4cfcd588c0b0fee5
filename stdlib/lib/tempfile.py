# A small tempfile: mkdtemp, mkstemp, TemporaryDirectory, NamedTemporaryFile, gettempdir.

import os as _os

_chars = "abcdefghijklmnopqrstuvwxyz0123456789_"
tempdir = None


def gettempdir():
    global tempdir
    if tempdir is None:
        for name in ("TMPDIR", "TEMP", "TMP"):
            d = _os.environ.get(name)
            if d:
                tempdir = d
                break
        else:
            tempdir = "/tmp"
    return tempdir


def _name(prefix, suffix):
    raw = _os.urandom(8)
    return prefix + "".join(_chars[b % len(_chars)] for b in raw) + suffix


def mkdtemp(suffix=None, prefix=None, dir=None):
    dir = gettempdir() if dir is None else _os.fspath(dir)
    for _ in range(100):
        path = _os.path.join(dir, _name("tmp" if prefix is None else prefix, suffix or ""))
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary directory name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    dir = gettempdir() if dir is None else _os.fspath(dir)
    for _ in range(100):
        path = _os.path.join(dir, _name("tmp" if prefix is None else prefix, suffix or ""))
        try:
            fd = _os.open(path, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary file name found")


def _rmtree(path):
    for entry in _os.scandir(path):
        if entry.is_dir(follow_symlinks=False):
            _rmtree(entry.path)
        else:
            _os.remove(entry.path)
    _os.rmdir(path)


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore = ignore_cleanup_errors

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        self.cleanup()

    def cleanup(self):
        if self.name is not None and _os.path.exists(self.name):
            try:
                _rmtree(self.name)
            except OSError:
                if not self._ignore:
                    raise


class _TemporaryFileWrapper:
    def __init__(self, file, name, delete):
        self.file = file
        self.name = name
        self.delete = delete

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def close(self):
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass
                self.delete = False


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        f = open(fd, mode, buffering=buffering, encoding=encoding, newline=newline,
                 errors=errors)
    except BaseException:
        _os.close(fd)
        _os.unlink(name)
        raise
    return _TemporaryFileWrapper(f, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True,
                              errors=errors)
