class CM:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, t, e, tb):
        self.log.append("exit %s (%s)" % (self.name, t.__name__ if t else None))
        return False


log = []
with CM("a", log) as a, CM("b", log) as b, CM("c", log):
    log.append("body " + a + b)
print(log)

log = []
try:
    with CM("x", log), CM("y", log):
        raise KeyError("k")
except KeyError:
    log.append("caught")
print(log)

log = []
with (CM("p", log) as p,
      CM("q", log) as q):
    log.append("parenthesized " + p + q)
print(log)

log = []
with CM("outer", log):
    with CM("inner", log) as i:
        log.append("nested " + i)
print(log)


class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("never called")


log = []
try:
    with CM("first", log), FailEnter(), CM("third", log):
        log.append("body")
except RuntimeError as e:
    log.append("caught " + str(e))
print(log)
