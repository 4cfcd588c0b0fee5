# sys.path: the script's directory first, a live list that imports read.
import sys

print(type(sys.path).__name__, sys.path[0].endswith("/sys"), sys.path[0].startswith("/"))
print(sys.argv[0], sys.argv[1:])
saved = list(sys.path)
sys.path.insert(0, sys.path[0].rsplit("/", 1)[0] + "/imports/support")
import shadow_helper

print(shadow_helper.WHERE)
sys.path[:] = saved
del sys.modules["shadow_helper"]
try:
    import shadow_helper
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
sys.path = saved + [saved[0].rsplit("/", 1)[0] + "/imports/support"]
import shadow_helper

print("rebound sys.path is used:", shadow_helper.WHERE)
print(sys.modules is sys.modules, type(sys.modules).__name__, "sys" in sys.modules)
