# atexit: functions run when the interpreter exits, last registered first. The interpreter
# calls _run_exitfuncs after the main module finishes (also after SystemExit or an uncaught
# exception), before the streams are flushed.

import sys

_handlers = []


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    del _handlers[:]


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            _report(func, e)


def _report(func, e):
    # CPython prints "Exception ignored in atexit callback" and the exception.
    try:
        name = repr(func)
    except Exception:
        name = '<callback>'
    text = str(e)
    sys.stderr.write('Exception ignored in atexit callback: %s\n' % name)
    sys.stderr.write('%s: %s\n' % (type(e).__name__, text) if text else '%s\n' % type(e).__name__)
