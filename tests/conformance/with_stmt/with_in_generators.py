class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, t, e, tb):
        print("close", self.name, t.__name__ if t else None)
        return False


def reader(name, n):
    with Res(name):
        for i in range(n):
            yield "%s:%d" % (name, i)
    print("reader", name, "finished normally")


for line in reader("f1", 2):
    print("got", line)

g = reader("f2", 5)
print(next(g))
print(next(g))
g.close()
print("closed generator")

g2 = reader("f3", 3)
print(next(g2))
try:
    g2.throw(ValueError("injected"))
except ValueError as e:
    print("throw propagated:", e)


def early_stop():
    g = reader("f4", 10)
    try:
        for x in g:
            if x.endswith("1"):
                return x
    finally:
        print("closing f4 explicitly")
        g.close()


print("early:", early_stop())


def gen_with_suppress():
    class Sup:
        def __enter__(self):
            return self

        def __exit__(self, t, e, tb):
            print("Sup exit", t.__name__ if t else None)
            return t is ValueError

    with Sup():
        yield 1
        raise ValueError("suppressed inside gen")
    yield 2


print(list(gen_with_suppress()))
