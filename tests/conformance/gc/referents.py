# gc.get_referents and gc.get_referrers, checked only through membership and identity so the
# output does not depend on interpreter-internal objects.
import gc


class Box:
    def __init__(self, item):
        self.item = item


inner = [1, 2]
other = {"k": "v"}
container = [inner, other, 7]
refs = gc.get_referents(container)
print("list referents", [1, 2] in refs, any(r is inner for r in refs), any(r is other for r in refs))
print("list referents type", type(refs).__name__)

t = (inner, "s")
print("tuple referents", any(r is inner for r in gc.get_referents(t)))

d = {"a": inner}
print("dict referents", any(r is inner for r in gc.get_referents(d)))

print("set referents", sorted(r for r in gc.get_referents({5, 6}) if type(r) is int))

# an instance refers to its attribute values and its class (3.11: no dict object until
# __dict__ is asked for)
b = Box(inner)
rb = gc.get_referents(b)
print("instance refers to its class", any(r is Box for r in rb))
print("instance refers to its value", any(r is inner for r in rb))
print("instance referent types", sorted(type(r).__name__ for r in rb))
b.__dict__
print("with __dict__ touched", sorted(type(r).__name__ for r in gc.get_referents(b)))


class Slotted:
    __slots__ = ("a", "b")


sl = Slotted()
sl.a = inner
print("slots referent types", sorted(type(r).__name__ for r in gc.get_referents(sl)))

print("atomic referents", gc.get_referents(42), gc.get_referents("str"), gc.get_referents(None))
print("several at once", sum(1 for r in gc.get_referents([inner], (other,)) if r is inner or r is other))
print("no args", gc.get_referents())

# get_referrers finds the containers that hold an object
target = ["target"]
holder_list = [target]
holder_dict = {"t": target}
holder_tuple = (target, 0)
found = gc.get_referrers(target)
print("list holds", any(r is holder_list for r in found))
print("dict holds", any(r is holder_dict for r in found))
print("tuple holds", any(r is holder_tuple for r in found))
unrelated = [1, 2, 3]
print("unrelated", any(r is unrelated for r in found))

lone = ["lone"]
print("lonely", [r for r in gc.get_referrers(lone) if type(r) is list])
