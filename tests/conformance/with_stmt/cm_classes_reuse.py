class Counter:
    def __init__(self):
        self.depth = 0
        self.entries = 0

    def __enter__(self):
        self.depth += 1
        self.entries += 1
        return self.depth

    def __exit__(self, *a):
        self.depth -= 1

c = Counter()
with c as d1:
    with c as d2:
        with c as d3:
            print(d1, d2, d3, c.depth)
    print("depth now", c.depth)
print(c.depth, c.entries)
for _ in range(3):
    with c:
        pass
print(c.entries)

class Indenter:
    def __init__(self):
        self.level = 0
        self.lines = []

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, *a):
        self.level -= 1

    def write(self, text):
        self.lines.append("    " * self.level + text)

out = Indenter()
with out:
    out.write("level 1")
    with out:
        out.write("level 2")
        with out:
            out.write("level 3")
    out.write("back to 1")
out.write("level 0")
print("\n".join(out.lines))

class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, t, e, tb):
        if t is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back due to", t.__name__)
            return True
        print("committed")

data = {"a": 1}
with Transaction(data) as d:
    d["b"] = 2
print(sorted(data.items()))
with Transaction(data) as d:
    d["c"] = 3
    d["a"] = 100
    raise ValueError("abort")
print(sorted(data.items()))
