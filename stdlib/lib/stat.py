# The stat module: file mode constants and tests (Linux values).

ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ISVTX = 0o1000
S_IRWXU = 0o700
S_IRUSR = 0o400
S_IWUSR = 0o200
S_IXUSR = 0o100
S_IRWXG = 0o070
S_IRGRP = 0o040
S_IWGRP = 0o020
S_IXGRP = 0o010
S_IRWXO = 0o007
S_IROTH = 0o004
S_IWOTH = 0o002
S_IXOTH = 0o001
S_IREAD = S_IRUSR
S_IWRITE = S_IWUSR
S_IEXEC = S_IXUSR


def S_IMODE(mode):
    return mode & 0o7777


def S_IFMT(mode):
    return mode & 0o170000


def S_ISDIR(mode):
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    return S_IFMT(mode) == S_IFSOCK


_kinds = ((S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"), (S_IFDIR, "d"),
          (S_IFCHR, "c"), (S_IFIFO, "p"))


def filemode(mode):
    out = "?"
    for bit, ch in _kinds:
        if S_IFMT(mode) == bit:
            out = ch
            break
    for rbit, wbit, xbit, special, sch in (
        (S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, "s"),
        (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, "s"),
        (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, "t"),
    ):
        out += "r" if mode & rbit else "-"
        out += "w" if mode & wbit else "-"
        if mode & special:
            out += sch if mode & xbit else sch.upper()
        else:
            out += "x" if mode & xbit else "-"
    return out
