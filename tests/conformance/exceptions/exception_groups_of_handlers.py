results = []


def classify(exc):
    try:
        raise exc
    except (ZeroDivisionError, OverflowError):
        return "math"
    except KeyError:
        return "key"
    except LookupError:
        return "lookup"
    except OSError as e:
        return "os:" + type(e).__name__
    except Exception:
        return "other"
    except BaseException:
        return "base"


for exc in [ZeroDivisionError(), OverflowError(), KeyError(), IndexError(),
            FileNotFoundError(), PermissionError(), ValueError(), KeyboardInterrupt(),
            SystemExit(), GeneratorExit(), NotImplementedError(), UnicodeError()]:
    results.append((type(exc).__name__, classify(exc)))
for r in results:
    print(*r)
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("Exception does not catch KeyboardInterrupt")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    raise SystemExit(4)
except SystemExit as e:
    print("SystemExit code", e.code)
