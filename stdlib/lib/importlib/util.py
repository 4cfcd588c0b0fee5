"""importlib.util for pyvm: find_spec, module_from_spec, spec_from_file_location,
spec_from_loader, resolve_name."""

import _imp
import sys
from importlib import _resolve_name
from importlib.machinery import ModuleSpec, SourceFileLoader


def resolve_name(name, package):
    """The absolute module name of `name` (relative if it starts with a dot) in `package`."""
    if not name.startswith("."):
        return name
    elif not package:
        raise ImportError(f"no package specified for {repr(name)} (required for relative module names)")
    level = 0
    for character in name:
        if character != ".":
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of a module: sys.modules' module's spec if it is imported, else found on the
    path (a submodule's parent package is imported first). None when it is not found."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition(".")[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=["__path__"])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} while trying to find {fullname!r}",
                    name=fullname,
                ) from e
        else:
            parent_path = None
        return _imp.find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError("{}.__spec__ is not set".format(name)) from None
    if spec is None:
        raise ValueError("{}.__spec__ is None".format(name))
    return spec


def module_from_spec(spec):
    """A new module for `spec`, with its import attributes set (its code is not run)."""
    return _imp.module_from_spec(spec)


_POPULATE = object()


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for `name` loaded by `loader`."""
    if is_package is None and hasattr(loader, "is_package"):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=bool(is_package))


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=_POPULATE):
    """A spec for the module `name` in the source file `location`."""
    if location is None:
        return None
    location = str(location)
    if loader is None:
        if not location.endswith(".py"):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is _POPULATE:
        is_package = getattr(loader, "is_package", None)
        if is_package is not None and is_package(name):
            spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(location.rpartition("/")[0])
    return spec


def cache_from_source(path, debug_override=None, *, optimization=None):
    """pyvm writes no bytecode files: as CPython when sys.implementation.cache_tag is None."""
    raise NotImplementedError("sys.implementation.cache_tag is None")


def source_from_cache(path):
    raise NotImplementedError("sys.implementation.cache_tag is None")
