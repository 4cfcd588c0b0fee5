# WeakValueDictionary, WeakKeyDictionary and WeakSet: entries vanish when their objects die
# (by reference counting or by a collected cycle); len, iteration, membership, get/pop/
# setdefault, add/discard/remove and set operations on what is still alive.
import gc
import weakref

gc.disable()
gc.collect()


class Obj:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __repr__(self):
        return "Obj(%s)" % self.name


# WeakValueDictionary
objs = [Obj("a"), Obj("b"), Obj("c")]
wvd = weakref.WeakValueDictionary()
for o in objs:
    wvd[o.name] = o
del o
print("wvd len", len(wvd), sorted(wvd.keys()))
print("wvd get", wvd["a"], wvd.get("z"), wvd.get("z", "default"), "b" in wvd)
del objs[1]
print("after b dies", len(wvd), sorted(wvd), "b" in wvd)
try:
    wvd["b"]
except KeyError as e:
    print("KeyError", e)
keep = objs
objs = None
print("still", sorted(wvd.items(), key=lambda kv: kv[0]))
keep.clear()
print("all dead", len(wvd), list(wvd))
x = Obj("x")
print("setdefault", wvd.setdefault("x", x), wvd.setdefault("x", Obj("y")))
print("pop", wvd.pop("x"), len(wvd), wvd.pop("x", "gone"))
try:
    wvd["n"] = 5
except TypeError as e:
    print("TypeError:", e)
w2 = weakref.WeakValueDictionary({"k": x})
print("from dict", list(w2.items()))
vals = list(w2.valuerefs())
print("valuerefs", len(vals), vals[0]() is x)

# WeakKeyDictionary
k1 = Obj("k1")
k2 = Obj("k2")
wkd = weakref.WeakKeyDictionary()
wkd[k1] = "one"
wkd[k2] = "two"
print("wkd len", len(wkd), wkd[k1], k2 in wkd, sorted(wkd.values()))
del k1
print("after k1 dies", len(wkd), list(wkd.values()), [k.name for k in wkd])
print("keyrefs", [r().name for r in wkd.keyrefs()])
try:
    wkd[3] = "int"
except TypeError as e:
    print("TypeError:", e)
print("wkd pop", wkd.pop(k2), len(wkd))

# WeakSet
items = [Obj(i) for i in range(5)]
ws = weakref.WeakSet(items)
print("ws len", len(ws), sorted(o.name for o in ws))
del items[0], items[2]
print("after deaths", len(ws), sorted(o.name for o in ws))
extra = Obj(9)
ws.add(extra)
ws.add(extra)
print("add twice", len(ws), extra in ws)
ws.discard(extra)
ws.discard(extra)
print("discard twice", len(ws), extra in ws)
try:
    ws.remove(extra)
except KeyError:
    print("remove missing KeyError")
other = weakref.WeakSet(items[:1])
print("subset", other <= ws, ws <= other, len(ws - other), len(ws | other), len(ws & other))
print("bool", bool(ws), bool(weakref.WeakSet()))
try:
    ws.add(5)
except TypeError as e:
    print("TypeError:", e)
items.clear()
print("all dead", len(ws), list(ws), bool(ws))

# entries whose objects die in a collected cycle vanish after gc.collect()
a = Obj("cyc a")
b = Obj("cyc b")
a.other = b
b.other = a
wvd = weakref.WeakValueDictionary(a=a, b=b)
wkd = weakref.WeakKeyDictionary({a: 1, b: 2})
ws = weakref.WeakSet([a, b])
del a, b
print("before collect", len(wvd), len(wkd), len(ws))
gc.collect()
print("after collect", len(wvd), len(wkd), len(ws))
