# Raising and catching: in the same frame, one call down, with finally and custom classes.
import sys

n = 30000 * (int(sys.argv[1]) if len(sys.argv) > 1 else 10)


class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def fail(i):
    if i % 3 == 0:
        raise AppError(i)
    raise KeyError(i)


caught = 0
for i in range(n):
    try:
        fail(i)
    except AppError as e:
        caught += e.code
    except KeyError:
        caught += 1
    finally:
        caught += 2
    try:
        {}[i]
    except KeyError:
        caught -= 1
print(caught)
