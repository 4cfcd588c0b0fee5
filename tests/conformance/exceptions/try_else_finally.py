def run(x):
    log = []
    try:
        log.append("try")
        if x == 1:
            raise ValueError("v")
        if x == 2:
            raise KeyError("k")
        log.append("try-end")
    except ValueError:
        log.append("except-value")
    except Exception as e:
        log.append("except-" + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log


for x in range(3):
    print(x, run(x))


def nested(n):
    try:
        try:
            if n:
                raise TypeError("inner")
        finally:
            print("  inner finally")
        print("  after inner")
    except TypeError as e:
        print("  outer caught", e)
    else:
        print("  outer else")
    finally:
        print("  outer finally")


nested(0)
nested(1)


def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
    finally:
        print("finally after else raised")


try:
    else_raises()
except ValueError as e:
    print("caught:", e)
try:
    try:
        raise IndexError("x")
    except KeyError:
        print("wrong handler")
    finally:
        print("finally runs while propagating")
except IndexError as e:
    print("outer got IndexError", e)
