# Traceback objects: chained outermost first, with frames that outlive their calls.
import sys


def level3(n):
    local3 = n * 2
    raise ValueError("deep %d" % n)


def level2(n):
    local2 = "two"
    level3(n + 1)


def level1():
    level2(1)


try:
    level1()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is e.__traceback__)
    names = []
    while tb is not None:
        f = tb.tb_frame
        names.append((f.f_code.co_name, tb.tb_lineno, isinstance(tb.tb_lasti, int)))
        last = tb
        tb = tb.tb_next
    print(names)
    print(last.tb_frame.f_locals["local3"], last.tb_frame.f_locals["n"], last.tb_frame.f_lineno)
    print(last.tb_frame.f_back.f_code.co_name, last.tb_frame.f_back.f_locals["local2"])
    print(e.__traceback__.tb_frame is sys._getframe())
    print(sys.exc_info()[2] is e.__traceback__)

# Caught in the same frame: one entry.
try:
    {}["k"]
except KeyError as e:
    tb = e.__traceback__
    print(tb.tb_next, tb.tb_frame.f_code.co_name, tb.tb_lineno)

# Re-raising adds the frames passed on the way out.
def reraiser():
    try:
        level3(5)
    except ValueError:
        raise

def catcher():
    try:
        reraiser()
    except ValueError as e:
        t = e.__traceback__
        out = []
        while t:
            out.append(t.tb_frame.f_code.co_name)
            t = t.tb_next
        return out

print(catcher())

# raise e again from elsewhere: the old entries stay under the new ones.
saved = None
try:
    level3(0)
except ValueError as e:
    saved = e

def raise_saved():
    raise saved

try:
    raise_saved()
except ValueError as e:
    t = e.__traceback__
    out = []
    while t:
        out.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(out)

# with_traceback and __traceback__ assignment.
try:
    level3(9)
except ValueError as e:
    keep = e.__traceback__
e2 = RuntimeError("x").with_traceback(keep)
print(e2.__traceback__ is keep)
try:
    raise e2
except RuntimeError as e:
    print(e.__traceback__.tb_next is keep, e.__traceback__.tb_frame.f_code.co_name)
e3 = KeyError()
e3.__traceback__ = keep
print(e3.__traceback__ is keep)
e3.__traceback__ = None
print(e3.__traceback__)
for bad in (1, "tb"):
    try:
        e3.__traceback__ = bad
    except TypeError as err:
        print("TypeError", err)
    try:
        e3.with_traceback(bad)
    except TypeError as err:
        print("TypeError", err)

# tb_next is writable with checks.
try:
    level1()
except ValueError as e:
    head = e.__traceback__
second = head.tb_next
try:
    head.tb_next = 5
except TypeError as err:
    print("TypeError", err)
try:
    second.tb_next = head
except ValueError as err:
    print("ValueError", err)
try:
    head.tb_next = head
except ValueError as err:
    print("ValueError", err)
try:
    del head.tb_next
except TypeError as err:
    print("TypeError", err)
head.tb_next = None
print(head.tb_next)
for name in ("tb_frame", "tb_lineno", "tb_lasti"):
    try:
        setattr(head, name, 1)
    except AttributeError as err:
        print(name, "AttributeError", err)

# TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)
TB = type(head)
made = TB(None, sys._getframe(), 0, 42)
print(made.tb_lineno, made.tb_lasti, made.tb_next, made.tb_frame is sys._getframe())
chained = TB(made, sys._getframe(), 2, 7)
print(chained.tb_next is made)
for args in [(1, sys._getframe(), 0, 1), (None, 1, 0, 1), (None, sys._getframe(), "a", 1)]:
    try:
        TB(*args)
    except TypeError as err:
        print("TypeError", err)

# An exception escaping a generator: its frame is in the traceback.
def gen():
    yield 1
    inside = "gen local"
    raise IndexError("from gen")

g = gen()
next(g)
try:
    next(g)
except IndexError as e:
    t = e.__traceback__
    while t.tb_next:
        t = t.tb_next
    print(t.tb_frame.f_code.co_name, t.tb_frame.f_locals["inside"], g.gi_frame)

# Exceptions through __exit__ receive the traceback object.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__, type(tb).__name__, tb is ev.__traceback__)
        return True

with CM():
    level3(3)
print("end")
level1()
