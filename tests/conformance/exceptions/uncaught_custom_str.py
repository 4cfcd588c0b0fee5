class BankError(Exception):
    def __init__(self, account, amount):
        super().__init__(account, amount)
        self.account = account
        self.amount = amount

    def __str__(self):
        return "account %s cannot withdraw %d" % (self.account, self.amount)


class InsufficientFunds(BankError):
    pass


try:
    raise InsufficientFunds("A-1", 5)
except BankError as e:
    print("caught once:", e)
    err = e
print(repr(err))
try:
    {}["x"]
except KeyError:
    raise InsufficientFunds("B-2", 500) from None
