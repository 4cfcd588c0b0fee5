def inner():
    raise ExceptionGroup("inner", [KeyError("k"), ExceptionGroup("deep", [OSError("o")])])


try:
    inner()
except ExceptionGroup as e:
    raise ExceptionGroup("outer", [e, ValueError("v")])
