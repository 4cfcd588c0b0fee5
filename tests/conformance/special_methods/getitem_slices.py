class Recorder:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        if isinstance(key, tuple):
            return ("tuple", key)
        return ("index", key)


r = Recorder()
print(r[1])
print(r[1:2])
print(r[:])
print(r[::3])
print(r[1:5:2])
print(r[-1:])
print(r[1, 2])
print(r[1:2, 3])
print(r["key"])
print(r[None:None])
print(r[...])
s = slice(1, 10, 3)
print(r[s] == r[1:10:3])
print(s.indices(5), slice(None, None, -1).indices(4))
print(slice(2), slice(1, 2), slice(1, 2, 3))


class Seq:
    def __init__(self, data):
        self.data = list(data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]

    def __repr__(self):
        return "Seq(%r)" % self.data


q = Seq(range(10))
print(q[3], q[-1], q[2:5], q[::-3], q[8:2:-2])
try:
    q[20]
except IndexError as e:
    print("IndexError:", e)
