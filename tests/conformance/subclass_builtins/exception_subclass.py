class AppError(Exception):
    def __init__(self, message, code=500):
        super().__init__(message, code)
        self.message = message
        self.code = code

    def __str__(self):
        return "[%d] %s" % (self.code, self.message)


class NotFound(AppError):
    def __init__(self, what):
        super().__init__(what + " not found", 404)
        self.what = what


try:
    raise NotFound("page")
except AppError as e:
    print(type(e).__name__, e, e.args, e.code, e.what)
    print(repr(e))
try:
    raise AppError("boom")
except Exception as e:
    print(e, e.args, isinstance(e, NotFound))


class Plain(Exception):
    pass


p = Plain("a", 1)
print(p, repr(p), p.args)
print(str(Plain()), repr(Plain()), Plain("one").args)


class WithRepr(ValueError):
    def __repr__(self):
        return "WithRepr!"


w = WithRepr("msg")
print(w, repr(w), [w], isinstance(w, ValueError))


class KeepArgs(KeyError):
    pass


print(str(KeepArgs("k")), str(KeyError("k")), str(KeepArgs("a", "b")))


class NoSuper(Exception):
    def __init__(self, x):
        self.x = x


n = NoSuper(5)
print(n.args, str(n), n.x)
print(NoSuper.__mro__)
print(issubclass(NotFound, Exception), issubclass(NotFound, BaseException))
