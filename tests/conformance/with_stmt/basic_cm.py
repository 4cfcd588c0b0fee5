class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return "value-of-" + self.name

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb is None)
        return False


with CM("a") as v:
    print("body with", v)
with CM("b"):
    print("body without as")
try:
    with CM("c") as v:
        print("about to raise")
        raise ValueError("boom")
        print("unreachable")
except ValueError as e:
    print("propagated:", e)
print(v)


class ReturnsSelf:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print("exit args count:", len(args), args)

    def __repr__(self):
        return "ReturnsSelf()"


with ReturnsSelf() as r:
    print(r)
with ReturnsSelf() as (x):
    print(x)


class EnterNone:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        pass


with EnterNone() as n:
    print("as gets", n)
try:
    with CM("t") as (p, q):
        print("unpacked", p, q)
except ValueError as e:
    print("unpack failed:", e)


class Pair:
    def __enter__(self):
        return (1, [2, 3])

    def __exit__(self, *a):
        return None


with Pair() as (first, (second, third)):
    print("unpacked", first, second, third)
holder = {}
with Pair() as holder["k"]:
    pass
print(holder)
