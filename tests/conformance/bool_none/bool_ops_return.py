def show(v):
    print(repr(v), type(v).__name__)
show(1 and 2)
show(0 and 2)
show(1 or 2)
show(0 or 0.0)
show("" or "default")
show([] and [1])
show(None or None)
show(not 0)
show(not "x")
show(True and None)
show(False or [])
calls = []
def t(v):
    calls.append(v)
    return v
t(0) and t(1)
t(1) or t(2)
t(1) and t(0) and t(3)
t(0) or t("") or t("last")
print(calls)
x = None
print(x or "fallback", x is None and "was none", bool(x) is False)
