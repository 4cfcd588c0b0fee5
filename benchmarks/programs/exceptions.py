# bench: default=300000 quick=2000
"""Exceptions (an error-handling workload): raising and catching through several frames,
a user-defined hierarchy, try/except/else/finally, re-raising, chaining, context managers
that suppress, and built-in errors from dict, list, int() and attribute lookups.

Usage: exceptions.py [LOOPS]
"""

import sys


class AppError(Exception):
    def __init__(self, code, detail=""):
        Exception.__init__(self, code, detail)
        self.code = code


class NotFound(AppError):
    pass


class Invalid(AppError):
    pass


def lookup(table, key, depth):
    if depth:
        return lookup(table, key, depth - 1)
    try:
        return table[key]
    except KeyError:
        raise NotFound(404, key) from None


def validate(n):
    if n % 7 == 0:
        raise Invalid(400, "multiple of seven")
    if n % 13 == 0:
        raise ValueError("unlucky %d" % n)
    return n


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = 0

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is not None and issubclass(kind, self.kinds):
            self.caught += 1
            return True
        return False


def builtin_errors(i, data, obj):
    try:
        if i % 4 == 0:
            return data[i]
        if i % 4 == 1:
            return int("12x" if i % 8 == 1 else "12")
        if i % 4 == 2:
            return obj.missing
        return {}["k"]
    except IndexError:
        return -1
    except ValueError:
        return -2
    except AttributeError:
        return -3
    except LookupError:
        return -4


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
    table = {i: i * i for i in range(0, 50, 3)}
    found = missing = invalid = unlucky = finals = elses = 0
    codes = 0
    for i in range(loops):
        try:
            v = lookup(table, i % 50, 3)
        except NotFound as e:
            missing += 1
            codes += e.code
        else:
            found += v
        try:
            validate(i)
        except AppError as e:
            invalid += 1
            codes += e.code
        except ValueError:
            unlucky += 1
        else:
            elses += 1
        finally:
            finals += 1
    print("found", found, "missing", missing, "invalid", invalid, "unlucky", unlucky)
    print("finally", finals, "else", elses, "codes", codes)

    sup = Suppress(ZeroDivisionError, KeyError)
    total = 0
    for i in range(loops):
        with sup:
            total += 100 // (i % 5)
    print("suppressed", sup.caught, "total", total)

    data = [1, 2, 3]
    results = {}
    for i in range(loops // 4):
        r = builtin_errors(i, data, sup)
        results[r] = results.get(r, 0) + 1
    print("builtin", sorted(results.items()))

    chained = 0
    for i in range(loops // 10):
        try:
            try:
                raise KeyError(i)
            except KeyError as inner:
                raise RuntimeError("wrapped") from inner
        except RuntimeError as outer:
            if isinstance(outer.__cause__, KeyError) and outer.__cause__.args[0] == i:
                chained += 1
    print("chained", chained)
    try:
        lookup({}, "x", 2)
    except AppError as e:
        print(type(e).__name__, e.args, e.__suppress_context__, e.__cause__)


main()
