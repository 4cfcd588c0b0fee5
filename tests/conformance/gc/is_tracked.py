# gc.is_tracked: atomic objects are never tracked, containers are, dicts start untracked
# until they hold a container, and a collection untracks tuples that only hold atomic
# objects (CPython 3.11 behaviour).
import gc

gc.disable()


class C:
    def __init__(self):
        self.x = 1


def show(label, obj):
    print(label, gc.is_tracked(obj))


show("int", 42)
show("big int", 10 ** 30)
show("float", 1.5)
show("str", "hello")
show("bytes", b"abc")
show("None", None)
show("True", True)
show("empty tuple", ())
show("list", [])
show("list of ints", [1, 2])
show("dict", {})
show("dict of ints", {"a": 1})
show("dict holding list", {"a": []})
show("dict holding new tuple", {"a": tuple([1, 2])})
show("dict holding empty tuple", {"a": ()})
show("set", set())
show("frozenset", frozenset())
show("instance", C())
show("class", C)
show("function", show)
show("bound method", C().__init__)
show("builtin type", int)

# a dict becomes tracked when a container is stored in it
d = {"a": 1}
show("before", d)
d["b"] = [1]
show("after storing list", d)
del d["b"]
show("after deleting it", d)
e = {}
e.update({"x": []})
show("update with list", e)
f = {"a": 1}
f.setdefault("b", {})
show("setdefault dict", f)

# tuples are created tracked; a collection untracks those holding only atomics
t_atoms = tuple([1, "two", 3.0, None])
t_list = tuple([1, []])
t_nested = tuple([tuple([1, 2]), "x"])
t_empty_inner = tuple([(), ()])
show("tuple of atoms", t_atoms)
show("tuple with list", t_list)
show("nested tuple", t_nested)
show("tuple of empty tuples", t_empty_inner)
gc.collect()
show("tuple of atoms after collect", t_atoms)
show("tuple with list after collect", t_list)
show("nested inner after collect", t_nested[0])
gc.collect()
show("nested tuple after two collects", t_nested)
show("tuple of empty tuples after collect", t_empty_inner)

# a young-generation collection also untracks tuples
t_young = tuple([5, 6])
gc.collect(0)
show("tuple after collect(0)", t_young)

# a dict of atomics that was tracked is untracked again, but only by a full collection
g = {"a": []}
g["a"] = 1
show("dict that held a list", g)
gc.collect(0)
show("after collect(0)", g)
gc.collect()
show("after full collect", g)

# instances and lists stay tracked after collections
lst = [1, 2, 3]
inst = C()
gc.collect()
show("list after collect", lst)
show("instance after collect", inst)
