# sys's facts and struct sequences, as programs use them.
import sys

vi = sys.version_info
print(vi[:3], vi.major, vi.minor, vi.releaselevel, vi.serial, len(vi), vi >= (3, 8))
print(type(vi).__name__, isinstance(vi, tuple), vi[0] == vi.major, tuple(vi)[:2])
print(repr(vi))
try:
    vi.major = 4
except AttributeError as e:
    print(type(e).__name__, e)
try:
    type(vi)((1, 2, 3, 4, 5))
except TypeError as e:
    print(type(e).__name__, e)
print(sys.version.startswith("3.11"), sys.hexversion == 0x030B07F0)
print(sys.maxsize == 2**63 - 1, sys.maxunicode, sys.byteorder in ("little", "big"))
print(sys.platform, type(sys.executable).__name__, bool(sys.executable))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.min, sys.float_info.radix, sys.float_info[0] == sys.float_info.max)
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.width)
print(sys.hash_info.imag, hash(float("inf")) == sys.hash_info.inf)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(sys.flags.optimize, sys.flags.debug, sys.flags.inspect, sys.flags.verbose, sys.flags.dev_mode)
print(type(sys.flags).__name__, len(sys.flags) >= 17)
print(hasattr(sys.implementation, "cache_tag"), hasattr(sys.implementation, "version"))
print(type(sys.implementation.name).__name__, sys.implementation.version[:1] is not None)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.is_finalizing())
print(sys.dont_write_bytecode, sys.get_int_max_str_digits())
print(isinstance(sys.builtin_module_names, tuple), "sys" in sys.builtin_module_names)
print("builtins" in sys.builtin_module_names, "sys" in sys.stdlib_module_names)
print(type(sys.stdlib_module_names).__name__)
print(type(sys.prefix).__name__, type(sys.base_prefix).__name__, type(sys.exec_prefix).__name__)
print(sys.meta_path.__class__.__name__, sys.path_hooks.__class__.__name__, sys.warnoptions)
print(type(sys.orig_argv).__name__, sys.orig_argv[-1].endswith("sys_facts.py"))
print(sys.intern("abc") == "abc", sys.getrecursionlimit())
x = object()
print(sys.getrefcount(x) >= 2)
print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__)
print(sys.gettrace(), sys.getprofile(), sys.settrace(None), sys.setprofile(None))
print(sys.call_tracing(lambda a, b: a + b, (1, 2)))
events = []
sys.addaudithook(lambda event, args: events.append((event, args)) if event.startswith("test.") else None)
sys.audit("test.event", 1, "two")
print(events)
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), sys.exception() is v)
