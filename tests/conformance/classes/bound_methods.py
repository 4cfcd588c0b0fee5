class Acc:
    def __init__(self, start):
        self.total = start

    def add(self, n):
        self.total += n
        return self.total

    def __repr__(self):
        return "Acc(%d)" % self.total


a = Acc(10)
m = a.add
print(m(5))
print(m(5))
print(m.__self__)
print(m.__func__ is Acc.add)
print(m.__name__)
print(Acc.add(a, 100))
print(a.total)
f = Acc.add
print(f(a, 1))
print(type(m).__name__)
print(type(f).__name__)
b = Acc(0)
methods = [a.add, b.add]
for meth in methods:
    print(meth(1))
print(a, b)
print(a.add == a.add)
print(a.add == b.add)
print(a.add is a.add)
print(callable(m), callable(a))
adder = getattr(b, "add")
print(adder(41))
print(list(map(Acc(0).add, [1, 2, 3])))
a.add = lambda n: "shadowed %d" % n
print(a.add(3))
print(Acc.add(a, 3))
