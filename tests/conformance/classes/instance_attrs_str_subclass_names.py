# Attribute names that are str-subclass instances: the dict key object CPython
# stores (the first key object inserted is kept on later re-sets), and that
# lookups with plain str and subclass names find the same attribute.


class S(str):
    pass


class C:
    pass


def key_types(o):
    return [(k, type(k).__name__) for k in vars(o)]


o = C()
setattr(o, S("alpha"), 1)
o.beta = 2
print(key_types(o))
print(o.alpha, getattr(o, "alpha"), getattr(o, S("beta")))
# Re-setting with a plain str keeps the original key object
o.alpha = 10
setattr(o, "alpha", 11)
print(key_types(o), o.alpha)
# Re-setting with a subclass name keeps the original plain-str key
setattr(o, S("beta"), 20)
print(key_types(o), o.beta)
# Delete with a plain str, re-add with a plain str: key becomes str
del o.alpha
o.alpha = 12
print(key_types(o))
# Delete with subclass name, re-add with subclass name
delattr(o, S("beta"))
setattr(o, S("beta"), 21)
print(key_types(o))
# Keys written via __dict__ directly
o.__dict__[S("gamma")] = 3
print(getattr(o, "gamma", "<missing>"), key_types(o))
o.gamma = 4
print(key_types(o)[-1], vars(o)["gamma"])
# hasattr / getattr default with subclass names
print(hasattr(o, S("gamma")), hasattr(o, S("nope")), getattr(o, S("nope"), "dflt"))
# Keys are equal to plain strings
print([k == "alpha" or k == "beta" or k == "gamma" for k in vars(o)])
print(sorted(vars(o)))
# The subclass key object itself is stored (it carries its own attributes)
tagged = S("tagged")
tagged.note = "on the name"
p = C()
setattr(p, tagged, "value")
stored = list(vars(p))[0]
print(stored, type(stored).__name__, getattr(stored, "note", None), stored is tagged)
# Identifier-like names set normally are plain str
q = C()
q.plain = 1
setattr(q, "dyn" + "amic", 2)
print(key_types(q))
