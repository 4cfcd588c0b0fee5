class WithBool:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("__bool__", self.v)
        return self.v

class WithLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("__len__", self.n)
        return self.n

class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 10

class Neither:
    pass

print(bool(WithBool(True)), bool(WithBool(False)))
print(bool(WithLen(0)), bool(WithLen(3)), len(WithLen(4)))
print(bool(Both()), len(Both()))
print(bool(Neither()))
if WithLen(0):
    print("unreachable")
else:
    print("empty is falsy")
print(not WithBool(False))
print(WithBool(True) and "and-result")
print(WithLen(0) or "or-result")
x = [i for i in [WithLen(1), WithLen(0), WithLen(2)] if i]
print(len(x))
while WithBool(False):
    pass

class BadBool:
    def __bool__(self):
        return 1

try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)

class NegLen:
    def __len__(self):
        return -1

try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)

class StrLen:
    def __len__(self):
        return "3"

try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
