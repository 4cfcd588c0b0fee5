def attempt(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)


def star_group():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass


def star_group_in_tuple():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* (ValueError, BaseExceptionGroup):
        pass


def star_not_exception():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* int:
        pass


def star_instance():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError():
        pass


def star_checked_even_without_match():
    try:
        raise ValueError("v")
    except* ValueError:
        print("handled first")
    except* ExceptionGroup:
        pass


def base_exceptions():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("got", type(e).__name__, e.exceptions)
    except* ValueError as e:
        print("got", type(e).__name__, e.exceptions)


def naked_base_exception():
    try:
        raise KeyboardInterrupt("ki")
    except* KeyboardInterrupt as e:
        print("wrapped in", type(e).__name__, e.exceptions)


for f in [star_group, star_group_in_tuple, star_not_exception, star_instance,
          star_checked_even_without_match, base_exceptions, naked_base_exception]:
    attempt(f)
