log = []


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)

    def __exit__(self, *a):
        log.append("exit " + self.name)


def f():
    try:
        with CM("a"):
            try:
                with CM("b"):
                    log.append("return from body")
                    return "value"
            finally:
                log.append("finally 1")
    finally:
        log.append("finally 2")


print(f())
print(log)
log.clear()


def g():
    with CM("x"):
        try:
            raise ValueError
        except ValueError:
            log.append("except")
            return "from except"
        finally:
            log.append("finally")


print(g())
print(log)
log.clear()


def h(n):
    result = []
    with CM("loop"):
        for i in range(n):
            with CM(str(i)):
                if i % 2:
                    continue
                result.append(i)
    return result


print(h(4))
print(log)
