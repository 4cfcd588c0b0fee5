# Many instances of one class: attributes set in __init__ and afterwards keep
# independent values per instance, including instances with a different
# attribute order, extra attributes, and setattr from kwargs in a loop.


class Node:
    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.children = []


nodes = [Node("n%d" % i, i * 3) for i in range(30)]
for i, n in enumerate(nodes):
    if i % 5 == 0:
        n.children.append(i)
    if i % 7 == 0:
        n.flag = "seven"
print([n.value for n in nodes][::6])
print([n.children for n in nodes][:11])
print([getattr(n, "flag", "-") for n in nodes][:15])
print(sum(1 for n in nodes if hasattr(n, "flag")))
print(nodes[0].children is nodes[1].children)
for n in nodes:
    n.value += 1
print([n.value for n in nodes][:5], nodes[29].value)
print(list(vars(nodes[7])), list(vars(nodes[8])))

# An instance whose attributes are set in a different order


class Pair:
    def __init__(self, a, b, reverse=False):
        if reverse:
            self.b = b
            self.a = a
        else:
            self.a = a
            self.b = b


pairs = [Pair(i, -i, reverse=(i == 3)) for i in range(6)]
print([(p.a, p.b) for p in pairs])
print([list(vars(p)) for p in pairs])
pairs[3].a = "changed"
print([p.a for p in pairs])
pairs[1].c = "extra"
print([sorted(vars(p)) for p in pairs][:3])
print([hasattr(p, "c") for p in pairs])

# setattr in __init__ from kwargs


class Record:
    def __init__(self, **kwargs):
        for key, val in kwargs.items():
            setattr(self, key, val)

    def __repr__(self):
        return "Record(%s)" % ", ".join("%s=%r" % kv for kv in vars(self).items())


recs = [
    Record(id=1, name="a"),
    Record(name="b", id=2),
    Record(id=3, name="c", extra=True),
    Record(),
    Record(id=5),
]
for r in recs:
    print(r)
print([getattr(r, "name", None) for r in recs])
recs[3].id = 4
recs[3].name = "d"
print(recs[3], recs[3].__dict__ == {"id": 4, "name": "d"})

# Attribute values are not shared across instances even for mutable defaults


class Bag:
    shared = []

    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        self.shared.append(x)


bags = [Bag() for _ in range(3)]
for i, b in enumerate(bags):
    for j in range(i + 1):
        b.add((i, j))
print([len(b.items) for b in bags], len(Bag.shared))
print([b.items for b in bags])

# Growing instance: attributes added one by one after creation
objs = []
for i in range(8):
    o = Node("g%d" % i, i)
    for k in range(i):
        setattr(o, "x%d" % k, k * i)
    objs.append(o)
print([len(vars(o)) for o in objs])
print(objs[7].x6, objs[3].x2, hasattr(objs[3], "x3"))
print([list(vars(o))[-1] for o in objs])

# Counters stored on instances updated many times


class Counter:
    def __init__(self):
        self.n = 0


cs = [Counter() for _ in range(5)]
for step in range(100):
    cs[step % 5].n += step
print([c.n for c in cs])

# Replace attribute value types
v = Node("v", 1)
for val in (1, 2.5, "s", None, [1], (2,), {"k": 1}, Node):
    v.value = val
    print(type(v.value).__name__, end=" ")
print()

# Attributes set via __dict__ on some instances, setattr on others
mixed = []
for i in range(4):
    m = Counter()
    if i % 2:
        m.__dict__["side"] = i
    else:
        m.side = i
    mixed.append(m)
print([m.side for m in mixed], [list(vars(m)) for m in mixed])

# Deleting the same attribute on every other instance
for i, m in enumerate(mixed):
    if i % 2 == 0:
        del m.n
print([hasattr(m, "n") for m in mixed], [list(vars(m)) for m in mixed])
for m in mixed:
    m.n = "re"
print([list(vars(m)) for m in mixed])

# Subclass instances adding their own attributes


class Child(Node):
    def __init__(self, name, value, parent):
        self.parent = parent
        super().__init__(name, value)


root = Node("root", 0)
kids = [Child("k%d" % i, i, root) for i in range(3)]
print([list(vars(k)) for k in kids][0], all(k.parent is root for k in kids))
kids[1].name = "renamed"
print([k.name for k in kids], root.name)
