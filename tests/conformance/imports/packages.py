# Packages, submodules, `import a.b` binding, `import a.b as c`, fromlist submodules, and
# relative imports at each level.
import sys

sys.path.insert(0, sys.path[0] + "/support")

import pkg.sub_a

print(pkg.VALUE, pkg.sub_a.A, pkg.sub_a.PACKAGE, pkg.sub_a.PARENT)
print("sub_b bound on pkg:", hasattr(pkg, "sub_b"), pkg.sub_b is sys.modules["pkg.sub_b"])
import pkg.nested.deep as deep

print(deep.DEEP, deep.__name__)
print(pkg.nested.NESTED_B, "nested" in dir(pkg))
from pkg import nested, sub_b, helper

print(nested.__name__, sub_b.B, helper())
print(type(pkg.__path__).__name__, len(pkg.__path__), pkg.__path__[0].endswith("support/pkg"))
print(pkg.__package__, pkg.sub_b.__package__, pkg.nested.__package__)
print(pkg.__file__.endswith("pkg/__init__.py"), pkg.sub_b.__file__.endswith("pkg/sub_b.py"))
print(pkg.__spec__.name, pkg.__spec__.parent, pkg.sub_b.__spec__.parent)
print(pkg.__spec__.submodule_search_locations == pkg.__path__)
print(pkg.sub_b.__spec__.submodule_search_locations, pkg.sub_b.__spec__.has_location)
print(pkg.sub_b.__spec__.origin == pkg.sub_b.__file__)
print(pkg.__loader__ is pkg.__spec__.loader, type(pkg.__loader__).__name__)
print([k for k in vars(pkg.sub_b) if k.startswith("__")])
print(repr(pkg.sub_b).startswith("<module 'pkg.sub_b' from '"), repr(pkg.sub_b).endswith("sub_b.py'>"))

try:
    deep.too_far()
except ImportError as e:
    print(type(e).__name__, e)

try:
    import pkg.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

try:
    import notpkg.child
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

try:
    from pkg import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)

try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)

import nsdir.inner.mod

print(nsdir.inner.mod.X, nsdir.__file__, list(nsdir.__path__)[0].endswith("nsdir"))
print(nsdir.inner.mod.__package__, nsdir.__package__)
