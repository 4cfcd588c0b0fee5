pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (FloatingPointError, ArithmeticError), (ArithmeticError, Exception),
    (IndexError, LookupError), (KeyError, LookupError), (LookupError, Exception),
    (FileNotFoundError, OSError), (PermissionError, OSError), (TimeoutError, OSError),
    (ConnectionRefusedError, ConnectionError), (ConnectionError, OSError),
    (IsADirectoryError, OSError), (BrokenPipeError, ConnectionError),
    (UnicodeDecodeError, UnicodeError), (UnicodeError, ValueError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (ModuleNotFoundError, ImportError), (UnboundLocalError, NameError),
    (IndentationError, SyntaxError), (TabError, IndentationError),
    (StopIteration, Exception), (StopAsyncIteration, Exception),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException),
    (SystemExit, Exception), (GeneratorExit, Exception), (GeneratorExit, BaseException),
    (Exception, BaseException), (BaseException, object),
    (DeprecationWarning, Warning), (Warning, Exception), (UserWarning, Warning),
    (KeyError, IndexError), (TypeError, ValueError), (AssertionError, Exception),
    (AttributeError, Exception), (EOFError, Exception), (BufferError, Exception),
    (EnvironmentError, OSError), (IOError, OSError),
]
for sub, sup in pairs:
    print("%s <: %s -> %s" % (sub.__name__, sup.__name__, issubclass(sub, sup)))
print(EnvironmentError is OSError, IOError is OSError)
print(ZeroDivisionError.__mro__)
print(FileNotFoundError.__bases__, KeyError.__bases__)
print(isinstance(ZeroDivisionError(), (LookupError, ArithmeticError)))
print(isinstance(KeyError("x"), LookupError), isinstance(KeyError("x"), IndexError))
