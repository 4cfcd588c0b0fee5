class Box:
    def __init__(self, v):
        self.v = v
b = Box(5)
print(hasattr(b, "v"), hasattr(b, "w"), getattr(b, "v"), getattr(b, "w", "default"))
setattr(b, "w", 10)
print(b.w, hasattr(b, "w"))
b.x = [1]
print(sorted(vars(b).items()))
delattr(b, "w")
print(hasattr(b, "w"))
del b.x
print(vars(b))
try:
    getattr(b, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(b, "missing")
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr("s", "upper"), getattr("abc", "upper")(), hasattr(5, "real"), getattr([1, 2], "count")(2))
try:
    (5).foo = 1
except AttributeError as e:
    print("AttributeError:", e)
