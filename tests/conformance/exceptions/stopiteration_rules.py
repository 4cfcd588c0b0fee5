def gen():
    yield 1
    raise StopIteration("inside generator")


try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)


def gen_return():
    yield 1
    return "retval"


g = gen_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)


class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("custom stop")
        return self.n


print(list(It()))
it = It()
print(next(it), next(it), next(it, "default"))
try:
    next(iter([]))
except StopIteration as e:
    print("empty StopIteration args:", e.args, e.value)
