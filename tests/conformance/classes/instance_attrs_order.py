# Order of instance attributes in __dict__ / vars(): insertion order, re-set keeps
# position, delete + re-add goes to the end, per-instance orders, conditional attrs,
# 60 attrs, non-identifier and str-subclass names (key types: ..._str_subclass_names).


class C:
    pass


o = C()
o.a = 1
o.b = 2
o.c = 3
print(list(vars(o)))
o.a = 10
print(list(vars(o)), vars(o))
del o.a
print(list(vars(o)))
o.a = 100
print(list(vars(o)), vars(o))
del o.b
del o.c
o.c = "c"
o.b = "b"
print(list(o.__dict__))

# Different assignment orders per instance of one class
x = C()
x.p = 1
x.q = 2
y = C()
y.q = 2
y.p = 1
print(list(vars(x)), list(vars(y)), vars(x) == vars(y))


class Cond:
    def __init__(self, n):
        self.n = n
        if n % 2 == 0:
            self.even = True
        if n % 3 == 0:
            self.three = True
        self.last = n * 10


for i in range(7):
    c = Cond(i)
    print(i, list(vars(c)), hasattr(c, "even"), getattr(c, "three", None))

# Many attributes
m = C()
for i in range(60):
    setattr(m, "attr%d" % i, i * i)
print(len(vars(m)))
print(list(vars(m))[:5], list(vars(m))[-3:])
print(m.attr0, m.attr17, m.attr59)
print(sum(vars(m).values()))
for i in range(0, 60, 2):
    delattr(m, "attr%d" % i)
print(len(vars(m)), list(vars(m))[:4])
for i in range(0, 10, 2):
    setattr(m, "attr%d" % i, -i)
print(list(vars(m))[-6:])
print(m.attr4, m.attr5)
m2 = C()
for i in range(59, -1, -1):
    setattr(m2, "attr%d" % i, i)
print(list(vars(m2))[:3], m2.attr0, m2.attr59)
print(all(getattr(m2, "attr%d" % i) == i for i in range(60)))

# Non-identifier names via setattr/getattr
w = C()
setattr(w, "a b", 1)
setattr(w, "1", 2)
setattr(w, "", 3)
setattr(w, "with-dash", 4)
setattr(w, "ünï", 5)
w.normal = 6
print(vars(w))
print(getattr(w, "a b"), getattr(w, "1"), getattr(w, ""), getattr(w, "with-dash"), w.ünï)
delattr(w, "1")
print(list(vars(w)), hasattr(w, "1"))
w.__dict__["2"] = "two"
print(getattr(w, "2"))


# str-subclass names
class S(str):
    pass


z = C()
setattr(z, S("alpha"), "A")
z.beta = "B"
print(z.alpha, getattr(z, S("beta")), hasattr(z, S("alpha")))
print(list(vars(z)), vars(z) == {"alpha": "A", "beta": "B"})
setattr(z, "alpha", "A2")
print(vars(z), z.alpha, getattr(z, S("alpha")))
delattr(z, S("beta"))
print(vars(z))

# Order when set in __init__ and later


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pt = Point(1, 2)
pt.label = "P"
print(list(vars(pt)))
pt2 = Point(3, 4)
del pt2.x
pt2.x = 5
print(list(vars(pt2)), vars(pt2))
pt3 = Point(0, 0)
pt3.__dict__.pop("x")
pt3.z = 1
pt3.x = 2
print(list(vars(pt3)))
print([list(vars(p)) for p in (pt, pt2, pt3, Point(9, 9))])
