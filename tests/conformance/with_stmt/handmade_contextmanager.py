class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, t, e, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(e)
        except StopIteration:
            return True
        except BaseException as raised:
            if raised is e:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")


def contextmanager(func):
    def helper(*args, **kwargs):
        return GeneratorCM(func(*args, **kwargs))
    return helper


@contextmanager
def tag(name):
    print("<%s>" % name)
    yield name.upper()
    print("</%s>" % name)


@contextmanager
def ignoring(kind):
    try:
        yield
    except kind as e:
        print("ignoring", type(e).__name__, e)


@contextmanager
def converting():
    try:
        yield "conv"
    except KeyError as e:
        raise LookupError("converted " + str(e))


with tag("html") as t1:
    with tag("body") as t2:
        print("content", t1, t2)
with ignoring(ZeroDivisionError):
    print(1 / 0)
print("continued after ignoring")
try:
    with ignoring(KeyError):
        raise ValueError("not ignored")
except ValueError as e:
    print("propagated:", e)
try:
    with converting() as c:
        print("inside", c)
        {}["zz"]
except LookupError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
try:
    with tag("p"):
        raise IndexError("inside tag")
except IndexError as e:
    print("tag did not close:", e)
