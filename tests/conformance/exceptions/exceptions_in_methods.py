class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount > self.balance:
            raise RuntimeError("insufficient: have %d, need %d" % (self.balance, amount))
        self.balance -= amount
        return self.balance

    def __getitem__(self, k):
        raise KeyError("accounts are not subscriptable: " + repr(k))

    @property
    def broken(self):
        raise AttributeError("broken property")

    def __getattr__(self, name):
        return "getattr fallback for " + name


a = Account(100)
for amt in [30, -5, 500, 70, 1]:
    try:
        print("withdraw", amt, "->", a.withdraw(amt))
    except (ValueError, RuntimeError) as e:
        print("withdraw", amt, "failed:", type(e).__name__, e)
try:
    a["x"]
except KeyError as e:
    print("KeyError:", e)
print(a.broken)


class BadInit:
    def __init__(self):
        raise TypeError("init refused")


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


class BadEq:
    def __eq__(self, o):
        raise ValueError("cannot compare")


try:
    [1, BadEq()].index(2)
except ValueError as e:
    print("ValueError:", e)
try:
    BadEq() in [1, 2]
except ValueError as e:
    print("ValueError:", e)


class BadIter:
    def __iter__(self):
        yield 1
        raise IndexError("mid-iteration")


out = []
try:
    for v in BadIter():
        out.append(v)
except IndexError as e:
    print("IndexError:", e, out)
