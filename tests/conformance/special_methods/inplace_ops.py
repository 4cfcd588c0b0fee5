class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __repr__(self):
        return "Bag(%r)" % self.items

    def __add__(self, o):
        print("__add__")
        return Bag(self.items + o.items)

    def __iadd__(self, o):
        print("__iadd__")
        self.items.extend(o.items)
        return self

    def __isub__(self, o):
        print("__isub__ -> NotImplemented")
        return NotImplemented

    def __sub__(self, o):
        print("__sub__")
        return Bag([i for i in self.items if i not in o.items])

    def __imul__(self, n):
        self.items = self.items * n
        return self

    def __ior__(self, o):
        return "ior replaced the bag"


a = Bag([1, 2])
alias = a
a += Bag([3])
print(a, alias, a is alias)
c = a + Bag([9])
print(c, a)
a -= Bag([2])
print(a, alias, a is alias)
alias *= 2
print(alias)
alias |= Bag([])
print(alias)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyAdd(self.v + o)

    def __repr__(self):
        return "OnlyAdd(%r)" % self.v


x = OnlyAdd(1)
y = x
x += 5
print(x, y, x is y)
lst = [1]
lst2 = lst
lst += [2]
print(lst, lst2)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
