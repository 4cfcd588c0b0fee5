class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        print("get celsius")
        return self._c

    @celsius.setter
    def celsius(self, v):
        print("set celsius", v)
        if v < -273:
            raise ValueError("too cold")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("del celsius")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temp(100)
print(t.celsius)
print(t.fahrenheit)
t.celsius = 0
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t._c)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temp.celsius).__name__)
print(Temp.celsius.__doc__)
print(Temp.fahrenheit.fset is None, Temp.celsius.fset is not None)
