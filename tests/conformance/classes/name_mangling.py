class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._protected = "p"
        self.__dunder__ = "not mangled"

    def balance(self):
        return self.__balance

    def __private_method(self):
        return "private!"

    def call_private(self):
        return self.__private_method()


class Savings(Account):
    def __init__(self, balance):
        super().__init__(balance)
        self.__balance = "savings-own"

    def own(self):
        return self.__balance


a = Account(10)
print(a.balance(), a.call_private())
print(sorted(a.__dict__))
print(a._Account__balance)
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.__private_method()
except AttributeError as e:
    print("AttributeError:", e)
print(a._Account__private_method())
s = Savings(50)
print(s.balance(), s.own())
print(sorted(s.__dict__))


class _Under:
    def __init__(self):
        self.__x = 1


print(sorted(_Under().__dict__))


class M:
    __attr = 5

    def get(self):
        return self.__attr, M.__attr, getattr(self, "_M__attr")


print(M().get())
print("_M__attr" in M.__dict__)
