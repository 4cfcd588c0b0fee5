"""pyvm's importlib: import_module, reload and invalidate_caches over the VM's own import
system (the native `_imp` module), which finds built-in modules, files on sys.path and the
embedded standard library."""

import _imp
import sys

__all__ = ["__import__", "import_module", "invalidate_caches", "reload"]

__import__ = __builtins__["__import__"] if isinstance(__builtins__, dict) else __builtins__.__import__


def _resolve_name(name, package, level):
    """The absolute name of a relative `name` at `level` dots from `package`."""
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError(f"module name must be str, not {type(name)}")
    if level < 0:
        raise ValueError("level must be >= 0")
    if level > 0:
        if not isinstance(package, str):
            raise TypeError("__package__ not set to a string")
        elif not package:
            raise ImportError("attempted relative import with no known parent package")
    if not name and level == 0:
        raise ValueError("Empty module name")


def _gcd_import(name, package=None, level=0):
    """The module `name` (not its top-level package), importing it if needed."""
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    return _imp.import_absolute(name)


def import_module(name, package=None):
    """Import a module; a relative name ('.mod', '..pkg.mod') is resolved against `package`."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError(
                "the 'package' argument is required to perform a relative import for {!r}".format(name)
            )
        for character in name:
            if character != ".":
                break
            level += 1
    return _gcd_import(name[level:], package, level)


def invalidate_caches():
    """Nothing to do: pyvm's finders keep no directory listings, and compiled code is checked
    against the file's source each time a module is loaded."""


def reload(module):
    """Run the module's code again in its own namespace, finding it afresh."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    return _imp.reload(module, name)
