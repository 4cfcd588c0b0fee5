# Deleting instance attributes: del / delattr, AttributeError messages for a
# missing attribute on get and on delete, re-adding, hasattr / getattr default
# after delete, deleting an instance attr that shadows a class attr.


class C:
    cls_attr = "class"

    def __init__(self):
        self.x = 1
        self.y = 2


o = C()
del o.x
print(vars(o))
try:
    o.x
except AttributeError as e:
    print("get:", e)
try:
    del o.x
except AttributeError as e:
    print("del:", e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print("delattr:", e)
print(hasattr(o, "x"), getattr(o, "x", "dflt"))
o.x = 3
print(o.x, vars(o))
delattr(o, "y")
print(hasattr(o, "y"), vars(o))
setattr(o, "y", 4)
print(o.y, list(vars(o)))

# Class attribute shadowed then revealed
o.cls_attr = "inst"
print(o.cls_attr, C.cls_attr)
del o.cls_attr
print(o.cls_attr)
try:
    del o.cls_attr
except AttributeError as e:
    print("del class attr via instance:", e)
print(C.cls_attr)

# Delete everything then re-add in other order
p = C()
del p.x, p.y
print(vars(p), p.__dict__ == {})
p.y = "y"
p.x = "x"
print(vars(p))

# Loop deleting and re-adding
q = C()
for i in range(5):
    q.x = i
    del q.x
    print(i, hasattr(q, "x"), list(vars(q)))
q.x = "final"
print(vars(q))

# del on one instance doesn't affect another
a, b = C(), C()
del a.x
print(hasattr(a, "x"), hasattr(b, "x"), b.x)

# getattr with and without default; error message of getattr
try:
    getattr(a, "x")
except AttributeError as e:
    print("getattr:", e)
print(getattr(a, "x", None))

# deleting a method name that is not an instance attribute


class M:
    def meth(self):
        return "method"


m = M()
try:
    del m.meth
except AttributeError as e:
    print("del method:", e)
m.meth = lambda: "instance"
print(m.meth())
del m.meth
print(m.meth())

# del via __dict__ and via attribute interleaved
n = C()
n.z = 0
del n.__dict__["x"]
del n.y
print(vars(n))
try:
    del n.__dict__["x"]
except KeyError as e:
    print("KeyError:", e)

# Uncaught error at the end: exit code and last stderr line
fin = C()
del fin.x
del fin.x
