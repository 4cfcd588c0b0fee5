# importlib: import_module (absolute and relative), reload, find_spec, module_from_spec,
# invalidate_caches; and the __import__ builtin.
import sys

sys.path.insert(0, sys.path[0] + "/support")
import importlib
import importlib.util
import importlib.machinery

print(importlib.import_module("pkg.sub_b").B)
print(importlib.import_module(".sub_b", "pkg").__name__)
print(importlib.import_module("..sub_b", "pkg.nested").__name__)
try:
    importlib.import_module(".sub_b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module("...x", "pkg")
except ImportError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module("")
except ValueError as e:
    print(type(e).__name__, e)

import counter

print(counter.runs)
r = importlib.reload(counter)
print(r is counter, counter.runs, counter.FRESH)
try:
    importlib.reload(42)
except TypeError as e:
    print(type(e).__name__, e)
print(importlib.invalidate_caches())

spec = importlib.util.find_spec("pkg.sub_b")
print(spec.name, spec.parent, spec.origin.endswith("sub_b.py"), spec.has_location)
print(importlib.util.find_spec("no_such_module_here"))
print(importlib.util.find_spec("sys").origin, importlib.util.find_spec("sys") is sys.__spec__)
print(importlib.util.resolve_name(".sub_b", "pkg"), importlib.util.resolve_name("x", None))
spec = importlib.util.find_spec("notpkg")
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, hasattr(mod, "X"), "notpkg" in sys.modules)
spec.loader.exec_module(mod)
print(mod.X)
print(importlib.machinery.SOURCE_SUFFIXES)
print(importlib.machinery.BuiltinImporter.find_spec("sys").name)
print(importlib.machinery.ModuleSpec("x.y", None).parent, importlib.machinery.ModuleSpec("x", None, is_package=True).parent)

print(__import__("pkg.sub_b").__name__, __import__("pkg.sub_b", fromlist=["B"]).__name__)
print(__import__("sub_b", globals={"__package__": "pkg"}, level=1).__name__)
print(__import__("", globals={"__package__": "pkg"}, fromlist=["sub_b"], level=1).__name__)
try:
    __import__("x", level=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__("x", globals={"__name__": "toplevel"}, level=1)
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("x", globals={"__package__": 5}, level=1)
except TypeError as e:
    print(type(e).__name__, e)

import builtins

original = builtins.__import__
seen = []


def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level))
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = tracing_import
import pkg.sub_b
from pkg import sub_b
builtins.__import__ = original
print(seen)
