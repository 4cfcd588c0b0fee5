def run(exc):
    try:
        raise exc
    except* ValueError as e:
        print("  ValueError part:", repr(e))
    except* (TypeError, KeyError) as e:
        print("  Type/Key part:", repr(e))
    except* OSError:
        print("  OSError part")
    else:
        print("  else")
    finally:
        print("  finally")


for exc in [ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3), KeyError(4)]),
            ExceptionGroup("g", [ExceptionGroup("inner", [ValueError(1)]), TypeError(2)]),
            ValueError("naked"), KeyError("naked key"), FileNotFoundError("naked oserror")]:
    print(type(exc).__name__)
    run(exc)

print("no exception:")
try:
    pass
except* ValueError:
    print("no")
else:
    print("  else runs")

print("unhandled rest propagates:")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), ZeroDivisionError(3)])
    except* ValueError:
        print("  handled ValueError")
except ExceptionGroup as e:
    print("  outer got", repr(e))

print("unmatched naked exception propagates as itself:")
try:
    try:
        raise ZeroDivisionError("zd")
    except* ValueError:
        print("no")
except ZeroDivisionError as e:
    print("  outer got", repr(e))

print("name is cleared after the handler:")
try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError as err:
    pass
try:
    err
except NameError as e:
    print("  NameError:", e)

import sys
print("sys.exc_info in a handler:")
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* TypeError:
    print("  ", repr(sys.exc_info()[1]))
print("  after:", sys.exc_info())

print("loops inside handlers may break:")
try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError:
    for i in range(5):
        if i == 2:
            break
    print("  i =", i)


def in_function():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError:
        result = "handled"
    return result


print(in_function())
