# {**x} takes mappings only (objects with keys() and __getitem__), unlike dict.update.
class M:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k.upper()
print({**M(), "c": 1})
print({**{"x": 1}, **{"y": 2}})
for bad in ("ab", [("a", 1)], 5, None):
    try:
        {**bad}
    except TypeError as e:
        print("TypeError", e)
d = {}
d.update([("a", 1)])
print(d)
