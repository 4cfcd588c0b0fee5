# gc.collect() return values for garbage made of plain objects: a pair of instances, an
# instance pointing at itself, self-referencing list and dict, a ring of 100 instances, a cycle
# through a list and a dict, a tuple in a cycle, and garbage that stays alive while something
# outside the cycle still refers to it. Automatic collection is off so only explicit
# collections run.
import gc

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


print("start", gc.collect() >= 0)
print("clean", gc.collect())

a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("pair", gc.collect())
print("again", gc.collect())

s = Node("self")
s.other = s
del s
print("self instance", gc.collect())

lst = []
lst.append(lst)
del lst
print("self list", gc.collect())

d = {}
d["me"] = d
del d
print("self dict", gc.collect())

first = Node(0)
cur = first
for i in range(1, 100):
    n = Node(i)
    cur.other = n
    cur = n
cur.other = first
del first, cur, n
print("ring of 100", gc.collect())

x = [1, 2, 3]
y = {"k": x}
x.append(y)
del x, y
print("list and dict", gc.collect())

t = ([], [])
t[0].append(t)
del t
print("tuple cycle", gc.collect())

p = Node("p")
q = Node("q")
p.other = [q, {"back": p}]
q.other = p
del p, q
print("mixed", gc.collect())

# an outside reference keeps the whole cycle alive
a = Node("a")
b = Node("b")
a.other = b
b.other = a
keep = a
del a, b
print("kept", gc.collect())
print("still there", keep.name, keep.other.name, keep.other.other is keep)
del keep
print("released", gc.collect())

# an outside reference from a live list into the ring
ring = [Node(i) for i in range(10)]
for i in range(10):
    ring[i].other = ring[(i + 1) % 10]
holder = [ring[5]]
del ring
print("ring held", gc.collect())
print("walk", [holder[0].name, holder[0].other.name, holder[0].other.other.name])
holder.clear()
print("ring freed", gc.collect())

# acyclic garbage is freed by reference counting, so collect finds nothing
a = Node("a")
a.other = [Node("b"), {"c": Node("c")}]
del a
print("acyclic", gc.collect())
print("enabled?", gc.isenabled())
