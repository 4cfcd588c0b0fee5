try:
    raise ExceptionGroup("first", [ValueError(1)])
except ExceptionGroup:
    raise KeyError("second")
