def show(g, indent=""):
    if isinstance(g, BaseExceptionGroup):
        print(f"{indent}{type(g).__name__}({g.message!r})")
        for e in g.exceptions:
            show(e, indent + "  ")
    else:
        ctx = g.__context__
        extra = f" context={ctx!r}" if ctx is not None and not isinstance(ctx, BaseExceptionGroup) else ""
        if isinstance(ctx, BaseExceptionGroup):
            extra = f" context={type(ctx).__name__}({ctx.message!r})"
        print(f"{indent}{g!r}{extra}")


def catch(f):
    try:
        f()
    except BaseException as e:
        show(e)


def reraise_bare():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise


def raise_new():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


def raise_new_and_rest():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise


def raise_caught_object():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


def raise_from_every_handler():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from V")
    except* TypeError:
        raise RuntimeError("from T")


def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def naked_raise_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replacement")


def nested():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
        except* ValueError:
            print("inner handled ValueError")
    except* TypeError as e:
        print("outer got", repr(e))


def raise_group_in_handler():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("new", [OSError(5)])


for f in [reraise_bare, raise_new, raise_new_and_rest, raise_caught_object,
          raise_from_every_handler, naked_reraise, naked_raise_new, nested,
          raise_group_in_handler]:
    print(f.__name__ + ":")
    catch(f)
