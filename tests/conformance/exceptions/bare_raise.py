def reraise():
    try:
        int("nope")
    except ValueError:
        print("logging and re-raising")
        raise


try:
    reraise()
except ValueError as e:
    print("outer caught:", e)


def reraise_after_handling_other():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise


try:
    reraise_after_handling_other()
except Exception as e:
    print(type(e).__name__, e)

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)


def helper():
    raise


try:
    try:
        raise TypeError("active")
    except TypeError:
        helper()
except TypeError as e:
    print("helper re-raised:", e)


def conditional(n):
    try:
        return 10 // n
    except ZeroDivisionError:
        if n == 0:
            print("re-raising for zero")
            raise
        return -1


try:
    conditional(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(conditional(5))
