# Freeing very deep acyclic structures must not overflow the native stack: a 1,000,000-deep
# nested list, a 1,000,000-node linked list of instances, a 200,000-deep chain of dicts and
# of tuples, and a deep chain whose last node has a __del__.
import gc
import weakref

gc.disable()

x = []
for i in range(1000000):
    x = [x]
del x
print("nested list ok")


class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next


head = None
for i in range(1000000):
    head = Node(i, head)
print("linked list head", head.value, head.next.value)
del head
print("linked list ok")

d = {}
for i in range(200000):
    d = {"inner": d, "i": i}
print("dict chain top", d["i"])
del d
print("dict chain ok")

t = ()
for i in range(200000):
    t = (t, i)
print("tuple chain top", t[1])
del t
print("tuple chain ok")

mixed = None
for i in range(200000):
    if i % 3 == 0:
        mixed = [mixed]
    elif i % 3 == 1:
        mixed = {"m": mixed}
    else:
        mixed = (mixed,)
mixed = None
print("mixed chain ok")


class Last:
    def __init__(self):
        self.value = "last"

    def __del__(self):
        print("__del__ at the bottom of the chain")


chain = Last()
bottom = weakref.ref(chain)
for i in range(300000):
    chain = [chain]
print("bottom alive", bottom() is not None)
chain = None
print("bottom dead", bottom() is None)

# the same deep structure freed by the cycle collector: a ring closing a deep list
deep = []
top = deep
for i in range(100000):
    deep = [deep]
top.append(deep)
del deep, top
print("deep ring collected", gc.collect())
print("end")
