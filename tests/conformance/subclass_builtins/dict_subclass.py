class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


a = AttrDict(x=1, y=2)
print(a.x, a["y"])
a.z = 3
print(sorted(a.items()))
try:
    a.nope
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(a, dict), len(a))


class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


ld = LowerDict()
ld["Hello"] = 1
ld["WORLD"] = 2
print(ld["hello"], ld["World"], "HELLO" in ld, list(ld))
ld2 = LowerDict({"MiXeD": 5})
print(list(ld2))
ld2.update({"UP": 6})
print(list(ld2))
print(ld2.get("mixed"), ld2.get("MIXED"))


class Ordered(dict):
    def __repr__(self):
        return "Ordered{" + ", ".join("%s=%r" % kv for kv in self.items()) + "}"

    def __iter__(self):
        return iter(sorted(super().keys()))


o = Ordered(c=3, a=1, b=2)
print(o)
print(list(o), [k for k in o])
print(list(o.keys()))
print(dict(o) == {"a": 1, "b": 2, "c": 3})
o2 = o | {"d": 4}
print(type(o2).__name__, o2)
o |= {"e": 5}
print(type(o).__name__, o)
