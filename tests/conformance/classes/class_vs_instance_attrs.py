class Counter:
    count = 0
    tags = []

    def __init__(self, name):
        self.name = name
        Counter.count += 1

    def add_tag(self, t):
        self.tags.append(t)


a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
a.count = 100
print(Counter.count, a.count, b.count)
del a.count
print(a.count)
a.add_tag("x")
b.add_tag("y")
print(Counter.tags, a.tags is b.tags)
b.tags = ["own"]
print(Counter.tags, b.tags, a.tags)
print("count" in Counter.__dict__, "count" in a.__dict__)
print(sorted(a.__dict__))
print(sorted(b.__dict__))
Counter.extra = "added later"
print(a.extra, b.extra)
print(hasattr(a, "name"), hasattr(a, "nope"))
print(getattr(a, "nope", "default"))
setattr(a, "dyn", 5)
print(a.dyn)
delattr(a, "dyn")
print(hasattr(a, "dyn"))
try:
    del a.count
except AttributeError as e:
    print("AttributeError:", e)
