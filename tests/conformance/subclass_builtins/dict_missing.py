class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        print("__missing__", repr(key))
        value = self[key] = self.factory()
        return value


d = DefaultDict(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(sorted(d.items()))
print(d.get("zzz"), "zzz" in d)
print(len(d))


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, items):
        for it in items:
            self[it] += 1
        return self


c = Counter().add("mississippi")
print(sorted(c.items()))
print(c["z"], "z" in c)
print(c.get("z", "default"))


class Echo(dict):
    def __missing__(self, key):
        return "<" + str(key) + ">"


e = Echo(x=1)
print(e["x"], e["y"], e[3])
print("{x} and {y}".format_map(e))
print(e)


class NoMissing(dict):
    pass


try:
    NoMissing()["k"]
except KeyError as err:
    print("KeyError:", err)


class Raising(dict):
    def __missing__(self, key):
        raise KeyError("custom " + key)


try:
    Raising()["q"]
except KeyError as err:
    print("KeyError:", err)
