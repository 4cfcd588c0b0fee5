# platform: facts about the machine and the interpreter. python_implementation() returns
# sys.implementation's name where there is one (pyvm reports 'pyvm', not CPython's 'CPython').

import sys

__all__ = ['architecture', 'machine', 'node', 'platform', 'processor', 'python_build',
           'python_compiler', 'python_implementation', 'python_version',
           'python_version_tuple', 'release', 'system', 'uname', 'version']


class uname_result(tuple):
    _fields = ('system', 'node', 'release', 'version', 'machine')

    def __new__(cls, system, node, release, version, machine):
        # As CPython's: the lazily found processor is a sixth item.
        return tuple.__new__(cls, (system, node, release, version, machine, processor()))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    processor = property(lambda self: self[5])

    def __repr__(self):
        return 'uname_result(%s)' % ', '.join(
            '%s=%r' % (k, v) for k, v in zip(self._fields + ('processor',), self))


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        import _platform
        _uname_cache = uname_result(*_platform.uname())
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    # CPython reads this from `uname -p`, which is empty or 'unknown' on most Linux systems.
    return ''


def architecture(executable=sys.executable, bits='', linkage=''):
    size = 64 if sys.maxsize > 2 ** 32 else 32
    return ('%dbit' % size, 'ELF' if sys.platform.startswith('linux') else linkage)


def python_implementation():
    impl = getattr(sys, 'implementation', None)
    if impl is not None:
        return impl.name
    return getattr(sys, 'implementation_name', 'CPython')


def python_version_tuple():
    v = sys.version_info
    return (str(v[0]), str(v[1]), str(v[2]))


def python_version():
    return '.'.join(python_version_tuple())


def python_build():
    return ('main', '')


def python_compiler():
    return 'rustc'


def platform(aliased=False, terse=False):
    u = uname()
    if terse:
        return '%s-%s' % (u.system, u.release)
    return '%s-%s-%s-with-glibc' % (u.system, u.release, u.machine) if u.system == 'Linux' \
        else '%s-%s-%s' % (u.system, u.release, u.machine)
