# sys.modules: what import returns, None entries, deletion and re-import, failed imports, and
# a module that replaces itself.
import sys

sys.path.insert(0, sys.path[0] + "/support")


class Fake:
    name = "fake module"


sys.modules["fake_mod"] = Fake()
import fake_mod

print(fake_mod.name, type(fake_mod).__name__)
from fake_mod import name

print(name)

sys.modules["blocked"] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from blocked import x
except ImportError as e:
    print(type(e).__name__, e)

import counter

print(counter.runs, counter.FRESH)
import counter as again

print(again is counter, again.runs)
del sys.modules["counter"]
import counter as fresh

print(fresh is counter, fresh.runs)

try:
    import failing
except ValueError as e:
    print("first import failed:", e, "failing" in sys.modules)
import failing

print("second import:", failing.DONE, failing.PARTIAL)

import self_replace

print(self_replace, self_replace.answer)

import sys as sys2

print(sys2 is sys, sys.modules["sys"] is sys, sys.modules["__main__"].__name__)
import builtins

print(builtins, builtins.len is len, sys.modules["builtins"] is builtins)
print(__builtins__ is builtins)

try:
    import this_module_does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, e.path, isinstance(e, ImportError))
