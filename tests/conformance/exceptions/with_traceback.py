def fail():
    raise ValueError("deep")


try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    print(tb is not None, type(tb).__name__)
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print("traceback depth", n)
    e2 = RuntimeError("new").with_traceback(e.__traceback__)
    print(type(e2).__name__, e2.__traceback__ is e.__traceback__)

e = KeyError("fresh")
print(e.__traceback__)
r = e.with_traceback(None)
print(r is e, e.__traceback__)
try:
    raise e
except KeyError as caught:
    print(caught.__traceback__ is not None)
    print(caught.__traceback__.tb_lineno)
try:
    e.with_traceback("bad")
except TypeError as err:
    print("TypeError:", err)


def reraise_with_tb():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise LookupError("converted").with_traceback(z.__traceback__)


try:
    reraise_with_tb()
except LookupError as e:
    print(e, type(e.__context__).__name__)
