# Module objects: the module type, repr, PEP 562 __getattr__ and __dir__, main module facts.
import sys

sys.path.insert(0, sys.path[0] + "/support")

print(__name__, __spec__, __package__, __file__.endswith("module_attrs.py"))
print(type(__loader__).__name__, __cached__, type(__builtins__).__name__)
ModuleType = type(sys)
m = ModuleType("made")
print(m, m.__name__, m.__doc__, m.__spec__, m.__loader__, m.__package__)
m2 = ModuleType("documented", "the doc")
print(m2.__doc__, sorted(vars(m2)))
m.x = 5
print(m.x, dir(m))
del m.x
try:
    m.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    ModuleType()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ModuleType(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sys, repr(sys.modules["builtins"]))
m.__file__ = "/nowhere/made.py"
print(m)

import lazy_mod

print(lazy_mod.EAGER, lazy_mod.LAZY, getattr(lazy_mod, "LAZY"))
print(dir(lazy_mod))
print(hasattr(lazy_mod, "other"))
try:
    lazy_mod.other
except AttributeError as e:
    print(type(e).__name__, e)
from lazy_mod import LAZY

print(LAZY)
try:
    from lazy_mod import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

import printer

print(printer.__name__)
