class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __setitem__(self, key, value):
        print("set", key, value)
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("out of grid: %r" % (key,))
        self.cells[key] = value

    def __getitem__(self, key):
        return self.cells.get(key, ".")

    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]

    def render(self):
        return "\n".join("".join(str(self[x, y]) for x in range(self.w)) for y in range(self.h))


g = Grid(4, 3)
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = "*"
print(g.render())
try:
    g[9, 9] = "x"
except IndexError as e:
    print("IndexError:", e)
del g[1, 1]
print(g.render())
try:
    del g[2, 2]
except KeyError as e:
    print("KeyError:", e)


class SliceList:
    def __init__(self, data):
        self.data = list(data)

    def __setitem__(self, k, v):
        print("setitem", k)
        self.data[k] = v

    def __delitem__(self, k):
        print("delitem", k)
        del self.data[k]


s = SliceList(range(8))
s[1:3] = ["a", "b", "c"]
print(s.data)
del s[::2]
print(s.data)
s[0] = "first"
del s[-1]
print(s.data)
g2 = Grid(2, 2)
g2[1, 1] = g2[0, 0] = "z"
print(g2.render())
