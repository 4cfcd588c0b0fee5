class WithEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, WithEq) and self.v == o.v

print(WithEq.__hash__)
try:
    hash(WithEq(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {WithEq(1): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    s = {WithEq(2)}
except TypeError as e:
    print("TypeError:", e)

class Hashable:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, Hashable) and self.v == o.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return "H(%r)" % self.v

d = {Hashable(1): "one", Hashable(2): "two"}
print(d[Hashable(1)], Hashable(2) in d, Hashable(3) in d)
s = {Hashable(1), Hashable(1), Hashable(2)}
print(len(s))
print(hash(Hashable(5)) == hash(5))
