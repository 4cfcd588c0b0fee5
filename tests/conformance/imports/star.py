# `from m import *` with and without __all__, and its errors.
import sys

sys.path.insert(0, sys.path[0] + "/support")

from allmod import *

print(one, _hidden, "two" in globals())
from noall import *

print(public, func(), "_private" in globals(), "_sys" in globals())
from pkg import *

print(VALUE, helper())

try:
    from badall import *
except TypeError as e:
    print(type(e).__name__, e)

try:
    from missingall import *
except AttributeError as e:
    print(type(e).__name__, e)


def in_function():
    ns = {}
    exec("from allmod import *", ns)
    return sorted(k for k in ns if k != "__builtins__")


print(in_function())

try:
    __import__("allmod", fromlist=[1])
except TypeError as e:
    print("no error for a module (not a package):", e)
else:
    print("no error for a module (not a package)")

try:
    __import__("pkg", fromlist=[1])
except TypeError as e:
    print(type(e).__name__, e)
