def catch(exc):
    try:
        raise exc
    except ArithmeticError:
        return "ArithmeticError"
    except LookupError:
        return "LookupError"
    except Exception as e:
        return "Exception:" + type(e).__name__
for exc in [ZeroDivisionError("z"), OverflowError("o"), KeyError("k"), IndexError("i"),
            ValueError("v"), TypeError("t"), NameError("n"), AttributeError("a"),
            UnboundLocalError("u"), RecursionError("r"), StopIteration(), AssertionError("x"),
            NotImplementedError("ni"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")]:
    print(type(exc).__name__, "->", catch(exc))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError),
      issubclass(NotImplementedError, RuntimeError), issubclass(UnicodeDecodeError, ValueError))
try:
    raise SystemExit(5)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise KeyboardInterrupt
except BaseException as e:
    print("BaseException caught", type(e).__name__)
print(str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), str(ValueError("v")), repr(OSError("o")))
