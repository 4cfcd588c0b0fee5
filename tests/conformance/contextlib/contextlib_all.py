import contextlib
import sys

@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)

with tag('a') as t:
    print('inside', t)
try:
    with tag('b'):
        raise ValueError('oops')
except ValueError as e:
    print('propagated', e)

@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', e)

with swallow():
    raise KeyError('k')
print('after swallow')

@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)

@contextlib.contextmanager
def two_yields():
    yield
    yield
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(e)

@contextlib.contextmanager
def reraise_other():
    try:
        yield
    except ValueError:
        raise TypeError('converted')
try:
    with reraise_other():
        raise ValueError
except TypeError as e:
    print('converted:', e, type(e.__context__).__name__)

@tag('deco')
def decorated(x):
    print('body', x)
    return x * 2
print(decorated(21), decorated.__name__)
print(tag.__name__, tag.__wrapped__.__name__)

class Thing:
    def close(self):
        print('closed')
with contextlib.closing(Thing()) as th:
    print(type(th).__name__)

with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with contextlib.suppress(KeyError):
        [][1]
except IndexError:
    print('not suppressed')

class Buf:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
    def flush(self):
        pass
buf = Buf()
with contextlib.redirect_stdout(buf) as b:
    print('captured line')
    print(b is buf)
print('captured:', buf.data)
ebuf = Buf()
with contextlib.redirect_stderr(ebuf):
    sys.stderr.write('to err\n')
print(ebuf.data)

with contextlib.nullcontext(5) as v:
    print('null', v)
with contextlib.nullcontext() as v:
    print('null', v)

with contextlib.ExitStack() as stack:
    for n in ('x', 'y'):
        print(stack.enter_context(tag(n)))
    stack.callback(print, 'callback', 1, end='!\n')
    stack.push(lambda *exc: print('push exit', exc[0]))
    print('body of stack')

with contextlib.ExitStack() as stack:
    stack.callback(print, 'never')
    moved = stack.pop_all()
print('popped')
moved.close()

def raiser(exc):
    raise exc
try:
    with contextlib.ExitStack() as stack:
        stack.callback(raiser, KeyError('inner'))
        stack.callback(raiser, ValueError('outer'))
        raise IndexError('body')
except Exception as e:
    print(type(e).__name__, e, '<-', type(e.__context__).__name__, '<-', type(e.__context__.__context__).__name__)

with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise ValueError('suppressed by stack')
print('stack suppressed')

try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(5)
except TypeError as e:
    print(e)

class CM(contextlib.ContextDecorator):
    def __enter__(self):
        print('enter CM')
        return self
    def __exit__(self, *exc):
        print('exit CM', exc[0])
        return False
@CM()
def f():
    print('in f')
f()
class Base(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        return None
with Base() as bb:
    print(type(bb).__name__)
