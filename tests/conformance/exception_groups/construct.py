def attempt(*args, cls=ExceptionGroup, **kw):
    try:
        g = cls(*args, **kw)
        print(type(g).__name__, repr(g), str(g))
        return g
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt("msg", [ValueError(1)])
attempt("msg", (ValueError(1), TypeError(2)))
attempt("msg", [])
attempt("msg", 5)
attempt("msg", {ValueError()})
attempt("msg", {"a": ValueError()})
attempt("msg", [ValueError(), 3])
attempt("msg", [ValueError, ValueError()])
attempt("msg", [KeyboardInterrupt()])
attempt(3, [ValueError()])
attempt("msg")
attempt("msg", [ValueError()], 3)
attempt("msg", [ValueError()], extra=1)
attempt("msg", [ValueError()], cls=BaseExceptionGroup)
attempt("msg", [KeyboardInterrupt()], cls=BaseExceptionGroup)
attempt("msg", [ValueError(), SystemExit(2)], cls=BaseExceptionGroup)
attempt("", "ab")

g = ExceptionGroup("many", [ValueError(i) for i in range(3)])
print(g.message, g.exceptions, g.args)
print(str(ExceptionGroup("one", [ValueError()])))
print(isinstance(g, Exception), isinstance(g, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
print([c.__name__ for c in ExceptionGroup.__mro__])
print(ExceptionGroup.__bases__ == (BaseExceptionGroup, Exception), BaseExceptionGroup.__bases__ == (BaseException,))
for attr in ["message", "exceptions"]:
    try:
        setattr(g, attr, None)
    except AttributeError as e:
        print("AttributeError:", e)
g.other = 1
print(g.other)
src = [ValueError(1)]
g2 = ExceptionGroup("m", src)
src.append(TypeError(2))
print(len(g2.exceptions), g2.args[1] is src)


class MyGroup(ExceptionGroup):
    pass


class MyBaseGroup(BaseExceptionGroup):
    pass


attempt("mine", [ValueError()], cls=MyGroup)
attempt("mine", [KeyboardInterrupt()], cls=MyGroup)
attempt("mine", [KeyboardInterrupt()], cls=MyBaseGroup)
attempt("mine", [ValueError()], cls=MyBaseGroup)


class WithExtra(ExceptionGroup):
    def __new__(cls, message, excs, extra):
        self = super().__new__(cls, message, excs)
        self.extra = extra
        return self

    def __init__(self, message, excs, extra):
        super().__init__(message, excs)


w = WithExtra("x", [ValueError()], 42)
print(w.extra, w.args, str(w))
