class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, requested):
        self.account = account
        self.requested = requested
        super().__init__("%s: balance %d < %d" % (account.number, account.balance, requested))

class AccountFrozen(BankError):
    pass

class UnknownAccount(BankError, KeyError):
    def __str__(self):
        return "no such account: " + self.args[0]

class Account:
    kind = "basic"

    def __init__(self, number, owner, balance=0):
        self.number = number
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history = []

    @property
    def balance(self):
        return self._balance
    def _check(self):
        if self.frozen:
            raise AccountFrozen(self.number + " is frozen")
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        self._check()
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))
    def available(self):
        return self._balance
    def month_end(self):
        pass
    def __repr__(self):
        return "<%s %s %s: %d>" % (self.kind, self.number, self.owner, self._balance)

class Savings(Account):
    kind = "savings"

    def __init__(self, number, owner, balance=0, rate_pct=2):
        super().__init__(number, owner, balance)
        self.rate_pct = rate_pct
    def month_end(self):
        interest = self._balance * self.rate_pct // 100
        if interest:
            self.deposit(interest)

class Checking(Account):
    kind = "checking"

    def __init__(self, number, owner, balance=0, overdraft=100):
        super().__init__(number, owner, balance)
        self.overdraft = overdraft
    def available(self):
        return self._balance + self.overdraft
    def month_end(self):
        if self._balance < 0:
            self._balance -= 10
            self.history.append(("fee", 10))

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
    def open(self, cls, owner, **kw):
        number = "%s-%03d" % (self.name[:2].upper(), len(self.accounts) + 1)
        acct = cls(number, owner, **kw)
        self.accounts[number] = acct
        return acct
    def __getitem__(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount(number) from None
    def transfer(self, src, dst, amount):
        a, b = self[src], self[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except BankError:
            a.deposit(amount)
            raise
    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank("riverside")
s = bank.open(Savings, "ann", balance=1000, rate_pct=5)
c = bank.open(Checking, "bob", balance=50)
p = bank.open(Account, "cy")
print(bank.accounts)
ops = [
    ("transfer", "RI-001", "RI-002", 200), ("transfer", "RI-002", "RI-003", 320),
    ("transfer", "RI-002", "RI-003", 1), ("transfer", "RI-002", "RI-001", 100),
    ("transfer", "RI-003", "RI-009", 5),
    ("freeze", "RI-003"), ("transfer", "RI-001", "RI-003", 10), ("deposit", "RI-001", -5),
]
for op in ops:
    try:
        if op[0] == "transfer":
            bank.transfer(*op[1:])
            print("ok", op)
        elif op[0] == "freeze":
            bank[op[1]].frozen = True
            print("frozen", op[1])
        else:
            bank[op[1]].deposit(op[2])
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, "| requested", e.requested)
    except KeyError as e:
        print("lookup failed:", e, isinstance(e, BankError))
    except BankError as e:
        print(type(e).__name__ + ":", e)
    except ValueError as e:
        print("ValueError:", e)
bank.month_end()
for acct in bank.accounts.values():
    print(acct, acct.history)
print("total", bank.total())
print([k.__name__ for k in UnknownAccount.__mro__])
