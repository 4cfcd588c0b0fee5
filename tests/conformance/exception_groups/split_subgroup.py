def show(g):
    if g is None:
        return "None"
    if isinstance(g, BaseExceptionGroup):
        return f"{type(g).__name__}({g.message!r}, [{', '.join(show(e) for e in g.exceptions)}])"
    return repr(g)


leaf_v = ValueError("v")
eg = ExceptionGroup("top", [leaf_v, TypeError("t"),
                            ExceptionGroup("mid", [ValueError("v2"), KeyError("k")]),
                            OSError("o")])
for matcher in [ValueError, (TypeError, KeyError), LookupError, Exception, ZeroDivisionError,
                ExceptionGroup, lambda e: isinstance(e, ValueError)]:
    m, r = eg.split(matcher)
    print(show(m), "|", show(r))
    print("  subgroup:", show(eg.subgroup(matcher)))

print(eg.split(Exception)[0] is eg, eg.subgroup(BaseExceptionGroup) is eg)
print(eg.split(ValueError)[0].exceptions[0] is leaf_v)


def pred(e):
    print("  pred sees", type(e).__name__)
    return isinstance(e, KeyError)


print(show(eg.subgroup(pred)))

for bad in [3, "ValueError", (ValueError, 3), [ValueError], len]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)

# split keeps the metadata of the original on each part
cause = KeyError("cause")
g = ExceptionGroup("g", [ValueError(1), TypeError(2)])
g.__cause__ = cause
g.__context__ = RuntimeError("ctx")
g.add_note("note")
try:
    raise g
except ExceptionGroup as caught:
    m, r = caught.split(ValueError)
print(m.__cause__ is cause, r.__cause__ is cause, type(m.__context__).__name__)
print(m.__notes__, r.__notes__, m.__notes__ is g.__notes__)
print(m.__traceback__ is not None, r.__traceback__ is not None)
print(m.__suppress_context__, g.__suppress_context__)


class Derived(ExceptionGroup):
    def derive(self, excs):
        print("derive with", len(excs))
        return Derived(self.message + "!", excs)


d = Derived("d", [ValueError(1), TypeError(2)])
m, r = d.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)
print(type(ExceptionGroup("e", [ValueError()]).derive([KeyboardInterrupt()])).__name__)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")


try:
    BadDerive("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)
